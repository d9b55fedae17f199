import ZhModel

/// How the inspect views show each record type: its colours in the page and in a terminal, and
/// which of two spans with the same range is drawn outside.
enum InspectStyle {
    /// The record types from outermost to innermost when spans share a range: statements
    /// outside their figures, names outside the regions in them.
    private static let nesting: [RecordType] = [
        .metric, .measure, .document, .organization, .person, .docNumber, .region, .date, .money, .quantity, .percent,
    ]

    /// The rank of `type` among spans with the same range (lower is outside).
    static func rank(_ type: RecordType) -> Int {
        nesting.firstIndex(of: type) ?? nesting.count
    }

    /// The rank of an audit finding: outside the statement records it concerns.
    static let findingRank = -1

    /// The SGR parameters of `type` in a terminal: one of the 16 basic colours, readable on dark
    /// and light backgrounds alike.
    static func ansi(_ type: RecordType) -> String {
        switch type {
        case .money: "33"
        case .quantity: "32"
        case .percent: "34"
        case .date: "35"
        case .region: "31"
        case .organization: "36"
        case .person: "91"
        case .document: "92"
        case .docNumber: "90"
        case .measure: "95"
        case .metric: "96"
        case .finding: "91;1"
        }
    }

    /// The page colours of `type`: a strong one (underline, outline, legend border) and a light
    /// fill that dark text stays readable on.
    static func css(_ type: RecordType) -> (strong: String, fill: String) {
        switch type {
        case .money: ("#b45309", "#fde68a")
        case .quantity: ("#15803d", "#bbf7d0")
        case .percent: ("#1d4ed8", "#bfdbfe")
        case .date: ("#7e22ce", "#e9d5ff")
        case .region: ("#be123c", "#fecdd3")
        case .organization: ("#4338ca", "#c7d2fe")
        case .person: ("#c2410c", "#fed7aa")
        case .document: ("#4d7c0f", "#d9f99d")
        case .docNumber: ("#475569", "#e2e8f0")
        case .measure: ("#a21caf", "#fae8ff")
        case .metric: ("#0f766e", "#ccfbf1")
        case .finding: ("#dc2626", "#fee2e2")
        }
    }

    /// The types of `records` in a fixed order (the contract's), each with its count.
    static func tally(_ records: [Record]) -> [(type: RecordType, count: Int)] {
        var counts = [Int](repeating: 0, count: RecordType.ordered.count)
        for record in records { counts[record.type.ordinal] += 1 }
        return zip(RecordType.ordered, counts).filter { $0.1 > 0 }.map { ($0.0, $0.1) }
    }

    /// A record's type-specific fields as `key=value` pairs (values as the CSV writes them).
    static func fieldPairs(_ record: Record) -> [(key: String, value: String)] {
        record.fields.map { ($0.key, RecordColumns.text(of: $0.value)) }
    }
}
