/// The words of a list (or of the part of it with one value) as a trie, read forwards for `@list`
/// atoms and `not-before`, or backwards for `not-after`.
struct WordTrie: Sendable {
    /// Value stored in ``terminal`` for a node that ends no word.
    static let notAWord: Int32 = -2
    /// Value stored in ``terminal`` for a word without a value.
    static let noValue: Int32 = -1

    private var children: [[Unicode.Scalar: Int32]] = [[:]]
    /// Per node: `notAWord`, `noValue` or the index of the word's value in the program's value table.
    private var terminal: [Int32] = [notAWord]
    /// The longest word's length.
    private(set) var longestWord = 0
    /// The first scalar of every word.
    var firstScalars: Dictionary<Unicode.Scalar, Int32>.Keys { children[0].keys }

    /// Adds `word` (reversed for a backward trie) with its value index, or `noValue`.
    mutating func insert(_ word: [Unicode.Scalar], value: Int32) {
        var node = 0
        for scalar in word {
            if let next = children[node][scalar] {
                node = Int(next)
            } else {
                children.append([:])
                terminal.append(Self.notAWord)
                children[node][scalar] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        terminal[node] = value
        longestWord = max(longestWord, word.count)
    }

    /// The longest word starting at `position` and ending at or before `end`: its length and
    /// value index (`noValue` when it has none).
    func longestMatch(in scalars: UnsafeBufferPointer<Unicode.Scalar>, at position: Int, end: Int) -> (length: Int, value: Int32)? {
        var node = 0
        var best: (Int, Int32)?
        var i = position
        while i < end, let next = children[node][scalars[i]] {
            node = Int(next)
            i += 1
            if terminal[node] != Self.notAWord { best = (i - position, terminal[node]) }
        }
        return best
    }

    /// Whether some word (stored reversed) ends right before `position`, reading no further back
    /// than `start`.
    func hasWordEnding(in scalars: UnsafeBufferPointer<Unicode.Scalar>, before position: Int, start: Int) -> Bool {
        var node = 0
        var i = position - 1
        while i >= start, let next = children[node][scalars[i]] {
            node = Int(next)
            if terminal[node] != Self.notAWord { return true }
            i -= 1
        }
        return false
    }
}
