import ZhText

/// One extracted item, in the shape of the record contract (`docs/RECORDS.md`, schema 1).
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
