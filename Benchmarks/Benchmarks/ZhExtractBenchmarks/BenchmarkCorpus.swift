import Foundation

/// The documents of the repository's `Corpus/` folder, read once per benchmark process.
///
/// Every benchmark runs one pass over all of them per iteration, so a benchmark's throughput
/// (passes per second) times the files' total size is its speed in bytes of UTF-8 input per
/// second, whatever form (bytes, scalars, tokens) the stage reads.
struct BenchmarkCorpus: Sendable {
    /// The `.txt` files under `Corpus/` (the `gold/` annotations left out), by path.
    let files: [(path: String, bytes: [UInt8])]

    /// Reads the repository's `Corpus/` folder.
    static func load() throws -> BenchmarkCorpus {
        let root = Repository.corpus
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            throw CorpusError.missing(root.path)
        }
        var files: [(path: String, bytes: [UInt8])] = []
        for case let url as URL in walker {
            if url.lastPathComponent == "gold" { walker.skipDescendants() }
            guard url.pathExtension == "txt" else { continue }
            files.append((url.path, Array(try Data(contentsOf: url))))
        }
        guard !files.isEmpty else { throw CorpusError.missing(root.path) }
        return BenchmarkCorpus(files: files.sorted { $0.path < $1.path })
    }
}

/// Why the corpus could not be loaded.
enum CorpusError: Error, CustomStringConvertible {
    case missing(String)
    case undecodable(String, String)

    var description: String {
        switch self {
        case .missing(let path): "no .txt documents under \(path)"
        case .undecodable(let path, let reason): "\(path): \(reason)"
        }
    }
}
