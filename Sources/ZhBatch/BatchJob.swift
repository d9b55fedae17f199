import Foundation
import ZhOutput

/// A whole `zhx extract` job: which documents (paths, a list file, a shard), which output, how
/// many workers; ``run(with:version:arguments:)`` does it with any extractor and tells the user
/// on standard error.
public struct BatchJob {
    /// Paths to walk, in order.
    public var paths: [String]
    /// A file listing more paths, one per line (`-`: standard input), read after `paths`.
    public var filesFrom: String?
    /// How folders are walked (includes, excludes).
    public var walker: FileWalker
    /// The slice of the walked list to process, if the run is split.
    public var shard: Shard?
    /// The output format.
    public var format: OutputFormat
    /// The output file; standard output when `nil` or `-`.
    public var output: String?
    /// Workers and chunk size.
    public var options: BatchOptions
    /// No progress line and no summary.
    public var quiet: Bool

    /// A job over `paths`; the defaults walk with the default includes and print JSON Lines to
    /// standard output with one worker per core.
    public init(paths: [String], filesFrom: String? = nil, walker: FileWalker = FileWalker(), shard: Shard? = nil,
                format: OutputFormat = .jsonl, output: String? = nil, options: BatchOptions = BatchOptions(), quiet: Bool = false) {
        self.paths = paths
        self.filesFrom = filesFrom
        self.walker = walker
        self.shard = shard
        self.format = format
        self.output = output
        self.options = options
        self.quiet = quiet
    }

    /// The outcome of a job.
    public enum Outcome: Equatable {
        /// Every document was read (or skipped as binary).
        case success
        /// Some documents failed; the others' output is complete.
        case documentsFailed
        /// The job stopped: the list of files or the output could not be used.
        case stopped
    }

    /// Walks the paths, runs `extractor` over the documents into the output, and reports problems,
    /// progress and a summary on standard error. `version` and `arguments` are recorded in outputs
    /// that keep them (SQLite's `runs` table).
    public func run<Extractor: DocumentExtractor>(with extractor: Extractor, version: String, arguments: [String]) -> Outcome {
        run(with: extractor, printer: { path throws(OutputError) in try format.makePrinter(path: path) }, version: version,
            arguments: arguments).outcome
    }

    /// ``run(with:version:arguments:)`` into the printer `makePrinter` makes for the output path
    /// (`nil` for standard output) once the walk is done, rather than one of ``format``; returns
    /// the run's totals too (`nil` when it stopped).
    public func run<Extractor: DocumentExtractor>(with extractor: Extractor, printer makePrinter: (String?) throws(OutputError) -> any RecordPrinter,
                                                  version: String, arguments: [String]) -> (outcome: Outcome, summary: RunSummary?) {
        let started = Date()
        var allPaths = paths
        if let filesFrom {
            do throws(ReadError) {
                allPaths += try PathList.read(from: filesFrom)
            } catch {
                ConsoleReporter.say("zhx: \(filesFrom): cannot read the list of files: \(error)")
                return (.stopped, nil)
            }
        }
        var items = walker.walk(allPaths)
        if let shard { items = Array(shard.slice(of: items)) }
        let toStandardOutput = output == nil || output == "-"
        if !toStandardOutput, let output, let target = FileIdentity(path: output) {
            // A previous run's output among the inputs would be read while it is rewritten.
            items.removeAll { item in
                guard item.problem == nil, item.path != "-", FileIdentity(path: item.path) == target else { return false }
                ConsoleReporter.say("zhx: \(item.path): not read: it is the output file")
                return true
            }
        }
        let reporter = ConsoleReporter(totalFiles: items.count, totalBytes: Self.size(of: items), quiet: quiet,
                                       toStandardOutput: toStandardOutput)
        let engine = BatchEngine(extractor: extractor, options: options)
        do throws(OutputError) {
            // The output is created after the walk, so a new output file is never read as input.
            let printer = try makePrinter(toStandardOutput ? nil : output)
            let summary = try engine.run(items, into: printer, run: RunInfo(started: started, version: version, arguments: arguments),
                                         observer: reporter)
            reporter.finish(summary)
            return (summary.filesFailed > 0 ? .documentsFailed : .success, summary)
        } catch {
            reporter.finish(nil)
            ConsoleReporter.say("zhx: \(error)")
            return (.stopped, nil)
        }
    }

    /// The total size in bytes of the files among `items`, as the walk found them (for the
    /// progress line's ETA).
    private static func size(of items: [WalkItem]) -> Int {
        items.reduce(0) { $0 + ($1.size ?? 0) }
    }
}
