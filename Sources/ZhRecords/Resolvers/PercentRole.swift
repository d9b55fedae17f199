import ZhText

/// The role of a percentage, read from the clause written before it (back to the previous
/// `clause-break` word, line break or tab) and the word right after it, with word lists from
/// the pattern files. In order:
///
/// 1. a change word ends the clause (`增长`, `下降`, `提高` …, after fillers such as `了` `达` `为`):
///    `change`, direction from the word (or from the sign for `增幅`, `同比`);
/// 2. a progress word (`进度`, `执行率`), or `占`/`为`/`完成` + a plan noun (`预算`, `计划`) followed
///    by a figure, `的` or `数` (`占年度预算207100万元的`, `为预算的`): `completion`;
/// 3. the clause ends with a rate word (`核减率`, `覆盖率`: any word ending in `率`): `rate`;
/// 4. a share cue in the clause (`占`, `比重`, `占比`), or a figure that opens its clause and
///    is followed by `的` (`，80%以上的财政支出用于…`: the part of a whole a sentence is about):
///    `share`;
/// 5. a change word anywhere in the clause (`压减一般性行政支出5%`): `change`;
/// 6. no cue at all: the role of the previous percentage in the same sentence, which the clause
///    continues (`分配进度99.95%，其中中央下达分配99.9%`); `rate` when there is none.
///
/// Lists (in `Patterns/percent.zhp`): `role-change-up`, `role-change-down`, `role-change-signed`,
/// `role-filler`, `role-completion-verb`, `role-completion-object`, `role-completion-word`,
/// `role-share`, `clause-break`.
struct PercentRole {
    enum Role: String { case change, share, completion, rate, other }
    enum Direction: String { case up, down }

    var role: Role
    var direction: Direction?

    /// The role of the percentage whose figure spans `figure` in `scalars`.
    init(figure: Range<Int>, in scalars: [Unicode.Scalar], lists: ResolutionContext, value: ExactDecimal) {
        self = Self.read(figure: figure, in: scalars, lists: lists, signDirection: value.isNegative ? .down : .up, depth: 0)
    }

    private init(role: Role, direction: Direction? = nil) {
        self.role = role
        self.direction = direction
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "\n"]

    private static func read(figure: Range<Int>, in scalars: [Unicode.Scalar], lists: ResolutionContext,
                             signDirection: Direction, depth: Int) -> PercentRole {
        var breaks = Set(lists.words("clause-break").keys.compactMap { $0.unicodeScalars.first })
        breaks.formUnion(["\n", "\t"])
        var clauseStart = figure.lowerBound
        while clauseStart > 0, figure.lowerBound - clauseStart < 60, !breaks.contains(scalars[clauseStart - 1]) { clauseStart -= 1 }
        let clause = String(String.UnicodeScalarView(scalars[clauseStart..<figure.lowerBound]))
        let tail = strippingFillers(clause, lists: lists)

        // 1. A change word right before the figure.
        if longestSuffix(of: tail, in: lists.words("role-change-up")) != nil { return PercentRole(role: .change, direction: .up) }
        if longestSuffix(of: tail, in: lists.words("role-change-down")) != nil { return PercentRole(role: .change, direction: .down) }
        if longestSuffix(of: tail, in: lists.words("role-change-signed")) != nil {
            return PercentRole(role: .change, direction: signDirection)
        }
        // 2. Completion against a plan or budget.
        if hasCompletionCue(clause, lists: lists) { return PercentRole(role: .completion) }
        // 3. A named rate.
        if tail.hasSuffix("率") { return PercentRole(role: .rate) }
        // 4. A share of a whole.
        if lists.words("role-share").keys.contains(where: { clause.contains($0) })
            || clause.isEmpty && isFollowedByDe(figure, in: scalars, lists: lists) {
            return PercentRole(role: .share)
        }
        // 5. A change word earlier in the clause.
        let up = lists.words("role-change-up").keys.contains { clause.contains($0) }
        let down = lists.words("role-change-down").keys.contains { clause.contains($0) }
        if up || down { return PercentRole(role: .change, direction: down && !up ? .down : (up && !down ? .up : signDirection)) }
        // 6. The clause continues the previous percentage of the sentence.
        if depth < 8, let previous = previousFigure(before: clauseStart, in: scalars) {
            return read(figure: previous, in: scalars, lists: lists, signDirection: signDirection, depth: depth + 1)
        }
        return PercentRole(role: .rate)
    }

    private static func strippingFillers(_ clause: String, lists: ResolutionContext) -> Substring {
        var tail = Substring(clause)
        let fillers = lists.words("role-filler").keys
        var stripped = true
        while stripped {
            stripped = false
            for filler in fillers where tail.hasSuffix(filler) {
                tail = tail.dropLast(filler.count)
                stripped = true
            }
        }
        return tail
    }

    private static func longestSuffix(of text: Substring, in words: [String: String]) -> String? {
        words.keys.filter { text.hasSuffix($0) }.max { $0.count < $1.count }
    }

    /// `X%的Y` (after an optional qualifier such as `以上`): a part of a whole.
    private static func isFollowedByDe(_ figure: Range<Int>, in scalars: [Unicode.Scalar], lists: ResolutionContext) -> Bool {
        var i = figure.upperBound
        while i < scalars.count, scalars[i] == "%" { i += 1 }
        let rest = String(String.UnicodeScalarView(scalars[i..<min(scalars.count, i + 4)]))
        let after = lists.words("qualifier-after").keys.filter { rest.hasPrefix($0) }.max { $0.count < $1.count } ?? ""
        return rest.dropFirst(after.count).hasPrefix("的")
    }

    /// The span of the nearest `%` figure before `offset` in the same sentence.
    private static func previousFigure(before offset: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var i = offset - 1
        while i >= 0, !sentenceEnds.contains(scalars[i]) {
            if scalars[i] == "%" {
                var start = i
                while start > 0, ("0"..."9").contains(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
                return start < i ? start..<i : nil
            }
            i -= 1
        }
        return nil
    }

    /// A progress word in the clause, or `占`/`为`/`完成` + up to four scalars + a plan noun
    /// followed by a figure, `的` or `数`.
    private static func hasCompletionCue(_ text: String, lists: ResolutionContext) -> Bool {
        if lists.words("role-completion-word").keys.contains(where: { text.contains($0) }) { return true }
        for verb in lists.words("role-completion-verb").keys {
            var searchStart = text.startIndex
            while let found = text.range(of: verb, range: searchStart..<text.endIndex) {
                searchStart = found.upperBound
                let rest = text[found.upperBound...]
                for object in lists.words("role-completion-object").keys {
                    guard let objectRange = rest.range(of: object),
                          rest.distance(from: rest.startIndex, to: objectRange.lowerBound) <= 4 else { continue }
                    guard let next = rest[objectRange.upperBound...].unicodeScalars.first else { return true }
                    if next == "的" || next == "数" || ("0"..."9").contains(next) { return true }
                }
            }
        }
        return false
    }
}
