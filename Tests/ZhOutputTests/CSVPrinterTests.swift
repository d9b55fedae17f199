import Foundation
import Testing
import ZhModel
import ZhModel
@testable import ZhOutput

@Suite struct CSVPrinterTests {
    @Test func quotesFieldsAsRFC4180Says() {
        #expect(CSVFormatter.field("plain 文本") == "plain 文本")
        #expect(CSVFormatter.field("a,b") == "\"a,b\"")
        #expect(CSVFormatter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVFormatter.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVFormatter.field("cr\r") == "\"cr\r\"")
    }

    @Test func writesHeaderAndOneRowPerRecordInTheFixedColumns() throws {
        let text = try SampleRecords.printed([SampleRecords.all], as: .csv)
        #expect(text.hasSuffix("\r\n"))

        let rows = CSVReading.rows(text)
        let header = rows[0]
        #expect(header == RecordColumns.common + RecordColumns.typeSpecific + ["extra"])
        #expect(rows.count == 1 + SampleRecords.all.count)
        func cell(_ row: Int, _ column: String) -> String { rows[row][header.firstIndex(of: column)!] }
        #expect(cell(1, "doc") == "Corpus/news/a,b.txt")
        #expect(cell(1, "value") == "250000000")
        #expect(cell(1, "qualifier") == "over")
        #expect(cell(1, "unit") == "")
        #expect(cell(2, "value") == "0.21")
        #expect(cell(3, "type") == "doc_number")
        #expect(cell(3, "year") == "2025")
        #expect(cell(4, "text") == "压减\"三公\"经费\n10%")
        #expect(cell(4, "figures") == "[[41,44]]")
        #expect(cell(4, "extra") == #"{"note":"x"}"#)
        #expect(rows.allSatisfy { $0.count == header.count })
    }
}

/// A small RFC 4180 reader, to check what the printer wrote by reading it back.
enum CSVReading {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars = chars.dropFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r", chars.first == "\n" {
                chars = chars.dropFirst()
                row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(c) }
        }
        return rows
    }
}
