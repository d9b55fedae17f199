import ZhTokens

/// Where a match can begin: the FIRST set of every rule (the scalars, Han characters and token
/// kinds its first consuming step accepts), as a 64K-bit table for the skip loop and as rule
/// lists for starting threads.
///
/// Most positions of a text fail one bit test and are skipped without running the VM.
struct StartFilter: Sendable {
    /// One bit per BMP scalar that begins some rule.
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// Per BMP scalar: its index in ``ruleLists``, or -1.
    private var bmpList = [Int32](repeating: -1, count: 0x10000)
    /// Rules by first scalar beyond the BMP: index in ``ruleLists``.
    private var supplementaryList: [Unicode.Scalar: Int] = [:]
    /// Per `kindIndex`: the rules whose first step is a whole token of that kind.
    private var kindLists = [[Int]](repeating: [], count: TokenKind.allCases.count)
    /// One bit per `kindIndex` with rules.
    private var kindBits: UInt32 = 0
    /// Rules whose first step is `HAN`.
    private var hanRules: [Int] = []
    private var ruleLists: [[Int]] = []

    /// Records that `rule` can begin with `scalar`.
    mutating func add(_ scalar: Unicode.Scalar, rule: Int) {
        let v = scalar.value
        var index = v < 0x10000 ? Int(bmpList[Int(v)]) : supplementaryList[scalar] ?? -1
        if index < 0 {
            index = ruleLists.count
            ruleLists.append([])
            if v < 0x10000 {
                bmpList[Int(v)] = Int32(index)
                bits[Int(v >> 6)] |= 1 << (v & 63)
            } else {
                supplementaryList[scalar] = index
            }
        }
        Self.append(rule, to: &ruleLists[index])
    }

    /// Records that `rule` can begin with a Han character.
    mutating func addHan(rule: Int) {
        Self.append(rule, to: &hanRules)
    }

    /// Records that `rule` can begin with a whole token of `kind`.
    mutating func add(_ kind: TokenKind, rule: Int) {
        Self.append(rule, to: &kindLists[Self.kindIndex(kind)])
        kindBits |= 1 << Self.kindIndex(kind)
    }

    private static func append(_ rule: Int, to list: inout [Int]) {
        if list.last != rule { list.append(rule) }
    }

    @inline(__always)
    private static func kindIndex(_ kind: TokenKind) -> Int {
        switch kind {
        case .han: return 0
        case .number: return 1
        case .chineseNumeral: return 2
        case .latin: return 3
        case .punctuation: return 4
        case .symbol: return 5
        case .whitespace: return 6
        case .other: return 7
        }
    }

    /// Whether some rule can begin at a position holding `scalar` where a token of `kind` (if
    /// any) starts.
    @inline(__always)
    func mayStart(_ scalar: Unicode.Scalar, token kind: TokenKind?) -> Bool {
        let v = scalar.value
        if v < 0x10000 {
            if bits[Int(v >> 6)] & (1 << (v & 63)) != 0 { return true }
        } else if supplementaryList[scalar] != nil {
            return true
        }
        if !hanRules.isEmpty, HanScalar.contains(scalar) { return true }
        if let kind, kindBits & (1 << Self.kindIndex(kind)) != 0 { return true }
        return false
    }

    /// The rules that can begin here, in rule order, written into `rules`.
    func rules(_ scalar: Unicode.Scalar, token kind: TokenKind?, into rules: inout [Int]) {
        rules.removeAll(keepingCapacity: true)
        let v = scalar.value
        let index = v < 0x10000 ? Int(bmpList[Int(v)]) : supplementaryList[scalar] ?? -1
        if index >= 0 { rules += ruleLists[index] }
        if !hanRules.isEmpty, HanScalar.contains(scalar) { rules += hanRules }
        if let kind { rules += kindLists[Self.kindIndex(kind)] }
        if rules.count > 1 {
            rules.sort()
            var last = -1
            rules.removeAll { rule in
                defer { last = rule }
                return rule == last
            }
        }
    }
}
