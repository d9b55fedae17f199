/// A single-pass, ICU-free scanner that cuts normalized scalars into coarse tokens.
///
/// The tokens cover the scanned range contiguously and in order. Rules:
/// - ``TokenKind/number``: ASCII digits with grouping commas and one decimal point, and an
///   optional leading sign. A `,` belongs to the number only between a digit and exactly three
///   digits (`2,312.81` is one number, `1,2,3` is not; `完成207450万元，占` keeps `，` outside).
///   A `.` belongs to it when a digit follows and no point was seen yet. A `-`, `+` or `－` is the
///   number's sign only when a digit follows and the scalar before it is not a digit or letter
///   (`-9,571万元` is one number, `2025-2027年` is `2025` `-` `2027`).
/// - ``TokenKind/chineseNumeral``: maximal runs of the numeral characters the number parser reads
///   (ZhText's ``NumeralScalar/isChineseNumeral(_:)``: 〇○零一…九十百千万亿两廿卅卌, the financial
///   forms 壹贰…仟 and the Traditional ones); `万` alone is such a run: resolvers decide whether it
///   is a scale word.
/// - ``TokenKind/han``: maximal runs of other Han characters (ZhText's ``HanCharacter``; not
///   segmented into words, see ``Tokenizer`` for that).
/// - ``TokenKind/latin``: a run that starts with a letter and goes on with letters and digits, and
///   with `.` followed by a digit, so `PM2.5` or `X86` are one Latin token and no money rule can
///   see a number inside them. A digit-led run stays a number followed by letters (`100km` is
///   `100` `km`, `5G` is `5` `G`): the number is real, and the letters are a unit or a suffix.
/// - ``TokenKind/whitespace`` and ``TokenKind/other``: maximal runs.
/// - ``TokenKind/punctuation`` and ``TokenKind/symbol``: one token per scalar.
///
/// The scanner expects the normalized view (full-width digits already folded to ASCII).
public struct TokenScanner: Sendable {
    /// A scanner (it holds no state; the class table it reads is built once per process).
    public init() {}

    /// Scans the whole array.
    public func scan(_ scalars: [Unicode.Scalar]) -> [Token] {
        scan(scalars, in: 0..<scalars.count)
    }

    /// Scans `range` of `scalars`; token ranges are offsets into `scalars`.
    public func scan(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        var i = range.lowerBound
        // Running text has fewer tokens than a third of its scalars; denser text takes a second
        // round, sized for the worst case (one token per scalar) of the rest.
        var capacity = range.count / 3
        ScalarClass.bmp.withUnsafeBufferPointer { classes in
            scalars.withUnsafeBufferPointer { buffer in
                while i < range.upperBound {
                    let part = [Token](unsafeUninitializedCapacity: capacity) { out, count in
                        (i, count) = Self.scan(buffer, from: i, in: range, classes: classes, into: out)
                    }
                    if tokens.isEmpty { tokens = part } else { tokens += part }
                    capacity = range.upperBound - i
                }
            }
        }
        return tokens
    }

    /// Scans `buffer` from `start` (a token boundary) until the end of `range` or until `out` is
    /// full; returns where it stopped and how many tokens it wrote.
    private static func scan(_ buffer: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, in range: Range<Int>,
                             classes: UnsafeBufferPointer<ScalarClass>,
                             into out: UnsafeMutableBufferPointer<Token>) -> (next: Int, count: Int) {
        guard let tokens = out.baseAddress else { return (start, 0) }
        var i = start, n = 0
        let end = range.upperBound, capacity = out.count
        while i < end, n < capacity {
            let start = i
            let kind: TokenKind
            let cls = ScalarClass.of(buffer[i], in: classes)
            if cls.isRun {
                kind = runKind(cls)
                i &+= 1
                while i < end, ScalarClass.of(buffer[i], in: classes) == cls { i &+= 1 }
            } else if cls.isSingle {
                if isSign(buffer[i]), signStartsNumber(buffer, at: i, lower: range.lowerBound, end: end, classes: classes) {
                    kind = .number
                    i = numberEnd(buffer, from: i &+ 1, end: end)
                } else {
                    kind = cls == .punctuation ? .punctuation : .symbol
                    i &+= 1
                }
            } else if cls == .digit {
                kind = .number
                i = numberEnd(buffer, from: i, end: end)
            } else {
                kind = .latin
                i = latinEnd(buffer, from: i, end: end, classes: classes)
            }
            (tokens + n).initialize(to: Token(kind: kind, range: start..<i))
            n &+= 1
        }
        return (i, n)
    }

    private static func runKind(_ cls: ScalarClass) -> TokenKind {
        switch cls {
        case .han: return .han
        case .chineseNumeral: return .chineseNumeral
        case .whitespace: return .whitespace
        default: return .other
        }
    }

    @inline(__always)
    private static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value &- 0x30 < 10
    }

    @inline(__always)
    private static func isSign(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "+" || s == "\u{FF0D}"
    }

    /// A sign starts a number when a digit follows and the scalar before it (inside the scanned
    /// range) is not a digit or letter.
    private static func signStartsNumber(_ b: UnsafeBufferPointer<Unicode.Scalar>, at i: Int, lower: Int, end: Int,
                                         classes: UnsafeBufferPointer<ScalarClass>) -> Bool {
        guard i + 1 < end, isDigit(b[i + 1]) else { return false }
        guard i > lower else { return true }
        let before = ScalarClass.of(b[i - 1], in: classes)
        return before != .digit && before != .letter
    }

    /// The end of the number whose first digit is at `i`.
    private static func numberEnd(_ b: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int) -> Int {
        var i = start
        var seenPoint = false
        while i < end {
            let s = b[i]
            if isDigit(s) { i += 1; continue }
            if s == ",", !seenPoint, i > start, isDigit(b[i - 1]), hasExactlyThreeDigits(b, after: i, end: end) {
                i += 4
                continue
            }
            if s == ".", !seenPoint, i + 1 < end, isDigit(b[i + 1]) {
                seenPoint = true
                i += 2
                continue
            }
            break
        }
        return i
    }

    /// Whether exactly three digits follow position `i` (and no fourth).
    private static func hasExactlyThreeDigits(_ b: UnsafeBufferPointer<Unicode.Scalar>, after i: Int, end: Int) -> Bool {
        guard i + 3 < end else { return false }
        guard isDigit(b[i + 1]), isDigit(b[i + 2]), isDigit(b[i + 3]) else { return false }
        return i + 4 >= end || !isDigit(b[i + 4])
    }

    /// The end of the Latin run whose first letter is at `i`.
    private static func latinEnd(_ b: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int,
                                 classes: UnsafeBufferPointer<ScalarClass>) -> Int {
        var i = start + 1
        while i < end {
            let cls = ScalarClass.of(b[i], in: classes)
            if cls == .letter || cls == .digit { i += 1; continue }
            if b[i] == ".", i + 1 < end, isDigit(b[i + 1]), isDigit(b[i - 1]) { i += 2; continue }
            break
        }
        return i
    }
}
