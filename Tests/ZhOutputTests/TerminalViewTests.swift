import Testing
import ZhModel
import ZhText
@testable import ZhOutput
import ZhTestSupport

/// `zhx inspect`'s text view: bracket marks and colours, nested and cut spans, control
/// characters made visible, and a table that lines up with CJK text.
@Suite struct TerminalViewTests {
    private let records = InspectSamples.records
    private let text = InspectSamples.scalars

    private func document(_ marks: TerminalView.Marks, text: [Unicode.Scalar]? = nil, records: [Record]? = nil) -> String {
        var out = ""
        TerminalView.document(text ?? self.text, records: records ?? self.records, marks: marks, to: &out)
        return out
    }

    @Test func bracketsMarkEachRecordWithItsTypeNestedAndCut() {
        #expect(document(.brackets) == "\n⟦一般公共预算收入完成⟦207450万元⟧money，占年度预算的⟦100.17%⟧percent⟧metric。\n"
                + "⟦⟦长治市⟧region⟦财政局⟧document→⟧organization→⟦<b>&⟧document“三保”</b>\t办␛[31m结\n")
    }

    @Test func coloursFollowTheInnermostRecordAndUnderlineNestedText() {
        let coloured = document(.color)
        #expect(coloured.hasPrefix("\n\u{1B}[0;96m一般公共预算收入完成\u{1B}[0;33;4m207450万元\u{1B}[0;96m，占年度预算的"))
        #expect(coloured.hasSuffix("\u{1B}[0;34;4m100.17%\u{1B}[0m。\n\u{1B}[0;31;4m长治市\u{1B}[0;92;4m财政局\u{1B}[0;92m<b>&\u{1B}[0m“三保”</b>\t办␛[31m结\n"))
        // Without its escape sequences, the colour view is the bracket view without its marks.
        #expect(withoutEscapes(coloured) == withoutBrackets(document(.brackets)))
        // The document's own ESC is shown, never sent.
        #expect(!withoutEscapes(coloured).contains("\u{1B}"))
    }

    @Test func aRecordOverALineBreakIsColouredOnEachLine() {
        let text = Array("收入193\n4万元。".unicodeScalars)
        let money = Record(doc: "d", type: .money, text: "193\n4万元", start: 2, end: 9, line: 1, pattern: "money.amount")
        #expect(document(.color, text: text, records: [money]) == "收入\u{1B}[0;33m193\u{1B}[0m\n\u{1B}[0;33m4万元\u{1B}[0m。")
        #expect(document(.brackets, text: text, records: [money]) == "收入⟦193\n4万元⟧money。")
    }

    @Test func theViewHasAHeaderTheDocumentAndATableRowPerRecord() {
        let view = TerminalView.render(doc: InspectSamples.doc, text: text, records: records, marks: .brackets)
        let lines = view.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "samples/inspect <test>.txt: 6 records (money 1, percent 1, region 1, organization 1, document 1, metric 1)")
        let tableStart = lines.firstIndex { $0.hasPrefix("#  type") }!
        let rows = lines[(tableStart + 1)...].filter { !$0.isEmpty }
        #expect(rows.count == records.count)
        #expect(rows[1].contains("money") && rows[1].contains("207450万元") && rows[1].hasSuffix("value=2074500000 currency=CNY"))
        // Columns line up in terminal columns, CJK text counting two.
        let header = String(lines[tableStart])
        let spanColumn = TerminalWidth.columns(String(header[..<header.range(of: "start-end")!.lowerBound]))
        for (row, record) in zip(rows, records) {
            let row = String(row)
            let prefix = row[..<row.range(of: " \(record.start)-\(record.end) ")!.lowerBound]
            #expect(TerminalWidth.columns(String(prefix)) + 1 == spanColumn, "\(row)")
        }
    }

    @Test func tableCellsShowLineBreaksAndCutLongTexts() {
        #expect(VisibleText.cell("193\r\n4万元\t") == "193⏎4万元 ")
        #expect(TerminalWidth.columns("长治市ab") == 8)
        #expect(TerminalWidth.truncated("一二三四五", to: 6) == "一二…")
        let long = Record(doc: "d", type: .metric, text: String(repeating: "收入", count: 40), start: 0, end: 80, line: 1, pattern: "m")
        let table = TerminalView.table([long], marks: .brackets)
        #expect(table.contains(String(repeating: "收入", count: 8) + "收…     1  0-80\n"))
        #expect(!table.contains(long.text))
    }

    private func withoutEscapes(_ text: String) -> String {
        var out = ""
        var inEscape = false
        for character in text {
            if character == "\u{1B}" { inEscape = true; continue }
            if inEscape { if character == "m" { inEscape = false }; continue }
            out.append(character)
        }
        return out
    }

    private func withoutBrackets(_ text: String) -> String {
        var out = ""
        var inLabel = false
        for scalar in text.unicodeScalars {
            if scalar == "⟦" || scalar == "→" { continue }
            if scalar == "⟧" { inLabel = true; continue }
            if inLabel, scalar.properties.isLowercase || scalar == "_" { continue }
            inLabel = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
