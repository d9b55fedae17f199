import Foundation
import ZhOutput
import ZhPatterns
import ZhModel
import ZhRecords
import ZhText

/// Record extraction: each record type alone (the built-in patterns less the other types'
/// rules), the whole `Extractor` over decoded text, and the whole path from file bytes to JSON Lines
/// bytes (decode, extract, format as the command line's workers do).
func registerRecordBenchmarks() {
    for type in recordTypes {
        corpusBenchmark(
            "records/\(type)",
            prepare: { corpus in (try Extractor(patterns: patterns(of: type)), try decodedTexts(corpus)) },
            pass: { extractor, texts in extractAll(extractor, texts).count }
        )
    }
    corpusBenchmark(
        "pipeline/extract",
        prepare: { corpus in (try Extractor(patterns: builtinPatterns()), try decodedTexts(corpus)) },
        pass: { extractor, texts in extractAll(extractor, texts).count }
    )
    corpusBenchmark(
        "pipeline/bytes-to-jsonl",
        prepare: { corpus in (try Extractor(patterns: builtinPatterns()), corpus.files.map(\.bytes)) },
        pass: { extractor, files in
            // As `zhx extract` does on each worker: one formatter and one reused byte buffer.
            let formatter = JSONLinesFormatter()
            var bytes = ByteBuffer(capacity: 1 << 16)
            var written = 0
            for file in files {
                guard let text = try? SourceDecoder.decode(file).text else { continue }
                bytes.removeAll()
                formatter.format(extractAll(extractor, [text]), into: &bytes)
                written += bytes.count
            }
            return written
        }
    )
}

/// The records of every text, each a document with its own extraction context.
private func extractAll(_ extractor: Extractor, _ texts: [DecodedText]) -> [Record] {
    texts.flatMap { text in
        var context = ExtractionContext()
        return extractor.records(in: text, doc: "bench", context: &context)
    }
}

/// The record types of the built-in patterns that get a benchmark of their own (types made of
/// other records, such as metrics, have none: alone they find nothing).
private let recordTypes = ["money", "quantity", "percent", "date", "region"]

/// The built-in patterns with the rules of the other record types left out: every list and
/// gazetteer stays (rules of one file use lists of another), and so do auxiliary rules such as
/// `table-unit`.
/// The files are filtered into a folder of their own and loaded from there.
private func patterns(of type: String) throws -> PatternSet {
    let fileManager = FileManager.default
    let folder = fileManager.temporaryDirectory.appendingPathComponent("zhx-bench-patterns-\(type)-\(getpid())")
    try? fileManager.removeItem(at: folder)
    try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? fileManager.removeItem(at: folder) }
    let dropped = Set(try PatternSet.load(directories: [Repository.patterns.path]).rules.map(\.type))
        .subtracting([type, "table-unit"])
    for name in try fileManager.contentsOfDirectory(atPath: Repository.patterns.path) {
        let file = Repository.patterns.appendingPathComponent(name)
        if name.hasSuffix(".tsv") {
            try fileManager.copyItem(at: file, to: folder.appendingPathComponent(name))
        } else if name.hasSuffix(".zhp") {
            let source = try String(contentsOf: file, encoding: .utf8)
            try removingRules(ofTypes: dropped, from: source)
                .write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
    }
    let patterns = try PatternSet.load(directories: [folder.path])
    let types = Set(patterns.rules.map(\.type))
    guard types.contains(type), types.isDisjoint(with: dropped) else {
        throw PatternFilterError(type: type, typesLeft: types.sorted())
    }
    return patterns
}

/// Filtering the built-in patterns did not leave exactly one record type's rules.
struct PatternFilterError: Error, CustomStringConvertible {
    var type: String
    var typesLeft: [String]
    var description: String { "patterns for '\(type)' alone came out with rule types \(typesLeft)" }
}

/// `source` without its `rule` blocks whose `type:` is one of `dropped`. A block starts at the
/// first column of a line and its lines are indented (`Patterns/README.md`, "The file").
private func removingRules(ofTypes dropped: Set<String>, from source: String) -> String {
    var kept: [Substring] = []
    var block: [Substring] = []
    func endBlock() {
        let isDropped = block.first?.hasPrefix("rule ") == true && block.contains { line in
            let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.hasPrefix("type:") else { return false }
            let value = text.dropFirst("type:".count).split(separator: "#").first ?? ""
            return dropped.contains(value.trimmingCharacters(in: .whitespaces))
        }
        if !isDropped { kept += block }
        block = []
    }
    for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
        if let first = line.first, !first.isWhitespace, first != "#" { endBlock() }
        block.append(line)
    }
    endBlock()
    return kept.joined(separator: "\n")
}
