/// A set of pairs of scalars (the first two of list words), as an open-addressing hash table of
/// 64-bit keys: a look-up is a multiply, a shift and one probe or two.
struct ScalarPairs: Sendable {
    private static let empty = UInt64.max
    private var keys = [UInt64](repeating: empty, count: 16)
    private var shift: UInt64 = 60
    private var count = 0

    @inline(__always)
    private static func key(_ first: UInt32, _ second: UInt32) -> UInt64 {
        UInt64(first) << 32 | UInt64(second)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// Adds the pair `first`, `second`.
    mutating func insert(_ first: UInt32, _ second: UInt32) {
        let key = Self.key(first, second)
        guard !contains(key) else { return }
        if 2 * (count + 1) > keys.count { grow() }
        place(key)
        count += 1
    }

    /// Whether the set holds the pair `first`, `second`.
    @inline(__always)
    func contains(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        contains(Self.key(first.value, second.value))
    }

    @inline(__always)
    private func contains(_ key: UInt64) -> Bool {
        var slot = slot(of: key)
        while true {
            let stored = keys[slot]
            if stored == key { return true }
            if stored == Self.empty { return false }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    private mutating func place(_ key: UInt64) {
        var slot = slot(of: key)
        while keys[slot] != Self.empty { slot = (slot + 1) & (keys.count - 1) }
        keys[slot] = key
    }

    private mutating func grow() {
        let old = keys
        keys = Array(repeating: Self.empty, count: 2 * old.count)
        shift -= 1
        for key in old where key != Self.empty { place(key) }
    }
}
