import Foundation
import Testing
import ZhModel
import ZhPatterns
import ZhText
@testable import ZhRecords

/// A statement of the sentence stage for these tests: a subject, its actual amount and its
/// completion rate, read from the money and percent records the rules found before.
private final class CompletionResolver: Resolver {
    let type = RecordType.metric
    init(lists: WordLists) {}

    func resolve(_ match: MatchView) -> Resolution? {
        guard let subject = match.text(CaptureName("subject")), let actual = match.mention(CaptureName("actual")),
              let completion = match.mention(CaptureName("completion")), let value = actual["value"],
              let rate = completion["value"] else { return nil }
        return Resolution(fields: [Field("subject", .string(subject)), Field("actual", value), Field("completion", rate),
                                   Field("mentions", .integer(match.range.filter { match.mention(at: $0) != nil }.count))])
    }
}

/// Words at ICU's word boundaries, for the `/` tests.
private final class WordResolver: Resolver {
    let type = RecordType.organization
    init(lists: WordLists) {}
    func resolve(_ match: MatchView) -> Resolution? { Resolution(fields: [Field("name", .string(match.text(of: match.range)))]) }
}

@Suite struct StageTests {
    /// An extractor of `rules`, after the built-in ones unless `alone`.
    private func extractor(_ rules: String, alone: Bool = false) throws -> Extractor {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhstage-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(rules.utf8).write(to: URL(fileURLWithPath: folder + "/test.zhp"))
        let patterns = try alone ? PatternSet.load(directories: [folder]) : PatternSet.builtin(adding: [folder])
        return try Extractor(patterns: patterns, resolvers: Resolvers.all + [CompletionResolver.self, WordResolver.self])
    }

    private let statement = """
    rule test.completion
      type: metric
      match: subject:(HAN{2,12}) 完成 actual:MONEY "，" 占 HAN{0,6} MONEY 的 completion:PERCENT
    """

    @Test func aSentenceRuleConsumesTheRecordsOfTheRulesBeforeIt() throws {
        let extractor = try extractor(statement)
        var context = ExtractionContext()
        let text = "全年一般公共预算收入完成207450万元，占年度预算207100万元的100.17%。"
        let records = extractor.records(in: text, doc: "d", context: &context)
        #expect(records.map(\.type) == [.metric, .money, .money, .percent])
        let metric = records[0]
        #expect(metric.text == "全年一般公共预算收入完成207450万元，占年度预算207100万元的100.17%")
        #expect(metric.start == 0 && metric.end == text.unicodeScalars.count - 1 && metric.pattern == "test.completion")
        #expect(metric["subject"] == .string("全年一般公共预算收入"), "\(metric)")
        #expect( metric["actual"] == .number(ExactDecimal(2_074_500_000)))
        #expect(metric["completion"] == .number(ExactDecimal("100.17")!) && metric["mentions"] == .integer(3))
    }

    @Test func aStatementsOffsetsAreTheOriginalTextsInAnyForm() throws {
        let extractor = try extractor(statement)
        // Traditional script, full-width digits and a layout break inside a figure.
        let text = "前言。\n一般公共預算收入完成２０７４５０萬元，佔年度預算2071\n00萬元的100.17％。"
        var context = ExtractionContext()
        let metric = try #require(extractor.records(in: text, doc: "d", context: &context).first { $0.type == .metric })
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[metric.start..<metric.end])) == metric.text)
        #expect(metric.text.hasPrefix("一般公共預算收入完成") && metric.text.hasSuffix("100.17％") && metric.line == 2)
    }

    @Test func aSentenceRuleDoesNotReachAcrossASentenceEnd() throws {
        let extractor = try extractor(statement)
        var context = ExtractionContext()
        let records = extractor.records(in: "收入完成207450万元。占年度预算207100万元的100.17%。", doc: "d", context: &context)
        #expect(!records.contains { $0.type == .metric } && records.count == 3)
    }

    @Test func aDocumentsOwnPlaceholderCharactersAreNoMentions() throws {
        let extractor = try extractor(statement)
        var context = ExtractionContext()
        let money = RecordType.money.placeholder, percent = RecordType.percent.placeholder
        let text = "收入完成\(money)，占预算\(money)的\(percent)。"
        #expect(extractor.records(in: text, doc: "d", context: &context).isEmpty)
    }

    @Test func aWordBoundaryIsAskedOfTheSegmenterDuringExtraction() throws {
        // ICU segments 中华人民共和国财政部 as 中华|人民|共和国|财政|部.
        let extractor = try extractor("""
        rule test.word
          type: organization
          match: / (人民 | 华人) /
        """, alone: true)
        var context = ExtractionContext()
        let records = extractor.records(in: "中华人民共和国财政部", doc: "d", context: &context)
        #expect(records.map(\.text) == ["人民"])
        var worker = extractor.makeWorker()
        let draft = extractor.draft(DecodedText("他说：人民财政部门"), doc: "d", worker: &worker)
        #expect(draft.records.map(\.text) == ["人民"])
    }
}
