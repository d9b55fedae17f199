/// What one scalar means inside a written number, or `nil` for a scalar no number contains.
///
/// One switch over the scalar value covers every way Chinese text writes a number: ASCII and
/// full-width Arabic digits, the ordinary Chinese numerals, the financial capitals, and the
/// Traditional forms of both (the parser reads a Traditional document before or after
/// normalization alike).
///
/// This is the one list of the characters numbers are written with: the ``NumberParser`` reads
/// them, and the token scanner's Chinese numeral runs are exactly the scalars that
/// ``isChineseNumeral(_:)`` accepts.
public enum NumeralScalar: Equatable, Sendable {
    /// `0`–`9`, `０`–`９`.
    case arabicDigit(Int64)
    /// 〇○零 一壹 二贰貳 三叁參 四肆 五伍 六陆陸 七柒 八捌 九玖, and 两兩 (2, flagged: it is
    /// written only before a unit).
    case chineseDigit(Int64, isLiang: Bool)
    /// 廿 (20), 卅 (30), 卌 (40): a digit and 十 in one character.
    case tens(Int64)
    /// A unit, as its power of ten: 十拾 1, 百佰 2, 千仟 3, 万萬 4, 亿億 8.
    case unit(Int)
    /// `.` and `．`, the point of Arabic decimals.
    case decimalPoint
    /// 点 and 點, the point of Chinese decimals (三点五).
    case chinesePoint
    /// `,` and `，` between groups of three Arabic digits.
    case groupSeparator
    /// `-` `－` `−` 负 負 (negative) and `+` `＋`.
    case sign(isNegative: Bool)
    /// 个 個, the measure word in 两个亿.
    case measureWord

    /// The meaning of `scalar` in a number, or `nil` if it never appears in one.
    @inlinable
    public static func classify(_ scalar: Unicode.Scalar) -> NumeralScalar? {
        classify(scalar.value)
    }

    /// The meaning of the scalar value `v` in a number, or `nil` if it never appears in one.
    @inlinable @inline(__always)
    public static func classify(_ v: UInt32) -> NumeralScalar? {
        switch v {
        case 0x30...0x39: return .arabicDigit(Int64(v - 0x30))
        case 0xFF10...0xFF19: return .arabicDigit(Int64(v - 0xFF10))
        case 0x3007, 0x25CB, 0x96F6: return .chineseDigit(0, isLiang: false)          // 〇 ○ 零
        case 0x4E00, 0x58F9: return .chineseDigit(1, isLiang: false)                  // 一 壹
        case 0x4E8C, 0x8D30, 0x8CB3: return .chineseDigit(2, isLiang: false)          // 二 贰 貳
        case 0x4E24, 0x5169: return .chineseDigit(2, isLiang: true)                   // 两 兩
        case 0x4E09, 0x53C1, 0x53C3: return .chineseDigit(3, isLiang: false)          // 三 叁 參
        case 0x56DB, 0x8086: return .chineseDigit(4, isLiang: false)                  // 四 肆
        case 0x4E94, 0x4F0D: return .chineseDigit(5, isLiang: false)                  // 五 伍
        case 0x516D, 0x9646, 0x9678: return .chineseDigit(6, isLiang: false)          // 六 陆 陸
        case 0x4E03, 0x67D2: return .chineseDigit(7, isLiang: false)                  // 七 柒
        case 0x516B, 0x634C: return .chineseDigit(8, isLiang: false)                  // 八 捌
        case 0x4E5D, 0x7396: return .chineseDigit(9, isLiang: false)                  // 九 玖
        case 0x5EFF: return .tens(2)                                                  // 廿
        case 0x5345: return .tens(3)                                                  // 卅
        case 0x534C: return .tens(4)                                                  // 卌
        case 0x5341, 0x62FE: return .unit(1)                                          // 十 拾
        case 0x767E, 0x4F70: return .unit(2)                                          // 百 佰
        case 0x5343, 0x4EDF: return .unit(3)                                          // 千 仟
        case 0x4E07, 0x842C: return .unit(4)                                          // 万 萬
        case 0x4EBF, 0x5104: return .unit(8)                                          // 亿 億
        case 0x2E, 0xFF0E: return .decimalPoint                                       // . ．
        case 0x70B9, 0x9EDE: return .chinesePoint                                     // 点 點
        case 0x2C, 0xFF0C: return .groupSeparator                                     // , ，
        case 0x2D, 0xFF0D, 0x2212, 0x8D1F, 0x8CA0: return .sign(isNegative: true)     // - － − 负 負
        case 0x2B, 0xFF0B: return .sign(isNegative: false)                            // + ＋
        case 0x4E2A, 0x500B: return .measureWord                                      // 个 個
        default: return nil
        }
    }

    /// Whether the scalar value `v` is a Chinese numeral character: a Chinese digit (〇○零 一…九
    /// 两 and their financial and Traditional forms), 廿卅卌, or a unit (十百千万亿, 拾佰仟, 萬億).
    ///
    /// The token scanner makes runs of these its Chinese numeral tokens (`CNUM`), so a run the
    /// patterns see as a number is made of scalars the parser reads. The point 点, the measure
    /// word 个 and the sign 负, which only stand between or before numerals, are not numeral
    /// characters.
    @inlinable
    public static func isChineseNumeral(_ v: UInt32) -> Bool {
        switch classify(v) {
        case .chineseDigit?, .tens?, .unit?: return true
        default: return false
        }
    }
}
