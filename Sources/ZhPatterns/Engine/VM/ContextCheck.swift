import ZhText
import ZhTokens

/// A rule's compiled `not-after:` or `not-before:` list: does any of its items touch a position?
///
/// An immutable class: the VM checks it in place in the program's array, where a struct of
/// arrays would be copied (each array retained and released) at every check.
final class ContextCheck: Sendable {
    let literals: [[Unicode.Scalar]]
    /// Tries of the program: backward (reversed words) for not-after, forward for not-before.
    let tries: [Int]
    let classes: [TokenClass]

    /// A check for these items: literal texts, list tries, token classes.
    init(literals: [[Unicode.Scalar]], tries: [Int], classes: [TokenClass]) {
        self.literals = literals
        self.tries = tries
        self.classes = classes
    }

    /// Whether an item ends right before `position` (the text ends with it).
    func endsBefore(_ position: Int, in text: MatchText, using programTries: [WordTrie]) -> Bool {
        let scalars = text.scalars
        for literal in literals where literal.count <= position {
            if (0..<literal.count).allSatisfy({ scalars[position - literal.count + $0] == literal[$0] }) { return true }
        }
        for trie in tries where programTries[trie].hasWordEnding(in: scalars, before: position, start: 0) { return true }
        for tokenClass in classes {
            if tokenClass == .han {
                if position > 0, HanCharacter.contains(scalars[position - 1]) { return true }
            } else if text.tokens.ending(at: position)?.kind == tokenClass.tokenKind {
                return true
            }
        }
        return false
    }

    /// Whether an item starts right at `position` (the text goes on with it).
    func startsAt(_ position: Int, in text: MatchText, using programTries: [WordTrie]) -> Bool {
        let scalars = text.scalars
        for literal in literals where position + literal.count <= scalars.count {
            if (0..<literal.count).allSatisfy({ scalars[position + $0] == literal[$0] }) { return true }
        }
        for trie in tries where programTries[trie].longestMatch(in: scalars, at: position, end: scalars.count) != nil { return true }
        for tokenClass in classes {
            if tokenClass == .han {
                if position < scalars.count, HanCharacter.contains(scalars[position]) { return true }
            } else if text.tokens.starting(at: position)?.kind == tokenClass.tokenKind {
                return true
            }
        }
        return false
    }
}
