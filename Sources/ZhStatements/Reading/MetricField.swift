/// A figure field of a `metric` record (the record contract): the amounts `actual`, `budget` and
/// `change_amount`, and the percentages `completion`, `change_pct` and `share`.
public enum MetricField: String, CaseIterable, Hashable, Sendable {
    case actual, budget, completion
    case changePct = "change_pct"
    case changeAmount = "change_amount"
    case share

    /// Whether the field holds an amount (money or a count) rather than a percentage.
    public var isAmount: Bool { self == .actual || self == .budget || self == .changeAmount }

    /// Whether the contract signs the field (a decrease is negative) while the figure as written
    /// carries its direction in a word (`下降8.24%`, `减收77911万元`).
    var isSigned: Bool { self == .changePct || self == .changeAmount }

    /// How the field is named in messages.
    var label: String {
        switch self {
        case .actual: "actual amount"
        case .budget: "budget"
        case .completion: "completion rate"
        case .changePct: "change rate"
        case .changeAmount: "change amount"
        case .share: "share"
        }
    }
}
