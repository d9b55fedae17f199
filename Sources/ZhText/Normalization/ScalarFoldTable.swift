/// The context-free, one-to-one part of normalization, as a flat lookup table over the BMP.
///
/// Each entry is the scalar value the BMP scalar folds to, or ``deleted``:
/// - full-width ASCII U+FF01–FF5E → ASCII (`１２３` → `123`, `％` → `%`, `．` → `.`), except `，`,
///   which stays: Chinese uses it as a clause comma, and ``NormalizedText`` turns it into `,`
///   only between two digits;
/// - the ideographic space U+3000, no-break and typographic spaces → ` `;
/// - the minus sign U+2212 and the small hyphen-minus U+FE63 → `-`;
/// - Traditional → Simplified ideographs (``TraditionalToSimplified``), and the corner quotes of
///   Traditional writing to the curly quotes of Simplified (`「」『』` → `“”‘’`);
/// - invisible format characters (zero-width space, word joiner, soft hyphen, a stray BOM) → deleted.
///
/// Scalars above the BMP fold to themselves.
///
/// Entries of the scalars the normalizer must look at in context (blanks, line breaks, `，`, `参`,
/// deleted ones) carry the ``contextual`` bit, so that its inner loop tests one bit per scalar.
struct ScalarFoldTable: @unchecked Sendable {
    /// The value of scalars that normalization deletes.
    static let deleted: UInt32 = 0xFFFF_FFFF
    /// The flag bit of entries whose scalar needs context (see ``entry(_:)``).
    static let contextual: UInt32 = 0x8000_0000

    /// The process-wide table, built on first use (Swift initializes globals once, thread-safely).
    static let shared = ScalarFoldTable()

    /// 65,536 entries, written once in `init` and only read afterwards (hence `@unchecked
    /// Sendable`); the one shared table lives as long as the process.
    private let bmp: UnsafePointer<UInt32>
    /// One bit per BMP scalar, set when its entry is the scalar itself (no fold, no context):
    /// 8 KB that stay in the first-level cache, where `bmp` (256 KB) does not.
    private let plain: UnsafePointer<UInt64>

    /// Built in place in its final storage: identity, then the folds, then one pass that flags
    /// contextual entries and sets the `plain` bits (no intermediate arrays to copy).
    private init() {
        let count = 0x1_0000
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: count)
        for v in 0..<count { table[v] = UInt32(truncatingIfNeeded: v) }
        for v in 0xFF01...0xFF5E where v != 0xFF0C { table[v] = UInt32(v - 0xFEE0) }
        for v in [0x00A0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
                  0x2009, 0x200A, 0x202F, 0x205F, 0x3000] {
            table[v] = 0x20
        }
        table[0x2212] = 0x2D
        table[0xFE63] = 0x2D
        for v in [0x00AD, 0x200B, 0x2060, 0xFEFF] { table[v] = Self.deleted }
        for (traditional, simplified) in TraditionalToSimplified.pairs { table[Int(traditional)] = simplified }
        for (corner, curly) in [(0x300C, 0x201C), (0x300D, 0x201D), (0x300E, 0x2018), (0x300F, 0x2019)] as [(Int, UInt32)] {
            table[corner] = curly
        }
        let bits = UnsafeMutablePointer<UInt64>.allocate(capacity: count / 64)
        bits.initialize(repeating: 0, count: count / 64)
        for v in 0..<count {
            switch table[v] {
            case 0x09...0x0D, 0x20, 0xFF0C, 0x53C2: table[v] |= Self.contextual
            case UInt32(truncatingIfNeeded: v): bits[v >> 6] |= 1 << UInt64(v & 63)
            default: break
            }
        }
        bmp = UnsafePointer(table)
        plain = UnsafePointer(bits)
    }

    /// Whether `v` folds to itself and needs no context (its ``entry(_:)`` is `v`): true of nearly
    /// every scalar of Simplified Chinese text, and answered from a small bitmap.
    @inline(__always)
    func isPlain(_ v: UInt32) -> Bool {
        v >= 0x1_0000 || plain[Int(v >> 6)] >> UInt64(v & 63) & 1 != 0
    }

    /// The table entry of `v`: its folded value, with the ``contextual`` bit set for blanks, line
    /// breaks, `，`, `参` and deleted scalars.
    @inline(__always)
    func entry(_ v: UInt32) -> UInt32 {
        v < 0x1_0000 ? bmp[Int(v)] : v
    }

    /// The folded value of `v` (``deleted`` for scalars normalization removes).
    @inline(__always)
    func fold(_ v: UInt32) -> UInt32 {
        let e = entry(v)
        return e == Self.deleted ? e : e & ~Self.contextual
    }
}
