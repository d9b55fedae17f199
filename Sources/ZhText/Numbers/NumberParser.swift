/// Turns a written number, in any of the ways Chinese text writes one, into its exact value.
///
/// Accepted forms, alone or combined:
/// - Arabic digits, ASCII or full-width (`２０２５`), with `,`/`，` between groups of exactly three
///   digits, a decimal part after `.`/`．`, and one sign (`-` `+` `－` `−` `＋` 负);
/// - Chinese numerals 〇零一…九 with 十百千万亿, 两 (2), 廿 (20), 卅 (30), 卌 (40), the financial
///   capitals 壹贰叁肆伍陆柒捌玖拾佰仟, the Traditional forms 萬億兩貳參陸個點負, and Chinese
///   decimals with 点 (三点五);
/// - compound units (一万亿, 三千五百万亿, 5百万), 万万 for 亿 (四万万), the customary elisions (一万二 = 12000,
///   三千五 = 3500), 个 before 亿 (两个亿), and digit-by-digit readings of three or more digits
///   (二〇二五 = 2025);
/// - Arabic coefficients of Chinese units (`2.5万`, `7.591592亿`, `3万4000`, `25万6千`, `1.2万亿`).
///
/// Anything else gives `nil`: the parser refuses rather than guesses, so `1,23`, `三千五万五`
/// (3500万 and 5 more, or 3005万 and 5000?), `3万4` (30004 or 34000?), `十十` and `10余万` are
/// all refused. Qualifiers such as 余 and 多 are for the caller to strip and record. See
/// `NumeralReader` for the grammar.
///
/// Values are built digit by digit in `ExactDecimal` (no floating point); a value whose integer
/// part does not fit in `Int64` is refused. The parser is one pass over the scalars (with one
/// atom of lookahead), a switch per scalar and no allocation.
public enum NumberParser {
    /// The exact value of `scalars` read as one written number, or `nil` if they are not exactly
    /// one well-formed number.
    public static func parse<C: Collection>(_ scalars: C) -> ExactDecimal? where C.Element == Unicode.Scalar {
        // Arrays and their slices (the normalized text) take the path specialized in this module.
        if let value = scalars.withContiguousStorageIfAvailable({ read($0) }) { return value }
        return read(scalars)
    }

    /// ``parse(_:)-(C)`` for scalars in contiguous memory: the resolvers' path (a generic call
    /// from another module is not specialized, and pays for it on every number).
    public static func parse(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> ExactDecimal? {
        read(scalars)
    }

    /// ``parse(_:)-(C)`` for a slice of scalars (a capture of the normalized text).
    public static func parse(_ scalars: ArraySlice<Unicode.Scalar>) -> ExactDecimal? {
        scalars.withUnsafeBufferPointer { read($0) }
    }

    private static func read<C: Collection>(_ scalars: C) -> ExactDecimal? where C.Element == Unicode.Scalar {
        var reader = NumeralReader(scalars)
        return reader.readNumber()
    }

    /// The exact value of `text` read as one written number, or `nil`.
    public static func parse(_ text: Substring) -> ExactDecimal? { parse(text.unicodeScalars) }

    /// The exact value of `text` read as one written number, or `nil`.
    public static func parse(_ text: String) -> ExactDecimal? { parse(text.unicodeScalars) }

    /// The multiplier a scale word stands for when written after a number (the 万 of 万元,
    /// the 千万 of 千万元): one of 十百千 (or 拾佰仟) at most, then 万, then 亿, each at most
    /// once and at least one of them: 十 = 10, 万 = 10000, 千万 = 10⁷, 亿 = 10⁸, 十亿 = 10⁹,
    /// 万亿 = 10¹², and the old 万万 = 亿. `nil` for anything else (亿万, 百千, 个, an empty word).
    public static func scale<C: Collection>(of scalars: C) -> ExactDecimal? where C.Element == Unicode.Scalar {
        var lexer = NumeralLexer(scalars)
        var power = 0, last = 0
        var atom = lexer.next()
        while case .unit(let unit) = atom {
            // Only the first unit may be 十百千; the others are 万 and then 亿.
            guard last == 0 || (unit >= 4 && unit > last) else { return nil }
            power += unit
            last = unit
            atom = lexer.next()
        }
        guard last > 0, atom == .end else { return nil }
        return ExactDecimal(significand: 1, exponent: power)
    }

    /// The multiplier the scale word `word` stands for (`万` → 10000, `万亿` → 10¹²), or `nil`.
    public static func scale(of word: Substring) -> ExactDecimal? { scale(of: word.unicodeScalars) }

    /// The multiplier the scale word `word` stands for (`万` → 10000, `万亿` → 10¹²), or `nil`.
    public static func scale(of word: String) -> ExactDecimal? { scale(of: word.unicodeScalars) }
}
