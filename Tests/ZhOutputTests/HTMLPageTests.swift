import Foundation
import Testing
import ZhModel
@testable import ZhOutput
import ZhTestSupport

/// `zhx inspect --html`'s page as text: one mark per record, nested and cut marks, escaping,
/// the inline data, nothing external, and findings shown only when there are some. (The page in
/// a real browser: `Tests/zhxTests/InspectBrowserTests.swift`.)
@Suite struct HTMLPageTests {
    private let records = InspectSamples.records
    private func page(findings: [Finding] = []) -> String {
        HTMLPage.render(doc: InspectSamples.doc, text: InspectSamples.scalars, records: records, findings: findings)
    }

    @Test func eachRecordIsOneMarkAndOneRow() {
        let html = page()
        #expect(html.components(separatedBy: "<mark class=\"rec").count - 1 == records.count + 1) // the cut record's second piece
        #expect(html.components(separatedBy: "\" data-rec=\"").count - 1 == records.count)
        #expect(html.components(separatedBy: "<tr class=\"t-").count - 1 == records.count)
        #expect(html.contains("<span id=\"shown\" aria-live=\"polite\">6 of 6</span>"))
    }

    @Test func marksNestAndACutRecordContinuesInAPiece() {
        let html = page()
        #expect(html.contains("<pre id=\"doc\">\n\n<mark class=\"rec t-metric\" data-rec=\"0\" tabindex=\"0\" style=\"--h:1\">一般公共预算收入完成"
                              + "<mark class=\"rec t-money\" data-rec=\"1\" tabindex=\"0\">207450万元</mark>，占年度预算的"
                              + "<mark class=\"rec t-percent\" data-rec=\"2\" tabindex=\"0\">100.17%</mark></mark>。\n"))
        #expect(html.contains("<mark class=\"rec t-organization\" data-rec=\"3\" tabindex=\"0\" style=\"--h:1\">"
                              + "<mark class=\"rec t-region\" data-rec=\"4\" tabindex=\"0\">长治市</mark>"
                              + "<mark class=\"rec t-document cut\" data-rec=\"5\" tabindex=\"0\">财政局</mark></mark>"
                              + "<mark class=\"rec t-document cont\" data-part=\"5\">&lt;b&gt;&amp;</mark>“三保”&lt;/b&gt;\t办␛[31m结\n</pre>"))
    }

    @Test func textAndDataAreEscapedAndThePageFetchesNothing() throws {
        let html = page(findings: [InspectSamples.finding])
        #expect(html.contains("<title>samples/inspect &lt;test&gt;.txt · zhx inspect</title>"))
        #expect(html.contains("\"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif"))
        #expect(!html.contains("\u{1B}"))
        for external in ["src=", "href=", "<link", "url(", "@import", "http:", "https:", "fetch(", "XMLHttpRequest"] {
            #expect(!html.contains(external), "\(external)")
        }
        let data = try pageData(html)
        let records = try #require(data["records"] as? [[String: Any]])
        #expect(records.count == self.records.count)
        #expect(records[5]["text"] as? String == "财政局<b>&")
        #expect((records[5]["fields"] as? [[String]])?.first == ["title", "<b>&"])
        #expect((records[1]["fields"] as? [[String]])?.first == ["value", "2074500000"])
        #expect(records[1]["start"] as? Int == InspectSamples.range(of: "207450万元").lowerBound)
    }

    @Test func withoutFindingsThePageHasNoFindingsPart() throws {
        let html = page()
        for part in ["id=\"findings\"", "mark.finding", "tipFor.finding", "class=\"finding"] { #expect(!html.contains(part), "\(part)") }
        let data = try pageData(html)
        #expect(data["findings"] == nil)
        #expect((data["records"] as? [[String: Any]])?.allSatisfy { $0["findings"] == nil } == true)
    }

    @Test func aFindingMarksItsStatementAndIsListed() throws {
        let html = page(findings: [InspectSamples.finding])
        #expect(html.contains("<pre id=\"doc\">\n\n<mark class=\"finding\" data-finding=\"0\" tabindex=\"0\"><mark class=\"rec t-metric\" data-rec=\"0\""))
        #expect(html.contains("<button type=\"button\" data-goto-finding=\"0\"><span class=\"check\">completion</span> "
                              + "The completion rate 100.17% does not match actual over budget (100.05%) &lt;check&gt;. <span class=\"where\">line 2</span></button>"))
        #expect(html.contains("mark.finding{") && html.contains("tipFor.finding = "))
        #expect(html.contains("1 audit finding"))
        let data = try pageData(html)
        let findings = try #require(data["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings[0]["check"] as? String == "completion")
        #expect(findings[0]["stated"] as? String == "100.17" && findings[0]["computed"] as? String == "100.05")
        #expect(findings[0]["tolerance"] as? String == "0.005")
        #expect(findings[0]["records"] as? [Int] == [0])
        let records = try #require(data["records"] as? [[String: Any]])
        #expect(records[0]["findings"] as? [Int] == [0])
        #expect(records[1]["findings"] == nil)
    }

    /// The page's `#zhx-data` JSON, checked to hold no `<` (it sits in a script element).
    private func pageData(_ html: String) throws -> [String: Any] {
        let open = "<script id=\"zhx-data\" type=\"application/json\">"
        let start = try #require(html.range(of: open)).upperBound
        let end = try #require(html.range(of: "</script>", range: start..<html.endIndex)).lowerBound
        let json = String(html[start..<end])
        #expect(!json.contains("<"))
        return try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }
}
