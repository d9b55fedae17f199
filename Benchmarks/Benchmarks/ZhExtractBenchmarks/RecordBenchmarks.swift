import Foundation
import ZhOutput
import ZhPatterns
import ZhRecords
import ZhText

/// Record extraction: each record type alone (its pattern file with `common.zhp`), the whole
/// `Extractor` over decoded text, and the whole path from file bytes to JSON Lines.
func registerRecordBenchmarks() {
    for type in ["money", "quantity", "percent", "date"] {
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
            var written = 0
            for bytes in files {
                guard let text = try? SourceDecoder.decode(bytes).text else { continue }
                for record in extractAll(extractor, [text]) { written += JSONLines.line(for: record).utf8.count }
            }
            return written
        }
    )
}

/// The records of every text, each a document with its own extraction context.
private func extractAll(_ extractor: Extractor, _ texts: [String]) -> [Record] {
    texts.flatMap { text in
        var context = ExtractionContext()
        return extractor.records(in: text, doc: "bench", context: &context)
    }
}

/// The rules of one record type: `common.zhp` and `<type>.zhp`, loaded from a folder of their own.
private func patterns(of type: String) throws -> PatternSet {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-bench-patterns-\(type)-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["common", type] {
        try FileManager.default.copyItem(at: Repository.patterns.appendingPathComponent("\(name).zhp"),
                                         to: folder.appendingPathComponent("\(name).zhp"))
    }
    return try PatternSet.load(directories: [folder.path])
}
