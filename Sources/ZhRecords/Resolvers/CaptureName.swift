/// The capture names the resolvers read (see `Patterns/README.md`, "What the resolvers read"),
/// as small integers: a match's captures are looked up by these, not by comparing strings.
enum CaptureName: Int, CaseIterable, Sendable {
    case amount, scale, min, minScale, max, vague, qualifier, qualifierMid, qualifierAfter
    case currency, unit
    case year, month, day, yearEnd, monthEnd, half, quarter, months, quarters

    /// The name as a rule writes it before `:`.
    var name: String {
        switch self {
        case .amount: "amount"
        case .scale: "scale"
        case .min: "min"
        case .minScale: "min-scale"
        case .max: "max"
        case .vague: "vague"
        case .qualifier: "qualifier"
        case .qualifierMid: "qualifier-mid"
        case .qualifierAfter: "qualifier-after"
        case .currency: "currency"
        case .unit: "unit"
        case .year: "year"
        case .month: "month"
        case .day: "day"
        case .yearEnd: "year-end"
        case .monthEnd: "month-end"
        case .half: "half"
        case .quarter: "quarter"
        case .months: "months"
        case .quarters: "quarters"
        }
    }

    /// The capture name written `name` in a rule, or `nil` when no resolver reads it.
    init?(name: String) {
        guard let known = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = known
    }
}
