import ZhModel
import ZhText

/// Recomputes what a report states about itself and lists each contradiction (`zhx audit`):
///
/// - `completion`: a completion rate that is not actual / budget (also a table row's, from its
///   cells: 累计完成 / 年度预算数);
/// - `change`: a change rate that does not match the change amount and this year's amount (last
///   year = actual − change amount; rate = change amount / last year), or a table row's change
///   that does not match its 上年同期数;
/// - `total`: parts that do not add up to the total they are stated to make (the items after
///   `其中`, a numbered list after its total's paragraph, a table's rows and its total row), and a
///   share that is not the part's amount over the total it names (`占税收收入的27.51%`);
/// - `unit`: a figure in the wrong unit: one that, read 10⁴ or 10⁸ times larger or smaller (元
///   written for 万元, a table row 10,000 times off), makes a failing relation hold, or one
///   written in 元 where every amount around it is in 万元;
/// - `repeat`: the same indicator (same subject, period and region, measuring the same thing, in
///   the same breakdown: not a part of another total, not a row of another table) stated twice
///   with different values; looked for only when the document's text shows the breakdowns.
///
/// Every comparison allows for the rounding as written (``WrittenFigure/tolerance``: `88.88%` is
/// 88.88 ± 0.005, `207450万元` is ± 0.5万元) and for how that rounding carries through the
/// computation (a ratio of two rounded amounts is bounded at the corners of their roundings; a
/// sum of n rounded parts may be off by the sum of their half-units). No division is made by an
/// amount that may be zero. A relation that holds gives no finding.
///
/// The parts of a `其中` list or a numbered list may be only some of the total's parts: a shortfall
/// is reported only when the list is shown complete (its shares add up to 100%, or it is a table
/// with a total row); parts that exceed their total always are. When the list's amounts add up,
/// a category with no amount this year may still have had one last year, so a change amount is
/// reported only when the parts' changes fall short of the total's.
public struct StatementAudit: Sendable {
    public init() {}

    /// The findings of one document, in order of the statements concerned.
    public func findings(in document: StatementDocument) -> [Finding] {
        var run = AuditRun(document: document)
        for index in document.statements.indices {
            run.checkCompletion(index)
            run.checkChange(index)
        }
        for table in document.tables.indices { run.checkTable(table) }
        for group in document.groups { run.checkGroup(group) }
        for index in document.statements.indices { run.checkShare(index) }
        // Which breakdown a statement belongs to is read from the text: without it, a department's
        // share of two totals, or a county's row in two tables, would pass for one indicator.
        if !document.text.isEmpty { run.checkRepeats() }
        run.checkLoneUnits()
        return run.result()
    }
}

/// One audit of one document: the findings so far and which figures a relation has tested.
struct AuditRun {
    let document: StatementDocument
    var statements: [Statement] { document.statements }

    /// A figure of a statement.
    struct FigureKey: Hashable {
        var statement: Int
        var field: MetricField
    }

    private var findings: [(statement: Int, finding: Finding)] = []
    /// Figures a unit finding was made for (one each).
    private var unitFlagged: Set<FigureKey> = []
    /// Table cells a unit finding was made for: (row statement, column).
    private var unitCells: Set<[Int]> = []
    /// Figures that took part in a relation that held or gave a finding.
    private var evaluated: Set<FigureKey> = []
    /// Findings made, to make each once.
    private var made: Set<Finding> = []

    /// How many of the document's money figures are written in each unit (by power of ten).
    private let scaleCounts: [Int: Int]
    /// The total each statement is a part of.
    private let parents: [Int: Int]

    init(document: StatementDocument) {
        self.document = document
        parents = document.parentOf
        let scales = document.statements.flatMap(\.figures).filter(\.isMoney).compactMap(\.scale)
        scaleCounts = Dictionary(scales.map { ($0, 1) }, uniquingKeysWith: +)
    }

    /// The findings, by the start of their statement, then by check.
    func result() -> [Finding] {
        let order = Finding.Check.allCases
        return findings.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            let xs = statements[x.statement].record, ys = statements[y.statement].record
            if xs.start != ys.start { return xs.start < ys.start }
            let xc = order.firstIndex(of: x.finding.check)!, yc = order.firstIndex(of: y.finding.check)!
            return xc != yc ? xc < yc : a.offset < b.offset
        }.map(\.element.finding)
    }

    // MARK: Making findings

    private mutating func add(_ statement: Int, _ check: Finding.Check, stated: ExactDecimal, computed: ExactDecimal,
                              tolerance: ExactDecimal, _ message: String) {
        let record = statements[statement].record
        let finding = Finding(doc: record.doc, text: record.text, start: record.start, end: record.end, line: record.line,
                              check: check, stated: stated, computed: computed, tolerance: tolerance, message: message)
        guard made.insert(finding).inserted else { return }
        findings.append((statement, finding))
    }

    /// A finding for a stated percentage `stated` against `computed`, with the tolerance of both.
    private mutating func addRate(_ statement: Int, _ check: Finding.Check, stated: WrittenFigure, computed: Computed, _ message: String) {
        let places = max(2, Self.decimals(stated) + 2)
        add(statement, check, stated: stated.value, computed: ExactDecimal(rounding: computed.value, places: places),
            tolerance: ExactDecimal(roundingUp: stated.tolerance.double + computed.spread, places: places), message)
    }

    /// The decimals a figure was written with, from its rounding.
    static func decimals(_ figure: WrittenFigure) -> Int { max(0, -figure.tolerance.exponent - 1) }

    /// A unit finding: figure `key` (`figure`) read `10^power` times larger makes `relation` hold.
    private mutating func addUnit(_ key: FigureKey, _ figure: WrittenFigure, power: Int, holds relation: String) {
        guard unitFlagged.insert(key).inserted else { return }
        let corrected = figure.value.scaled(byPowerOfTen: power)
        let direction = power > 0 ? "small" : "large"
        var slip = ""
        if let scale = figure.scale, let unit = Self.unitName(scale), let meant = Self.unitName(scale + power) {
            slip = " (\(unit) written for \(meant))"
        }
        let subject = statements[key.statement].subject
        add(key.statement, .unit, stated: figure.value, computed: corrected,
            tolerance: figure.tolerance.scaled(byPowerOfTen: power),
            "The \(figure.field.label) \(AuditText.written(figure)) of \(subject) looks \(AuditText.factor(power)) times too \(direction)\(slip): read as \(corrected) yuan, \(relation).")
    }

    private static func unitName(_ scale: Int) -> String? {
        [0: "元", 4: "万元", 8: "亿元", 12: "万亿元"][scale]
    }

    // MARK: Unit slips undone

    /// The figure among `figures` (money only) and the power of ten that make `holds` true when
    /// that figure alone is scaled by it: 10^±4 or 10^±8, a figure whose written unit then
    /// agrees with another's tried first. `nil` when none does.
    private func unitSlip(_ figures: [WrittenFigure], holds: ([Rounded]) -> Bool) -> (index: Int, power: Int)? {
        var tries: [(index: Int, power: Int, agrees: Bool)] = []
        for (index, figure) in figures.enumerated() where figure.isMoney {
            for power in [4, -4, 8, -8] {
                let agrees = figure.scale.map { scale in
                    figures.enumerated().contains { $0.offset != index && $0.element.scale == scale + power }
                } ?? false
                tries.append((index, power, agrees))
            }
        }
        // A figure written in the unit the document's amounts use less often is the likelier slip.
        let rarity = tries.map { attempt in figures[attempt.index].scale.map { scaleCounts[$0] ?? 0 } ?? Int.max }
        let order = tries.indices.sorted { a, b in
            if tries[a].agrees != tries[b].agrees { return tries[a].agrees }
            return rarity[a] != rarity[b] ? rarity[a] < rarity[b] : a < b
        }
        for attempt in order.map({ tries[$0] }) {
            var values = figures.map(Rounded.init)
            values[attempt.index] = values[attempt.index].scaled(attempt.power)
            if holds(values) { return (attempt.index, attempt.power) }
        }
        return nil
    }

    /// Whether two figures' units allow comparing them as amounts of one kind.
    private static func sameKind(_ a: WrittenFigure, _ b: WrittenFigure) -> Bool {
        if a.isMoney && b.isMoney { return true }
        guard let x = a.unit, let y = b.unit else { return true }
        return x == y || (x == "%" && y == "pp")
    }

    // MARK: completion

    mutating func checkCompletion(_ index: Int) {
        let statement = statements[index]
        guard let actual = statement.exactFigure(.actual), let budget = statement.exactFigure(.budget),
              let completion = statement.exactFigure(.completion), Self.sameKind(actual, budget),
              let computed = Computed.percent(Rounded(actual), of: Rounded(budget)) else { return }
        let keys = [MetricField.actual, .budget, .completion].map { FigureKey(statement: index, field: $0) }
        evaluated.formUnion(keys)
        if computed.agrees(with: Rounded(completion)) { return }
        if let slip = unitSlip([actual, budget], holds: { values in
            Computed.percent(values[0], of: values[1])?.agrees(with: Rounded(completion)) ?? false
        }) {
            let figure = [actual, budget][slip.index]
            addUnit(keys[slip.index], figure, power: slip.power, holds: "the stated completion rate \(AuditText.written(completion)) holds")
            return
        }
        addRate(index, .completion, stated: completion, computed: computed,
                "The completion rate \(AuditText.written(completion)) of \(statement.subject) is not actual / budget: \(AuditText.written(actual)) / \(AuditText.written(budget)) = \(AuditText.percent(computed.value, places: Self.decimals(completion) + 2)).")
    }

    // MARK: change

    mutating func checkChange(_ index: Int) {
        let statement = statements[index]
        guard let actual = statement.exactFigure(.actual), let change = statement.exactFigure(.changeAmount),
              let rate = statement.exactFigure(.changePct), Self.sameKind(actual, change),
              let computed = Computed.changeRate(actual: Rounded(actual), change: Rounded(change)) else { return }
        let keys = [MetricField.actual, .changeAmount, .changePct].map { FigureKey(statement: index, field: $0) }
        evaluated.formUnion(keys)
        if computed.agrees(with: Rounded(rate)) { return }
        if let slip = unitSlip([actual, change], holds: { values in
            Computed.changeRate(actual: values[0], change: values[1])?.agrees(with: Rounded(rate)) ?? false
        }) {
            let figure = [actual, change][slip.index]
            addUnit(keys[slip.index], figure, power: slip.power, holds: "the stated change rate \(rate.value)% holds")
            return
        }
        let last = actual.value.double - change.value.double
        addRate(index, .change, stated: rate, computed: computed,
                "The change rate \(rate.value)% of \(statement.subject) does not match its change amount: \(AuditText.amount(change.value, like: change)) on last year's \(AuditText.amount(last, like: actual)) (\(AuditText.written(actual)) less the change) is \(AuditText.percent(computed.value, places: Self.decimals(rate) + 2)).")
    }

    // MARK: tables

    mutating func checkTable(_ tableIndex: Int) {
        let table = document.tables[tableIndex]
        func name(_ column: Int) -> String { table.columns[column].name.isEmpty ? "column \(column + 2)" : table.columns[column].name }
        // Columns against the total row first: a cell they show to be a unit slip is read
        // corrected in the rows' own relations.
        var corrected: [[Int]: StatementTable.Cell] = [:]
        if let totalRow = table.totalRow {
            let parts = table.rows.indices.filter { $0 != totalRow && !table.rows[$0].isSubtotal }
            for column in table.columns.indices where table.columns[column].isAdditive && parts.count >= 2 {
                guard let total = table.rows[totalRow].cells[column] else { continue }
                let cells = parts.compactMap { table.rows[$0].cells[column] }
                guard cells.count == parts.count else { continue }
                let sum = cells.reduce(ExactDecimal.zero) { $0.adding($1.value) ?? $0 }
                let tolerance = cells.reduce(total.tolerance) { $0.adding($1.tolerance) ?? $0 }
                let all = [total] + cells
                func holds(_ values: [Rounded]) -> Bool {
                    abs(values[0].value - values.dropFirst().reduce(0) { $0 + $1.value }) <= values.reduce(0) { $0 + $1.tolerance } + 1e-6
                }
                if holds(all.map(Rounded.init)) { continue }
                let rowOf = [totalRow] + parts
                if let slip = tableSlip(all, holds: holds) {
                    let row = table.rows[rowOf[slip.index]]
                    let cell = all[slip.index]
                    let value = cell.value.scaled(byPowerOfTen: slip.power)
                    corrected[[row.statement, column]] = StatementTable.Cell(text: value.description, value: value,
                                                                            tolerance: cell.tolerance.scaled(byPowerOfTen: slip.power))
                    guard unitCells.insert([row.statement, column]).inserted else { continue }
                    add(row.statement, .unit, stated: cell.value, computed: value, tolerance: cell.tolerance.scaled(byPowerOfTen: slip.power),
                        "The cell \(cell.text) of \(name(column)) in the row of \(statements[row.statement].subject) looks \(AuditText.factor(slip.power)) times too \(slip.power > 0 ? "small" : "large"): read as \(value), the column adds up to its total row.")
                    continue
                }
                let totalStatement = table.rows[totalRow].statement
                add(totalStatement, .total, stated: total.value, computed: sum, tolerance: tolerance,
                    "The \(parts.count) rows of \(name(column)) add up to \(sum), not to \(total.text) in the total row of \(statements[totalStatement].subject).")
            }
        }
        let actual = table.column(.actual), budget = table.column(.budget), completion = table.column(.completion)
        let lastYear = table.column(.lastYear), change = table.column(.change)
        for row in table.rows {
            let subject = statements[row.statement].subject
            func cell(_ column: Int?) -> StatementTable.Cell? {
                guard let column else { return nil }
                return corrected[[row.statement, column]] ?? row.cells[column]
            }
            if let a = actual, let b = budget, let ca = cell(actual), let cb = cell(budget), let cc = cell(completion),
               let computed = Computed.percent(Rounded(ca), of: Rounded(cb)) {
                evaluated.insert(FigureKey(statement: row.statement, field: .completion))
                if !computed.agrees(with: Rounded(cc)) {
                    let places = max(2, Self.cellDecimals(cc) + 2)
                    if !rowUnitSlip(row.statement, [ca, cb], columns: [a, b], in: table, names: [name(a), name(b)], holds: { v in
                        Computed.percent(v[0], of: v[1])?.agrees(with: Rounded(cc)) ?? false
                    }) {
                        add(row.statement, .completion, stated: cc.value, computed: ExactDecimal(rounding: computed.value, places: places),
                            tolerance: ExactDecimal(roundingUp: cc.tolerance.double + computed.spread, places: places),
                            "The completion rate \(cc.text) in the row of \(subject) is not \(name(a)) / \(name(b)): \(ca.text) / \(cb.text) = \(AuditText.percent(computed.value, places: places)).")
                    }
                }
            }
            if let a = actual, let l = lastYear, let ca = cell(actual), let cl = cell(lastYear), let cg = cell(change),
               let computed = Computed.growth(Rounded(ca), over: Rounded(cl)) {
                evaluated.insert(FigureKey(statement: row.statement, field: .changePct))
                if !computed.agrees(with: Rounded(cg)) {
                    let places = max(2, Self.cellDecimals(cg) + 2)
                    if !rowUnitSlip(row.statement, [ca, cl], columns: [a, l], in: table, names: [name(a), name(l)], holds: { v in
                        Computed.growth(v[0], over: v[1])?.agrees(with: Rounded(cg)) ?? false
                    }) {
                        add(row.statement, .change, stated: cg.value, computed: ExactDecimal(rounding: computed.value, places: places),
                            tolerance: ExactDecimal(roundingUp: cg.tolerance.double + computed.spread, places: places),
                            "The change rate \(cg.text) in the row of \(subject) does not match \(name(a)) \(ca.text) against \(name(l)) \(cl.text): \(AuditText.percent(computed.value, places: places)).")
                    }
                }
            }
        }
    }

    /// Decimals written in a cell.
    private static func cellDecimals(_ cell: StatementTable.Cell) -> Int { max(0, -cell.tolerance.exponent - 1) }

    /// The cell and power of ten (10^±4, 10^±8) that make `holds` true, if one does; with
    /// `closeness`, the tries that bring a cell nearest its column's other cells come first.
    private func tableSlip(_ cells: [StatementTable.Cell], closeness: ((Int, Int) -> Double)? = nil,
                           holds: ([Rounded]) -> Bool) -> (index: Int, power: Int)? {
        var tries = cells.indices.flatMap { index in [4, -4, 8, -8].map { (index: index, power: $0) } }
        if let closeness {
            tries = tries.enumerated().sorted { a, b in
                let x = closeness(a.element.index, a.element.power), y = closeness(b.element.index, b.element.power)
                return x != y ? x < y : a.offset < b.offset
            }.map(\.element)
        }
        for attempt in tries {
            var values = cells.map(Rounded.init)
            values[attempt.index] = values[attempt.index].scaled(attempt.power)
            if holds(values) { return attempt }
        }
        return nil
    }

    /// For a row relation that fails: a unit finding when one of its two cells, scaled, makes it
    /// hold (the cell that then lies nearest the other cells of its column is taken); whether
    /// one was made.
    private mutating func rowUnitSlip(_ statement: Int, _ cells: [StatementTable.Cell], columns: [Int], in table: StatementTable,
                                      names: [String], holds: ([Rounded]) -> Bool) -> Bool {
        func closeness(_ index: Int, _ power: Int) -> Double {
            let others = table.rows.filter { $0.statement != statement }.compactMap { $0.cells[columns[index]]?.value.double }.filter { $0 > 0 }
            let value = cells[index].value.double * pow10(power)
            guard !others.isEmpty, value > 0 else { return .infinity }
            let median = others.sorted()[others.count / 2]
            return max(value / median, median / value)
        }
        guard let slip = tableSlip(cells, closeness: closeness, holds: holds) else { return false }
        guard unitCells.insert([statement, columns[slip.index]]).inserted else { return true }
        let cell = cells[slip.index]
        let corrected = cell.value.scaled(byPowerOfTen: slip.power)
        add(statement, .unit, stated: cell.value, computed: corrected, tolerance: cell.tolerance.scaled(byPowerOfTen: slip.power),
            "The cell \(cell.text) of \(names[slip.index]) in the row of \(statements[statement].subject) looks \(AuditText.factor(slip.power)) times too \(slip.power > 0 ? "small" : "large"): read as \(corrected), the row's rates hold.")
        return true
    }

    // MARK: totals

    mutating func checkGroup(_ group: StatementGroup) {
        let total = statements[group.total]
        let how = group.kind == .ofWhich ? "listed after 其中" : "listed after it"
        var addsUp: [MetricField: Bool] = [:]
        var sums: [MetricField: (figures: [WrittenFigure], sum: ExactDecimal, tolerance: ExactDecimal)] = [:]
        for field in [MetricField.actual, .budget, .changeAmount] {
            guard let t = total.exactFigure(field) else { continue }
            let parts = group.parts.compactMap { statements[$0].exactFigure(field) }
            guard parts.count == group.parts.count, parts.allSatisfy({ Self.sameKind($0, t) }) else { continue }
            let sum = parts.reduce(ExactDecimal.zero) { $0.adding($1.value) ?? $0 }
            let tolerance = parts.reduce(t.tolerance) { $0.adding($1.tolerance) ?? $0 }
            let difference = (t.value.subtracting(sum) ?? .zero).magnitude
            addsUp[field] = difference <= tolerance
            sums[field] = ([t] + parts, sum, tolerance)
        }
        // Shares that add up to 100% show the list is complete.
        var sharesComplete = false
        let shares = group.parts.compactMap { statements[$0].exactFigure(.share) }
        if shares.count == group.parts.count, group.parts.count >= 2 {
            let sum = shares.reduce(0.0) { $0 + $1.value.double }
            sharesComplete = abs(sum - 100) <= shares.reduce(0.0) { $0 + $1.tolerance.double } + 1e-9
        }
        let statementOf = [group.total] + group.parts
        for field in [MetricField.actual, .budget, .changeAmount] {
            guard let (figures, sum, tolerance) = sums[field], let holds = addsUp[field] else { continue }
            if holds {
                evaluated.formUnion(statementOf.map { FigureKey(statement: $0, field: field) })
                continue
            }
            if let slip = unitSlip(figures, holds: { values in
                abs(values[0].value - values.dropFirst().reduce(0) { $0 + $1.value }) <= values.reduce(0) { $0 + $1.tolerance } + 1e-6
            }) {
                addUnit(FigureKey(statement: statementOf[slip.index], field: field), figures[slip.index], power: slip.power,
                        holds: "the \(group.parts.count) parts \(how) add up to the \(field.label) of \(total.subject)")
                continue
            }
            let t = figures[0]
            let exceeds = sum > (t.value.adding(tolerance) ?? t.value)
            let fallsShort = (sum.adding(tolerance) ?? sum) < t.value
            let report: Bool
            switch field {
            case .changeAmount: report = (addsUp[.actual] == true || sharesComplete) && fallsShort
            case .actual: report = exceeds || (fallsShort && sharesComplete)
            default: report = exceeds
            }
            guard report else { continue }
            evaluated.formUnion(statementOf.map { FigureKey(statement: $0, field: field) })
            let names = group.parts.prefix(3).map { statements[$0].subject }.joined(separator: ", ") + (group.parts.count > 3 ? ", …" : "")
            add(group.total, .total, stated: t.value, computed: sum, tolerance: tolerance,
                "The \(field.label)s of the \(group.parts.count) parts \(how) (\(names)) add up to \(AuditText.amount(sum, like: t)), not to the stated \(AuditText.written(t)) of \(total.subject).")
        }
    }

    // MARK: shares

    mutating func checkShare(_ index: Int) {
        let statement = statements[index]
        guard let share = statement.exactFigure(.share), let actual = statement.exactFigure(.actual), let range = share.range,
              let base = Self.shareBase(statement, before: range), base != statement.key,
              let baseIndex = baseStatement(base, for: index), let baseActual = statements[baseIndex].exactFigure(.actual),
              Self.sameKind(actual, baseActual),
              let computed = Computed.percent(Rounded(actual), of: Rounded(baseActual)) else { return }
        let keys = [FigureKey(statement: index, field: .actual), FigureKey(statement: baseIndex, field: .actual),
                    FigureKey(statement: index, field: .share)]
        evaluated.formUnion(keys)
        if computed.agrees(with: Rounded(share)) { return }
        if let slip = unitSlip([actual, baseActual], holds: { values in
            Computed.percent(values[0], of: values[1])?.agrees(with: Rounded(share)) ?? false
        }) {
            addUnit(keys[slip.index], [actual, baseActual][slip.index], power: slip.power,
                    holds: "the stated share \(AuditText.written(share)) of \(statement.subject) in \(statements[baseIndex].subject) holds")
            return
        }
        addRate(index, .total, stated: share, computed: computed,
                "The share \(AuditText.written(share)) of \(statement.subject) in \(statements[baseIndex].subject) is not \(AuditText.written(actual)) / \(AuditText.written(baseActual)) (line \(statements[baseIndex].record.line)) = \(AuditText.percent(computed.value, places: Self.decimals(share) + 2)).")
    }

    /// The total a share is stated of, as written between `占` and the share (`占税收收入的27.51%`
    /// → `税收收入`), normalized; `nil` when the statement names none (`所占比例91.1%`).
    static func shareBase(_ statement: Statement, before range: Range<Int>) -> String? {
        let scalars = Array(statement.record.text.unicodeScalars)
        let end = range.lowerBound - statement.record.start
        guard end > 0, end <= scalars.count, let at = scalars[..<end].lastIndex(of: "占") else { return nil }
        var base = StatementWords.normalize(String(scalars: scalars[(at + 1)..<end]))
        for suffix in ["的比重", "的比例", "比重", "比例", "的", "为"] where base.hasSuffix(suffix) {
            base.removeLast(suffix.count)
        }
        return base.count >= 2 ? base : nil
    }

    /// The statement whose subject is `base` (but for scope words and region names: `上党区地区
    /// 生产总值` for `地区生产总值`) that a share in statement `index` is of: the total of its group
    /// if that one, else the nearest before it, else after it.
    private func baseStatement(_ base: String, for index: Int) -> Int? {
        let period = statements[index].period
        let candidates = statements.indices.filter { other in
            other != index && statements[other].exactFigure(.actual) != nil
                && document.words.sameSubject(statements[other].key, base, regions: document.regionWords)
                && (period == nil || statements[other].period == nil || statements[other].period == period)
        }
        if let parent = parents[index], candidates.contains(parent) { return parent }
        return candidates.last { $0 < index } ?? candidates.first
    }

    // MARK: repeats

    mutating func checkRepeats() {
        var firstOf: [String: [MetricField: Int]] = [:]
        for (index, statement) in statements.enumerated() where !statement.key.isEmpty {
            var scope = ""
            if let (table, _) = document.tableRows[index] {
                scope = "table \(table)"
            } else if let parent = parents[index] {
                scope = "part of " + statements[parent].key
            }
            let key = [statement.key, measure(of: statement), statement.period ?? "", statement.region ?? "", scope]
                .joined(separator: "\u{1F}")
            for figure in statement.figures where !figure.isApproximate {
                guard let earlierIndex = firstOf[key]?[figure.field] else {
                    firstOf[key, default: [:]][figure.field] = index
                    continue
                }
                guard let earlier = statements[earlierIndex].exactFigure(figure.field) else { continue }
                let tolerance = figure.tolerance.adding(earlier.tolerance) ?? figure.tolerance
                let difference = (figure.value.subtracting(earlier.value) ?? .zero).magnitude
                let keys = [FigureKey(statement: earlierIndex, field: figure.field), FigureKey(statement: index, field: figure.field)]
                evaluated.formUnion(keys)
                if difference <= tolerance { continue }
                if let slip = unitSlip([earlier, figure], holds: { values in
                    abs(values[0].value - values[1].value) <= values[0].tolerance + values[1].tolerance + 1e-6
                }) {
                    // The figure written in the document's less common unit is the slip.
                    let blamed = blame(slip, [earlier, figure])
                    let power = blamed == slip.index ? slip.power : -slip.power
                    let other = [earlier, figure][1 - blamed]
                    addUnit(keys[blamed], [earlier, figure][blamed], power: power,
                            holds: "it equals the \(figure.field.label) \(AuditText.written(other)) stated on line \(statements[keys[1 - blamed].statement].record.line)")
                    continue
                }
                add(index, .repeat, stated: figure.value, computed: earlier.value, tolerance: tolerance,
                    "The \(figure.field.label) of \(statement.subject) is stated as \(AuditText.written(figure)) here but as \(AuditText.written(earlier)) on line \(statements[earlierIndex].record.line).")
            }
        }
    }

    /// What a statement says it measures of its subject: the words between the subject and its
    /// first figure, less the verbs that say nothing of it (list `measure-filler`: `完成`, `累计`):
    /// `直达资金已分配55195.36万元` measures `分配`, `直达资金已支出49786.53万元` `支出`, two
    /// indicators; `财政总收入完成…` and `财政总收入累计完成…` one.
    private func measure(of statement: Statement) -> String {
        var text = Substring(StatementWords.normalize(statement.record.text))
        if !statement.key.isEmpty, let found = text.range(of: statement.key) { text = text[found.upperBound...] }
        var words = String(text.prefix { !($0.isASCII && $0.isNumber) && !"-+－".contains($0) }.filter { HanCharacter.contains($0.unicodeScalars.first!) })
        for filler in document.words.measureFillers.sorted(by: { $0.count > $1.count }) {
            words = words.replacingOccurrences(of: filler, with: "")
        }
        return words
    }

    /// Which of two figures that differ by a unit slip is the slip: the one written in the unit
    /// the document's other amounts use less, else the later one.
    private func blame(_ slip: (index: Int, power: Int), _ figures: [WrittenFigure]) -> Int {
        let a = figures[0].scale.map { scaleCounts[$0] ?? 0 } ?? 0
        let b = figures[1].scale.map { scaleCounts[$0] ?? 0 } ?? 0
        if a != b { return a < b ? 0 : 1 }
        return 1
    }

    // MARK: lone unit slips

    /// An amount written in 元 that no relation tested, where every other amount of its statement
    /// (one at least), and of the group it belongs to, is written in 万元 or more.
    mutating func checkLoneUnits() {
        var siblings: [Int: [Int]] = [:]
        for group in document.groups {
            let members = [group.total] + group.parts
            for member in members { siblings[member, default: []] += members.filter { $0 != member } }
        }
        for (index, statement) in statements.enumerated() {
            for figure in statement.figures where figure.isMoney && !figure.isApproximate && figure.scale == 0 && figure.value.magnitude >= ExactDecimal(1) {
                let key = FigureKey(statement: index, field: figure.field)
                guard !evaluated.contains(key), !unitFlagged.contains(key) else { continue }
                let own = statement.figures.filter { $0.field != figure.field && $0.isMoney }
                guard !own.isEmpty else { continue }
                let around = own + (siblings[index] ?? []).flatMap { statements[$0].figures.filter(\.isMoney) }
                let scales = around.compactMap(\.scale)
                guard scales.count == around.count, let common = scales.first, common >= 4, scales.allSatisfy({ $0 == common }) else { continue }
                unitFlagged.insert(key)
                let corrected = figure.value.scaled(byPowerOfTen: common)
                add(index, .unit, stated: figure.value, computed: corrected, tolerance: .zero,
                    "The \(figure.field.label) \(AuditText.written(figure)) of \(statement.subject) is written in 元 where the amounts around it are in \(Self.unitName(common) ?? "larger units"): it may be \(corrected) yuan.")
            }
        }
    }
}

extension Statement {
    /// The figure of `field` unless it is written as approximate (`约`, `超` …), which no
    /// relation can be checked with.
    func exactFigure(_ field: MetricField) -> WrittenFigure? {
        figure(field).flatMap { $0.isApproximate ? nil : $0 }
    }
}
