import ZhText

/// A type-specific field of a record.
public struct Field: Hashable, Sendable {
    public var key: String
    public var value: FieldValue

    public init(_ key: String, _ value: FieldValue) {
        self.key = key
        self.value = value
    }
}

/// The value of a type-specific field, as JSON will carry it.
public enum FieldValue: Hashable, Sendable {
    case string(String)
    /// An exact number (money and quantity values, percentages, metric figures).
    case number(ExactDecimal)
    case integer(Int)
    /// A list of `[start, end)` offset pairs (a measure's figures).
    case spans([Range<Int>])
    /// `true` or `false` (a region's `former`, a date's `relative`).
    case boolean(Bool)
    /// A list of strings (a region's `candidates`: codes, most likely first).
    case strings([String])
}
