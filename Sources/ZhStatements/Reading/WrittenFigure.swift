import ZhModel
import ZhText

/// One figure of a statement: the value its metric record gives a field, and how the report
/// wrote it, which sets the rounding the audit allows.
///
/// The written form is found, in this order, in the figure records inside the statement (the
/// `money`, `percent` and `quantity` records `zhx extract` or the gold gives), in the statement's
/// own text (the numbers it holds), or, when neither has the value, in the value itself: a
/// percentage is taken to be written to its last decimal, an amount to its last non-zero digit
/// (`2074500000` yuan as if written `20745万元`×10, a wider tolerance than `207450万元`, never a
/// narrower one).
public struct WrittenFigure: Hashable, Sendable {
    public var field: MetricField
    /// The value the metric record gives the field (signed for the change fields).
    public var value: ExactDecimal
    /// The figure as written, when it was found (`207450 万元`, `88.88%`).
    public var text: String?
    /// Where it is written, in the document's original scalar offsets, when found.
    public var range: Range<Int>?
    /// `CNY` (or the money record's currency), `%`, `pp`, or a count's unit; `nil` when unknown.
    public var unit: String?
    /// For money written with a known scale: the power of ten of the unit it is written in
    /// (`元` 0, `万元` 4, `亿元` 8).
    public var scale: Int?
    /// Half the last place written, in the value's unit: the rounding as written.
    public var tolerance: ExactDecimal
    /// Whether the figure is written as approximate (`约`, `近`, `超`, `以上`, `左右`: a record's
    /// `qualifier` other than exact): no relation is checked with it.
    public var isApproximate: Bool

    public init(field: MetricField, value: ExactDecimal, text: String? = nil, range: Range<Int>? = nil, unit: String? = nil,
                scale: Int? = nil, tolerance: ExactDecimal, isApproximate: Bool = false) {
        self.field = field
        self.value = value
        self.text = text
        self.range = range
        self.unit = unit
        self.scale = scale
        self.tolerance = tolerance
        self.isApproximate = isApproximate
    }

    /// Whether the figure is an amount of money (or may be one: an amount field whose unit is
    /// not known).
    var isMoney: Bool {
        guard let unit else { return field.isAmount }
        return unit.unicodeScalars.count == 3 && unit.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// The tolerance a value implies when nothing says how it was written: a percentage to its
    /// last decimal (`8.24` ± 0.005, `100` ± 0.5), an amount to its last non-zero digit.
    static func valueTolerance(_ value: ExactDecimal, field: MetricField) -> ExactDecimal {
        if value.significand == 0 { return ExactDecimal(significand: 5, exponent: -1) }
        if field.isAmount { return ExactDecimal(significand: 5, exponent: value.exponent - 1) }
        return ExactDecimal(significand: 5, exponent: min(value.exponent, 0) - 1)
    }
}

/// A figure written inside a statement, as a candidate for one of its fields.
struct FigureCandidate {
    enum Kind: Equatable {
        case money(currency: String)
        /// A number with a scale word but no unit (`162012 万的`), money where a field says so.
        case scaled
        case percent
        case points
        case count(unit: String)
    }

    var kind: Kind
    /// As written, signed as written.
    var value: ExactDecimal
    var text: String
    var range: Range<Int>
    var scale: Int?
    var tolerance: ExactDecimal
    /// Written with a qualifier (`约`, `超`, `以上` …).
    var isApproximate = false

    /// Whether the candidate can fill `field`.
    func fits(_ field: MetricField) -> Bool {
        switch (kind, field) {
        case (.money, .actual), (.money, .budget), (.money, .changeAmount): true
        case (.scaled, .actual), (.scaled, .budget), (.scaled, .changeAmount): true
        case (.count, .actual), (.count, .budget), (.count, .changeAmount): true
        case (.points, .changeAmount), (.points, .changePct): true
        case (.percent, .completion), (.percent, .changePct), (.percent, .share): true
        case (.percent, .actual): true
        default: false
        }
    }

    var unit: String? {
        switch kind {
        case .money(let currency): currency
        case .scaled: "CNY"
        case .percent: "%"
        case .points: "pp"
        case .count(let unit): unit
        }
    }

    /// The candidate a figure record gives (`money`, `percent`, `quantity`); its rounding read
    /// from its text when the text's number gives the record's value, else from the value.
    init?(record: Record) {
        guard case .number(let value)? = record["value"] else { return nil }
        let written = WrittenNumber.first(in: record.text)
        switch record.type {
        case .money:
            if case .string(let currency)? = record["currency"] { kind = .money(currency: currency) } else { kind = .money(currency: "CNY") }
        case .percent:
            kind = record["unit"] == .string("pp") ? .points : .percent
        case .quantity:
            if case .string(let unit)? = record["unit"] { kind = .count(unit: unit) } else { kind = .count(unit: "") }
        default:
            return nil
        }
        self.value = value
        text = record.text
        range = record.start..<record.end
        if case .string(let qualifier)? = record["qualifier"], qualifier != "exact" { isApproximate = true }
        if let written, written.value.magnitude == value.magnitude {
            tolerance = written.tolerance
            scale = record.type == .money ? written.scale : nil
        } else {
            tolerance = WrittenFigure.valueTolerance(value, field: record.type == .percent ? .completion : .actual)
            scale = nil
        }
    }

    /// The candidate a number read from a statement's text gives; `nil` for a bare number.
    init?(written: WrittenNumber, text: [Unicode.Scalar], offset: Int) {
        switch written.unit {
        case .yuan: kind = .money(currency: "CNY")
        case .percent: kind = .percent
        case .points: kind = .points
        case .other(let unit): kind = .count(unit: unit)
        case .none:
            guard written.scale >= 4 else { return nil }
            kind = .scaled
        }
        value = written.value
        self.text = String(scalars: text[written.range])
        range = (offset + written.range.lowerBound)..<(offset + written.range.upperBound)
        scale = kind == .money(currency: "CNY") || kind == .scaled ? written.scale : nil
        tolerance = written.tolerance
        let before = text[..<written.range.lowerBound].suffix(2)
        let after = text[written.range.upperBound...].prefix(2)
        isApproximate = before.contains { Self.approximateBefore.contains($0) }
            || Self.approximateAfter.contains { after.starts(with: $0.unicodeScalars) }
    }

    /// Words before a number that make it approximate (`约5万元`, `近3成`, `超2万亿元`).
    private static let approximateBefore: Set<Unicode.Scalar> = ["约", "近", "超", "逾", "余", "多"]
    /// Words after it that do (`5万元以上`, `30%左右`, `5万多元`).
    private static let approximateAfter = ["以上", "左右", "以下", "多", "余"]
}

/// Finds how each field of a metric record was written.
enum FigureReader {
    /// The written figures of `metric`'s fields, in the contract's field order; `figures` are the
    /// figure records inside its span, in order of start.
    static func figures(of metric: Record, among figures: [Record]) -> [WrittenFigure] {
        let fields = MetricField.allCases.compactMap { field -> (MetricField, ExactDecimal)? in
            guard case .number(let value)? = metric[field.rawValue] else { return nil }
            return (field, value)
        }
        guard !fields.isEmpty else { return [] }
        let fromRecords = figures.compactMap(FigureCandidate.init(record:))
        let scalars = Array(metric.text.unicodeScalars)
        let fromText = WrittenNumber.all(in: scalars).compactMap { FigureCandidate(written: $0, text: scalars, offset: metric.start) }
        var used: [Set<Int>] = [[], []]
        return fields.map { field, value in
            for (source, candidates) in [fromRecords, fromText].enumerated() {
                if let index = candidates.indices.first(where: { !used[source].contains($0) && matches(candidates[$0], field, value) }) {
                    used[source].insert(index)
                    let c = candidates[index]
                    return WrittenFigure(field: field, value: value, text: c.text, range: c.range, unit: c.unit, scale: c.scale,
                                         tolerance: c.tolerance, isApproximate: c.isApproximate)
                }
            }
            let unit: String? = field.isAmount ? nil : "%"
            return WrittenFigure(field: field, value: value, unit: unit, tolerance: WrittenFigure.valueTolerance(value, field: field))
        }
    }

    /// Whether `candidate` is the written form of `value` in `field` (a change field's value is
    /// signed, its figure written unsigned after 下降 or 减收).
    private static func matches(_ candidate: FigureCandidate, _ field: MetricField, _ value: ExactDecimal) -> Bool {
        guard candidate.fits(field) else { return false }
        if candidate.value == value { return true }
        return field.isSigned && candidate.value.magnitude == value.magnitude
    }
}
