import Foundation
import Testing
import ZhModel
@testable import ZhOutput
import ZhRecords
import ZhTestSupport
@testable import zhx

/// `zhx inspect --html`'s page in a real browser (headless Chromium, ``HeadlessChromium``): every
/// Corpus page loads without a script error with one mark and one row per record; a screenshot is
/// not blank; and a driver script, added to a copy of the page, clicks the legend, the column
/// headers, a row and a finding, types in the filter, focuses and hovers marks, then writes what it
/// saw into the DOM for the test to read.
///
/// Without Chromium these tests fail (``HeadlessChromium/missing`` says how to install it). With
/// `ZHX_INSPECT_ARTIFACTS=DIR` set, the pages and the screenshot are kept in DIR to look at.
@Suite(.serialized) struct InspectBrowserTests {
    static let extractor = Result { try Extractor.load() }
    static let report = CorpusSupport.root.appendingPathComponent("reports/shangdang-2023-final-accounts.txt")

    @Test func everyCorpusPageLoadsWithoutErrorsWithAMarkAndARowPerRecord() async throws {
        let browser = try #require(HeadlessChromium.find(), HeadlessChromium.missing)
        let folder = try Artifacts()
        for document in CorpusSupport.documents {
            let (page, records) = try folder.page(for: document)
            let run = try await browser.dumpDOM(page)
            #expect(run.consoleErrors.isEmpty, "\(document.lastPathComponent): \(run.consoleErrors)")
            #expect(run.output.contains("<div id=\"tip\" role=\"tooltip\" hidden=\"\"></div>"), "the page ran to its end")
            #expect(count(" data-rec=\"", in: run.output) == records.count, "\(document.lastPathComponent)")
            #expect(count(" data-row=\"", in: run.output) == records.count, "\(document.lastPathComponent)")
        }
    }

    @Test func theReportPageShowsOnScreen() async throws {
        let browser = try #require(HeadlessChromium.find(), HeadlessChromium.missing)
        let folder = try Artifacts()
        let (page, _) = try folder.page(for: Self.report)
        let shot = folder.url("report.png"), blankShot = folder.url("blank.png")
        _ = try await browser.screenshot(page, to: shot)
        let blank = folder.url("blank.html")
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blank)
        _ = try await browser.screenshot(blank, to: blankShot)
        let png = try Data(contentsOf: shot), blankPNG = try Data(contentsOf: blankShot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // A blank 1200×900 page compresses to a few kilobytes; text, colours and a table do not.
        #expect(png.count > 20 * blankPNG.count, "screenshot \(png.count) bytes, blank \(blankPNG.count)")
    }

    @Test func theLegendTheTableAndTheTooltipsWork() async throws {
        let browser = try #require(HeadlessChromium.find(), HeadlessChromium.missing)
        let folder = try Artifacts()
        let (page, records) = try folder.page(for: Self.report, driver: Self.driver)
        let run = try await browser.dumpDOM(page)
        #expect(run.consoleErrors.isEmpty, "\(run.consoleErrors)")
        let seen = try results(Behaviour.self, in: run)

        let money = records.filter { $0.type == .money }.count
        #expect(seen.legendOff.pressed == "false" && seen.legendOff.tabIndex == -1)
        #expect(seen.legendOff.before != seen.legendOff.after && seen.legendOff.after == "rgba(0, 0, 0, 0)")
        #expect(seen.legendOff.visible == records.count - money && seen.legendOff.moneyVisible == 0)
        #expect(seen.legendOn.pressed == "true" && seen.legendOn.background == seen.legendOff.before && seen.legendOn.visible == records.count)

        let byStart = records.indices.sorted { (records[$0].start, records[$0].end, $0) < (records[$1].start, records[$1].end, $1) }
        #expect(seen.sortStart.ariaSort == "descending" && seen.sortStart.rows == Array(byStart.reversed()))
        #expect(seen.sortText.ariaSort == "ascending" && seen.sortText.rows.sorted() == Array(records.indices))
        #expect(seen.sortText.rows != Array(records.indices))
        let sortedTexts = seen.sortText.rows.map { records[$0].text.unicodeScalars.first! }
        let lastDigit = sortedTexts.lastIndex { ("0"..."9").contains($0) }, firstHan = sortedTexts.firstIndex { $0.value >= 0x4E00 }
        #expect(lastDigit != nil && firstHan != nil && lastDigit! < firstHan!, "figures sort before words")
        #expect(seen.sortId.rows == Array(records.indices))

        let withText = records.indices.filter { index in
            ([records[index].text] + InspectStyle.fieldPairs(records[index]).map(\.value)).contains { $0.lowercased().contains("万元") }
        }
        #expect(seen.textFilter.rows == withText && seen.textFilter.shown == "\(withText.count) of \(records.count)")
        #expect(seen.typeFilter.rows == records.indices.filter { records[$0].type == .percent })

        let last = records[records.count - 1]
        #expect(seen.rowClick.current && seen.rowClick.focused && seen.rowClick.selected && seen.rowClick.inView)
        #expect(seen.rowClick.scrollTop > 1000, "the text scrolled down to the last record")
        #expect(seen.rowClick.tip.visible && seen.rowClick.tip.text.contains(last.text) && seen.rowClick.tip.text.contains("line \(last.line)"))
        let first = records[0]
        let firstField = try #require(InspectStyle.fieldPairs(first).first)
        #expect(seen.focus.focused && seen.focus.tip.visible)
        #expect(seen.focus.tip.text.contains(first.text) && seen.focus.tip.text.contains(firstField.key + firstField.value))
        #expect(!seen.blur.visible)
        #expect(seen.hover.visible && seen.hover.text.contains(first.pattern))
        #expect(!seen.unhover.visible)
    }

    @Test func aFindingShowsOnItsStatementAndACutRecordHoversWhole() async throws {
        let browser = try #require(HeadlessChromium.find(), HeadlessChromium.missing)
        let folder = try Artifacts()
        let html = HTMLPage.render(doc: InspectSamples.doc, text: InspectSamples.scalars, records: InspectSamples.records,
                                   findings: [InspectSamples.finding])
        let page = try folder.write(html, driver: Self.findingDriver, as: "finding.html")
        let run = try await browser.dumpDOM(page)
        #expect(run.consoleErrors.isEmpty, "\(run.consoleErrors)")
        #expect(count(" data-rec=\"", in: run.output) == InspectSamples.records.count)
        #expect(count(" data-finding=\"", in: run.output) == 1)
        let seen = try results(FindingBehaviour.self, in: run)
        let message = InspectSamples.finding.message
        #expect(seen.findingClick.current && seen.findingClick.focused && seen.findingClick.tipClass == "finding-tip")
        #expect(seen.findingClick.tip.visible && seen.findingClick.tip.text.contains(message))
        #expect(seen.findingClick.tip.text.contains("stated100.17") && seen.findingClick.tip.text.contains("computed100.05"))
        #expect(seen.statementFocus.visible && seen.statementFocus.text.hasPrefix("metric") && seen.statementFocus.text.contains("⚠ " + message))
        #expect(seen.cutHover.tip.visible && seen.cutHover.tip.text.hasPrefix("document财政局<b>&"))
        #expect(seen.cutHover.hovered == 2, "both pieces of the cut record")
    }

    // MARK: Drivers

    /// Clicks the legend's money toggle twice, sorts by start (twice), by text, back by #; filters
    /// by text and by type; clicks the last row; focuses, blurs, hovers and leaves the first mark.
    static let driver = #"""
        const rows = () => Array.from(document.querySelectorAll("#records tbody tr"));
        const visible = () => rows().filter(row => !row.hidden);
        const legend = document.querySelector('#legend button[data-type="money"]');
        const money = document.querySelector("#doc mark.t-money");
        const before = getComputedStyle(money).backgroundColor;
        legend.click();
        out.legendOff = { pressed: legend.getAttribute("aria-pressed"), before, after: getComputedStyle(money).backgroundColor,
                          visible: visible().length, moneyVisible: visible().filter(row => row.classList.contains("t-money")).length,
                          tabIndex: money.tabIndex };
        legend.click();
        out.legendOn = { pressed: legend.getAttribute("aria-pressed"), background: getComputedStyle(money).backgroundColor, visible: visible().length };
        const sortBy = key => {
          const button = document.querySelector(`#records th button[data-sort="${key}"]`);
          button.click();
          return { ariaSort: button.parentElement.getAttribute("aria-sort"), rows: rows().map(row => +row.dataset.row) };
        };
        sortBy("start");
        out.sortStart = sortBy("start");
        out.sortText = sortBy("text");
        out.sortId = sortBy("id");
        const text = document.getElementById("text-filter");
        text.value = "万元";
        text.dispatchEvent(new Event("input", { bubbles: true }));
        out.textFilter = { rows: visible().map(row => +row.dataset.row), shown: document.getElementById("shown").textContent };
        text.value = "";
        text.dispatchEvent(new Event("input", { bubbles: true }));
        const type = document.getElementById("type-filter");
        type.value = "percent";
        type.dispatchEvent(new Event("change", { bubbles: true }));
        out.typeFilter = { rows: visible().map(row => +row.dataset.row) };
        type.value = "";
        type.dispatchEvent(new Event("change", { bubbles: true }));
        const last = rows().length - 1;
        const row = document.querySelector(`#records tbody tr[data-row="${last}"]`);
        row.click();
        const mark = document.querySelector(`#doc mark[data-rec="${last}"]`);
        const pane = document.getElementById("text-pane"), view = pane.getBoundingClientRect(), box = mark.getBoundingClientRect();
        out.rowClick = { current: mark.classList.contains("current"), focused: document.activeElement === mark,
                         selected: row.classList.contains("selected"), inView: box.top >= view.top && box.bottom <= view.bottom,
                         scrollTop: pane.scrollTop, tip: tipState() };
        const first = document.querySelector('#doc mark[data-rec="0"]');
        first.focus();
        out.focus = { focused: document.activeElement === first, tip: tipState() };
        first.blur();
        out.blur = tipState();
        first.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
        out.hover = tipState();
        first.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, relatedTarget: document.body }));
        out.unhover = tipState();
        """#

    /// Clicks the finding in the list, focuses the statement's record, hovers the cut record's
    /// second piece.
    static let findingDriver = #"""
        document.querySelector('#findings button[data-goto-finding="0"]').click();
        const finding = document.querySelector('#doc mark[data-finding="0"]');
        out.findingClick = { current: finding.classList.contains("current"), focused: document.activeElement === finding,
                             tip: tipState(), tipClass: document.getElementById("tip").className };
        finding.querySelector("mark[data-rec]").focus();
        out.statementFocus = tipState();
        document.activeElement.blur();
        document.querySelector("#doc mark[data-part]").dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
        out.cutHover = { tip: tipState(), hovered: document.querySelectorAll("#doc mark.hover").length };
        """#

    struct TipState: Decodable {
        var visible: Bool
        var text: String
    }

    struct Behaviour: Decodable {
        struct LegendOff: Decodable { var pressed: String; var before: String; var after: String; var visible: Int; var moneyVisible: Int; var tabIndex: Int }
        struct LegendOn: Decodable { var pressed: String; var background: String; var visible: Int }
        struct Sorted: Decodable { var ariaSort: String; var rows: [Int] }
        struct Filtered: Decodable { var rows: [Int]; var shown: String? }
        struct RowClick: Decodable { var current: Bool; var focused: Bool; var selected: Bool; var inView: Bool; var scrollTop: Double; var tip: TipState }
        struct Focus: Decodable { var focused: Bool; var tip: TipState }
        var legendOff: LegendOff
        var legendOn: LegendOn
        var sortStart: Sorted
        var sortText: Sorted
        var sortId: Sorted
        var textFilter: Filtered
        var typeFilter: Filtered
        var rowClick: RowClick
        var focus: Focus
        var blur: TipState
        var hover: TipState
        var unhover: TipState
    }

    struct FindingBehaviour: Decodable {
        struct Click: Decodable { var current: Bool; var focused: Bool; var tip: TipState; var tipClass: String }
        struct Hover: Decodable { var tip: TipState; var hovered: Int }
        var findingClick: Click
        var statementFocus: TipState
        var cutHover: Hover
    }

    // MARK: Helpers

    /// What a driver wrote: `out` as JSON, Base64 in `<pre id="zhx-test">` (nothing to escape).
    private func results<T: Decodable>(_ type: T.Type, in run: HeadlessChromium.Run) throws -> T {
        let open = "<pre id=\"zhx-test\">"
        let start = try #require(run.output.range(of: open), "the driver wrote no results").upperBound
        let end = try #require(run.output.range(of: "</pre>", range: start..<run.output.endIndex)).lowerBound
        let json = try #require(Data(base64Encoded: String(run.output[start..<end])))
        return try JSONDecoder().decode(T.self, from: json)
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// A folder for pages and screenshots: a temporary one removed at the end, or
    /// `$ZHX_INSPECT_ARTIFACTS`, kept.
    final class Artifacts {
        let folder: URL
        private let kept: Bool

        init() throws {
            if let path = ProcessInfo.processInfo.environment["ZHX_INSPECT_ARTIFACTS"], !path.isEmpty {
                folder = URL(fileURLWithPath: path, isDirectory: true)
                kept = true
            } else {
                folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-inspect-\(UUID().uuidString)")
                kept = false
            }
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }

        deinit {
            if !kept { try? FileManager.default.removeItem(at: folder) }
        }

        func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

        /// The page `zhx inspect --html` writes for `document`, with `driver` run after the
        /// page's own scripts, and its records.
        func page(for document: URL, driver: String? = nil) throws -> (URL, [Record]) {
            let inspected = try InspectCommand.inspect(document.path, with: try InspectBrowserTests.extractor.get()).get()
            let html = HTMLPage.render(doc: document.path, text: inspected.text.scalars, records: inspected.records)
            let name = document.deletingPathExtension().lastPathComponent + (driver == nil ? "" : "-driven") + ".html"
            return (try write(html, driver: driver, as: name), inspected.records)
        }

        /// Writes `html` as `name`, with `driver` (which fills `out` and may call `tipState()`)
        /// added at the end of the body.
        func write(_ html: String, driver: String?, as name: String) throws -> URL {
            var html = html
            if let driver {
                let script = """
                    <script>
                    (() => {
                      const out = {};
                      const tip = document.getElementById("tip");
                      const tipState = () => ({ visible: !tip.hidden, text: tip.textContent });
                      \(driver)
                      const result = document.createElement("pre");
                      result.id = "zhx-test";
                      result.textContent = btoa(Array.from(new TextEncoder().encode(JSON.stringify(out)), byte => String.fromCharCode(byte)).join(""));
                      document.body.append(result);
                    })();
                    </script>
                    </body>
                    """
                html = html.replacingOccurrences(of: "</body>", with: script)
            }
            let page = url(name)
            try Data(html.utf8).write(to: page)
            return page
        }
    }
}
