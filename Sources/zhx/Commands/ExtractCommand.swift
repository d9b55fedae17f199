import Foundation
import ZhBatch
import ZhOutput
import ZhRecords

/// `zhx extract PATH...`: extracts the records of every document under the paths, in parallel,
/// and writes them in input order as JSON Lines, CSV or SQLite.
enum ExtractCommand: Command {
    static let name = "extract"
    static let summary = "Extract records from documents and folders (JSON Lines, CSV or SQLite)"
    static let positionalsUsage = "PATH..."
    static let discussion = """
        PATHS:
          A file named on the command line is always read; '-' reads one document from standard
          input (its doc is '-'). Folders are walked recursively in sorted order, skipping hidden
          entries and following symbolic links (a folder is never entered twice). In folders only
          files matching an --include glob are read (default: *.txt, *.text), and entries
          matching an --exclude glob are skipped. A glob without '/' matches a name, one with '/'
          the path relative to the folder given. Encodings: UTF-8 (with or without BOM), UTF-16
          with BOM, GB18030; binary files are skipped with a note. Big files are read in 256 KB
          chunks cut at line breaks (a longer line after a sentence or clause end), in bounded
          memory. The -o file itself is never read.

        FORMATS:
          jsonl   one JSON object per record, as the record contract (\(Help.recordContract) in the
                  repository) describes; the default
          csv     RFC 4180 with a header row: schema, doc, type, text, start, end, line, pattern,
                  then value, min, max, currency, unit, role, direction, qualifier, name, level,
                  code, kind, title, issuer, year, serial, action, object, figures, subject,
                  actual, budget, completion, change_pct, change_amount, share, and extra (any
                  other field, as a JSON object); numbers in exact decimal notation
          sqlite  needs -o FILE (replaced if it exists): tables records (the CSV columns; each
                  number as exact text plus a NUMERIC <field>_num twin), documents (path, status,
                  encoding, bytes, scalars, records, error) and runs

        ORDER AND SHARDS:
          Records come in input order (the paths in the order given, folders sorted), the same
          for any --jobs. --shard I/N keeps the I-th of N contiguous slices of that list, so the
          outputs of shards 1..N concatenated in order equal the output of one run.

        PATTERNS:
          The built-in pattern files are compiled into zhx. --patterns DIR loads the *.zhp files
          of DIR on top of them; the environment variable ZHX_PATTERNS=DIR replaces them by the
          files of DIR (the repository's Patterns/ as edited, without rebuilding).

        Progress (files, MB, records, MB/s, ETA) is shown on standard error when it is a
        terminal, and a summary at the end; --quiet keeps only the lines of files that failed.
        A file that cannot be read or decoded is reported as 'zhx: PATH: MESSAGE' and skipped;
        the exit code is then 1 (0 when every file was read, 2 for a usage error).
        """
    static let options = [
        OptionSpec(name: "format", short: "f", valueName: "FORMAT", help: "jsonl, csv or sqlite", defaultValue: "jsonl"),
        OptionSpec(name: "output", short: "o", valueName: "FILE", help: "Write to FILE instead of standard output"),
        OptionSpec(name: "jobs", short: "j", valueName: "N", help: "Worker threads; they share big files chunk by chunk",
                   defaultValue: "\(ProcessInfo.processInfo.activeProcessorCount), the cores"),
        OptionSpec(name: "include", valueName: "GLOB", help: "Read only matching files in folders (repeatable)",
                   defaultValue: FileWalker.defaultIncludes.joined(separator: " "), repeatable: true),
        OptionSpec(name: "exclude", valueName: "GLOB", help: "Skip matching files and folders in folders (repeatable)",
                   repeatable: true),
        OptionSpec(name: "files-from", valueName: "FILE", help: "Also read the paths listed in FILE, one per line ('-': standard input)"),
        OptionSpec(name: "shard", valueName: "I/N", help: "Process only the I-th of N slices of the file list"),
        OptionSpec(name: "patterns", valueName: "DIR", help: "Load pattern files from DIR too (repeatable)", repeatable: true),
        OptionSpec(name: "quiet", short: "q", help: "No progress and no summary on standard error"),
    ]

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let job = try job(arguments)
        let extractor = try Extractor.load(patternDirectories: arguments.values("patterns"))
        switch job.run(with: extractor, version: Help.version, arguments: Array(CommandLine.arguments.dropFirst())) {
        case .success: return ExitCode.success
        case .documentsFailed, .stopped: return ExitCode.failure
        }
    }

    /// The job the options describe; every mistake is a ``UsageError``.
    private static func job(_ arguments: ParsedArguments) throws -> BatchJob {
        var job = try BatchJob.reading(arguments, verb: "extract", inputs: "a PATH or --files-from FILE")
        let format = arguments.value("format") ?? OutputFormat.jsonl.rawValue
        guard let outputFormat = OutputFormat(rawValue: format) else {
            throw UsageError(description: "unknown format '\(format)' (jsonl, csv or sqlite)")
        }
        job.format = outputFormat
        job.output = arguments.value("output")
        if outputFormat.needsFile && (job.output == nil || job.output == "-") {
            throw UsageError(description: "--format \(format) needs an output file (-o FILE)")
        }
        if let text = arguments.value("shard") {
            guard let shard = Shard(text) else { throw UsageError(description: "--shard needs I/N with 1 ≤ I ≤ N, not '\(text)'") }
            job.shard = shard
        }
        return job
    }
}
