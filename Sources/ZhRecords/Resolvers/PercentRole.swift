import ZhText

/// The role of a percentage, read from the clause written before it (back to the previous
/// ``SentenceBoundary`` sentence end or clause break, line break or tab) and the word right after
/// it, with word lists from the pattern files. In order:
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
/// `role-share`.
struct PercentRole {
    enum Role: String { case change, share, completion, rate, other }
    enum Direction: String { case up, down }

    var role: Role
    var direction: Direction?

    /// The word lists the reader uses, taken from the pattern set once.
    struct Lists: Sendable {
        let filler, changeUp, changeDown, changeSigned: WordSet
        let completionWord, completionVerb, completionObject, share, qualifierAfter: WordSet

        init(_ lists: WordLists) {
            filler = lists["role-filler"]
            (changeUp, changeDown, changeSigned) = (lists["role-change-up"], lists["role-change-down"], lists["role-change-signed"])
            (completionWord, completionVerb) = (lists["role-completion-word"], lists["role-completion-verb"])
            (completionObject, share) = (lists["role-completion-object"], lists["role-share"])
            qualifierAfter = lists["qualifier-after"]
        }
    }

    /// The role of the percentage whose figure spans `figure` in `scalars`.
    init(figure: Range<Int>, in scalars: [Unicode.Scalar], lists: Lists, value: ExactDecimal) {
        self = Self.read(figure: figure, in: scalars, lists: lists, signDirection: value.isNegative ? .down : .up, depth: 0)
    }

    private init(role: Role, direction: Direction? = nil) {
        self.role = role
        self.direction = direction
    }

    /// Whether `scalar` ends a sentence: a ``SentenceBoundary`` sentence end or a line break.
    @inline(__always)
    private static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        SentenceBoundary.isSentenceEnd(scalar) || scalar == "\n"
    }

    /// Whether `scalar` ends the clause before a figure: a ``SentenceBoundary`` sentence end or
    /// clause break, a line break or a tab (a table cell).
    @inline(__always)
    private static func breaksClause(_ scalar: Unicode.Scalar) -> Bool {
        endsSentence(scalar) || SentenceBoundary.isClauseBreak(scalar) || scalar == "\t"
    }

    private static func read(figure: Range<Int>, in scalars: [Unicode.Scalar], lists: Lists,
                             signDirection: Direction, depth: Int) -> PercentRole {
        var clauseStart = figure.lowerBound
        while clauseStart > 0, figure.lowerBound - clauseStart < 60, !breaksClause(scalars[clauseStart - 1]) {
            clauseStart -= 1
        }
        let clause = clauseStart..<figure.lowerBound
        // The clause without the fillers (了, 达, 为 …) that stand between a cue word and the figure.
        var tailEnd = clause.upperBound
        let fillers = lists.filler
        while let length = fillers.longestWord(endingAt: tailEnd, after: clauseStart, in: scalars) { tailEnd -= length }
        func endsWith(_ words: WordSet) -> Bool {
            words.longestWord(endingAt: tailEnd, after: clauseStart, in: scalars) != nil
        }
        func occurs(_ words: WordSet) -> Bool { words.occurs(in: clause, of: scalars) }

        // 1. A change word right before the figure.
        // An increase written with a minus (`增长-1.2%`) is a fall.
        if endsWith(lists.changeUp) { return PercentRole(role: .change, direction: signDirection) }
        if endsWith(lists.changeDown) { return PercentRole(role: .change, direction: .down) }
        if endsWith(lists.changeSigned) { return PercentRole(role: .change, direction: signDirection) }
        // 2. Completion against a plan or budget.
        if occurs(lists.completionWord) || hasPlanCue(clause, in: scalars, lists: lists) { return PercentRole(role: .completion) }
        // 3. A named rate.
        if tailEnd > clauseStart, scalars[tailEnd - 1] == "率" { return PercentRole(role: .rate) }
        // 4. A share of a whole.
        if occurs(lists.share) || clause.isEmpty && isFollowedByDe(figure, in: scalars, lists: lists) {
            return PercentRole(role: .share)
        }
        // 5. A change word earlier in the clause.
        let (up, down) = (occurs(lists.changeUp), occurs(lists.changeDown))
        if up || down { return PercentRole(role: .change, direction: down && !up ? .down : (up && !down ? .up : signDirection)) }
        // 6. The clause continues the previous percentage of the sentence.
        if depth < 8, let previous = previousFigure(before: clauseStart, in: scalars) {
            return read(figure: previous, in: scalars, lists: lists, signDirection: signDirection, depth: depth + 1)
        }
        return PercentRole(role: .rate)
    }

    /// `X%的Y` (after an optional qualifier such as `以上`): a part of a whole.
    private static func isFollowedByDe(_ figure: Range<Int>, in scalars: [Unicode.Scalar], lists: Lists) -> Bool {
        var i = figure.upperBound
        while i < scalars.count, scalars[i] == "%" { i += 1 }
        i += lists.qualifierAfter.longestWord(startingAt: i, before: scalars.count, in: scalars) ?? 0
        return i < scalars.count && scalars[i] == "的"
    }

    /// The number span of the nearest `%` figure before `offset` in the same sentence.
    private static func previousFigure(before offset: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var i = offset - 1
        while i >= 0, !endsSentence(scalars[i]) {
            if scalars[i] == "%" {
                var start = i
                while start > 0, ("0"..."9").contains(scalars[start - 1]) || scalars[start - 1] == "." { start -= 1 }
                return start < i ? start..<i : nil
            }
            i -= 1
        }
        return nil
    }

    /// `占`/`为`/`完成` + up to four scalars + a plan noun (`预算`, `计划`) that is followed by a
    /// figure, `的`, `数`, or the figure itself.
    private static func hasPlanCue(_ clause: Range<Int>, in scalars: [Unicode.Scalar], lists: Lists) -> Bool {
        let verbs = lists.completionVerb, objects = lists.completionObject
        for i in clause {
            guard let verb = verbs.longestWord(startingAt: i, before: clause.upperBound, in: scalars) else { continue }
            for j in (i + verb)..<min(i + verb + 5, clause.upperBound) {
                guard let object = objects.longestWord(startingAt: j, before: clause.upperBound, in: scalars) else { continue }
                let next = j + object
                if next == clause.upperBound { return true }
                let scalar = scalars[next]
                if scalar == "的" || scalar == "数" || ("0"..."9").contains(scalar) { return true }
            }
        }
        return false
    }
}
