import Testing
import ZhTestSupport
@testable import ZhText

@Suite struct RobustnessTests {
    /// Scalars that exercise every rule: breaks, blanks, folds, enumerators, numbers, brackets.
    static let alphabet = Array("\n\r\t 　，,.．1２万亿元。！？：；、萬億與（）()〔〕“”一二十#-*+|•■第条參参壹拾aZ\u{200B}\u{FEFF}\u{00AD}𠮷％%−".unicodeScalars)

    @Test func randomTextKeepsTheMapInvariants() {
        var random = SplitMix64(seed: 2024)
        for _ in 0..<3000 {
            let length = Int.random(in: 0..<60, using: &random)
            var view = String.UnicodeScalarView()
            for _ in 0..<length { view.append(Self.alphabet.randomElement(using: &random)!) }
            let text = NormalizedText(original: String(view))
            #expect(text.original == Array(view))
            let offsets = text.originalOffsets.map(Int.init)
            #expect(offsets.count == text.scalars.count)
            #expect(zip(offsets, offsets.dropFirst()).allSatisfy { $0 < $1 })
            #expect(offsets.allSatisfy { $0 >= 0 && $0 < text.original.count })
            for (i, offset) in offsets.enumerated() {
                let original = text.original[offset], normalized = text.scalars[i]
                #expect(NormalizedText.fold(original) == normalized
                    || (original == "，" && normalized == ",") || (normalized == "叁" && NormalizedText.fold(original) == "参")
                    || (original.properties.isWhitespace && normalized.properties.isWhitespace))
            }
            #expect(text.scalars.first != "\n" && text.scalars.last != "\n")
            let all = text.originalRange(of: 0..<text.scalars.count)
            #expect(all.lowerBound >= 0 && all.upperBound <= text.original.count)
            #expect(text.line(ofOriginalOffset: text.original.count) == text.lines.lineStarts.count)
        }
    }

    @Test func randomBytesNeverCrashTheDecoder() {
        var random = SplitMix64(seed: 7)
        let pieces: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xE4, 0xB8, 0x87], [0xCD, 0xF2],
                                 [0x95, 0x34, 0xB2, 0x35], [0x80], [0xFF], [0x00], [0x41], [0x0A], [0xD8, 0x00], [0xC3]]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<12, using: &random) { bytes += pieces.randomElement(using: &random)! }
            do {
                let decoded = try SourceDecoder.decode(bytes)
                #expect(!decoded.text.scalars.isEmpty || bytes.count <= 3)
            } catch {
                switch error {
                case .binary(let offset), .undecodable(_, let offset):
                    #expect(offset >= 0 && offset <= bytes.count)
                }
            }
            for encoding in SourceEncoding.allCases {
                if case .failure(let error) = Result(catching: { () throws(DecodeError) in try SourceDecoder.decode(bytes[...], as: encoding) }),
                   case .undecodable(_, let offset) = error {
                    #expect(offset >= 0 && offset <= bytes.count)
                }
            }
        }
    }
}
