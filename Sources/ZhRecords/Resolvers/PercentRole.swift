import ZhText

/// The role of a percentage, read from the clause written before it (back to the previous
/// `clause-break` word, line break or tab), with word lists from the pattern files:
///
/// 1. the clause ends with a change word (`增长`, `下降`, `提高` …, after fillers such as `了`
///    `达` `为`): `change`, direction from the word (or from the sign for `增幅`, `同比`);
/// 2. it has a completion cue: `占`/`为`/`完成` + (`年度`) + `预算`/`计划`/`任务` followed by a
///    figure or `的`/`数` (`占年度预算207100万元的`, `为预算的`), or a progress word (`进度`):
///    `completion`;
/// 3. it has a share cue (`占`, `比重`, `占比`): `share`;
/// 4. it has a change word anywhere (`压减一般性行政支出5%`): `change`;
/// 5. otherwise `rate`.
///
/// Lists (in `Patterns/percent.zhp`): `role-change-up`, `role-change-down`, `role-change-signed`,
/// `role-filler`, `role-completion-verb`, `role-completion-object`, `role-completion-word`,
/// `role-share`, `clause-break`.
struct PercentRole {
    enum Role: String { case change, share, completion, rate, other }
    enum Direction: String { case up, down }

    var role: Role
    var direction: Direction?

    init(before figureStart: Int, in scalars: [Unicode.Scalar], lists: ResolutionContext, value: ExactDecimal) {
        var breaks = Set(lists.words("clause-break").keys.compactMap { $0.unicodeScalars.first })
        breaks.formUnion(["\n", "\t"])
        var clauseStart = figureStart
        while clauseStart > 0, figureStart - clauseStart < 60, !breaks.contains(scalars[clauseStart - 1]) { clauseStart -= 1 }
        let clause = String(String.UnicodeScalarView(scalars[clauseStart..<figureStart]))
        let signDirection: Direction = value.isNegative ? .down : .up

        // 1. A change word right before the figure.
        var tail = Substring(clause)
        let fillers = lists.words("role-filler").keys.sorted { $0.count > $1.count }
        var stripped = true
        while stripped {
            stripped = false
            for filler in fillers where tail.hasSuffix(filler) {
                tail = tail.dropLast(filler.count)
                stripped = true
            }
        }
        if let word = Self.longestSuffix(of: tail, in: lists.words("role-change-up")) {
            self.init(role: .change, direction: word.isEmpty ? signDirection : .up)
            return
        }
        if Self.longestSuffix(of: tail, in: lists.words("role-change-down")) != nil {
            self.init(role: .change, direction: .down)
            return
        }
        if Self.longestSuffix(of: tail, in: lists.words("role-change-signed")) != nil {
            self.init(role: .change, direction: signDirection)
            return
        }
        // 2. Completion against a plan or budget.
        if Self.hasCompletionCue(Array(clause.unicodeScalars), lists: lists) {
            self.init(role: .completion, direction: nil)
            return
        }
        // 3. A share of a whole.
        if lists.words("role-share").keys.contains(where: { clause.contains($0) }) {
            self.init(role: .share, direction: nil)
            return
        }
        // 4. A change word earlier in the clause.
        let up = lists.words("role-change-up").keys.filter { clause.contains($0) }
        let down = lists.words("role-change-down").keys.filter { clause.contains($0) }
        if !up.isEmpty || !down.isEmpty {
            self.init(role: .change, direction: down.isEmpty ? .up : (up.isEmpty ? .down : signDirection))
            return
        }
        self.init(role: .rate, direction: nil)
    }

    private init(role: Role, direction: Direction?) {
        self.role = role
        self.direction = direction
    }

    private static func longestSuffix(of text: Substring, in words: [String: String]) -> String? {
        words.keys.filter { text.hasSuffix($0) }.max { $0.count < $1.count }
    }

    /// `占`/`为`/`完成` + optional qualifier words + a plan noun followed by a figure, `的` or
    /// `数`; or a progress word anywhere in the clause.
    private static func hasCompletionCue(_ clause: [Unicode.Scalar], lists: ResolutionContext) -> Bool {
        let text = String(String.UnicodeScalarView(clause))
        if lists.words("role-completion-word").keys.contains(where: { text.contains($0) }) { return true }
        let verbs = lists.words("role-completion-verb").keys
        let objects = lists.words("role-completion-object").keys
        for verb in verbs {
            var searchStart = text.startIndex
            while let found = text.range(of: verb, range: searchStart..<text.endIndex) {
                searchStart = found.upperBound
                let rest = text[found.upperBound...]
                for object in objects {
                    guard let objectRange = rest.range(of: object), rest.distance(from: rest.startIndex, to: objectRange.lowerBound) <= 4 else { continue }
                    let after = rest[objectRange.upperBound...]
                    guard let next = after.unicodeScalars.first else { return true }
                    if next == "的" || next == "数" || next.properties.numericType != nil { return true }
                }
            }
        }
        return false
    }
}
