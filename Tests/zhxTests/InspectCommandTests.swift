import Foundation
import Testing
import ZhModel
@testable import ZhOutput
import ZhRecords
import ZhTestSupport
@testable import zhx

/// `zhx inspect` on every Corpus document, in both forms: no crash, every record rendered (read
/// back from the bracket marks at its offsets, one `data-rec` mark and one row each on the
/// page); and the command line's options and errors.
@Suite struct InspectCommandTests {
    static let extractor = Result { try Extractor.load() }

    @Test(arguments: CorpusSupport.documents)
    func everyCorpusDocumentRendersEveryRecordInBothForms(_ document: URL) throws {
        let extractor = try Self.extractor.get()
        let inspected = try InspectCommand.inspect(document.path, with: extractor).get()
        let scalars = inspected.text.scalars
        let records = inspected.records
        #expect(!records.isEmpty)

        let brackets = TerminalView.render(doc: document.path, text: scalars, records: records, marks: .brackets)
        let (body, table) = try split(brackets)
        let (plain, marked) = readMarks(body)
        #expect(plain == visible(scalars), "the bracket view's text is the document's")
        #expect(marked.sorted(by: Self.order) == records.map { Mark(start: $0.start, end: $0.end, type: $0.type.rawValue) }.sorted(by: Self.order))
        #expect(table.count == records.count)

        let colour = TerminalView.render(doc: document.path, text: scalars, records: records, marks: .color)
        let (colourBody, colourTable) = try split(withoutEscapes(colour))
        #expect(colourBody == plain)
        #expect(colourTable.count == records.count)

        let html = HTMLPage.render(doc: document.path, text: scalars, records: records)
        #expect(html.components(separatedBy: " data-rec=\"").count - 1 == records.count)
        #expect(html.components(separatedBy: " data-row=\"").count - 1 == records.count)
    }

    @Test(arguments: ["GB18030", "UTF-16"])
    func aDocumentInAnotherEncodingGivesTheSameRecordsAndText(_ charset: String) throws {
        let extractor = try Self.extractor.get()
        let document = try #require(CorpusSupport.documents.first { $0.lastPathComponent == "qinxian-urban-renewal.txt" })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-inspect-\(UUID().uuidString).txt")
        try Data(CorpusSupport.iconv(String(contentsOf: document, encoding: .utf8), to: charset)).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let utf8 = try InspectCommand.inspect(document.path, with: extractor).get()
        let other = try InspectCommand.inspect(file.path, with: extractor).get()
        #expect(other.text.scalars == utf8.text.scalars)
        #expect(other.records.map { Mark(start: $0.start, end: $0.end, type: $0.type.rawValue) }
                == utf8.records.map { Mark(start: $0.start, end: $0.end, type: $0.type.rawValue) })
        #expect(HTMLPage.render(doc: "d", text: other.text.scalars, records: other.records)
                == HTMLPage.render(doc: "d", text: utf8.text.scalars, records: utf8.records))
    }

    @Test func theCommandWritesThePageAndReportsItsErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-inspect-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try #require(CorpusSupport.documents.first)
        let page = folder.appendingPathComponent("page.html").path
        #expect(runMain(["inspect", document.path, "--html", page]) == ExitCode.success)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<h1>\(document.path)</h1>"))

        #expect(runMain(["inspect", folder.appendingPathComponent("missing.txt").path]) == ExitCode.failure)
        let binary = folder.appendingPathComponent("binary.txt").path
        _ = FileManager.default.createFile(atPath: binary, contents: Data([0x41, 0, 0x42]))
        #expect(runMain(["inspect", binary, "--html", page]) == ExitCode.failure)
        #expect(runMain(["inspect", document.path, "--color", "sometimes"]) == ExitCode.usage)
        #expect(runMain(["inspect"]) == ExitCode.usage)
    }

    @Test func colourIsForATerminalUnlessAskedOrRefused() throws {
        #expect(try InspectCommand.marks("auto", environment: [:], isTerminal: true) == .color)
        #expect(try InspectCommand.marks("auto", environment: [:], isTerminal: false) == .brackets)
        #expect(try InspectCommand.marks("auto", environment: ["NO_COLOR": "1"], isTerminal: true) == .brackets)
        #expect(try InspectCommand.marks("auto", environment: ["TERM": "dumb"], isTerminal: true) == .brackets)
        #expect(try InspectCommand.marks("always", environment: ["NO_COLOR": "1"], isTerminal: false) == .color)
        #expect(try InspectCommand.marks("never", environment: [:], isTerminal: true) == .brackets)
    }

    @Test func theHelpDocumentsTheMarks() {
        let help = Help.command(InspectCommand.self)
        for convention in ["⟦207450万元⟧money", "⟦⟦长治市⟧region财政局⟧organization", "⟦…⟦X⟧percent→⟧metric→⟦Y⟧percent",
                           "terminal", "--html OUT.html", "file://", "NO_COLOR"] {
            #expect(help.contains(convention), "\(convention)")
        }
        #expect(Help.global(commands).contains("inspect"))
    }

    // MARK: Reading the views back

    struct Mark: Equatable {
        var start: Int
        var end: Int
        var type: String
    }

    static func order(_ a: Mark, _ b: Mark) -> Bool {
        (a.start, -a.end, a.type) < (b.start, -b.end, b.type)
    }

    /// The view's document part (after the header line and its blank line) and its table rows.
    private func split(_ view: String) throws -> (body: String, rows: [String]) {
        let lines = view.components(separatedBy: "\n")
        let table = try #require(lines.lastIndex { $0.drop { $0 == " " }.hasPrefix("#  type") })
        return (lines[2..<(table - 1)].joined(separator: "\n") + "\n", lines[(table + 1)...].filter { !$0.isEmpty })
    }

    /// The text of a bracket view without its marks, and the marks at their offsets in it
    /// (a cut record's pieces joined). The offsets are the document's where each character shows
    /// as one (no `\r\n`, as in the Corpus).
    private func readMarks(_ body: String) -> (String, [Mark]) {
        let scalars = Array(body.unicodeScalars)
        var plain = String.UnicodeScalarView()
        var offset = 0
        var open: [Int] = []
        var cut: [(type: String, start: Int)] = []
        var marks: [Mark] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "→", index + 1 < scalars.count, scalars[index + 1] == "⟦" {
                open.append(-1 - cut.count)  // a continuation: its start is the cut piece's
                index += 2
                continue
            }
            if scalar == "⟦" { open.append(offset); index += 1; continue }
            if scalar == "⟧" {
                var end = index + 1
                while end < scalars.count, scalars[end].properties.isLowercase || scalars[end] == "_" { end += 1 }
                let type = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                var start = open.removeLast()
                if start < 0 { start = cut.removeFirst().start }
                if end < scalars.count, scalars[end] == "→" {
                    cut.append((type, start))
                    end += 1
                } else {
                    marks.append(Mark(start: start, end: offset, type: type))
                }
                index = end
                continue
            }
            plain.append(scalar)
            offset += 1
            index += 1
        }
        return (String(plain), marks)
    }

    /// The document as the views show it (line breaks as `\n`, other controls as symbols).
    private func visible(_ scalars: [Unicode.Scalar]) -> String {
        var out = ""
        VisibleText.append(scalars, scalars.indices, to: &out)
        return out.hasSuffix("\n") ? out : out + "\n"
    }

    private func withoutEscapes(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var inEscape = false
        for scalar in text.unicodeScalars {
            if scalar == "\u{1B}" { inEscape = true; continue }
            if inEscape { if scalar == "m" { inEscape = false }; continue }
            out.append(scalar)
        }
        return String(out)
    }
}
