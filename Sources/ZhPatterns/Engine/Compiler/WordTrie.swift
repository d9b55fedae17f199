/// The words of a list (or of the part of it with one value) as a trie, read forwards for `@list`
/// atoms and `not-before`, or backwards for `not-after`.
///
/// Stored flat: each node's edges are a sorted run of ``keys`` (scalar values) and ``targets``,
/// searched without hashing; the root's edges (often hundreds: one per first scalar, read at every
/// position a search begins) are also in a small open-addressing table, found in one probe or two.
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
    /// The root's edges by hash (linear probing): scalar values (`UInt32.max`: empty) and targets.
    private let rootKeys: [UInt32]
    private let rootTargets: [Int32]
    private let rootShift: UInt32
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
        var capacity = 4
        while capacity < 2 * children[0].count { capacity *= 2 }
        let rootShift = UInt32(32 - capacity.trailingZeroBitCount)
        var rootKeys = [UInt32](repeating: .max, count: capacity)
        var rootTargets = [Int32](repeating: -1, count: capacity)
        for (key, target) in children[0] {
            var slot = Self.slot(of: key, shift: rootShift)
            while rootKeys[slot] != .max { slot = (slot + 1) & (capacity - 1) }
            rootKeys[slot] = key
            rootTargets[slot] = target
        }
        self.rootKeys = rootKeys
        self.rootTargets = rootTargets
        self.rootShift = rootShift
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

    @inline(__always)
    private static func slot(of key: UInt32, shift: UInt32) -> Int {
        Int((key &* 0x9E37_79B1) >> shift)
    }

    /// The second scalars of the words that begin with `first` (none if no word does), or `nil`
    /// if `first` alone is a word.
    func secondScalars(after first: Unicode.Scalar) -> [UInt32]? {
        let node = rootChild(first)
        guard node >= 0 else { return [] }
        guard terminal[node] == Self.notAWord else { return nil }
        return Array(keys[Int(edgeStart[node])..<Int(edgeStart[node + 1])])
    }

    /// The child of the root along `scalar`, or -1.
    @inline(__always)
    private func rootChild(_ scalar: Unicode.Scalar) -> Int {
        let key = scalar.value
        let mask = rootKeys.count - 1
        var slot = Self.slot(of: key, shift: rootShift)
        while true {
            let k = rootKeys[slot]
            if k == key { return Int(rootTargets[slot]) }
            if k == .max { return -1 }
            slot = (slot + 1) & mask
        }
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
        guard position < end else { return nil }
        var node = rootChild(scalars[position])
        var best: (Int, Int32)?
        var i = position + 1
        while node >= 0 {
            if terminal[node] != Self.notAWord { best = (i - position, terminal[node]) }
            guard i < end else { break }
            node = child(of: node, scalars[i])
            i += 1
        }
        return best
    }

    /// Whether some word (stored reversed) ends right before `position`, reading no further back
    /// than `start`.
    func hasWordEnding(in scalars: UnsafeBufferPointer<Unicode.Scalar>, before position: Int, start: Int) -> Bool {
        guard position - 1 >= start else { return false }
        var node = rootChild(scalars[position - 1])
        var i = position - 2
        while node >= 0 {
            if terminal[node] != Self.notAWord { return true }
            guard i >= start else { return false }
            node = child(of: node, scalars[i])
            i -= 1
        }
        return false
    }
}
