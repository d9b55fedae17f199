import Foundation
import ZhBatch
import ZhModel
import ZhOutput
import ZhPatterns
import ZhRecords
import ZhStatements
import ZhText

/// What `zhx audit` and `zhx panel` share: they extract the records of the documents under the
/// paths through the batch engine and read the statements of each document once it is read
/// (``ZhBatch/StatementStage``), or, with `--records FILE`, read records written before (by
/// `zhx extract`, or a gold file) with the text of the documents they name.
enum StatementRun {
    /// The options both verbs take besides their own.
    static let options = [
        OptionSpec(name: "records", valueName: "FILE", help: "Read the records from FILE (JSON Lines, as 'zhx extract' writes them; '-': standard input) instead of extracting them (repeatable)", repeatable: true),
        OptionSpec(name: "jobs", short: "j", valueName: "N", help: "Worker threads",
                   defaultValue: "\(ProcessInfo.processInfo.activeProcessorCount), the cores"),
        OptionSpec(name: "include", valueName: "GLOB", help: "Read only matching files in folders (repeatable)",
                   defaultValue: FileWalker.defaultIncludes.joined(separator: " "), repeatable: true),
        OptionSpec(name: "exclude", valueName: "GLOB", help: "Skip matching files and folders in folders (repeatable)", repeatable: true),
        OptionSpec(name: "files-from", valueName: "FILE", help: "Also read the paths listed in FILE, one per line ('-': standard input)"),
        OptionSpec(name: "patterns", valueName: "DIR", help: "Load pattern files from DIR too (repeatable)", repeatable: true),
        OptionSpec(name: "quiet", short: "q", help: "No progress and no summary on standard error"),
    ]

    /// Text of the help both verbs share.
    static let inputsHelp = """
        INPUTS:
          PATH... are read as 'zhx extract' reads them (folders walked recursively, *.txt and *.text
          by default, UTF-8, UTF-16 or GB18030; see 'zhx extract --help'), and every document's
          records are extracted with the built-in patterns (plus --patterns DIR). With --records
          FILE, the records are read from FILE instead (the output of 'zhx extract', or a gold
          file), grouped by their 'doc', and each document's text is read from that path when it
          can be (relative to the current folder), for the structure around the statements.
          The statements are the 'metric' records (subject, actual, budget, completion, change_pct,
          change_amount, share, region, period) with the figure records inside them.
        """

    /// The batch job the paths and options describe; every mistake is a ``UsageError``.
    static func job(_ arguments: ParsedArguments, verb: String, output: String?) throws -> BatchJob {
        var job = try BatchJob.reading(arguments, verb: verb, inputs: "a PATH, --files-from FILE or --records FILE")
        job.output = output
        return job
    }

    /// Runs the statement stage over the documents of `job` with `output` for each document's
    /// statements, into `printer`; returns the outcome and the run's totals.
    static func extracting(_ job: BatchJob, _ arguments: ParsedArguments,
                           output: @escaping @Sendable (StatementDocument, StatementWords, RegionDirectory) -> [Record],
                           printer: (String?) throws(OutputError) -> any RecordPrinter) throws -> (BatchJob.Outcome, RunSummary?) {
        let extractor = try Extractor.load(patternDirectories: arguments.values("patterns"))
        let words = StatementWords(patterns: extractor.patterns)
        let regions = RegionDirectory(patterns: extractor.patterns)
        let stage = StatementStage(base: extractor, reader: StatementReader(words: words)) { output($0, words, regions) }
        return job.run(with: stage, printer: printer, version: Help.version, arguments: Array(CommandLine.arguments.dropFirst()))
    }

    /// Runs `output` over the documents of the record files `files`, into `printer`; returns the
    /// totals and whether every file was read. A document's text is read from its path when it
    /// can be.
    static func fromRecords(_ files: [String], _ arguments: ParsedArguments,
                            output: (StatementDocument, StatementWords, RegionDirectory) -> [Record],
                            printer: any RecordPrinter) throws -> (ok: Bool, summary: RunSummary) {
        let patterns = try PatternSet.builtin(adding: arguments.values("patterns"))
        let words = StatementWords(patterns: patterns)
        let regions = RegionDirectory(patterns: patterns)
        let reader = StatementReader(words: words)
        var ok = true
        var documents: [String] = []
        var byDocument: [String: [Record]] = [:]
        for file in files {
            let data: Data?
            if file == "-" { data = FileHandle.standardInput.readDataToEndOfFile() } else { data = FileManager.default.contents(atPath: file) }
            guard let data else {
                printError("zhx: \(file): cannot read the records")
                ok = false
                continue
            }
            do {
                for record in try RecordJSONReader.records(fromJSONLines: String(decoding: data, as: UTF8.self)) {
                    if byDocument[record.doc] == nil { documents.append(record.doc) }
                    byDocument[record.doc, default: []].append(record)
                }
            } catch {
                printError("zhx: \(file): \(error)")
                ok = false
            }
        }
        var summary = RunSummary(started: Date())
        try printer.begin(RunInfo(started: summary.started, version: Help.version, arguments: Array(CommandLine.arguments.dropFirst())))
        for doc in documents {
            var text: String?
            if doc != "-", let bytes = FileManager.default.contents(atPath: doc) {
                text = try? SourceDecoder.decode([UInt8](bytes)).text.string
            }
            let records = output(reader.read(records: byDocument[doc] ?? [], text: text), words, regions)
            try printer.write(records)
            summary.count(records)
            let report = DocumentReport(path: doc, status: .read, records: records.count)
            summary.count(report)
            try printer.endDocument(report)
        }
        summary.finished = Date()
        try printer.finish(summary)
        return (ok, summary)
    }
}
