import ZhText

/// One extracted item, in the shape of the record contract (`RECORDS.md`, schema 1).
///
/// The common fields are stored properties; the type-specific ones are an ordered list of
/// ``Field``s, so every printer (JSON Lines, CSV, SQLite) writes any record type the same way and
/// a field that does not apply is simply absent.
public struct Record: Hashable, Sendable {
    /// The record schema version this build writes.
    public static let schemaVersion = 1

    /// The input path as it was walked, or `-` for standard input.
    public var doc: String
    public var type: RecordType
    /// The exact surface text, copied from the original decoded document.
    public var text: String
    /// Offset of `text` in the original document, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive) of `text`, in Unicode scalars.
    public var end: Int
    /// 1-based line of `start` in the original document.
    public var line: Int
    /// Id of the pattern or rule that produced the record.
    public var pattern: String
    /// Type-specific fields, in the order they are written.
    public var fields: [Field]

    public init(doc: String, type: RecordType, text: String, start: Int, end: Int, line: Int,
                pattern: String, fields: [Field] = []) {
        self.doc = doc
        self.type = type
        self.text = text
        self.start = start
        self.end = end
        self.line = line
        self.pattern = pattern
        self.fields = fields
    }

    /// The value of the type-specific field `key`, if present.
    public subscript(key: String) -> FieldValue? {
        fields.first { $0.key == key }?.value
    }
}

/// A record type of the contract.
public enum RecordType: String, Hashable, Sendable, CaseIterable {
    case money, quantity, percent, date, region, organization, person, document
    case docNumber = "doc_number"
    case measure, metric
}

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
}

/// The qualifier of a figure (`超`, `约`, `不低于` …), as the contract names it.
public enum Qualifier: String, Hashable, Sendable, CaseIterable {
    case exact, over, under, about
    case atLeast = "at_least"
    case atMost = "at_most"
    case range
}
