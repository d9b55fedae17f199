import ZhText

/// The coarse class of one scalar, as the ``TokenScanner`` sees it.
///
/// Han characters and Chinese numerals are what ZhText's ``HanCharacter`` and
/// ``NumeralScalar/isChineseNumeral(_:)`` say (a numeral is a numeral even when it is a Han
/// character: 一, 〇; or when it is not one: ○); every other scalar is classed by its Unicode
/// general category (see ``baseClass(_:)``).
///
/// Classification is one lookup in a table of the BMP (built once from ``bmpRuns``, the runs of
/// scalars of one class that the general categories give, with the Han characters and numerals
/// laid over them); scalars above the BMP are classified on the fly.
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

    /// The classes of all BMP scalars, built once per process: the runs of ``bmpRuns``, then the
    /// Han characters and numerals over them, asking ZhText's definitions of each scalar (about
    /// 0.2 ms; asking the general category of every scalar took a millisecond and a half per run).
    static let bmp: [ScalarClass] = {
        var table = [ScalarClass](repeating: .other, count: 0x1_0000)
        table.withUnsafeMutableBufferPointer { table in
            var run = (start: 0, class: ScalarClass.other)
            var start = 0
            for byte in bmpRuns.utf8 {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): start = start << 4 | Int(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "A")...UInt8(ascii: "F"): start = start << 4 | Int(byte - UInt8(ascii: "A") + 10)
                case UInt8(ascii: " "), UInt8(ascii: "\n"): start = 0
                default:
                    UnsafeMutableBufferPointer(rebasing: table[run.start..<start]).update(repeating: run.class)
                    run = (start, runClass(byte))
                }
            }
            UnsafeMutableBufferPointer(rebasing: table[run.start...]).update(repeating: run.class)
            for v in 0..<UInt32(0x1_0000) {
                if let cls = hanOrNumeralClass(v) { table[Int(v)] = cls }
            }
        }
        return table
    }()

    /// The classes of the BMP as runs: each item is the first scalar of a run (hex) and its class
    /// (see ``runClass(_:)``); the run lasts until the next item's scalar. Surrogates are `o`.
    ///
    /// Derived from ``baseClass(_:)``, that is, from the general categories of the Unicode version
    /// of the Swift standard library; `ScalarClassTableTests` checks it scalar by scalar and prints
    /// the regenerated text when a new Unicode version changes a class.
    static let bmpRuns = """
        0o 9w Eo 20w 21p 24s 25p 2Bs 2Cp 30d 3Ap 3Cs 3Fp 41l 5Bp 5Es 5Fp 60s 61l 7Bp 7Cs 7Dp 7Es 7Fo A0w
        A1p A2s A7p A8s AAo ABp ACs ADo AEs B2o B4s B5l B6p B8s B9o BBp BCo BFp C0l D7s D8l F7s F8l 1BBo
        1BCl 1C0o 1C4l 294o 296l 2B0o 2C2s 2C6o 2D2s 2E0o 2E5s 2ECo 2EDs 2EEo 2EFs 300o 370l 374o 375s
        376l 378o 37Bl 37Ep 37Fl 380o 384s 386l 387p 388l 38Bo 38Cl 38Do 38El 3A2o 3A3l 3F6s 3F7l 482s
        483o 48Al 530o 55Ap 560o 589p 58Bo 58Ds 590o 5BEp 5BFo 5C0p 5C1o 5C3p 5C4o 5C6p 5C7o 5F3p 5F5o
        606s 609p 60Bs 60Cp 60Es 610o 61Bp 61Co 61Dp 620o 66Ap 66Eo 6D4p 6D5o 6DEs 6DFo 6E9s 6EAo 6FDs
        6FFo 700p 70Eo 7F6s 7F7p 7FAo 7FEs 800o 830p 83Fo 85Ep 85Fo 888s 889o 964p 966o 970p 971o 9F2s
        9F4o 9FAs 9FCo 9FDp 9FEo A76p A77o AF0p AF1s AF2o B70s B71o BF3s BFBo C77p C78o C7Fs C80o C84p
        C85o D4Fs D50o D79s D7Ao DF4p DF5o E3Fs E40o E4Fp E50o E5Ap E5Co F01s F04p F13s F14p F15s F18o
        F1As F20o F34s F35o F36s F37o F38s F39o F3Ap F3Eo F85p F86o FBEs FC6o FC7s FCDo FCEs FD0p FD5s
        FD9p FDBo 104Ap 1050o 109Es 10A0o 10FBp 10FCo 1360p 1369o 1390s 139Ao 1400p 1401o 166Ds 166Ep
        166Fo 1680w 1681o 169Bp 169Do 16EBp 16EEo 1735p 1737o 17D4p 17D7o 17D8p 17DBs 17DCo 1800p 180Bo
        1940s 1941o 1944p 1946o 19DEs 1A00o 1A1Ep 1A20o 1AA0p 1AA7o 1AA8p 1AAEo 1B4Ep 1B50o 1B5Ap 1B61s
        1B6Bo 1B74s 1B7Dp 1B80o 1BFCp 1C00o 1C3Bp 1C40o 1C7Ep 1C80o 1CC0p 1CC8o 1CD3p 1CD4o 1FBDs 1FBEo
        1FBFs 1FC2o 1FCDs 1FD0o 1FDDs 1FE0o 1FEDs 1FF0o 1FFDs 1FFFo 2000w 200Bo 2010p 2028w 202Ao 202Fw
        2030p 2044s 2045p 2052s 2053p 205Fw 2060o 207As 207Dp 207Fo 208As 208Dp 208Fo 20A0s 20C2o 2100s
        2102o 2103s 2107o 2108s 210Ao 2114s 2115o 2116s 2119o 211Es 2124o 2125s 2126o 2127s 2128o 2129s
        212Ao 212Es 212Fo 213As 213Co 2140s 2145o 214As 214Eo 214Fs 2150o 218As 218Co 2190s 2308p 230Cs
        2329p 232Bs 242Ao 2440s 244Bo 249Cs 24EAo 2500s 2768p 2776o 2794s 27C5p 27C7s 27E6p 27F0s 2983p
        2999s 29D8p 29DCs 29FCp 29FEs 2B74o 2B76s 2C00o 2CE5s 2CEBo 2CF9p 2CFDo 2CFEp 2D00o 2D70p 2D71o
        2E00p 2E2Fo 2E30p 2E50s 2E52p 2E5Eo 2E80s 2E9Ao 2E9Bs 2EF4o 2F00s 2FD6o 2FF0s 3000w 3001p 3004s
        3005o 3008p 3012s 3014p 3020s 3021o 3030p 3031o 3036s 3038o 303Dp 303Es 3040o 309Bs 309Do 30A0p
        30A1o 30FBp 30FCo 3190s 3192o 3196s 31A0o 31C0s 31E6o 31EFs 31F0o 3200s 321Fo 322As 3248o 3250s
        3251o 3260s 3280o 328As 32B1o 32C0s 3400o 4DC0s 4E00o A490s A4C7o A4FEp A500o A60Dp A610o A673p
        A674o A67Ep A67Fo A6F2p A6F8o A700s A717o A720s A722o A789s A78Bo A828s A82Co A836s A83Ao A874p
        A878o A8CEp A8D0o A8F8p A8FBo A8FCp A8FDo A92Ep A930o A95Fp A960o A9C1p A9CEo A9DEp A9E0o AA5Cp
        AA60o AA77s AA7Ao AADEp AAE0o AAF0p AAF2o AB5Bs AB5Co AB6As AB6Co ABEBp ABECo FB29s FB2Ao FBB2s
        FBD3o FD3Ep FD40s FD50o FD90s FD92o FDC8s FDD0o FDFCs FE00o FE10p FE1Ao FE30p FE53o FE54p FE62s
        FE63p FE64s FE67o FE68p FE69s FE6Ap FE6Co FF01p FF04s FF05p FF0Bs FF0Cp FF10o FF1Ap FF1Cs FF1Fp
        FF21o FF3Bp FF3Es FF3Fp FF40s FF41o FF5Bp FF5Cs FF5Dp FF5Es FF5Fp FF66o FFE0s FFE7o FFE8s FFEFo
        FFFCs FFFEo
        """

    /// The class a letter of ``bmpRuns`` stands for: `w`hitespace, `p`unctuation, `s`ymbol,
    /// `d`igit, `l`etter, else `o`ther.
    static func runClass(_ letter: UInt8) -> ScalarClass {
        switch letter {
        case UInt8(ascii: "w"): .whitespace
        case UInt8(ascii: "p"): .punctuation
        case UInt8(ascii: "s"): .symbol
        case UInt8(ascii: "d"): .digit
        case UInt8(ascii: "l"): .letter
        default: .other
        }
    }

    /// The class of `scalar`, looked up in `bmp` (the caller's pointer to ``bmp``).
    @inline(__always)
    static func of(_ scalar: Unicode.Scalar, in bmp: UnsafeBufferPointer<ScalarClass>) -> ScalarClass {
        let v = scalar.value
        return v < 0x1_0000 ? bmp[Int(v)] : classify(scalar)
    }

    /// The class of `scalar`, computed.
    static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        hanOrNumeralClass(scalar.value) ?? baseClass(scalar)
    }

    /// `.chineseNumeral` for a Chinese numeral character, `.han` for another Han character, else
    /// `nil`.
    @inline(__always)
    private static func hanOrNumeralClass(_ v: UInt32) -> ScalarClass? {
        if NumeralScalar.isChineseNumeral(v) { return .chineseNumeral }
        if HanCharacter.contains(v) { return .han }
        return nil
    }

    /// The class of `scalar` by its general category alone (what ``bmpRuns`` holds): Han
    /// characters are `.other` here, numerals `.other` or `.symbol`.
    static func baseClass(_ scalar: Unicode.Scalar) -> ScalarClass {
        let v = scalar.value
        return v < 0x80 ? ascii[Int(v)] : slowClass(scalar)
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
