import Testing
import ZhText

/// The one definition of each kind of character the pipeline tells apart: sentence ends, clause
/// breaks and closers (``SentenceBoundary``), Han characters (``HanCharacter``), and Chinese
/// numerals (``NumeralScalar/isChineseNumeral(_:)``).
@Suite struct CharacterTests {
    /// Each scalar is at most one of: a sentence end, a clause break, a closer.
    enum Boundary: Sendable { case sentenceEnd, clauseBreak, closer, none }

    @Test(arguments: [
        ("。", Boundary.sentenceEnd), ("｡", .sentenceEnd), ("！", .sentenceEnd), ("!", .sentenceEnd),
        ("？", .sentenceEnd), ("?", .sentenceEnd),
        ("，", .clauseBreak), (",", .clauseBreak), ("、", .clauseBreak), ("､", .clauseBreak),
        ("；", .clauseBreak), (";", .clauseBreak), ("：", .clauseBreak), (":", .clauseBreak),
        ("”", .closer), ("’", .closer), ("」", .closer), ("』", .closer), ("）", .closer), (")", .closer),
        ("】", .closer), ("〕", .closer), ("》", .closer), ("〉", .closer), ("］", .closer), ("]", .closer),
        ("\"", .closer), ("'", .closer), ("＂", .closer), ("＇", .closer),
        // Not boundaries: the decimal point, the ellipsis, dashes, openers, line breaks, letters.
        (".", .none), ("．", .none), ("…", .none), ("—", .none), ("“", .none), ("（", .none), ("《", .none),
        ("\n", .none), ("\t", .none), (" ", .none), ("的", .none), ("1", .none), ("a", .none),
    ] as [(Unicode.Scalar, Boundary)])
    func sentenceBoundary(scalar: Unicode.Scalar, expected: Boundary) {
        #expect(SentenceBoundary.isSentenceEnd(scalar) == (expected == .sentenceEnd))
        #expect(SentenceBoundary.isClauseBreak(scalar) == (expected == .clauseBreak))
        #expect(SentenceBoundary.isCloser(scalar) == (expected == .closer))
        // The value forms agree with the scalar forms.
        #expect(SentenceBoundary.isSentenceEnd(scalar.value) == SentenceBoundary.isSentenceEnd(scalar))
        #expect(SentenceBoundary.isClauseBreak(scalar.value) == SentenceBoundary.isClauseBreak(scalar))
        #expect(SentenceBoundary.isCloser(scalar.value) == SentenceBoundary.isCloser(scalar))
    }

    @Test(arguments: [
        // Unified ideographs, the first and last of each block, extension A, the planes above.
        ("一", true), ("的", true), ("\u{4E00}", true), ("\u{9FFF}", true), ("\u{3400}", true), ("\u{4DBF}", true),
        ("𠮷", true), ("\u{20000}", true), ("\u{2A6DF}", true), ("\u{3134A}", true), ("\u{3FFFF}", true),
        // Compatibility ideographs, and 〇.
        ("豈", true), ("\u{F900}", true), ("\u{FAFF}", true), ("\u{2F800}", true), ("〇", true),
        // Around the blocks, and what is not Han: Yijing hexagrams, Yi, radicals, Hangzhou
        // numerals, 〆, ○, Kana, Hangul, Tangut, full-width digits, punctuation, Latin.
        ("\u{33FF}", false), ("\u{4DC0}", false), ("\u{A000}", false), ("\u{F8FF}", false), ("\u{FB00}", false),
        ("\u{1FFFF}", false), ("\u{40000}", false), ("⺀", false), ("⼀", false), ("〡", false), ("〆", false),
        ("○", false), ("あ", false), ("한", false), ("\u{17000}", false), ("１", false), ("。", false),
        ("a", false), ("1", false),
    ] as [(Unicode.Scalar, Bool)])
    func hanCharacter(scalar: Unicode.Scalar, expected: Bool) {
        #expect(HanCharacter.contains(scalar) == expected)
        #expect(HanCharacter.contains(scalar.value) == expected)
    }

    /// The Han characters are the scalars of their blocks (every assigned one an ideograph) and 〇,
    /// and no other scalar of the BMP or the supplementary planes up to U+3FFFF.
    @Test func hanCharactersAreTheAssignedIdeographsOfTheirBlocks() {
        let blocks: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x2_0000...0x3_FFFF]
        var ideographs = 0
        var disagreements: [String] = []
        for v in UInt32(0)...0x3_FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let properties = scalar.properties
            let expected: Bool
            if blocks.contains(where: { $0.contains(v) }) {
                // Unassigned code points of the blocks count too; assigned ones are ideographs.
                expected = true
                if properties.generalCategory != .unassigned {
                    if !properties.isIdeographic { disagreements.append("U+" + String(v, radix: 16, uppercase: true)) }
                    ideographs += 1
                }
            } else {
                expected = v == 0x3007
            }
            if HanCharacter.contains(scalar) != expected { disagreements.append("U+" + String(v, radix: 16, uppercase: true)) }
        }
        let count = disagreements.count
        #expect(count == 0, "\(disagreements.prefix(20))")
        #expect(ideographs > 90_000)
    }

    @Test(arguments: [
        // Digits, ordinary, financial and Traditional; 〇 and ○ are both zero.
        ("〇", true), ("○", true), ("零", true), ("一", true), ("壹", true), ("二", true), ("贰", true), ("貳", true),
        ("两", true), ("兩", true), ("三", true), ("叁", true), ("參", true), ("四", true), ("肆", true),
        ("五", true), ("伍", true), ("六", true), ("陆", true), ("陸", true), ("七", true), ("柒", true),
        ("八", true), ("捌", true), ("九", true), ("玖", true),
        // A digit and 十 in one character.
        ("廿", true), ("卅", true), ("卌", true),
        // Units.
        ("十", true), ("拾", true), ("百", true), ("佰", true), ("千", true), ("仟", true), ("万", true),
        ("萬", true), ("亿", true), ("億", true),
        // What numbers contain but is not a numeral character: the point, the measure word, signs,
        // Arabic digits and separators; and other Han characters.
        ("点", false), ("點", false), ("个", false), ("個", false), ("负", false), ("1", false), ("１", false),
        (".", false), (",", false), ("-", false), ("参", false), ("的", false), ("元", false), ("●", false),
    ] as [(Unicode.Scalar, Bool)])
    func chineseNumeral(scalar: Unicode.Scalar, expected: Bool) {
        #expect(NumeralScalar.isChineseNumeral(scalar.value) == expected)
    }

    /// A numeral character is one the number parser reads on its own, and its value is the one
    /// the parser gives (digits and 廿卅卌; 两 and the units stand only in longer numbers).
    @Test(arguments: [("〇", 0), ("○", 0), ("零", 0), ("一", 1), ("陸", 6), ("玖", 9), ("廿", 20), ("卅", 30), ("卌", 40),
                      ("十", 10), ("拾", 10)] as [(Unicode.Scalar, Int)])
    func numeralCharactersAreReadByTheParser(scalar: Unicode.Scalar, value: Int) {
        #expect(NumeralScalar.isChineseNumeral(scalar.value))
        #expect(NumberParser.parse([scalar]) == ExactDecimal(value))
    }

    /// 〇 and ○ read alike in a year written digit by digit.
    @Test func bothZerosReadInAYear() {
        #expect(NumberParser.parse(Array("二〇二五".unicodeScalars)) == ExactDecimal(2025))
        #expect(NumberParser.parse(Array("二○二五".unicodeScalars)) == ExactDecimal(2025))
        #expect(NumberParser.parse(Array("卌五".unicodeScalars)) == ExactDecimal(45))
    }
}
