import ZhModel
import ZhText
/// Resolves `quantity` matches: value after scale words (`97.3万亩` → 973000), `unit` the unit
/// word as written in the normalized text (scale removed), `unit_code` the list value of the
/// capture `unit` when the list gives one (the SI or UN/CEFACT symbol: `公斤` → `kg`), and the
/// qualifier. A `cued-unit` (`度`) takes its code from a `unit-cue` word in the clause before
/// the figure (`用电量…度` is kW·h), and gives no record without one.
///
/// A count written with the Chinese numeral 一 alone (`一个`, `一批`, `一大批`) is an indefinite
/// article, not a figure: no record. `1个`, with an Arabic digit, is a count, and so is `一个半`.
/// A count written with 二 alone (`二次会议`, `二期工程`) is an ordinal or a term: a count of two
/// is written with 两 (`两次`), so no record either, except for units of measure (`二斤`).
final class QuantityResolver: Resolver {
    let type = RecordType.quantity
    /// Decimal list values (scales), parsed once.
    private let decimals: ListDecimals
    /// Measure words for counted things (list `unit-count`).
    private let countUnits: WordSet
    /// Words that say what a `cued-unit` is (list `unit-cue`), by the unit's code.
    private let unitCues: [(words: WordSet, value: String)]
    /// How far before the figure a cue word is looked for, at most (within the clause).
    private static let cueReach = 12

    init(lists: WordLists) {
        decimals = lists.decimals
        countUnits = lists["unit-count"]
        unitCues = lists.byValue("unit-cue")
    }

    func resolve(_ match: MatchView) -> Resolution? {
        if match.has(.decimals) { return height(match) }
        if let amount = match.scalars(.amount), amount.count == 1, !match.has(.andHalf) {
            if amount.first == "一" { return nil }
            if amount.first == "二", let unit = match.capture(.unit),
               countUnits.longestWord(startingAt: unit.range.lowerBound, before: unit.range.upperBound, in: match.scalars) == unit.range.count {
                return nil
            }
        }
        guard let figure = Figure(match, decimals: decimals) else { return nil }
        var code = match.value(.unit)
        guard let unit = match.text(.unit) ?? match.text(.cuedUnit) else { return nil }
        if match.rule(has: .cuedUnit), match.has(.cuedUnit) {
            // 度 says nothing by itself: a cue word in the clause before says which unit it is.
            guard let cued = cue(before: match.range.lowerBound, in: match.scalars) else { return nil }
            code = cued
        }
        var fields = figure.valueFields(reservingCapacity: 3)
        fields.append(Field("unit", .string(unit)))
        if let code { fields.append(Field("unit_code", .string(code))) }
        figure.appendQualifier(to: &fields)
        return Resolution(fields: fields)
    }

    /// The code of the unit a `unit-cue` word in the clause before `start` names (`用电量` → kW·h).
    private func cue(before start: Int, in scalars: [Unicode.Scalar]) -> String? {
        var from = start
        while from > 0, start - from < Self.cueReach, !Self.endsClause(scalars[from - 1]) { from -= 1 }
        return unitCues.first { $0.words.occurs(in: from..<start, of: scalars) }?.value
    }

    /// Whether `scalar` ends a clause.
    private static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "！", "？", "!", "?", "\n", "；", ";", "，", ",", "：", ":": true
        default: false
        }
    }

    /// `一米八`: the digits after the unit are its decimals, read one by one (1.8; `一米七五` 1.75).
    private func height(_ match: MatchView) -> Resolution? {
        guard let whole = match.number(.amount), whole.isInteger, let digits = match.scalars(.decimals), digits.count <= 2,
              let unit = match.text(.unit) else { return nil }
        var value = whole
        for (place, scalar) in digits.enumerated() {
            guard let digit = NumberParser.parse(CollectionOfOne(scalar))?.int64Value, (0...9).contains(digit), scalar != "两",
                  let sum = value.adding(ExactDecimal(significand: digit, exponent: -(place + 1))) else { return nil }
            value = sum
        }
        var fields = [Field("value", .number(value)), Field("unit", .string(unit))]
        if let code = match.value(.unit) { fields.append(Field("unit_code", .string(code))) }
        return Resolution(fields: fields)
    }
}

extension CaptureName {
    /// The digits after a unit that are its decimals (`一米八`).
    static let decimals = CaptureName("decimals")
    /// The unit of a quantity (`亩`, `人次`; list value its symbol) or a percentage (list value `%` or `pp`).
    static let unit = CaptureName("unit")
    /// A unit that says nothing by itself (`度`): a `unit-cue` word in the clause before the figure
    /// says which it is (`用电量…度` is kW·h, `气温…度` °C); without one, no record.
    static let cuedUnit = CaptureName("cued-unit")
}
