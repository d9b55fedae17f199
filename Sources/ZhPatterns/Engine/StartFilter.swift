import ZhTokens

/// Where a match can begin: the FIRST set of every rule (the scalars, Han characters and token
/// kinds its first consuming steps accept), as a 64K-bit table for the skip loop and, for
/// starting threads, as lists of the entries of the rules' start closures (``ClosureEntry``) that can take a first step
/// on a given scalar or token kind.
///
/// Most positions of a text fail one bit test and are skipped without running the VM; at the
/// others only the entries whose first step can succeed there are tried.
struct StartFilter: Sendable {
    /// One bit per BMP scalar that begins some rule.
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// Per BMP scalar: its index in ``entryLists``, or -1.
    private var bmpList = [Int32](repeating: -1, count: 0x10000)
    /// Entries by first scalar beyond the BMP: index in ``entryLists``.
    private var supplementaryList: [Unicode.Scalar: Int] = [:]
    /// Per kind (the index of its ``ZhTokens/TokenKind/bit``): the entries whose first step is a whole token of that kind.
    private var kindLists = [[Int]](repeating: [], count: 8)
    /// The bits of the kinds with entries.
    private var kindBits: UInt8 = 0
    /// Entries whose first step is `HAN`.
    private var hanEntries: [Int] = []
    private var entryLists: [[Int]] = []

    /// Records that start entry `entry` can begin with `scalar`.
    mutating func add(_ scalar: Unicode.Scalar, entry: Int) {
        let v = scalar.value
        var index = v < 0x10000 ? Int(bmpList[Int(v)]) : supplementaryList[scalar] ?? -1
        if index < 0 {
            index = entryLists.count
            entryLists.append([])
            if v < 0x10000 {
                bmpList[Int(v)] = Int32(index)
                bits[Int(v >> 6)] |= 1 << (v & 63)
            } else {
                supplementaryList[scalar] = index
            }
        }
        Self.append(entry, to: &entryLists[index])
    }

    /// Records that start entry `entry` begins with a Han character.
    mutating func addHan(entry: Int) {
        Self.append(entry, to: &hanEntries)
    }

    /// Records that start entry `entry` begins with a whole token of `kind`.
    mutating func add(_ kind: TokenKind, entry: Int) {
        Self.append(entry, to: &kindLists[kind.bit.trailingZeroBitCount])
        kindBits |= kind.bit
    }

    private static func append(_ entry: Int, to list: inout [Int]) {
        if list.last != entry { list.append(entry) }
    }

    /// Whether some rule can begin at a position holding `scalar` where a token of `kind` (if
    /// any) starts; `kind` is looked up only when the scalar alone does not decide.
    @inline(__always)
    func mayStart(_ scalar: Unicode.Scalar, token kind: @autoclosure () -> TokenKind?) -> Bool {
        let v = scalar.value
        if v < 0x10000 {
            if bits[Int(v >> 6)] & (1 << (v & 63)) != 0 { return true }
        } else if supplementaryList[scalar] != nil {
            return true
        }
        if !hanEntries.isEmpty, HanScalar.contains(scalar) { return true }
        if kindBits != 0, let kind = kind(), kindBits & kind.bit != 0 { return true }
        return false
    }

    /// The start entries that can take their first step here, in priority order (rule order,
    /// then the order of each rule's start closure), written into `entries`.
    func entries(_ scalar: Unicode.Scalar, token kind: TokenKind?, into entries: inout [Int]) {
        entries.removeAll(keepingCapacity: true)
        let v = scalar.value
        let index = v < 0x10000 ? Int(bmpList[Int(v)]) : supplementaryList[scalar] ?? -1
        var lists = 0
        if index >= 0 { entries += entryLists[index]; lists += 1 }
        if !hanEntries.isEmpty, HanScalar.contains(scalar) { entries += hanEntries; lists += 1 }
        if let kind, kindBits & kind.bit != 0 { entries += kindLists[kind.bit.trailingZeroBitCount]; lists += 1 }
        if lists > 1 {
            entries.sort()
            var last = -1
            entries.removeAll { entry in
                defer { last = entry }
                return entry == last
            }
        }
    }
}
