import Foundation
import ZhModel
import ZhPatterns
import ZhTestSupport
import ZhText
@testable import ZhStatements

/// The built-in lists, loaded once.
let builtinWords: StatementWords = {
    // The built-in set is compiled in; loading it cannot fail in a built package.
    try! StatementWords.builtin()
}()

/// A number from its plain notation.
func n(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

/// A metric record with `fields` (`actual`, `budget` … as numbers, `subject`, `region`, `period`
/// as strings), its text found in `document` (the first occurrence of `text` after `from`).
func metric(_ text: String, in document: String, after from: Int = 0, doc: String = "test.txt", _ fields: [(String, String)]) -> Record {
    let scalars = Array(document.unicodeScalars)
    let needle = Array(text.unicodeScalars)
    var start = from
    while start + needle.count <= scalars.count, Array(scalars[start..<(start + needle.count)]) != needle { start += 1 }
    precondition(start + needle.count <= scalars.count, "'\(text)' is not in the document")
    let line = scalars[..<start].filter { $0 == "\n" }.count + 1
    let typed = fields.map { key, value -> Field in
        if ["subject", "region", "period"].contains(key) { return Field(key, .string(value)) }
        return Field(key, .number(n(value)))
    }
    return Record(doc: doc, type: .metric, text: text, start: start, end: start + needle.count, line: line, pattern: "test", fields: typed)
}

/// The scalar offset of the first `needle` in `text`.
func offset(of needle: String, in text: String) -> Int {
    let scalars = Array(text.unicodeScalars), pattern = Array(needle.unicodeScalars)
    return (0...(scalars.count - pattern.count)).first { Array(scalars[$0..<($0 + pattern.count)]) == pattern }!
}

/// A metric record whose text is `text` alone.
func statement(_ text: String, _ fields: [(String, String)]) -> Record {
    metric(text, in: text, fields)
}

/// The findings of a document given as its text and its metric records.
func audit(_ document: String, _ records: [Record]) -> [Finding] {
    StatementAudit().findings(in: StatementReader(words: builtinWords).read(records: records, text: document))
}

/// The findings of records without their text (each statement on its own).
func audit(_ records: [Record]) -> [Finding] {
    StatementAudit().findings(in: StatementReader(words: builtinWords).read(records: records, text: nil))
}

/// The gold records of the final-accounts report and its text.
enum GoldReport {
    static let path = "reports/shangdang-2023-final-accounts"
    static var records: [Record] {
        let url = CorpusSupport.root.appendingPathComponent("gold/\(path).jsonl")
        return try! RecordJSONReader.records(fromJSONLines: String(decoding: try! Data(contentsOf: url), as: UTF8.self))
    }
    static var text: String {
        String(decoding: try! Data(contentsOf: CorpusSupport.root.appendingPathComponent("\(path).txt")), as: UTF8.self)
    }
    static var document: StatementDocument {
        StatementReader(words: builtinWords).read(records: records, text: text)
    }
}
