import Testing
@testable import ZhText
@testable import ZhTokens

/// `text`'s scanner tokens as (kind, text) pairs.
func scanned(_ text: String) -> [(TokenKind, String)] {
    let scalars = Array(text.unicodeScalars)
    return TokenScanner().scan(scalars).map { token in
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[token.range])
        return (token.kind, String(s))
    }
}

/// The texts of `text`'s tokens of `kind`.
func texts(_ text: String, _ kind: TokenKind) -> [String] {
    scanned(text).filter { $0.0 == kind }.map(\.1)
}

@Suite struct TokenScannerTests {
    @Test func numbersKeepGroupingAndDecimals() {
        #expect(texts("完成207,450.5万元", .number) == ["207,450.5"])
        #expect(texts("2,312.81万元，增长100.17%", .number) == ["2,312.81", "100.17"])
        #expect(texts("完成207450万元，占", .number) == ["207450"])
        #expect(scanned("完成207450万元，占").map(\.1) == ["完成", "207450", "万", "元", "，", "占"])
    }

    @Test func commaNeedsExactlyThreeDigits() {
        #expect(texts("1,2,3", .number) == ["1", "2", "3"])
        #expect(texts("1,2345", .number) == ["1", "2345"])
        #expect(texts("1,234,5", .number) == ["1,234", "5"])
        #expect(texts("12,345,678元", .number) == ["12,345,678"])
        #expect(texts("共3,项", .number) == ["3"])
    }

    @Test func oneDecimalPoint() {
        #expect(texts("2025.01.01", .number) == ["2025.01", "01"])
        #expect(texts("第3.项", .number) == ["3"])
    }

    @Test func signsBelongToNumbersOnlyAfterNonAlphanumerics() {
        #expect(texts("减少-9,571万元", .number) == ["-9,571"])
        #expect(texts("2025-2027年", .number) == ["2025", "2027"])
        #expect(scanned("2025-2027年").map(\.0) == [.number, .punctuation, .number, .han])
        #expect(texts("-0.19", .number) == ["-0.19"])
        #expect(texts("+5%", .number) == ["+5"])
        #expect(texts("A-5", .number) == ["5"])
        #expect(texts("－3", .number) == ["－3"])
        #expect(texts("- 3", .number) == ["3"])
    }

    @Test func chineseNumeralRuns() {
        #expect(texts("二〇二四年二月十九日", .chineseNumeral) == ["二〇二四", "二", "十九"])
        #expect(texts("两千五百万元", .chineseNumeral) == ["两千五百万"])
        #expect(texts("壹佰贰拾叁元", .chineseNumeral) == ["壹佰贰拾叁"])
        #expect(scanned("207450万元").map(\.0) == [.number, .chineseNumeral, .han])
        // ○ (a white circle typed for 〇) and 卌 (40) are numerals, as the number parser reads them.
        #expect(texts("二○二五年", .chineseNumeral) == ["二○二五"])
        #expect(scanned("卌万元").map(\.1) == ["卌万", "元"])
        #expect(scanned("卌万元").map(\.0) == [.chineseNumeral, .han])
        // Han characters above the BMP and compatibility ideographs join Han runs; 〆 does not.
        #expect(scanned("𠮷豈的〆").map(\.0) == [.han, .other])
    }

    @Test func latinRunsAbsorbDigitsAndDecimals() {
        #expect(scanned("PM2.5浓度").map(\.1) == ["PM2.5", "浓度"])
        #expect(texts("PM2.5浓度", .number).isEmpty)
        #expect(scanned("推进PPP工作").map(\.0) == [.han, .latin, .han])
        #expect(scanned("5G基站").map(\.1) == ["5", "G", "基站"])
        #expect(scanned("U.S.").map(\.1) == ["U", ".", "S", "."])
    }

    @Test func punctuationSymbolsAndWhitespace() {
        #expect(scanned("“三保”").map(\.0) == [.punctuation, .chineseNumeral, .han, .punctuation])
        #expect(scanned("a \t\nb").map(\.0) == [.latin, .whitespace, .latin])
        #expect(scanned("￥5").map(\.0) == [.symbol, .number])
        #expect(scanned("カナ").map(\.0) == [.other])
    }

    @Test func tokensCoverTheRangeContiguously() {
        let scalars = Array("（一）财政总收入2023年,全区完成867718万元，PM2.5下降-1.5%。".unicodeScalars)
        let range = 3..<(scalars.count - 2)
        let tokens = TokenScanner().scan(scalars, in: range)
        #expect(tokens.first?.range.lowerBound == range.lowerBound)
        #expect(tokens.last?.range.upperBound == range.upperBound)
        for (a, b) in zip(tokens, tokens.dropFirst()) { #expect(a.range.upperBound == b.range.lowerBound) }
        #expect(tokens.allSatisfy { !$0.range.isEmpty })
    }

    @Test func signAtRangeStartCountsAsNumber() {
        let scalars = Array("3-5".unicodeScalars)
        let tokens = TokenScanner().scan(scalars, in: 1..<3)
        #expect(tokens.map(\.kind) == [.number])
    }
}

@Suite struct DenseScanTests {
    /// Text denser than one token per three scalars (the scanner's first guess) is scanned whole,
    /// in a second round: the tokens cover it contiguously and in order.
    @Test func denseTextIsScannedWhole() {
        let scalars = Array(String(repeating: "，1a", count: 200).unicodeScalars)
        let tokens = TokenScanner().scan(scalars)
        #expect(tokens.count == 600)
        #expect(tokens.map(\.kind).prefix(3) == [.punctuation, .number, .latin])
        #expect(tokens.first?.range.lowerBound == 0 && tokens.last?.range.upperBound == scalars.count)
        #expect(zip(tokens, tokens.dropFirst()).allSatisfy { $0.range.upperBound == $1.range.lowerBound })
        #expect(TokenScanner().scan(scalars, in: 5..<7).map(\.range) == [5..<6, 6..<7])
    }
}

@Suite struct ScalarClassTableTests {
    /// The shortcuts taken while building the table agree with classifying each scalar.
    @Test func tableAgreesWithClassification() {
        for v in UInt32(0)..<0x1_0000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            #expect(ScalarClass.bmp[Int(v)] == ScalarClass.classify(scalar), "U+\(String(v, radix: 16))")
        }
    }

    /// `bmpRuns` is what classifying every BMP scalar by its general category gives; when it is not
    /// (a new Unicode version), the message holds the text to paste into `ScalarClass.bmpRuns`.
    @Test func runsAreTheClassesOfTheBMP() {
        let letters: [ScalarClass: String] = [.whitespace: "w", .other: "o", .punctuation: "p", .symbol: "s",
                                              .digit: "d", .letter: "l"]
        var items: [String] = []
        var last: ScalarClass?
        for v in UInt32(0)..<0x1_0000 {
            let cls = Unicode.Scalar(v).map(ScalarClass.baseClass) ?? .other
            if cls != last { items.append(String(v, radix: 16, uppercase: true) + letters[cls]!) }
            last = cls
        }
        var lines = [""]
        for item in items {
            if lines[lines.count - 1].count + item.count + 1 > 96 { lines.append("") }
            lines[lines.count - 1] += (lines[lines.count - 1].isEmpty ? "" : " ") + item
        }
        let written = ScalarClass.bmpRuns.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(written == items, "bmpRuns should be:\n\(lines.joined(separator: "\n"))")
        for (cls, letter) in letters { #expect(ScalarClass.runClass(UInt8(ascii: Unicode.Scalar(letter)!)) == cls) }
    }
}

/// The scanner's Chinese numeral runs are made of exactly the characters the number lexer reads as
/// numerals (a digit, 廿卅卌 or a unit): a `CNUM` token is always something the parser can read.
@Suite struct NumeralAgreementTests {
    @Test func scannerAndLexerAgreeOnEveryScalar() {
        var disagreements: [String] = []
        ScalarClass.bmp.withUnsafeBufferPointer { table in
            for v in UInt32(0)...0x3_FFFF {  // the BMP and the supplementary ideographic planes
                guard let scalar = Unicode.Scalar(v) else { continue }
                let scannerSays = ScalarClass.of(scalar, in: table) == .chineseNumeral
                var lexer = NumeralLexer([scalar])
                let lexerSays = switch lexer.next() {
                case .digit, .unit: true
                default: false
                }
                if scannerSays != lexerSays { disagreements.append("U+" + String(v, radix: 16, uppercase: true)) }
            }
        }
        let count = disagreements.count
        #expect(count == 0, "\(disagreements.prefix(20))")
    }

    /// Through the public scanner: a numeral character alone is one Chinese numeral token.
    @Test(arguments: ["〇", "○", "零", "一", "壹", "两", "兩", "貳", "參", "陸", "廿", "卅", "卌", "十", "拾", "佰", "萬", "億"])
    func eachNumeralIsAChineseNumeralToken(text: String) {
        #expect(scanned(text).map(\.0) == [.chineseNumeral])
    }
}
