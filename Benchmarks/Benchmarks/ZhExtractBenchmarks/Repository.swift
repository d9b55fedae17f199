import Foundation

/// Folders of the ZhExtract repository, found from this source file's path (the benchmarks
/// package sits in the repository's `Benchmarks/` folder).
enum Repository {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ZhExtractBenchmarks
        .deletingLastPathComponent()  // Benchmarks (targets)
        .deletingLastPathComponent()  // Benchmarks (package)
        .deletingLastPathComponent()

    /// The documents the benchmarks run on.
    static var corpus: URL { root.appendingPathComponent("Corpus") }

    /// The built-in pattern files.
    static var patterns: URL { root.appendingPathComponent("Patterns") }
}
