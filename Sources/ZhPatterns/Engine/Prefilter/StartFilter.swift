import ZhText
import ZhTokens

/// Where a match can begin: the FIRST set of every rule (the scalars, Han characters and token
/// kinds its first consuming steps accept), as a 64K-bit table for the skip loop and, for
/// starting threads, as lists of the entries of the rules' start closures (``ClosureEntry``) that can take a first step
/// on a given scalar or token kind.
///
/// Most positions of a text fail one bit test and are skipped without running the VM; at the
/// others only the entries whose first step can succeed there are tried. A scalar that begins
/// rules only as the first of list words or of literals that cannot end a match (上, 下, 大, 第 …)
/// lets a position through only if what comes after it (a scalar, a Han character, a token) can
/// come next.
struct StartFilter: Sendable {
    /// One bit per BMP scalar that begins some rule.
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// One bit per BMP scalar that begins some rule by itself (a one-scalar list word, a literal
    /// that may end the match), not only with something given after it.
    private var alone = [UInt64](repeating: 0, count: 1024)
    /// The first two scalars of the list words and literals that rules begin with.
    private var pairs = ScalarPairs()
    /// Per list of ``entryLists``: whether a Han character may come after its scalar, and the
    /// kinds (``ZhTokens/TokenKind/bit``s) of the tokens that may start after it.
    private var hanAfter: [Bool] = []
    private var kindsAfter: [UInt8] = []
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
    /// The start entries of every combination of a scalar list, Han or not, and a token kind
    /// (see ``finish(entries:requirements:followSets:scalars:)``), one after the other;
    /// `comboStarts` delimits them.
    private var combined: [StartEntry] = []
    private var tokenStarts = TokenStartTable(lists: [], entries: [], followSets: [], scalars: FollowScalars())
    private var comboStarts: [Int32] = []
    /// Per combination, by place in it (the first 64 places): the entries tried whatever follows
    /// the token, those that do not begin with it (or come past its 64th entry).
    private var alwaysTried: [UInt64] = []
    /// Per combination: where the places of its entries that begin with the token (by their
    /// ``TokenStartTable`` bit) start in ``tokenPlaces``; -1 when they are its first places, in
    /// order, and it has no others (the bits are the places).
    private var placesStart: [Int32] = []
    /// The places in their combinations of the entries that begin with the token, by bit (-1
    /// past the 64th place).
    private var tokenPlaces: [Int8] = []
    /// Per combination: the ``TokenStartTable`` bits of its entries that begin with the token.
    private var tokenBits: [UInt64] = []

    /// Records that start entry `entry` can begin with `scalar`: by itself (`next` is `nil`), or
    /// only if one of `next.scalars`, a Han character (if `next.han`) or a token of one of
    /// `next.kinds` comes next.
    mutating func add(_ scalar: Unicode.Scalar, entry: Int, followedBy next: (scalars: [UInt32], han: Bool, kinds: UInt8)?) {
        let v = scalar.value
        var index = v < 0x10000 ? Int(bmpList[Int(v)]) : supplementaryList[scalar] ?? -1
        if index < 0 {
            index = entryLists.count
            entryLists.append([])
            hanAfter.append(false)
            kindsAfter.append(0)
            if v < 0x10000 {
                bmpList[Int(v)] = Int32(index)
                bits[Int(v >> 6)] |= 1 << (v & 63)
            } else {
                supplementaryList[scalar] = index
            }
        }
        Self.append(entry, to: &entryLists[index])
        if let next {
            for second in next.scalars { pairs.insert(v, second) }
            hanAfter[index] = hanAfter[index] || next.han
            kindsAfter[index] |= next.kinds
        } else if v < 0x10000 {
            alone[Int(v >> 6)] |= 1 << (v & 63)
        }
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

    /// Whether some rule can begin at `position` of `text` (with a literal, a list word or `HAN`;
    /// nothing past the range is read); whole-token beginnings are in ``tokenKinds``.
    @inline(__always)
    func mayStart(at position: Int, in text: MatchText) -> Bool {
        let scalar = text.scalars[position]
        let v = scalar.value
        if v < 0x10000 {
            let bit: UInt64 = 1 << (v & 63)
            if bits[Int(v >> 6)] & bit != 0 {
                if alone[Int(v >> 6)] & bit != 0 { return true }
                if mayContinue(Int(bmpList[Int(v)]), at: position + 1, in: text) { return true }
            }
        } else if supplementaryList[scalar] != nil {
            return true
        }
        return !hanEntries.isEmpty && HanCharacter.contains(scalar)
    }

    /// Whether the BMP scalar value `v` begins some rule, by itself or before something given
    /// (the skip loop's first test, one bit; ``mayStart(at:in:)`` decides).
    @inline(__always)
    func mayBegin(bmp v: UInt32) -> Bool {
        bits[Int(v >> 6)] & (1 << (v & 63)) != 0
    }

    /// Whether some rule begins with `HAN` (then any Han character may begin a match).
    var beginsWithHan: Bool { !hanEntries.isEmpty }

    /// Whether what is at `next` can come after the scalar of list `list` in a rule that begins
    /// with it.
    @inline(__always)
    private func mayContinue(_ list: Int, at next: Int, in text: MatchText) -> Bool {
        guard next < text.range.upperBound else { return false }
        let second = text.scalars[next]
        if pairs.contains(text.scalars[next - 1], second) { return true }
        if hanAfter[list], HanCharacter.contains(second) { return true }
        return kindsAfter[list] != 0 && kindsAfter[list] & (text.tokens.starting(at: next)?.kind.bit ?? 0) != 0
    }

    /// The kinds (``ZhTokens/TokenKind/bit``s) of the tokens some rule can begin with.
    var tokenKinds: UInt8 { kindBits }

    /// Precomputes, for every way a position can be (a scalar's list, a Han character or not,
    /// the kind of the token starting there), the start entries to try, in priority order (rule
    /// order, then the order of each rule's start closure), and the ``TokenStartTable`` of the
    /// entries that begin with a whole token. Called once all entries are added.
    /// `requirements` holds, per closure entry, its range of `Program.requirements`.
    mutating func finish(entries closureEntries: [ClosureEntry], requirements: [Range<Int>], followSets: [FollowSet],
                         scalars: FollowScalars) {
        combined = []
        comboStarts = [0]
        // Each entry's place in the list of each kind (-1: not in it), looked up instead of searched.
        var kindSlots = [[Int32]](repeating: [Int32](repeating: -1, count: closureEntries.count), count: kindLists.count + 1)
        for (kind, list) in kindLists.enumerated() {
            for (slot, entry) in list.enumerated() { kindSlots[kind][entry] = Int32(slot) }
        }
        for list in -1..<entryLists.count {
            for han in [false, true] {
                // The lists are in entry order without repeats: merging keeps them so.
                let entries = Self.merged(list >= 0 ? entryLists[list] : [], han ? hanEntries : [])
                for kind in 0...kindLists.count {
                    let tokenEntries = kind < kindLists.count ? kindLists[kind] : []
                    var always: UInt64 = 0
                    var places = [Int8](repeating: -1, count: min(tokenEntries.count, 64))
                    for (place, entry) in Self.merged(entries, tokenEntries).enumerated() {
                        let slot = Int(kindSlots[kind][entry])
                        combined.append(StartEntry(closure: closureEntries[entry], index: Int32(entry),
                                                   requirementStart: Int32(requirements[entry].lowerBound),
                                                   requirementEnd: Int32(requirements[entry].upperBound),
                                                   tokenSlot: Int8(slot < 64 ? slot : -1)))
                        guard place < 64 else { continue }
                        if slot >= 0, slot < 64 { places[slot] = Int8(place) } else { always |= 1 << UInt64(place) }
                    }
                    comboStarts.append(Int32(combined.count))
                    alwaysTried.append(always)
                    tokenBits.append(places.isEmpty ? 0 : UInt64.max >> UInt64(64 - places.count))
                    let inOrder = places.indices.allSatisfy { places[$0] == Int8($0) }
                    placesStart.append(always == 0 && inOrder ? -1 : Int32(tokenPlaces.count))
                    if always != 0 || !inOrder { tokenPlaces += places }
                }
            }
        }
        tokenStarts = TokenStartTable(lists: kindLists, entries: closureEntries, followSets: followSets, scalars: scalars)
    }

    /// The entries of two lists in ascending order without repeats, as one such list.
    private static func merged(_ a: [Int], _ b: [Int]) -> [Int] {
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if j == b.count || i < a.count && a[i] < b[j] {
                result.append(a[i])
                i += 1
            } else {
                if i < a.count, a[i] == b[j] { i += 1 }
                result.append(b[j])
                j += 1
            }
        }
        return result
    }

    /// The start entries that can take their first step at a position holding `scalar` where a
    /// token of `kind` (if any) starts: a range of indices for ``entry(_:)``, in priority order,
    /// and the combination they form, for ``places(_:allowed:)``.
    @inline(__always)
    func entries(_ scalar: Unicode.Scalar, token kind: TokenKind?) -> (range: Range<Int>, combination: Int) {
        let v = scalar.value
        // The small bit table first: most scalars begin no rule, and the list table is large.
        let list = v < 0x10000 ? (bits[Int(v >> 6)] & (1 << (v & 63)) != 0 ? Int(bmpList[Int(v)]) : -1) : supplementaryList[scalar] ?? -1
        let han = !hanEntries.isEmpty && HanCharacter.contains(scalar) ? 1 : 0
        var kindIndex = kindLists.count
        if let kind, kindBits & kind.bit != 0 { kindIndex = kind.bit.trailingZeroBitCount }
        let combo = ((list + 1) * 2 + han) * (kindLists.count + 1) + kindIndex
        return (Int(comboStarts[combo])..<Int(comboStarts[combo + 1]), combo)
    }

    /// The places (bit `i`: the `i`-th entry of the range, among the first 64) of the entries of
    /// combination `combination` worth trying given the mask of ``allowedAfterToken(_:probe:)``
    /// (all bits set where no token some rule begins with starts): the entries that do not begin
    /// with the token, and those that do and can go on after it. Entries past the 64th place
    /// are left to ``mayContinue(_:allowed:)``.
    @inline(__always)
    func places(_ combination: Int, allowed: UInt64) -> UInt64 {
        var slots = allowed & tokenBits[combination]
        let start = Int(placesStart[combination])
        if start < 0 { return slots }
        var places = alwaysTried[combination]
        while slots != 0 {
            let place = tokenPlaces[start + slots.trailingZeroBitCount]
            if place >= 0 { places |= 1 << UInt64(place) }
            slots &= slots - 1
        }
        return places
    }

    /// The start entry at `index` of a range from ``entries(_:token:)``.
    @inline(__always)
    func entry(_ index: Int) -> StartEntry {
        combined[index]
    }

    /// Whether a start entry of a range from ``entries(_:token:)`` can go on at the position
    /// after the token starting here, given the mask of ``allowedAfterToken(_:probe:)``
    /// (entries that do not begin with the token are always tried).
    @inline(__always)
    func mayContinue(_ entry: StartEntry, allowed: UInt64) -> Bool {
        let slot = entry.tokenSlot
        return slot < 0 || allowed & (1 << UInt64(slot)) != 0
    }

    /// The mask of the entries beginning with a token of `kind` that can go on at the position
    /// `probe` describes (the token's end).
    @inline(__always)
    func allowedAfterToken(_ kind: TokenKind, probe: FollowProbe) -> UInt64 {
        tokenStarts.allowed(kind: kind.bit.trailingZeroBitCount, after: probe)
    }
}
