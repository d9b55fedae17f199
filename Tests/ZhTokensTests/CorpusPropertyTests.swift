import Foundation
import Testing
import ZhTestSupport
import ZhText
import ZhTokens

/// The scanner's view of a document: token kinds and the texts of number tokens.
struct TokenProfile: Equatable {
    var kinds: [TokenKind]
    var numbers: [String]

    init(_ text: NormalizedText) {
        let tokens = TokenScanner().scan(text.scalars)
        kinds = tokens.map(\.kind)
        numbers = tokens.filter { $0.kind == .number }.map { text.text($0.range) }
    }
}

@Suite struct CorpusPropertyTests {
    @Test func corpusIsThere() {
        #expect(CorpusSupport.documents.count >= 4)
    }

    /// Every normalized scalar comes from an original scalar that folds to it (or from
    /// whitespace, for a kept break, space or cell separator), in order; every token's original
    /// span holds exactly its mapped scalars plus deleted blanks and format characters.
    @Test(arguments: CorpusSupport.documents)
    func mapLandsOnFoldedOriginals(_ url: URL) throws {
        let decoded = try SourceDecoder.decode([UInt8](Data(contentsOf: url)))
        let text = NormalizedText(decoded: decoded.text)
        let offsets = text.originalOffsets.map(Int.init)
        #expect(offsets.count == text.scalars.count)
        #expect(zip(offsets, offsets.dropFirst()).allSatisfy { $0 < $1 })
        for (i, offset) in offsets.enumerated() {
            let original = text.original[offset], normalized = text.scalars[i]
            let folds = NormalizedText.fold(original) == normalized
                || (original == "，" && normalized == ",") || (normalized == "叁" && NormalizedText.fold(original) == "参")
                || (original.properties.isWhitespace && normalized.properties.isWhitespace)
            #expect(folds, "\(url.lastPathComponent) normalized \(i): \(original) → \(normalized)")
        }
        let tokenizer = try #require(Tokenizer())
        let mapped = Set(offsets)
        for token in tokenizer.tokens(text.scalars) {
            let range = text.originalRange(of: token.range)
            #expect(range.lowerBound >= 0 && range.upperBound <= text.original.count)
            let kept = range.filter { mapped.contains($0) }
            #expect(kept.count == token.range.count)
            let dropped = range.filter { !mapped.contains($0) }
            #expect(dropped.allSatisfy { text.original[$0].properties.isWhitespace || NormalizedText.fold(text.original[$0]) == nil })
        }
    }

    @Test(arguments: CorpusSupport.documents)
    func traditionalScriptGivesTheSameTokens(_ url: URL) throws {
        let original = try String(contentsOf: url, encoding: .utf8)
        let traditional = try #require(CorpusSupport.transliterate(original, "Hans-Hant"))
        #expect(traditional != original)
        #expect(TokenProfile(NormalizedText(original: traditional)) == TokenProfile(NormalizedText(original: original)))
    }

    @Test(arguments: CorpusSupport.documents)
    func fullWidthDigitsGiveTheSameTokens(_ url: URL) throws {
        let original = try String(contentsOf: url, encoding: .utf8)
        let wide = CorpusSupport.fullWidthDigits(original)
        #expect(wide != original)
        #expect(TokenProfile(NormalizedText(original: wide)) == TokenProfile(NormalizedText(original: original)))
    }

    @Test(arguments: CorpusSupport.documents)
    func gb18030GivesTheSameText(_ url: URL) throws {
        let original = try String(contentsOf: url, encoding: .utf8)
        let decoded = try SourceDecoder.decode(try CorpusSupport.iconv(original, to: "GB18030"))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == DecodedText(original))
        #expect(TokenProfile(NormalizedText(decoded: decoded.text)) == TokenProfile(NormalizedText(original: original)))
    }
}
