import ZhModel

/// How the extracted entities (regions, organizations, persons, documents, document numbers) or
/// statements (metrics, measures) compare with the gold: for each type, the records whose span
/// and type agree, and of those the ones whose fields agree too; for regions, how many of the
/// gold's codes were found.
///
/// Entities are scored, not checked one by one as figures are (``GoldComparison``): a name's
/// extent is a matter of judgement more often than a figure's, so `zhx test` holds each type to
/// a floor (``floors``) and prints the differences only when asked.
public struct EntityScores: Sendable {
    /// The F1 all entity types together must reach on the Corpus (the target is 0.90; the floor
    /// keeps what has been reached from slipping).
    public static let floor = 0.89
    /// The share of gold region codes that must be found right.
    public static let regionCodeFloor = 0.95

    /// The entity types scored.
    public static let types: [RecordType] = [.region, .organization, .person, .document, .docNumber]
    /// The statement types scored.
    public static let statementTypes: [RecordType] = [.metric, .measure]
    /// The F1 each statement type must reach on the Corpus (the targets are 0.90 and 0.75; the
    /// floors keep what has been reached from slipping).
    public static let statementFloors: [RecordType: Double] = [.metric: 0.93, .measure: 0.47]

    /// The types these scores are of.
    public let types: [RecordType]

    /// The scores of one type.
    public struct Score: Sendable, Hashable {
        public var type: RecordType
        public var gold = 0
        public var extracted = 0
        /// Span and type agree.
        public var found = 0
        /// Span, type and every field agree.
        public var exact = 0
        public var precision: Double { extracted == 0 ? 1 : Double(found) / Double(extracted) }
        public var recall: Double { gold == 0 ? 1 : Double(found) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public private(set) var scores: [Score]
    /// All entity types together.
    public private(set) var total: Score
    /// Gold regions with a code whose span was found, and of those the ones given the same code.
    public private(set) var regionCodes = (found: 0, right: 0)
    /// Gold entities not found and entities found that the gold does not have.
    public private(set) var missing: [Record] = []
    public private(set) var spurious: [Record] = []
    /// Entities found whose fields differ from the gold's, with the gold record.
    public private(set) var wrong: [(gold: Record, extracted: Record)] = []

    /// The share of gold region codes found right (1 when none was found).
    public var regionCodeAccuracy: Double { regionCodes.found == 0 ? 1 : Double(regionCodes.right) / Double(regionCodes.found) }

    public init(gold: [Record], extracted: [Record], types: [RecordType] = EntityScores.types) {
        self.types = types
        let wanted = Set(types)
        var scores = Dictionary(uniqueKeysWithValues: types.map { ($0, Score(type: $0)) })
        var unmatched = Dictionary(grouping: extracted.filter { wanted.contains($0.type) }, by: Key.init)
        for record in gold where wanted.contains(record.type) {
            scores[record.type]!.gold += 1
            guard var candidates = unmatched[Key(record)], !candidates.isEmpty else {
                missing.append(record)
                continue
            }
            let got = candidates.removeFirst()
            unmatched[Key(record)] = candidates
            scores[record.type]!.found += 1
            if GoldComparison.sameFields(got, record) {
                scores[record.type]!.exact += 1
            } else {
                wrong.append((record, got))
            }
            if record.type == .region, let code = record["code"] {
                regionCodes.found += 1
                if got["code"] == code { regionCodes.right += 1 }
            }
        }
        for record in extracted where wanted.contains(record.type) { scores[record.type]!.extracted += 1 }
        spurious = unmatched.values.flatMap { $0 }.sorted { ($0.doc, $0.start) < ($1.doc, $1.start) }
        self.scores = types.map { scores[$0]! }
        total = Score(type: types[0])
        for score in self.scores {
            total.gold += score.gold
            total.extracted += score.extracted
            total.found += score.found
            total.exact += score.exact
        }
    }

    private struct Key: Hashable {
        var doc: String, type: RecordType, start: Int, end: Int
        init(_ r: Record) { doc = r.doc; type = r.type; start = r.start; end = r.end }
    }
}
