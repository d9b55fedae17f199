import Foundation
import Testing
import ZhModel
import ZhModel
import ZhText
@testable import ZhOutput

/// The byte-level writers hold to the plain formulations they replaced: these references are the
/// straightforward `String` versions, and the printers must match them byte for byte.
enum Reference {
    /// A JSON string literal, scalar by scalar.
    static func jsonString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Plain decimal notation from the significand's digits and the exponent.
    static func decimal(_ n: ExactDecimal) -> String {
        let digits = String(n.significand.magnitude)
        let sign = n.significand < 0 ? "-" : ""
        if n.exponent >= 0 { return sign + digits + String(repeating: "0", count: n.significand == 0 ? 0 : n.exponent) }
        let fraction = -n.exponent
        if digits.count > fraction {
            let cut = digits.index(digits.endIndex, offsetBy: -fraction)
            return sign + digits[..<cut] + "." + digits[cut...]
        }
        return sign + "0." + String(repeating: "0", count: fraction - digits.count) + digits
    }

    /// A record's JSON line, field by field through `String`.
    static func line(_ record: Record) -> String {
        func value(_ v: FieldValue) -> String {
            switch v {
            case .string(let s): return jsonString(s)
            case .number(let n): return decimal(n)
            case .integer(let i): return String(i)
            case .spans(let spans): return "[" + spans.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]"
            case .boolean(let b): return b ? "true" : "false"
            case .strings(let strings): return "[" + strings.map(jsonString).joined(separator: ",") + "]"
            }
        }
        var out = "{\"schema\":\(Record.schemaVersion),\"doc\":\(jsonString(record.doc)),\"type\":\"\(record.type.rawValue)\""
        out += ",\"text\":\(jsonString(record.text)),\"start\":\(record.start),\"end\":\(record.end),\"line\":\(record.line)"
        out += ",\"pattern\":\(jsonString(record.pattern))"
        for field in record.fields { out += ",\"\(field.key)\":\(value(field.value))" }
        return out + "}"
    }
}

@Suite struct ByteOutputTests {
    /// Strings with every ASCII character, the escaped line separators, other characters whose
    /// UTF-8 starts with `E2` (their neighbours, quotes, dashes), also as the last character.
    static let awkwardStrings: [String] = {
        var strings = (0..<0x80).map { "a" + String(UnicodeScalar(UInt8($0))) + "b" }
        strings += ["", "\u{2028}", "x\u{2029}", "\u{2027}\u{202A}\u{2020}", "“引号”—…", "末\u{2028}", "\u{2029}\u{2028}",
                    "C:\\docs\\\"a\".txt", "\u{1}\u{1F}\u{7F}", "表\t格\r\n", "𠮷\u{2028}𠮷", "€₤", "â"]
        // Each character that needs escaping at every position of a text longer than two
        // eight-byte words, amid ASCII and Chinese.
        for special in ["\"", "\\", "\n", "\u{1}", "\u{2028}", "\u{2029}", "“", "—"] {
            for position in 0..<20 {
                strings.append(String(repeating: "x", count: position) + special + "一二三四五六七")
                strings.append(String(repeating: "元", count: position / 3) + special + String(repeating: "y", count: 20 - position))
            }
        }
        // Each at every position of short ASCII texts: shorter than a word, a word, past one.
        for special in ["\"", "\\", "\u{1F}", "\u{2028}"] {
            for length in 1...17 {
                for position in 0..<length {
                    strings.append(String(repeating: "x", count: position) + special + String(repeating: "z", count: length - position - 1))
                }
            }
        }
        return strings
    }()

    @Test func escapesStringsAsThePlainEscaperDoes() {
        for s in Self.awkwardStrings {
            var out = ""
            JSONLines.appendString(s, to: &out)
            #expect(out == Reference.jsonString(s), "\(s.debugDescription)")
        }
    }

    /// Significands around every power of ten and at the extremes, with many exponents.
    static let numbers: [ExactDecimal] = {
        var significands: [Int64] = [0, 1, -1, 7, -7, 12, 105, Int64.max, Int64.min, Int64.min + 1]
        var power: Int64 = 1
        for _ in 1...18 {
            power *= 10
            significands += [power - 1, power + 1, -(power - 1), -(power + 3)]
        }
        return significands.flatMap { s in (-25...25).map { ExactDecimal(significand: s, exponent: $0) } }
    }()

    @Test func writesNumbersInExactPlainNotation() {
        for n in Self.numbers {
            #expect(n.description == Reference.decimal(n))
            #expect(n.descriptionByteCount == n.description.utf8.count)
            var out = ByteBuffer()
            JSONLines.appendValue(.number(n), to: &out)
            #expect(out.string == Reference.decimal(n))
        }
        #expect(ExactDecimal("-0.05")!.description == "-0.05")
        #expect(ExactDecimal("2317000000")!.description == "2317000000")
        #expect(ExactDecimal("100.17")!.description == "100.17")
    }

    @Test func writesIntegersAtTheExtremes() {
        // Every digit count, from either side of each power of ten.
        let powers = (1...18).map { exponent in (0..<exponent).reduce(1) { power, _ in power * 10 } }
        let edges = powers.flatMap { [$0 - 1, $0, $0 + 1, -$0, 1 - $0] }
        for i in [0, 9, 10, -10, 99, 100, 812, -1, Int.max, Int.min, Int.min + 1] + edges {
            var out = ByteBuffer()
            JSONLines.appendValue(.integer(i), to: &out)
            #expect(out.string == String(i))
        }
    }

    /// Records whose doc paths need escaping, with escaped text and every kind of value.
    static let awkwardRecords: [Record] = Self.awkwardStrings.enumerated().map { index, s in
        Record(doc: "Corpus/\(s)/\(index).txt", type: RecordType.allCases[index % RecordType.allCases.count],
               text: s + "亿元", start: index * 1_000_003, end: -index, line: Int.max - index, pattern: "p.\(s)",
               fields: [Field("value", .number(numbers[index * 7 % numbers.count])), Field("name", .string(s)),
                        Field("year", .integer(Int.min + index)), Field("figures", .spans([index..<(index + 12), 3..<4]))])
    }

    @Test func linesMatchTheFieldByFieldReference() {
        for record in Self.awkwardRecords {
            #expect(JSONLines.line(for: record) == Reference.line(record))
        }
    }

    @Test func printerWritesMixedDocumentsOfOneBatchWithTheirOwnPaths() throws {
        let a = SampleRecords.money, b = SampleRecords.docNumber
        var c = SampleRecords.percent
        c.doc = "quote\"and\\back\u{7}.txt"
        let batch = [a, b, b, c, a] + Self.awkwardRecords
        let text = try SampleRecords.printed([batch, [c, a]], as: .jsonl)
        #expect(text == (batch + [c, a]).map { Reference.line($0) + "\n" }.joined())
        #expect(text.split(separator: "\n")[3].hasPrefix(#"{"schema":1,"doc":"quote\"and\\back\u0007.txt","type":"percent","#))
    }

    @Test func csvQuotesAwkwardDocumentsAndCells() throws {
        let rows = CSVReading.rows(try SampleRecords.printed([Self.awkwardRecords], as: .csv))
        let header = rows[0]
        #expect(rows.count == 1 + Self.awkwardRecords.count)
        for (row, record) in zip(rows.dropFirst(), Self.awkwardRecords) {
            func cell(_ column: String) -> String { row[header.firstIndex(of: column)!] }
            #expect(row.count == header.count)
            #expect(cell("doc") == record.doc)
            #expect(cell("text") == record.text)
            #expect(cell("line") == String(record.line))
            #expect(cell("end") == String(record.end))
            #expect(cell("value") == Reference.decimal(record["value"].flatMap { if case .number(let n) = $0 { n } else { nil } }!))
            #expect(cell("figures") == "[[\(record.start / 1_000_003),\(record.start / 1_000_003 + 12)],[3,4]]")
            #expect(cell("extra") == "")
        }
    }

    @Test func csvCellsFollowEachRecordsOwnFieldLayout() throws {
        // Records of one type in several layouts, interleaved, with an unknown and a repeated key.
        func percent(_ keys: [String]) -> Record {
            Record(doc: "p.txt", type: .percent, text: "5%", start: 0, end: 2, line: 1, pattern: "percent",
                   fields: keys.enumerated().map { Field($0.element, .string("\($0.element)-\($0.offset)")) })
        }
        let layouts = [["value", "unit", "role"], ["value", "unit", "role", "direction"], ["unit", "value"],
                       ["value", "note", "unit"], ["value", "value"], [], ["figures"]]
        let records = (0..<40).map { percent(layouts[($0 * 5) % layouts.count]) } + SampleRecords.all
        let rows = CSVReading.rows(try SampleRecords.printed([records], as: .csv))
        for (row, record) in zip(rows.dropFirst(), records) {
            let (values, extra) = RecordColumns.cells(of: record)
            let specific = values.map { $0.map(RecordColumns.text(of:)) ?? "" }
            #expect(Array(row[RecordColumns.common.count...]) == specific + [extra ?? ""])
        }
        #expect(rows.count == 1 + records.count)
    }
}
