/// The scalars of all follow sets (``FollowSet``), numbered, with each set stored as bits over
/// those numbers: whether a set holds a scalar costs one look-up in a small hash table and one
/// bit test, instead of a search.
struct FollowScalars: Sendable {
    private static let empty = UInt32.max
    /// Open addressing, linear probing: the scalar values and their numbers.
    private var keys: [UInt32]
    private var numbers: [Int32]
    private let shift: UInt32
    private let mask: Int
    /// The sets, one after the other, `words` 64-bit words each.
    private var bits: [UInt64] = []
    private let words: Int
    /// How many scalars are numbered (numbers run from 0 to `numberCount - 1`).
    let numberCount: Int

    /// A table that holds no scalar and no set.
    init() {
        self.init(numbering: [])
    }

    private init(numbering all: [UInt32]) {
        var capacity = 16
        while capacity < 2 * all.count { capacity *= 2 }
        keys = Array(repeating: Self.empty, count: capacity)
        numbers = Array(repeating: -1, count: capacity)
        shift = UInt32(32 - capacity.trailingZeroBitCount)
        mask = capacity - 1
        words = max(1, (all.count + 63) / 64)
        numberCount = all.count
        for (number, key) in all.enumerated() {
            var slot = slot(of: key)
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = key
            numbers[slot] = Int32(number)
        }
    }

    /// A table of `sets`, and where each set begins in it (equal sets are stored once).
    static func storing(_ sets: [Set<UInt32>]) -> (table: FollowScalars, offsets: [Int]) {
        var table = FollowScalars(numbering: Set(sets.joined()).sorted())
        var stored: [[UInt32]: Int] = [:]
        let offsets = sets.map { set in
            let sorted = set.sorted()
            if let offset = stored[sorted] { return offset }
            let offset = table.bits.count
            table.bits += Array(repeating: 0, count: table.words)
            for key in sorted {
                let number = Int(table.numbers[table.find(key)])
                table.bits[offset + number >> 6] |= 1 << UInt64(number & 63)
            }
            stored[sorted] = offset
            return offset
        }
        return (table, offsets)
    }

    @inline(__always)
    private func slot(of key: UInt32) -> Int {
        Int((key &* 0x9E37_79B1) >> shift) & mask
    }

    /// The slot holding `key`, or an empty slot if no set holds it.
    @inline(__always)
    private func find(_ key: UInt32) -> Int {
        var slot = slot(of: key)
        while keys[slot] != key, keys[slot] != Self.empty { slot = (slot + 1) & mask }
        return slot
    }

    /// The number of `scalar`, or -1 if no set holds it.
    @inline(__always)
    func number(of scalar: Unicode.Scalar) -> Int {
        Int(numbers[find(scalar.value)])
    }

    /// Whether the set stored at `offset` holds the scalar numbered `number` (not -1).
    @inline(__always)
    func contains(_ number: Int, inSetAt offset: Int) -> Bool {
        bits[offset + number >> 6] & (1 << UInt64(number & 63)) != 0
    }
}
