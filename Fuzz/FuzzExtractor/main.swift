// libFuzzer target: the whole extractor (`Extractor`) with the built-in rules (found through
// ZHX_PATTERNS, which `Scripts/fuzz.sh` sets, or from the working directory). Bytes are decoded as
// `zhx` decodes a file (any encoding); bytes that decode in none are read as UTF-8 with U+FFFD.
// For every input, every record:
// - has offsets inside the original text, `start < end`, and `text` equal to `original[start..<end]`;
//   its `line` is the line of `start`; records come in order of start;
// - follows the record contract (README, "Records"): the fields of its type, a qualifier, role,
//   direction or unit among the documented ones, `min <= max` for a range, a well-formed date;
// and, on a sample of the inputs: written as JSON Lines, each line is strict JSON and reads back
// as the same record; the same text with full-width digits (`１２．５％`, as `CorpusFormsTests` converts the
// Corpus) gives the same records, only their `text` in full-width.
//
// Built by `Scripts/fuzz.sh` (with `-parse-as-library`); in an ordinary build this file is
// top-level code that defines the entry point and runs nothing.
import Foundation
import ZhOutput
import ZhModel
import ZhRecords
import ZhText

let extractor: Extractor = {
    do {
        return try Extractor.load()
    } catch {
        fatalError("FuzzExtractor: cannot load the built-in patterns (set ZHX_PATTERNS): \(error)")
    }
}()

/// Loads the rules before the first input, so that what the extractor keeps for the whole run
/// is not counted as memory an input leaked.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = extractor
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    let text: DecodedText
    do {
        text = try SourceDecoder.decode(bytes).text
    } catch {
        text = DecodedText(String(decoding: bytes, as: UTF8.self))
    }
    let original = text.scalars
    var context = ExtractionContext()
    let records = extractor.records(in: text, doc: "fuzz", context: &context)
    let lineStarts = lines(original)
    var previousStart = 0
    for record in records {
        let where_ = "\(record.type.rawValue) \(record.start)..<\(record.end) \(record.text.debugDescription) (\(record.pattern))"
        require(record.start >= 0 && record.start < record.end && record.end <= original.count, "offsets inside the text: \(where_)")
        require(record.text == String(String.UnicodeScalarView(original[record.start..<record.end])), "text is the original slice: \(where_)")
        require(record.line == lineStarts.lastIndex(where: { $0 <= record.start })! + 1, "line of the start: \(record.line), \(where_)")
        require(record.start >= previousStart, "records in order of start: \(where_) after \(previousStart)")
        require(record.doc == "fuzz" && !record.pattern.isEmpty, "doc and pattern: \(where_)")
        previousStart = record.start
        checkContract(record, where_)
    }

    // The costlier checks run on a sample of the inputs, chosen by their bytes (so a crash
    // replays): JSON Lines on one in four, full-width digits on one in two.
    let sample = bytes.reduce(0) { $0 &+ Int($1) }
    if sample % 4 == 0 { checkJSONLines(records) }

    // The same text with full-width digits, percent signs, and points and commas between digits.
    let wide = fullWidthDigits(original)
    if sample % 2 == 1, wide != original {
        var wideContext = ExtractionContext()
        let wideRecords = extractor.records(in: DecodedText(scalars: wide), doc: "fuzz", context: &wideContext)
        let strip = { (r: Record) in Record(doc: r.doc, type: r.type, text: "", start: r.start, end: r.end, line: r.line, pattern: r.pattern, fields: r.fields) }
        require(wideRecords.map(strip) == records.map(strip),
                "full-width digits change the records: \(records.map { "\($0.text)@\($0.start)" }) vs \(wideRecords.map { "\($0.text)@\($0.start)" })")
    }
    return 0
}

/// The records as `zhx` writes them (JSON Lines): each line is strict JSON whose `text` is the
/// record's (Foundation's parser), and the lines read back (`RecordJSONReader`, as `zhx test`
/// reads gold) as the same records.
func checkJSONLines(_ records: [Record]) {
    var bytes = ByteBuffer()
    JSONLinesFormatter().format(records, into: &bytes)
    let output = Array(bytes.bytes)
    guard let text = String(validating: output, as: UTF8.self) else { fatalError("FuzzExtractor: JSON Lines output is not UTF-8") }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    require(lines.count == records.count + 1 && lines.last == "", "one line per record, each ended: \(lines.count) lines for \(records.count) records")
    for (line, record) in zip(lines, records) {
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        // Foundation's parser on Linux drops a U+FEFF that follows an escape inside a string
        // (`"\r\u{FEFF}\r"` reads as `"\r\r"`; Python's reads it right), so U+FEFF is left out
        // of this comparison; RecordJSONReader below compares it.
        let withoutFEFF = { (text: String) in String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{FEFF}" })) }
        require((object?["text"] as? String).map(withoutFEFF) == withoutFEFF(record.text), "strict JSON with the record's text: \(line)")
    }
    do {
        let read = try RecordJSONReader.records(fromJSONLines: text)
        require(read == records, "records read back from JSON Lines differ: \(read) vs \(records)")
    } catch {
        fatalError("FuzzExtractor: JSON Lines do not read back: \(error) in \(text)")
    }
}

func lines(_ s: [Unicode.Scalar]) -> [Int] {
    var starts = [0], i = 0
    while i < s.count {
        if s[i] == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1 }
        if s[i] == "\n" || s[i] == "\r" { starts.append(i + 1) }
        i += 1
    }
    return starts
}

/// The record contract of README "Records" for the four types produced now.
func checkContract(_ record: Record, _ where_: String) {
    let keys = record.fields.map(\.key)
    require(Set(keys).count == keys.count, "each field once: \(keys) \(where_)")
    func string(_ key: String) -> String? { if case .string(let s)? = record[key] { return s } else { return nil } }
    func number(_ key: String) -> ExactDecimal? { if case .number(let n)? = record[key] { return n } else { return nil } }
    if let qualifier = string("qualifier") {
        require(["over", "under", "about", "at_least", "at_most", "range"].contains(qualifier), "qualifier \(qualifier): \(where_)")
    }
    switch record.type {
    case .money, .quantity:
        if let min = number("min") {
            require(number("max").map { min <= $0 } ?? false, "a range has min <= max: \(where_) \(record.fields)")
            require(record["value"] == nil, "a range has no value: \(where_)")
        } else {
            require(number("value") != nil, "a value: \(where_) \(record.fields)")
        }
        if record.type == .money {
            require(string("currency").map { $0.count == 3 && $0.allSatisfy { ("A"..."Z").contains($0) } } ?? false, "an ISO 4217 currency: \(where_) \(record.fields)")
        } else {
            require(string("unit").map { !$0.isEmpty } ?? false, "a quantity has its unit: \(where_) \(record.fields)")
        }
    case .percent:
        require(number("value") != nil || number("min") != nil, "a value: \(where_) \(record.fields)")
        require(["%", "pp"].contains(string("unit") ?? ""), "unit % or pp: \(where_) \(record.fields)")
        require(["change", "share", "completion", "rate"].contains(string("role") ?? ""), "a role: \(where_) \(record.fields)")
        if let direction = string("direction") {
            require(["up", "down"].contains(direction) && string("role") == "change", "a direction, for a change: \(where_) \(record.fields)")
        }
    case .date:
        require(string("value").map(isDate) ?? false, "a documented date form: \(where_) \(record.fields)")
    default:
        fatalError("FuzzExtractor: a record type not produced yet: \(where_)")
    }
}

/// `2023`, `2024-06`, `2024-11-20`, `2024-H1`, `2024-Q3`; with `-` for a year not written
/// (`--11-20`, `--12`, as the gold has them); spans of two with `/` (`2025/2027`, `--01/--10`).
func isDate(_ value: String) -> Bool {
    let parts = value.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return false }
    func digits(_ s: Substring, _ n: Int, _ range: ClosedRange<Int>) -> Bool {
        s.count == n && s.allSatisfy { ("0"..."9").contains($0) } && Int(s).map(range.contains) ?? false
    }
    return parts.allSatisfy { part in
        // The year, or `-`; then nothing, or `-` and a month (and `-` and a day), a half or a quarter.
        let (year, rest) = part.hasPrefix("-") ? (part.prefix(1), part.dropFirst()) : (part.prefix(4), part.dropFirst(4))
        guard year == "-" || digits(year, 4, 1000...2999) else { return false }
        if rest.isEmpty { return year != "-" }
        guard rest.first == "-" else { return false }
        let fields = rest.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
        switch fields.count {
        case 1: return digits(fields[0], 2, 1...12) || ["H1", "H2", "Q1", "Q2", "Q3", "Q4"].contains(fields[0])
        case 2: return digits(fields[0], 2, 1...12) && digits(fields[1], 2, 1...31)
        default: return false
        }
    }
}

/// As `CorpusSupport.fullWidthDigits` converts the Corpus: ASCII digits, `%`, and `.` `,` between
/// two digits, in their full-width forms.
func fullWidthDigits(_ s: [Unicode.Scalar]) -> [Unicode.Scalar] {
    func isDigit(_ i: Int) -> Bool { i >= 0 && i < s.count && ("0"..."9").contains(s[i]) }
    return s.indices.map { i in
        let c = s[i]
        if ("0"..."9").contains(c) || c == "%" || ((c == "." || c == ",") && isDigit(i - 1) && isDigit(i + 1)) {
            return Unicode.Scalar(c.value + 0xFEE0)!
        }
        return c
    }
}

func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("FuzzExtractor: " + message()) }
}
