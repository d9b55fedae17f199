import Foundation
import Testing
import ZhPatterns

@Suite struct PartTests {
    private func errors(_ source: String) -> [String] {
        do {
            _ = try PatternSet(source: source, file: "p.zhp")
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test func aRuleUsesAPartAsIfItsExpressionWereWrittenThere() throws {
        let set = try PatternSet(source: """
        list scale
          万 = 10000
        part figure
          match: amount:NUM
                 scale:@scale?
        part year
          match: year:NUM 年
        rule money
          type: money
          match: <figure> 元
        rule date
          type: date
          match: <year>? month:NUM 月
        """, file: "p.zhp")
        #expect(set.rules.map(\.pattern.description) == [
            "((amount:NUM scale:@scale?) \"元\")",
            "((year:NUM \"年\")? month:NUM \"月\")",
        ])
    }

    @Test func partsAreDefinedOnceAndBeforeTheirUse() {
        #expect(errors("rule r\n  type: t\n  match: <figur> 元\npart figure\n  match: NUM\n") == [
            "p.zhp:3:10: unknown part '<figur>' (a part is defined with 'part figur' before the rules that use it, in this file or an earlier one)",
        ])
        #expect(errors("part f\n  match: NUM\nrule r\n  type: t\n  match: <fig> 元\n") == [
            "p.zhp:5:10: unknown part '<fig>' (a part is defined with 'part fig' before the rules that use it, in this file or an earlier one) (did you mean 'f'?)",
        ])
        #expect(errors("part f\n  match: NUM\npart f\n  match: CNUM\n") == ["p.zhp:3:1: duplicate part 'f' (first defined at p.zhp:1)"])
        #expect(errors("part f\n  match: a?\n") == ["p.zhp:2:3: part 'f' can match empty text; make some part required"])
        #expect(errors("part f\n  match: NUM\n  type: t\n") == ["p.zhp:3:3: a part has only 'match:', not 'type:'"])
        #expect(errors("part f\n") == ["p.zhp:1:1: part 'f' has no 'match:'"])
    }

    @Test func aUserFolderUsesTheBuiltInParts() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhparts-\(UUID().uuidString)").path
        for (path, text) in ["a/common.zhp": "part number\n  match: NUM | CNUM\n", "b/mine.zhp": "rule r\n  type: quantity\n  match: amount:<number> 亩\n"] {
            try FileManager.default.createDirectory(atPath: root + "/" + (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + path))
        }
        let set = try PatternSet.load(directories: [root + "/a", root + "/b"])
        #expect(set.rules.map(\.pattern.description) == ["(amount:(NUM | CNUM) \"亩\")"])
    }
}
