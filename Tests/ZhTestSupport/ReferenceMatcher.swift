import ZhModel
import ZhPatterns
import ZhTokens
import ZhText

/// A slow, obviously-correct matcher for differential tests: for each start position, left to
/// right, it computes every end each rule can reach by walking the pattern tree, then applies
/// the same overlap policy as ``Matcher`` (leftmost, longest, priority, rule order). Used by
/// `DifferentialTests` (ZhPatternsTests) and the fuzz target `Fuzz/FuzzPatterns`.
public struct ReferenceMatcher {
    public let patterns: PatternSet
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let range: Range<Int>
    public let wordBoundary: (Int) -> Bool

    public init(patterns: PatternSet, scalars: [Unicode.Scalar], tokens: [Token], range: Range<Int>, wordBoundary: @escaping (Int) -> Bool) {
        self.patterns = patterns
        self.scalars = scalars
        self.tokens = tokens
        self.range = range
        self.wordBoundary = wordBoundary
    }

    /// `rule-index:start..<end` for every chosen match.
    public func matches() -> [String] {
        var found: [String] = []
        var position = range.lowerBound
        while position < range.upperBound {
            var best: (rule: Int, end: Int)?
            for (index, rule) in patterns.rules.enumerated() where !rule.notAfter.contains(where: { ends($0, at: position) }) {
                for end in ends(rule.pattern, from: position) where end > position && !rule.notBefore.contains(where: { starts($0, at: end) }) {
                    guard let current = best else { best = (index, end); continue }
                    let (length, bestLength) = (end - position, current.end - position)
                    let (priority, bestPriority) = (rule.priority, patterns.rules[current.rule].priority)
                    if length > bestLength || length == bestLength && (priority > bestPriority || priority == bestPriority && index < current.rule) {
                        best = (index, end)
                    }
                }
            }
            if let best {
                found.append("\(best.rule):\(position)..<\(best.end)")
                position = best.end
            } else {
                position += 1
            }
        }
        return found
    }

    private func token(startingAt position: Int) -> Token? {
        tokens.first { $0.range.lowerBound == position && range.contains(position) }
    }

    private func longestWord(_ reference: ListReference, at position: Int) -> Int? {
        var longest: Int?
        for entry in patterns.lists[reference.name]?.entries ?? [] where reference.value == nil || entry.value == reference.value {
            let word = Array(entry.word.unicodeScalars)
            if position + word.count <= range.upperBound, Array(scalars[position..<position + word.count]) == word {
                longest = max(longest ?? 0, word.count)
            }
        }
        return longest
    }

    private static func kind(_ tokenClass: TokenClass) -> TokenKind? {
        [TokenClass.number: TokenKind.number, .chineseNumeral: .chineseNumeral, .latin: .latin][tokenClass]
    }

    /// Every position `node` can end at when it starts at `position`.
    public func ends(_ node: PatternNode, from position: Int) -> Set<Int> {
        switch node {
        case .literal(let literal):
            let end = position + literal.count
            return end <= range.upperBound && Array(scalars[position..<end]) == literal ? [end] : []
        case .tokenClass(.han):
            return position < range.upperBound && HanCharacter.contains(scalars[position]) ? [position + 1] : []
        case .tokenClass(let tokenClass):
            guard let token = token(startingAt: position), token.range.upperBound <= range.upperBound,
                  token.kind == Self.kind(tokenClass) else { return [] }
            return [token.range.upperBound]
        case .list(let reference):
            return longestWord(reference, at: position).map { [position + $0] } ?? []
        case .boundary:
            return wordBoundary(position) ? [position] : []
        case .mention(let type):
            return position < range.upperBound && scalars[position] == type.placeholder ? [position + 1] : []
        case .sequence(let items):
            return items.reduce([position]) { starts, item in Set(starts.flatMap { ends(item, from: $0) }) }
        case .alternation(let items):
            return Set(items.flatMap { ends($0, from: position) })
        case .capture(_, let item):
            return ends(item, from: position)
        case .repetition(let item, let min, let max):
            var result: Set<Int> = min == 0 ? [position] : []
            var frontier: Set<Int> = [position]
            var seen: Set<Int> = [position]
            var count = 0
            while !frontier.isEmpty, count < (max ?? Int.max) {
                count += 1
                let next = Set(frontier.flatMap { ends(item, from: $0) })
                if count >= min { result.formUnion(next) }
                // Past `min`, a position reached before adds nothing new.
                frontier = count >= min ? next.subtracting(seen) : next
                seen.formUnion(next)
            }
            return result
        }
    }

    private func ends(_ item: ContextItem, at position: Int) -> Bool {
        switch item {
        case .literal(let literal):
            return literal.count <= position && Array(scalars[position - literal.count..<position]) == literal
        case .list(let reference):
            return (patterns.lists[reference.name]?.entries ?? []).contains { entry in
                let word = Array(entry.word.unicodeScalars)
                return (reference.value == nil || entry.value == reference.value) && word.count <= position
                    && Array(scalars[position - word.count..<position]) == word
            }
        case .tokenClass(.han):
            return position > 0 && HanCharacter.contains(scalars[position - 1])
        case .tokenClass(let tokenClass):
            return tokens.contains { $0.range.upperBound == position && $0.kind == Self.kind(tokenClass) }
        }
    }

    private func starts(_ item: ContextItem, at position: Int) -> Bool {
        switch item {
        case .literal(let literal):
            return position + literal.count <= scalars.count && Array(scalars[position..<position + literal.count]) == literal
        case .list(let reference):
            return (patterns.lists[reference.name]?.entries ?? []).contains { entry in
                let word = Array(entry.word.unicodeScalars)
                return (reference.value == nil || entry.value == reference.value) && position + word.count <= scalars.count
                    && Array(scalars[position..<position + word.count]) == word
            }
        case .tokenClass(.han):
            return position < scalars.count && HanCharacter.contains(scalars[position])
        case .tokenClass(let tokenClass):
            return tokens.contains { $0.range.lowerBound == position && $0.kind == Self.kind(tokenClass) }
        }
    }
}
