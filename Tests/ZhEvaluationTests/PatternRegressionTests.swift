import Foundation
import Testing
import ZhModel
import ZhRecords
import ZhTestSupport
@testable import ZhEvaluation

/// The checks `zhx test` runs, as part of `swift test`: every rule's examples, and the Corpus
/// against its gold.
@Suite struct PatternRegressionTests {
    static let extractor = Result { try Extractor.load() }

    @Test func everyRuleExampleAndCounterExamplePasses() throws {
        let outcomes = ExampleRunner(extractor: try Self.extractor.get()).run()
        #expect(outcomes.count > 90)
        for outcome in outcomes where !outcome.passed {
            Issue.record("\(outcome.ruleID) \(outcome.location): '\(outcome.input)' expected \(outcome.expected), got \(outcome.got): \(outcome.reason)")
        }
    }

    @Test func corpusMatchesItsGold() throws {
        let report = try CorpusCheck(extractor: try Self.extractor.get(), corpusDirectory: CorpusSupport.root.path).run()
        #expect(report.documents == 4)
        for difference in report.unexplained {
            Issue.record("\(difference.kind) \(difference.record.type) \(difference.record.doc) @\(difference.record.start) '\(difference.record.text)'")
        }
        #expect(report.stale.isEmpty, "known issues that no longer occur: \(report.stale.map(\.text))")
        for score in report.comparison.scores {
            #expect(score.gold > 0)
            #expect(score.precision >= 0.98 && score.recall >= 0.98, "\(score.type): P \(score.precision) R \(score.recall)")
        }
    }

    @Test func aBrokenExampleFailsWithItsReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            list colloquial-currency
              刀 = USD

            rule broken.money
              type: money
              match: amount:NUM currency:@colloquial-currency
              example: 5刀 => value=6
              counter: 第5刀
            """.write(to: folder.appendingPathComponent("broken.zhp"), atomically: true, encoding: .utf8)
        let extractor = try Extractor.load(patternDirectories: [folder.path])
        let mine = ExampleRunner(extractor: extractor).run().filter { $0.ruleID == "broken.money" }
        #expect(mine.count == 2)
        #expect(mine[0].passed == false)
        #expect(mine[0].reason == "value is 5, expected 6")
        #expect(mine[0].location.hasSuffix("broken.zhp:7"))
        #expect(mine[1].passed == false && mine[1].reason == "counter-example gave a record")
    }

    @Test func aRuleOfAnUnknownTypeIsRefusedWithItsLocation() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-unknown-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "rule x.y\n  type: moneyy\n  match: NUM 元\n".write(to: folder.appendingPathComponent("x.zhp"), atomically: true, encoding: .utf8)
        #expect { try Extractor.load(patternDirectories: [folder.path]) } throws: { error in
            "\(error)".contains("x.zhp:1:1") && "\(error)".contains("moneyy")
        }
    }
}
