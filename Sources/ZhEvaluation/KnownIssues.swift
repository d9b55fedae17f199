import ZhModel
/// The differences from the gold that are known, each with its explanation
/// (`Corpus/known-issues.tsv`).
///
/// One issue a line, tab-separated: `doc`, `type`, `start`, `kind` (`missing`, `spurious` or
/// `wrong`), `text` (for a reader; not compared), `why`. Lines starting with `#` are comments.
/// `zhx test` fails on a difference that is not listed here, and warns about a listed issue that
/// no longer occurs.
public struct KnownIssues: Sendable {
    /// A known difference and why it is accepted for now.
    public struct Entry: Sendable, Hashable {
        public var doc: String
        public var type: RecordType
        public var start: Int
        public var kind: GoldDifference.Kind
        public var text: String
        public var why: String
    }

    public private(set) var entries: [Entry] = []

    public init(entries: [Entry] = []) { self.entries = entries }

    /// Parses the file's text; `file` names it in error messages.
    public init(parsing text: String, file: String) throws {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingWhitespace.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 6, let type = RecordType(rawValue: cells[1]), let start = Int(cells[2]),
                  let kind = GoldDifference.Kind(rawValue: cells[3]) else {
                throw KnownIssuesError(description: "\(file):\(index + 1): expected doc, type, start, kind (missing|spurious|wrong), text, why separated by tabs")
            }
            entries.append(Entry(doc: cells[0], type: type, start: start, kind: kind, text: cells[4],
                                 why: cells[5...].joined(separator: "\t")))
        }
    }

    /// The entry that explains `difference`, if any.
    public func entry(for difference: GoldDifference) -> Entry? {
        let r = difference.record
        return entries.first { $0.doc == r.doc && $0.type == r.type && $0.start == r.start && $0.kind == difference.kind }
    }

    /// The entries that match none of `differences` (fixed since they were written).
    public func stale(given differences: [GoldDifference]) -> [Entry] {
        entries.filter { e in !differences.contains { entry(for: $0) == e } }
    }
}

/// A malformed known-issues file.
public struct KnownIssuesError: Error, CustomStringConvertible {
    public var description: String
}
