import ZhModel
import ZhText

/// Resolves `metric` matches of the sentence stage: the figures of a statement (the money,
/// percent and quantity records in the match, which starts at the first) and the indicator
/// written right before them, its subject (the run of Han characters, digits and the list
/// `metric-subject-punct` before the first figure, at most ``longestSubject``; the rule starts
/// at a record, so it is tried only where figures stand). Each figure is given its field by its
/// own role and the words right before it (its cue):
/// - a percentage: `completion`, `share` or a signed `change_pct` as its role says (the percent
///   resolver read it from the clause); a change in percentage points is a signed
///   `change_amount`; a rate with no figure before it is the `actual` (城镇登记失业率3.1%);
/// - an amount: `budget` after a word of `metric-budget-cue` (占年度预算…), a signed
///   `change_amount` after a word of `metric-change` (增收 = up, 减支 = down …), else the
///   `actual`, the first such figure;
/// - a count: the `actual`.
///
/// The subject is read without a trailing verb (`metric-verb`: 完成, 达到 …) or leading words
/// (`metric-lead`: 全区, 全年, 其中 …), and the record starts at it. A match whose subject holds a
/// word of `metric-not-subject` (a comparison: the second half of another statement), whose
/// cues hold a word of `metric-break` (其中: the parts of the figure before), that gives one
/// field a second value, or that fills fewer than two fields is refused, so a shorter statement
/// is taken.
final class MetricResolver: Resolver {
    let type = RecordType.metric
    private let budgetCues: WordSet
    private let changes: [(word: [Unicode.Scalar], up: Bool)]
    private let breaks: WordSet
    private let verbs: [[Unicode.Scalar]]
    private let leads: [[Unicode.Scalar]]
    private let notSubject: WordSet
    private let subjectPunctuation: Set<Unicode.Scalar>

    init(lists: WordLists) {
        budgetCues = lists["metric-budget-cue"]
        changes = (lists.list("metric-change")?.entries ?? []).map { (Array($0.word.unicodeScalars), $0.value == "up") }
        breaks = lists["metric-break"]
        verbs = (lists.list("metric-verb")?.entries ?? []).map { Array($0.word.unicodeScalars) }.sorted { $0.count > $1.count }
        leads = (lists.list("metric-lead")?.entries ?? []).map { Array($0.word.unicodeScalars) }.sorted { $0.count > $1.count }
        notSubject = lists["metric-not-subject"]
        subjectPunctuation = Set(lists.list("metric-subject-punct")?.entries.flatMap(\.word.unicodeScalars) ?? [])
    }

    /// The longest subject read before a statement's first figure.
    static let longestSubject = 40

    func resolve(_ match: MatchView) -> Resolution? {
        var start = match.range.lowerBound
        while start > 0, match.range.lowerBound - start < Self.longestSubject, isSubjectScalar(match.scalars[start - 1]) { start -= 1 }
        while start < match.range.lowerBound, !HanCharacter.contains(match.scalars[start]) { start += 1 }
        let subject = Self.trimmed(start..<match.range.lowerBound, in: match.scalars, prefixes: leads, suffixes: verbs)
        guard subject.count >= 2, !notSubject.occurs(in: subject, of: match.scalars) else { return nil }
        var values: [String: FieldValue] = [:]
        func set(_ key: String, _ value: ExactDecimal) -> Bool {
            guard values[key] == nil else { return false }
            values[key] = .number(value)
            return true
        }
        /// `value` negative for a fall (a written minus sign kept).
        func signed(_ value: ExactDecimal, down: Bool) -> ExactDecimal { down && !value.isNegative ? value.negated : value }
        var cueStart = match.range.lowerBound
        for position in match.range.lowerBound..<match.range.upperBound {
            guard let mention = match.mention(at: position), mention.type != .date else { continue }
            let cue = cueStart..<position
            cueStart = position + 1
            if breaks.occurs(in: cue, of: match.scalars) { return nil }
            guard case .number(let value)? = mention["value"] else { return nil }
            let accepted: Bool
            switch mention.type {
            case .percent:
                let change = signed(value, down: mention["direction"] == .string("down"))
                switch mention["role"] {
                case .string("completion")?: accepted = set("completion", value)
                case .string("share")?: accepted = set("share", value)
                case .string("change")? where mention["unit"] == .string("pp"): accepted = set("change_amount", change)
                case .string("change")?: accepted = set("change_pct", change)
                default: accepted = values.isEmpty && set("actual", value)
                }
            case .money:
                if budgetCues.occurs(in: cue, of: match.scalars) {
                    accepted = set("budget", value)
                } else if let up = change(in: cue, of: match.scalars) {
                    accepted = set("change_amount", up ? value : signed(value, down: true))
                } else {
                    accepted = set("actual", value)
                }
            case .quantity:
                accepted = set("actual", value)
            default:
                return nil
            }
            guard accepted else { return nil }
        }
        guard values.count >= 2 else { return nil }
        var fields = [Field("subject", .string(match.name(of: subject)))]
        for key in ["actual", "budget", "completion", "change_pct", "change_amount", "share"] where values[key] != nil {
            fields.append(Field(key, values[key]!))
        }
        return Resolution(fields: fields, span: subject.lowerBound..<match.range.upperBound)
    }

    /// Whether `scalar` may stand in a subject: a Han character, a digit, a word of
    /// `metric-subject-punct`.
    private func isSubjectScalar(_ scalar: Unicode.Scalar) -> Bool {
        HanCharacter.contains(scalar) || ("0"..."9").contains(scalar) || subjectPunctuation.contains(scalar)
    }

    /// Whether the last change word in `range` says up (`true`) or down (`false`); `nil` when none.
    private func change(in range: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool? {
        var found: (end: Int, up: Bool)?
        for (word, up) in changes {
            var start = range.lowerBound
            while start + word.count <= range.upperBound {
                if scalars[start..<(start + word.count)].elementsEqual(word), found.map({ start + word.count > $0.end }) ?? true {
                    found = (start + word.count, up)
                }
                start += 1
            }
        }
        return found?.up
    }

    /// `range` without the words of `prefixes` at its start (one after the other: 全年全县) and the
    /// longest of `suffixes` at its end.
    static func trimmed(_ range: Range<Int>, in scalars: [Unicode.Scalar], prefixes: [[Unicode.Scalar]],
                        suffixes: [[Unicode.Scalar]]) -> Range<Int> {
        var range = range
        while let prefix = prefixes.first(where: { range.count > $0.count && scalars[range].starts(with: $0) }) {
            range = (range.lowerBound + prefix.count)..<range.upperBound
        }
        if let suffix = suffixes.first(where: { range.count > $0.count && scalars[range].reversed().starts(with: $0.reversed()) }) {
            range = range.lowerBound..<(range.upperBound - suffix.count)
        }
        return range
    }
}

