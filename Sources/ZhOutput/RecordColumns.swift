import ZhModel

/// The fixed column layout of the tabular formats (CSV and SQLite): the contract's common fields,
/// then every type-specific field in one documented order, then `extra`.
///
/// A record fills the columns of the fields it has and leaves the others empty. A field this
/// layout does not know (a newer record type) is not dropped: it goes, as a JSON object, into the
/// `extra` column.
public enum RecordColumns {
    /// The fields every record has, in the contract's order.
    public static let common = ["schema", "doc", "type", "text", "start", "end", "line", "pattern"]

    /// The type-specific fields of all record types, in column order.
    public static let typeSpecific = [
        "value", "min", "max", "currency", "unit", "role", "direction", "qualifier",
        "name", "level", "code", "kind", "title", "issuer", "year", "serial",
        "action", "object", "figures", "subject", "actual", "budget", "completion",
        "change_pct", "change_amount", "share",
        "unit_code", "relative", "candidates", "former", "region", "period",
    ]

    /// The type-specific fields that hold numbers (also given a numeric column in SQLite).
    public static let numeric: Set<String> = [
        "value", "min", "max", "actual", "budget", "completion", "change_pct", "change_amount", "share",
    ]

    /// The column holding fields outside ``typeSpecific``, as a JSON object.
    public static let extra = "extra"

    private static let position: [String: Int] = Dictionary(
        uniqueKeysWithValues: typeSpecific.enumerated().map { ($0.element, $0.offset) })

    /// The column of type-specific field `key` (its index in ``typeSpecific``), or `nil` for a
    /// field that goes to ``extra``.
    static func column(of key: String) -> Int? { position[key] }

    /// The record's type-specific values by column (`nil` where the record has no such field), and
    /// its unknown fields as a JSON object (`nil` when there are none).
    static func cells(of record: Record) -> (values: [FieldValue?], extra: String?) {
        var values = [FieldValue?](repeating: nil, count: typeSpecific.count)
        var unknown: [Field] = []
        for field in record.fields {
            if let index = column(of: field.key) { values[index] = field.value } else { unknown.append(field) }
        }
        guard !unknown.isEmpty else { return (values, nil) }
        var json = ByteBuffer()
        writeExtra(unknown, to: &json)
        return (values, json.string)
    }

    /// Writes `fields` (those outside ``typeSpecific``) as the JSON object of the ``extra`` column.
    static func writeExtra(_ fields: some Sequence<Field>, to out: inout ByteBuffer) {
        out.reserve(1)
        out.put(UInt8(ascii: "{"))
        for (index, field) in fields.enumerated() {
            out.reserve(2 + JSONLines.stringRoom(field.key))
            if index > 0 { out.put(UInt8(ascii: ",")) }
            JSONLines.putString(field.key, to: &out)
            out.put(UInt8(ascii: ":"))
            JSONLines.appendValue(field.value, to: &out)
        }
        out.reserve(1)
        out.put(UInt8(ascii: "}"))
    }

    /// A field value as plain text: strings as they are, numbers in exact decimal notation,
    /// booleans as `true`/`false`, lists in their JSON form (`[[3,7],[10,12]]`, `["110105"]`).
    static func text(of value: FieldValue) -> String {
        if case .string(let s) = value { return s }
        var out = ByteBuffer()
        writeText(of: value, to: &out)
        return out.string
    }

    /// Writes ``text(of:)`` of `value`, reserving its room.
    static func writeText(of value: FieldValue, to out: inout ByteBuffer) {
        switch value {
        case .string(let s):
            out.reserve(s.utf8.count)
            out.put(raw: s)
        case .number, .integer, .spans, .boolean, .strings: JSONLines.appendValue(value, to: &out)
        }
    }
}
