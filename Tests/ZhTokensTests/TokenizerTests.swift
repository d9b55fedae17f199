import Foundation
import Testing
import ZhTestSupport
import ZhText
import ZhTokens

/// The texts of `tokens` over `scalars`.
func tokenTexts(_ tokens: [Token], _ scalars: [Unicode.Scalar]) -> [String] {
    tokens.map { token in
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[token.range])
        return String(view)
    }
}

@Suite struct TokenizerTests {
    @Test func hanRunsAreSplitIntoWordsNumbersStayWhole() throws {
        let tokenizer = try #require(Tokenizer())
        let scalars = Array("一般公共预算收入完成207,450.5万元，减少-9,571万元，数字1,2,3。".unicodeScalars)
        let tokens = tokenizer.tokens(scalars)
        let texts = tokenTexts(tokens, scalars)
        #expect(texts.joined() == String(String.UnicodeScalarView(scalars)))
        #expect(zip(tokens, texts).filter { $0.0.kind == .number }.map(\.1) == ["207,450.5", "-9,571", "1", "2", "3"])
        #expect(texts.contains("预算") && texts.contains("收入"))
        #expect(zip(tokens, texts).filter { $0.0.kind == .chineseNumeral }.map(\.1) == ["一", "万", "万"])
        for (a, b) in zip(tokens, tokens.dropFirst()) { #expect(a.range.upperBound == b.range.lowerBound) }
    }

    @Test func segmenterBoundariesAndClone() throws {
        let segmenter = try #require(WordSegmenter())
        let scalars = Array("x中华人民共和国财政部𠮷y".unicodeScalars)
        let boundaries = segmenter.boundaries(scalars, in: 1..<(scalars.count - 1))
        #expect(boundaries.first == 1 && boundaries.last == scalars.count - 1)
        #expect(boundaries.contains(3))  // 中华 | 人民
        #expect(zip(boundaries, boundaries.dropFirst()).allSatisfy { $0 < $1 })
        let clone = try #require(segmenter.clone())
        #expect(clone.boundaries(scalars, in: 1..<(scalars.count - 1)) == boundaries)
        #expect(segmenter.boundaries(scalars, in: 4..<4) == [4])
    }

    @Test func sentences() {
        let text = NormalizedText(original: "他说：“我们有信心。”数据见表1；总额3.5亿元……完成了吗？是的!\n\n标题\n下一段")
        let sentences = SentenceSplitter().sentences(text.scalars).map { text.text($0) }
        #expect(sentences == ["他说:“我们有信心。”", "数据见表1;总额3.5亿元……完成了吗?", "是的!\n", "标题\n", "下一段"])
    }

    /// Sentence ends and closers are ZhText's ``SentenceBoundary``: the half-width `｡` ends a
    /// sentence, `〉` and `]` close one, `；` and `、` do not end one.
    @Test func sentenceEndsAreTheSharedDefinition() {
        let scalars = Array("见〈通知｡〉规定]；甲、乙?!再见".unicodeScalars)
        let sentences = SentenceSplitter().sentences(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(sentences == ["见〈通知｡〉", "规定]；甲、乙?!", "再见"])
    }

    @Test func sentencesCoverTheRange() {
        let scalars = Array("甲。乙！丙".unicodeScalars)
        let sentences = SentenceSplitter().sentences(scalars, in: 1..<5)
        #expect(sentences == [1..<2, 2..<4, 4..<5])
    }
}

@Suite struct TokenizerConcurrencyTests {
    /// Clones used on several threads at once give the same tokens as the original alone.
    @Test func clonesWorkInParallel() async throws {
        let url = try #require(CorpusSupport.documents.first)
        let text = NormalizedText(original: try String(contentsOf: url, encoding: .utf8))
        let scalars = text.scalars
        let tokenizer = try #require(Tokenizer())
        let expected = tokenizer.tokens(scalars)
        let results = await withTaskGroup(of: [Token].self) { group in
            for _ in 0..<4 {
                nonisolated(unsafe) let clone = tokenizer.clone()
                group.addTask { clone?.tokens(scalars) ?? [] }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 4)
        #expect(results.allSatisfy { $0 == expected })
    }
}
