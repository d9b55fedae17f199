import ZhText

/// A figure as the audit computes with it: its value and the half-width of the rounding it was
/// written with.
struct Rounded {
    var value: Double
    var tolerance: Double

    init(_ value: Double, _ tolerance: Double) {
        self.value = value
        self.tolerance = tolerance
    }

    init(_ figure: WrittenFigure) {
        self.init(figure.value.double, figure.tolerance.double)
    }

    init(_ cell: StatementTable.Cell) {
        self.init(cell.value.double, cell.tolerance.double)
    }

    /// The figure scaled by `10^power` (a unit slip undone).
    func scaled(_ power: Int) -> Rounded {
        Rounded(value * pow10(power), tolerance * pow10(power))
    }
}

/// A value computed from rounded figures: the value from the figures as written, and how far it
/// may move while each figure moves within its rounding.
struct Computed {
    var value: Double
    var spread: Double

    /// `a / b × 100` (a completion rate, a share); `nil` when `b` may be zero or below within
    /// its rounding.
    static func percent(_ a: Rounded, of b: Rounded) -> Computed? {
        guard b.value > 0, b.value - b.tolerance > 0 else { return nil }
        return corners(a, b) { $0 / $1 * 100 }
    }

    /// The change rate of an amount `actual` that changed by `change` over the year before:
    /// `change / (actual − change) × 100`; `nil` when last year's amount may be zero or below.
    static func changeRate(actual: Rounded, change: Rounded) -> Computed? {
        let last = actual.value - change.value
        guard last > 0, last - actual.tolerance - change.tolerance > 0 else { return nil }
        return corners(actual, change) { a, d in d / (a - d) * 100 }
    }

    /// `(a − b) / b × 100`: the change rate from last year's amount `b` to this year's `a`.
    static func growth(_ a: Rounded, over b: Rounded) -> Computed? {
        guard b.value > 0, b.value - b.tolerance > 0 else { return nil }
        return corners(a, b) { ($0 - $1) / $1 * 100 }
    }

    /// `f(a, b)` and its largest distance from its values at the corners of the two roundings
    /// (`f` is monotonic in each argument where it is used).
    private static func corners(_ a: Rounded, _ b: Rounded, _ f: (Double, Double) -> Double) -> Computed {
        let point = f(a.value, b.value)
        var spread = 0.0
        for da in [-a.tolerance, a.tolerance] {
            for db in [-b.tolerance, b.tolerance] {
                spread = max(spread, abs(f(a.value + da, b.value + db) - point))
            }
        }
        return Computed(value: point, spread: spread)
    }

    /// Whether `stated` (rounded as written) may be this value.
    func agrees(with stated: Rounded) -> Bool {
        abs(stated.value - value) <= stated.tolerance + spread + 1e-9 * max(1, abs(value))
    }
}
