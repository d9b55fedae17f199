import Foundation
import Testing
import ZhTestSupport

/// `zhx audit` and `zhx panel` as a user runs them (the installed binary, see ``EndToEndTests``):
/// over the gold records of the Corpus's report (`--records`), and over documents whose records
/// it extracts itself.
@Suite struct StatementCommandTests {
    /// A folder with the Corpus documents under `Corpus/` and the report's gold file as `gold.jsonl`:
    /// the gold's `doc` paths (`Corpus/reports/…`) name the documents from the folder.
    static func corpusFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.copyCorpus(to: "Corpus")
        let gold = CorpusSupport.root.appendingPathComponent("gold/reports/shangdang-2023-final-accounts.jsonl")
        try folder.write("gold.jsonl", [UInt8](Data(contentsOf: gold)))
        return folder
    }

    @Test func theAuditOfTheGoldRecords() throws {
        let folder = try Self.corpusFolder()
        let zhx = try Zhx(installedIn: folder)
        let run = try zhx.run(["audit", "--records", "gold.jsonl"], in: folder.url)
        #expect(run.status == 1, "findings: exit code 1")
        let findings = try run.output.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(findings.map { "\($0["line"]!) \($0["check"]!)" } == ["55 completion", "113 change", "133 change", "155 unit", "217 unit", "261 change"])
        let first = try #require(findings.first)
        #expect(Array(first.keys).sorted() == ["check", "computed", "doc", "end", "line", "message", "schema", "start", "stated", "text", "tolerance", "type"])
        #expect(first["type"] as? String == "finding" && first["doc"] as? String == "Corpus/reports/shangdang-2023-final-accounts.txt")
        #expect(run.output.contains(#""stated":113.36,"computed":213.3573,"tolerance":0.0094"#))

        let table = try zhx.run(["audit", "--records", "gold.jsonl", "--format", "table"], in: folder.url)
        #expect(table.status == 1)
        #expect(table.output.hasPrefix("Corpus/reports/shangdang-2023-final-accounts.txt: 6 findings\n  LINE  CHECK"))
        #expect(table.output.hasSuffix("6 findings in 1 of 1 document audited\n"))
    }

    @Test func theAuditOfDocumentsItExtracts() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        // Consistent: 207450 / 207100 = 100.17%, +436 on 207014 = +0.21%.
        try folder.write("in/consistent.txt", Array("""
            # 某区 2023 年度财政决算报告

            2023年，全区一般公共预算收入完成207450万元，占年度预算207100万元的100.17%，与上年同期相比增长0.21%，增收436万元。

            """.utf8))
        try folder.write("in/bad.txt", Array("收入".utf8) + [0xFF, 0xFE, 0x80, 0x81] + Array("5万元\n".utf8))
        let run = try zhx.run(["audit", "in"], in: folder.url)
        #expect(run.status == 1, "a file that cannot be read: exit code 1")
        #expect(run.output.isEmpty)
        #expect(run.stderrLines.first?.hasPrefix("zhx: in/bad.txt:") == true)
        let clean = try zhx.run(["audit", "--quiet", "in/consistent.txt"], in: folder.url)
        #expect(clean.status == 0 && clean.output.isEmpty && clean.stderr.isEmpty, "\(clean.stderr)")
    }

    /// The CLI's own end-to-end check of a planted slip, from the text: extraction gives the
    /// metric records the audit reads.
    @Test
    func theAuditOfAPlantedCompletionSlip() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        // 50000 / 40000 is 125.00%, not 115.00%.
        try folder.write("slip.txt", Array("""
            # 示例县 2024 年度预算执行情况报告

            2024年，全县一般公共预算收入完成50000万元，占年度预算40000万元的115.00%，与上年同期相比增长25.00%，增收10000万元。

            """.utf8))
        let run = try zhx.run(["audit", "--quiet", "slip.txt"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.output.contains(#""type":"finding""#) && run.output.contains(#""line":3,"check":"completion","stated":115,"computed":125"#))
    }

    @Test func thePanelOfTheGoldRecords() throws {
        let folder = try Self.corpusFolder()
        let zhx = try Zhx(installedIn: folder)
        let csv = try zhx.run(["panel", "--records", "gold.jsonl", "-o", "panel.csv"], in: folder.url)
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = try String(contentsOf: folder.url.appendingPathComponent("panel.csv"), encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines.first == "region_code,region,period,indicator,field,value,unit,doc,line,subject")
        #expect(lines.count == 1 + 584 + 1, "a header, a row per figure, a final line end")
        #expect(lines.contains("140404,山西省长治市上党区,2023,一般公共预算收入,actual,2074500000,CNY,Corpus/reports/shangdang-2023-final-accounts.txt,11,一般公共预算收入"))

        let sqlite = try zhx.run(["panel", "--records", "gold.jsonl", "-o", "panel.db"], in: folder.url)
        #expect(sqlite.status == 0, "\(sqlite.stderr)")
        let db = try ReadBack(path: folder.url.appendingPathComponent("panel.db").path)
        #expect(db.rows("SELECT count(*) FROM panel") == [["584"]])
        #expect(db.rows(#"SELECT region, actual, budget, completion, change_pct FROM "一般公共预算收入" WHERE region_code = '140404'"#) ==
            [["山西省长治市上党区", "2074500000", "2071000000", "100.17", "0.21"]])
        #expect(db.rows(#"SELECT region, completion, change_pct FROM "一般公共预算收入" WHERE region_code = '140428'"#) ==
            [["山西省长治市长子县", "94.8", "0.49"]])

        let stdout = try zhx.run(["panel", "--records", "gold.jsonl", "-o", "-"], in: folder.url)
        #expect(stdout.status == 0 && stdout.output.hasPrefix("region_code,region,period,indicator"))
    }

    @Test func thePanelOfDocumentsItExtracts() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        try folder.write("in/report.txt", Array("2023年，全区一般公共预算收入完成207450万元，占年度预算207100万元的100.17%。\n".utf8))
        let run = try zhx.run(["panel", "--quiet", "in", "-o", "out.csv"], in: folder.url)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: folder.url.appendingPathComponent("out.csv"), encoding: .utf8)
        #expect(text.hasPrefix("region_code,region,period,indicator,field,value,unit,doc,line,subject\r\n"))
    }

    @Test func usageErrors() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        try folder.write("in/a.txt", Array("收入。\n".utf8))
        for (arguments, message) in [
            (["panel", "in"], "zhx: 'panel' needs -o FILE (.csv, .db or .sqlite; see 'zhx panel --help')"),
            (["panel", "in", "-o", "panel.json"], "zhx: cannot tell the panel's format from 'panel.json': name it FILE.csv, FILE.db or FILE.sqlite"),
            (["audit", "-f", "xml", "in"], "zhx: unknown format 'xml' for 'audit' (jsonl or table)"),
            (["audit"], "zhx: 'audit' needs a PATH, --files-from FILE or --records FILE (see 'zhx audit --help')"),
        ] {
            let run = try zhx.run(arguments, in: folder.url)
            #expect(run.status == 2 && run.stderrLines == [message], "\(arguments): \(run.stderr)")
        }
    }

    @Test func helpNamesTheChecksAndTheExitCodes() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        let audit = try zhx.run(["audit", "--help"], in: folder.url)
        #expect(audit.status == 0)
        for word in ["completion", "change", "total", "unit", "repeat", "EXIT CODES: 0 no finding", "1 some finding", "2 usage error"] {
            #expect(audit.output.contains(word), "\(word)")
        }
        let panel = try zhx.run(["panel", "--help"], in: folder.url)
        #expect(panel.status == 0 && panel.output.contains("region_code, region, period, indicator, field"))
        let global = try zhx.run(["--help"], in: folder.url)
        #expect(global.output.contains("  audit ") && global.output.contains("  panel ") && global.output.contains("the audit found a contradiction"))
    }
}
