import ZhPatterns
import ZhText

/// The word lists the statement reader, the audit and the panel look up, from the pattern files
/// (`Patterns/statement.zhp`, `Patterns/indicator.zhp` and the list `half` of `date.zhp`), so an
/// analyst extends them as any other list (`list NAME +` in a folder of their own). A list the
/// loaded files do not define is empty.
///
/// Words are kept normalized as ``normalize(_:)`` makes them, and compared with text normalized
/// the same way.
public struct StatementWords: Sendable {
    /// Words after a total that introduce its parts (`其中`).
    var partIntro: [String]
    /// First cells of a table's total row (`合计`, `全市`).
    var tableTotal: [String]
    /// First cells of subtotal rows, left out of sums (`小计`).
    var tableSubtotal: [String]
    /// Column header words, by role.
    var columnRank: [String]
    var columnCompletion: [String]
    var columnChange: [String]
    var columnNotAdditive: [String]
    var columnLastYear: [String]
    var columnPartial: [String]
    var columnActual: [String]
    var columnBudget: [String]
    /// Relative years by their distance from the report's year (`上年` → -1).
    var relativeYears: [String: Int]
    /// Halves of a year (`上半年` → `H1`).
    var halves: [String: String]
    /// Indicator words and their canonical names.
    var indicators: [String: String]
    /// Words that may stand before an indicator's name.
    var indicatorScope: [String]
    /// Verbs between a subject and its figure that say nothing of what is measured (`完成`).
    var measureFillers: [String]

    /// The lists of `patterns`.
    public init(patterns: PatternSet) {
        func words(_ name: String) -> [String] {
            (patterns.lists[name]?.entries ?? []).map { Self.normalize($0.word) }.filter { !$0.isEmpty }
        }
        func values(_ name: String) -> [String: String] {
            var result: [String: String] = [:]
            for entry in patterns.lists[name]?.entries ?? [] {
                let word = Self.normalize(entry.word)
                guard !word.isEmpty else { continue }
                result[word] = entry.value ?? entry.word
            }
            return result
        }
        partIntro = words("part-intro")
        tableTotal = words("table-total")
        tableSubtotal = words("table-subtotal")
        columnRank = words("column-rank")
        columnCompletion = words("column-completion")
        columnChange = words("column-change")
        columnNotAdditive = words("column-not-additive")
        columnLastYear = words("column-last-year")
        columnPartial = words("column-partial")
        columnActual = words("column-actual")
        columnBudget = words("column-budget")
        relativeYears = values("period-relative-year").compactMapValues { Int($0) }
        halves = values("half")
        indicators = values("indicator")
        indicatorScope = words("indicator-scope")
        measureFillers = words("measure-filler")
    }

    /// The lists of the built-in pattern files (and the folder `ZHX_PATTERNS` names instead).
    public static func builtin() throws -> StatementWords {
        StatementWords(patterns: try PatternSet.builtin())
    }

    /// `text` as words are compared: normalized as the matcher sees text (full-width forms,
    /// Traditional characters folded), without white space (letter-spaced table headers such
    /// as `年 度 预 算 数`).
    public static func normalize(_ text: String) -> String {
        let normalized = NormalizedText(original: text).scalars
        return String(scalars: normalized.filter { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" })
    }

    /// Whether `prefix` (of a subject, normalized) is made only of words that say where or over
    /// what a figure is counted: `indicator-scope` words (`全区`, `本级`), the region names
    /// `regions` (normalized), years (`2023年`, `2023年度`).
    func isScope(_ prefix: Substring, regions: Set<String>) -> Bool {
        var rest = prefix
        let known = indicatorScope + regions
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if digits.count == 4, rest.dropFirst(4).first == "年" {
                rest = rest.dropFirst(rest.dropFirst(5).first == "度" ? 6 : 5)
                continue
            }
            guard let word = Self.prefix(of: rest, in: known) else { return false }
            rest = rest.dropFirst(word.count)
        }
        return true
    }

    /// Whether two normalized subjects name the same thing but for their scope (`全区一般公共预算
    /// 支出` and `一般公共预算支出`, `上党区地区生产总值` and `地区生产总值`).
    func sameSubject(_ a: String, _ b: String, regions: Set<String>) -> Bool {
        if a == b { return true }
        if a.hasSuffix(b) { return isScope(a.dropLast(b.count), regions: regions) }
        if b.hasSuffix(a) { return isScope(b.dropLast(a.count), regions: regions) }
        return false
    }

    /// Whether `text` contains one of `words`.
    static func contains(_ text: String, anyOf words: [String]) -> Bool {
        words.contains { text.contains($0) }
    }

    /// The longest word of `words` that `text` starts with.
    static func prefix(of text: Substring, in words: [String]) -> String? {
        words.filter { text.hasPrefix($0) }.max { $0.count < $1.count }
    }
}
