import ZhModel
import ZhText
/// Compares extracted records with gold records: per-type precision and recall, and every
/// difference as a ``GoldDifference``.
///
/// A record matches a gold record when type, document, `start`, `end` and every type-specific
/// field agree (`qualifier: exact` counts the same as no qualifier, as the contract allows).
/// A record with the right span but a wrong field is reported once as ``GoldDifference/Kind/wrong``
/// and counts against both precision and recall.
public struct GoldComparison: Sendable {
    /// The scores of one record type.
    public struct Score: Sendable, Hashable {
        public var type: RecordType
        public var gold = 0
        public var extracted = 0
        public var matched = 0
        /// Matched over extracted (1 when nothing was extracted).
        public var precision: Double { extracted == 0 ? 1 : Double(matched) / Double(extracted) }
        /// Matched over gold (1 when the gold has none).
        public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
    }

    public private(set) var scores: [Score] = []
    public private(set) var differences: [GoldDifference] = []

    /// Compares `extracted` with `gold`, for the record types in `types` only.
    public init(gold: [Record], extracted: [Record], types: [RecordType]) {
        let wanted = Set(types)
        let goldByKey = Dictionary(grouping: gold.filter { wanted.contains($0.type) }, by: SpanKey.init)
        let gotByKey = Dictionary(grouping: extracted.filter { wanted.contains($0.type) }, by: SpanKey.init)
        var scoreByType = Dictionary(uniqueKeysWithValues: types.map { ($0, Score(type: $0)) })
        for record in gold where wanted.contains(record.type) { scoreByType[record.type]!.gold += 1 }
        for record in extracted where wanted.contains(record.type) { scoreByType[record.type]!.extracted += 1 }

        for key in Set(goldByKey.keys).union(gotByKey.keys) {
            var golds = goldByKey[key] ?? []
            var gots = gotByKey[key] ?? []
            // Exact matches first.
            for g in golds {
                if let j = gots.firstIndex(where: { Self.sameFields($0, g) }) {
                    gots.remove(at: j)
                    golds.removeAll { $0 == g }
                    scoreByType[key.type]!.matched += 1
                }
            }
            while let g = golds.first, let x = gots.first {
                differences.append(GoldDifference(kind: .wrong, gold: g, extracted: x))
                golds.removeFirst()
                gots.removeFirst()
            }
            differences += golds.map { GoldDifference(kind: .missing, gold: $0, extracted: nil) }
            differences += gots.map { GoldDifference(kind: .spurious, gold: nil, extracted: $0) }
        }
        differences.sort { ($0.record.doc, $0.record.start, $0.kind.rawValue) < ($1.record.doc, $1.record.start, $1.kind.rawValue) }
        scores = types.map { scoreByType[$0]! }
    }

    /// Whether two records of the same span carry the same type-specific fields.
    static func sameFields(_ a: Record, _ b: Record) -> Bool {
        normalizedFields(a) == normalizedFields(b)
    }

    private static func normalizedFields(_ record: Record) -> [String: FieldValue] {
        var fields: [String: FieldValue] = [:]
        for field in record.fields where !(field.key == "qualifier" && field.value == .string(Qualifier.exact.rawValue)) {
            // JSON does not tell an integer from a number: gold read back has numbers only.
            if case .integer(let n) = field.value {
                fields[field.key] = .number(ExactDecimal(n))
            } else {
                fields[field.key] = field.value
            }
        }
        return fields
    }

    private struct SpanKey: Hashable {
        var doc: String, type: RecordType, start: Int, end: Int
        init(_ r: Record) { doc = r.doc; type = r.type; start = r.start; end = r.end }
    }
}

/// One difference between the extractor's output and the gold.
public struct GoldDifference: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// In the gold, not extracted.
        case missing
        /// Extracted, not in the gold.
        case spurious
        /// Same span, different fields.
        case wrong
    }

    public var kind: Kind
    public var gold: Record?
    public var extracted: Record?

    /// The record the difference is about: the gold one where there is one.
    public var record: Record { gold ?? extracted! }
}
