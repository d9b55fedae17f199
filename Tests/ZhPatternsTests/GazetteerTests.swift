import Foundation
import Testing
import ZhPatterns
import ZhText
import ZhTokens

@Suite struct GazetteerTests {
    private func folder(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhg-\(UUID().uuidString)").path
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
        return root
    }

    private let rule = "rule place.x\n  type: region\n  match: name:@place\n"

    @Test func aGazetteerIsAListWhoseWordsCarryRows() throws {
        let root = try folder([
            "place.tsv": "# regions\nword\tname\tcode\n朝阳\t北京市朝阳区\t110105\n朝阳\t辽宁省朝阳市\t211300\n\n沁县\t山西省长治市沁县\t140430\n",
            "r.zhp": rule,
        ])
        let set = try PatternSet.load(directories: [root])
        let list = try #require(set.lists["place"])
        #expect(list.columns == ["name", "code"])
        #expect(list.entries.map(\.word) == ["朝阳", "沁县"])
        #expect(list.entries[0].rows.map(\.fields) == [["北京市朝阳区", "110105"], ["辽宁省朝阳市", "211300"]])
        // Rules match the words as they match a list's.
        let text = Array("位于朝阳的沁县".unicodeScalars)
        let matches = Matcher(set).matches(in: text, tokens: TokenScanner().scan(text), range: 0..<text.count)
        #expect(matches.map(\.range) == [2..<4, 5..<7])
    }

    @Test func aUserFolderAddsRowsAndWords() throws {
        let builtIn = try folder(["place.tsv": "word\tname\tcode\n朝阳\t北京市朝阳区\t110105\n", "r.zhp": rule])
        let user = try folder(["more/place.tsv": "word\tname\tcode\n朝阳\t辽宁省朝阳市\t211300\n朝阳\t北京市朝阳区\t110105\n浦东\t上海市浦东新区\t310115\n"])
        let list = try #require(try PatternSet.load(directories: [builtIn, user]).lists["place"])
        #expect(list.entries.map(\.word) == ["朝阳", "浦东"])
        #expect(list.entries[0].rows.map(\.fields) == [["北京市朝阳区", "110105"], ["辽宁省朝阳市", "211300"]])
    }

    @Test func aValueColumnIsTheWordsListValue() throws {
        let root = try folder(["unit.tsv": "word\tvalue\tsymbol\n公斤\tkg\tkg\n", "r.zhp": "rule u\n  type: quantity\n  match: NUM u:@unit=kg\n"])
        #expect(try PatternSet.load(directories: [root]).lists["unit"]?.value(of: "公斤") == "kg")
    }

    @Test func badRowsAndHeadersAreReportedWithTheirLines() throws {
        let root = try folder([
            "place.tsv": "word\tname\n朝阳\t北京市朝阳区\textra\n\tno word\n",
            "bad-header.tsv": "name\tcode\n",
            "r.zhp": rule,
        ])
        let user = try folder(["place.tsv": "word\tcode\n朝阳\t1\n"])
        do {
            _ = try PatternSet.load(directories: [root, user])
            Issue.record("expected errors")
        } catch {
            let lines = error.errors.map(\.description).map { $0.replacingOccurrences(of: root + "/", with: "").replacingOccurrences(of: user + "/", with: "user/") }
            #expect(lines == [
                "bad-header.tsv:1:1: a gazetteer's first line names its columns, separated by tabs, the first 'word' (no name twice)",
                "place.tsv:2:1: row has 3 fields, the header has 2",
                "place.tsv:3:1: row has no word",
                "user/place.tsv:1:1: gazetteer 'place' has columns code; the one it adds to (place.tsv) has name",
                "r.zhp:3:15: list 'place' has no words",
            ])
        }
    }
}
