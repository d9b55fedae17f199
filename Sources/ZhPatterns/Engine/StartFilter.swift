import ZhTokens

/// Where a match can begin: the FIRST set of every rule (the scalars, Han characters and token
/// kinds its first consuming step accepts), as a 64K-bit table for the skip loop and as rule
/// lists for starting threads.
///
/// Most positions of a text fail one bit test and are skipped without running the VM.
struct StartFilter: Sendable {
    /// One bit per BMP scalar that begins some rule.
    private var bits = [UInt64](repeating: 0, count: 1024)
    /// Rules by first scalar (BMP and beyond).
    private var rulesByScalar: [Unicode.Scalar: [Int]] = [:]
    /// Rules whose first step is `HAN`.
    private var hanRules: [Int] = []
    /// Rules by the token kind of a first `NUM`/`CNUM`/`LATIN`.
    private var rulesByKind: [TokenKind: [Int]] = [:]

    /// Records that `rule` can begin with `scalar`.
    mutating func add(_ scalar: Unicode.Scalar, rule: Int) {
        if scalar.value < 0x10000 { bits[Int(scalar.value >> 6)] |= 1 << (scalar.value & 63) }
        Self.append(rule, to: &rulesByScalar[scalar, default: []])
    }

    /// Records that `rule` can begin with a Han character.
    mutating func addHan(rule: Int) {
        Self.append(rule, to: &hanRules)
    }

    /// Records that `rule` can begin with a whole token of `kind`.
    mutating func add(_ kind: TokenKind, rule: Int) {
        Self.append(rule, to: &rulesByKind[kind, default: []])
    }

    private static func append(_ rule: Int, to list: inout [Int]) {
        if list.last != rule { list.append(rule) }
    }

    /// Whether some rule can begin at a position holding `scalar` where a token of `kind` (if
    /// any) starts.
    @inline(__always)
    func mayStart(_ scalar: Unicode.Scalar, token kind: TokenKind?) -> Bool {
        let v = scalar.value
        if v < 0x10000 {
            if bits[Int(v >> 6)] & (1 << (v & 63)) != 0 { return true }
        } else if rulesByScalar[scalar] != nil {
            return true
        }
        if !hanRules.isEmpty, HanScalar.contains(scalar) { return true }
        if let kind, rulesByKind[kind] != nil { return true }
        return false
    }

    /// The rules that can begin here, in rule order, written into `rules`.
    func rules(_ scalar: Unicode.Scalar, token kind: TokenKind?, into rules: inout [Int]) {
        rules.removeAll(keepingCapacity: true)
        if let list = rulesByScalar[scalar] { rules += list }
        if !hanRules.isEmpty, HanScalar.contains(scalar) { rules += hanRules }
        if let kind, let list = rulesByKind[kind] { rules += list }
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
