/// The coarse class of one scalar, as the ``TokenScanner`` sees it.
///
/// Classification is one lookup in a table of the BMP (built once from range checks and Unicode's
/// general categories); scalars above the BMP are classified on the fly.
///
/// The order of the cases groups them by how the scanner treats them (see ``isRun`` and
/// ``isSingle``), so that it tells them apart with two comparisons.
enum ScalarClass: UInt8, Sendable {
    // Classes of maximal runs.
    case han
    case chineseNumeral
    case whitespace
    case other
    // Classes of one-scalar tokens (unless a sign starts a number).
    case punctuation
    case symbol
    // Classes that start numbers and Latin words.
    case digit
    case letter

    /// Han, Chinese numeral, whitespace and other scalars make tokens of maximal runs.
    @inline(__always)
    var isRun: Bool { rawValue <= ScalarClass.other.rawValue }

    /// Punctuation and symbols make one-scalar tokens.
    @inline(__always)
    var isSingle: Bool { rawValue <= ScalarClass.symbol.rawValue }

    /// The classes of all BMP scalars, built once per process (a few milliseconds).
    static let bmp: [ScalarClass] = (0..<UInt32(0x1_0000)).map { v in
        // Hangul and Yi syllables and private use are `.other`: no need to ask their categories.
        if (0xAC00...0xD7A3).contains(v) || (0xA000...0xA48C).contains(v) || (0xE000...0xF8FF).contains(v) {
            return .other
        }
        guard let scalar = Unicode.Scalar(v) else { return .other }
        return classify(scalar)
    }

    /// The class of `scalar`, looked up in `bmp` (the caller's pointer to ``bmp``).
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar, in bmp: UnsafeBufferPointer<ScalarClass>) -> ScalarClass {
        let v = scalar.value
        return v < 0x1_0000 ? bmp[Int(v)] : classify(scalar)
    }

    /// The class of `scalar`, computed.
    static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let v = scalar.value
        if v < 0x80 { return ascii[Int(v)] }
        if isHan(v) { return isChineseNumeral(v) ? .chineseNumeral : .han }
        if v == 0x3007 { return .chineseNumeral }  // 〇
        return slowClass(scalar)
    }

    /// Whether `v` is a CJK unified or compatibility ideograph (BMP blocks and the supplementary
    /// ideographic planes).
    @inline(__always)
    static func isHan(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3FFFF).contains(v)
    }

    /// Whether `v` is one of the characters Chinese numerals are written with:
    /// 〇零一二三四五六七八九十百千万亿两廿卅 and the financial forms 壹贰叁肆伍陆柒捌玖拾佰仟.
    @inline(__always)
    static func isChineseNumeral(_ v: UInt32) -> Bool {
        switch v {
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
             0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x4E24, 0x5EFF, 0x5345,
             0x58F9, 0x8D30, 0x53C1, 0x8086, 0x4F0D, 0x9646, 0x67D2, 0x634C, 0x7396, 0x62FE, 0x4F70, 0x4EDF:
            return true
        default:
            return false
        }
    }

    private static let ascii: [ScalarClass] = (0..<128).map { v -> ScalarClass in
        switch UInt8(v) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): return .letter
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20: return .whitespace
        case UInt8(ascii: "$"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="), UInt8(ascii: ">"),
             UInt8(ascii: "^"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return .symbol
        case 0x21...0x7E: return .punctuation
        default: return .other
        }
    }

    private static func slowClass(_ scalar: Unicode.Scalar) -> ScalarClass {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter:
            // Latin (with diacritics), Greek and Cyrillic letters join letter runs; other scripts'
            // letters (Kana, Hangul …) stay `.other`.
            return scalar.value < 0x0530 ? .letter : .other
        case .decimalNumber:
            return .other
        case .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return .whitespace
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .symbol
        default:
            return .other
        }
    }
}
