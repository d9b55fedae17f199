import ZhModel
import ZhRecords
import Foundation
import ZhText

/// Extracts every Corpus document that has a gold file and compares the records with the gold:
/// the corpus half of `zhx test`.
///
/// Gold files live in `Corpus/gold/<folder>/<name>.jsonl` for `Corpus/<folder>/<name>.txt`;
/// their `doc` fields name the document relative to the Corpus folder's parent (the
/// repository root), exactly as `zhx extract Corpus/` writes it. Differences listed in
/// `Corpus/known-issues.tsv` are accepted; any other difference fails the check.
public struct CorpusCheck: Sendable {
    /// The record types the gold covers.
    public static let types: [RecordType] = [.money, .quantity, .percent, .date]

    /// What the check found.
    public struct Report: Sendable {
        public var comparison: GoldComparison
        /// How the entities compare with the gold.
        public var entities: EntityScores
        /// How the statements (metrics, measures) compare with the gold.
        public var statements: EntityScores
        /// Differences not explained by the known-issues file.
        public var unexplained: [GoldDifference]
        /// Differences explained by it.
        public var explained: [(GoldDifference, KnownIssues.Entry)]
        /// Known issues that no longer occur.
        public var stale: [KnownIssues.Entry]
        /// Gold files read.
        public var documents: Int
        /// Whether the check passes: no unexplained difference.
        public var passed: Bool { unexplained.isEmpty }
    }

    let extractor: Extractor
    let corpusDirectory: String

    public init(extractor: Extractor, corpusDirectory: String) {
        self.extractor = extractor
        self.corpusDirectory = corpusDirectory
    }

    /// The folder `Corpus` of the current directory (the repository's, when run from its root),
    /// if it has gold files.
    public static func defaultCorpusDirectory() -> String? {
        FileManager.default.fileExists(atPath: defaultCorpusPath + "/gold") ? defaultCorpusPath : nil
    }

    /// Where ``defaultCorpusDirectory()`` looks.
    public static let defaultCorpusPath = "Corpus"

    /// Runs the check. Throws when a gold file, a document or the known-issues file cannot be read.
    public func run() throws -> Report {
        let root = (corpusDirectory as NSString).deletingLastPathComponent
        var gold: [Record] = []
        var extracted: [Record] = []
        let goldFiles = try Self.goldFiles(under: corpusDirectory + "/gold")
        for file in goldFiles {
            let records = try RecordJSONReader.records(fromJSONLines: String(contentsOfFile: file, encoding: .utf8))
            gold += records
            for doc in Set(records.map(\.doc)).sorted() {
                let path = root.isEmpty ? doc : (root as NSString).appendingPathComponent(doc)
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
                let text = try SourceDecoder.decode(bytes).text
                var context = ExtractionContext()
                extracted += extractor.records(in: text, doc: doc, context: &context)
            }
        }
        let comparison = GoldComparison(gold: gold, extracted: extracted, types: Self.types)
        let knownPath = corpusDirectory + "/known-issues.tsv"
        let known = FileManager.default.fileExists(atPath: knownPath)
            ? try KnownIssues(parsing: String(contentsOfFile: knownPath, encoding: .utf8), file: knownPath)
            : KnownIssues()
        var unexplained: [GoldDifference] = []
        var explained: [(GoldDifference, KnownIssues.Entry)] = []
        for difference in comparison.differences {
            if let entry = known.entry(for: difference) { explained.append((difference, entry)) } else { unexplained.append(difference) }
        }
        return Report(comparison: comparison, entities: EntityScores(gold: gold, extracted: extracted),
                      statements: EntityScores(gold: gold, extracted: extracted, types: EntityScores.statementTypes), unexplained: unexplained, explained: explained,
                      stale: known.stale(given: comparison.differences), documents: goldFiles.count)
    }

    private static func goldFiles(under folder: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".jsonl") }.sorted().map { folder + "/" + $0 }
    }
}
