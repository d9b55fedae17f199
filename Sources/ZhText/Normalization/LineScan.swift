/// Where a text's lines start and which lines hold blanks, gathered in a pass that already
/// reads every scalar (decoding, see ``ScalarDecoding``), so that the normalizer only looks for
/// table cells in lines that can have them.
struct LineScan: Sendable {
    /// Per-line flags.
    struct Blanks: OptionSet, Sendable {
        let rawValue: UInt8
        /// A tab.
        static let tab = Blanks(rawValue: 1)
        /// A space of any width (ASCII, ideographic, no-break, typographic).
        static let space = Blanks(rawValue: 2)
    }

    /// The start offset of each line; `\n`, `\r\n` and a lone `\r` end lines.
    private(set) var lineStarts: [Int] = [0]
    /// The blanks each line holds, by line (complete after ``finish()``).
    private(set) var blanks: [Blanks] = []
    private var current: Blanks = []

    init() {}

    /// Scans `s`.
    init(_ s: UnsafeBufferPointer<Unicode.Scalar>) {
        var i = 0
        while i < s.count {
            let v = s[i].value
            i += 1
            if v == 0x0D, i < s.count, s[i] == "\n" { i += 1 }
            note(v, next: i)
        }
        finish()
    }

    /// Notes scalar `v`; `next` is the offset of the scalar after it (after the `\n` of a `\r\n`).
    @inline(__always)
    mutating func note(_ v: UInt32, next: Int) {
        if v > 0x20 {
            if v >= 0xA0, Self.isWideSpace(v) { current.insert(.space) }
            return
        }
        switch v {
        case 0x0A, 0x0D:
            lineStarts.append(next)
            blanks.append(current)
            current = []
        case 0x09: current.insert(.tab)
        case 0x20: current.insert(.space)
        default: break
        }
    }

    /// Closes the last line.
    mutating func finish() {
        blanks.append(current)
    }

    /// Spaces other than U+0020 that normalization folds to a space.
    private static func isWideSpace(_ v: UInt32) -> Bool {
        v == 0x3000 || v == 0xA0 || (0x2000...0x200A).contains(v) || v == 0x202F || v == 0x205F
    }
}
