/// The words of a list (or of the part of it with one value) as a trie, read forwards for `@list`
/// atoms and `not-before`, or backwards for `not-after`.
///
/// Stored flat: each node's edges are a sorted run of ``keys`` (scalar values) and ``targets``,
/// searched without hashing.
final class WordTrie: Sendable {
    /// Value stored in ``terminal`` for a node that ends no word.
    static let notAWord: Int32 = -2
    /// Value stored in ``terminal`` for a word without a value.
    static let noValue: Int32 = -1

    /// Per node: where its edges start in ``keys``; node `n`'s edges end where node `n+1`'s start.
    private let edgeStart: [Int32]
    private let keys: [UInt32]
    private let targets: [Int32]
    /// Per node: `notAWord`, `noValue` or the index of the word's value in the program's value table.
    private let terminal: [Int32]
    /// The longest word's length.
    let longestWord: Int
    /// The shortest word's length (0 for a trie with no word).
    let shortestWord: Int

    /// A trie of `words` (each already reversed for a backward trie) with their value indices.
    init(words: [(scalars: [Unicode.Scalar], value: Int32)]) {
        var children: [[UInt32: Int32]] = [[:]]
        var terminal = [Self.notAWord]
        var longestWord = 0
        var shortestWord = Int.max
        for (word, value) in words {
            var node = 0
            for scalar in word {
                if let next = children[node][scalar.value] {
                    node = Int(next)
                } else {
                    children.append([:])
                    terminal.append(Self.notAWord)
                    children[node][scalar.value] = Int32(children.count - 1)
                    node = children.count - 1
                }
            }
            terminal[node] = value
            longestWord = max(longestWord, word.count)
            shortestWord = min(shortestWord, word.count)
        }
        var edgeStart: [Int32] = []
        var keys: [UInt32] = []
        var targets: [Int32] = []
        for edges in children {
            edgeStart.append(Int32(keys.count))
            for (key, target) in edges.sorted(by: { $0.key < $1.key }) {
                keys.append(key)
                targets.append(target)
            }
        }
        edgeStart.append(Int32(keys.count))
        self.edgeStart = edgeStart
        self.keys = keys
        self.targets = targets
        self.terminal = terminal
        self.longestWord = longestWord
        self.shortestWord = words.isEmpty ? 0 : shortestWord
    }

    /// The first scalar of every word.
    var firstScalars: [Unicode.Scalar] {
        keys[Int(edgeStart[0])..<Int(edgeStart[1])].compactMap(Unicode.Scalar.init)
    }

    /// The child of `node` along `scalar`, or -1.
    @inline(__always)
    private func child(of node: Int, _ scalar: Unicode.Scalar) -> Int {
        var low = Int(edgeStart[node])
        var high = Int(edgeStart[node + 1])
        let key = scalar.value
        while low < high {
            let mid = (low + high) >> 1
            let k = keys[mid]
            if k == key { return Int(targets[mid]) }
            if k < key { low = mid + 1 } else { high = mid }
        }
        return -1
    }

    /// The longest word starting at `position` and ending at or before `end`: its length and
    /// value index (`noValue` when it has none).
    func longestMatch(in scalars: UnsafeBufferPointer<Unicode.Scalar>, at position: Int, end: Int) -> (length: Int, value: Int32)? {
        var node = 0
        var best: (Int, Int32)?
        var i = position
        while i < end {
            node = child(of: node, scalars[i])
            if node < 0 { break }
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
        while i >= start {
            node = child(of: node, scalars[i])
            if node < 0 { return false }
            if terminal[node] != Self.notAWord { return true }
            i -= 1
        }
        return false
    }
}
