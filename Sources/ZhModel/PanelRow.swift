import ZhText

/// One figure of a report as a row of the long table `zhx panel` writes (the record contract's
/// "Panel rows", `docs/RECORDS.md`): where and when (`region_code`, `region`, `period`), what
/// (`indicator`, the canonical name, and `field`), the value and its unit, and where it was read
/// (`doc`, `line`, `subject` as written).
///
/// In the batch engine a row travels as a ``Record`` of type ``RecordType/metric`` (the statement
/// it comes from: its text, offsets and line) whose fields are the row's columns (``record``,
/// read back with ``init(_:)``).
public struct PanelRow: Hashable, Sendable {
    /// GB/T 2260 code of the region, empty when the region has none (`市本级`) or is unknown.
    public var regionCode: String
    /// The region's name (canonical full name when the code is known), empty when unknown.
    public var region: String
    /// The period the figure is for: a date value (`2023`, `2024-H1`), empty when unknown.
    public var period: String
    /// The canonical indicator name (`一般公共预算收入`), empty when the subject names none.
    public var indicator: String
    /// `actual`, `budget`, `completion`, `change_pct`, `change_amount` or `share`.
    public var field: String
    public var value: ExactDecimal
    /// `CNY`, `%`, `pp` or a quantity's unit (`个`); empty when unknown.
    public var unit: String
    public var doc: String
    public var line: Int
    /// The subject as written.
    public var subject: String

    public init(regionCode: String, region: String, period: String, indicator: String, field: String, value: ExactDecimal,
                unit: String, doc: String, line: Int, subject: String) {
        self.regionCode = regionCode
        self.region = region
        self.period = period
        self.indicator = indicator
        self.field = field
        self.value = value
        self.unit = unit
        self.doc = doc
        self.line = line
        self.subject = subject
    }

    /// The columns of a panel, in order.
    public static let columns = ["region_code", "region", "period", "indicator", "field", "value", "unit", "doc", "line", "subject"]

    /// The row's cells in the order of ``columns``: numbers in exact decimal notation.
    public var cells: [String] {
        [regionCode, region, period, indicator, field, value.description, unit, doc, String(line), subject]
    }

    /// The row as a record of the statement it comes from (`text`, `start`, `end`), with the
    /// row's columns as fields.
    public func record(text: String, start: Int, end: Int) -> Record {
        Record(doc: doc, type: .metric, text: text, start: start, end: end, line: line, pattern: Self.pattern,
               fields: [Field("region_code", .string(regionCode)), Field("region", .string(region)),
                        Field("period", .string(period)), Field("indicator", .string(indicator)),
                        Field("field", .string(field)), Field("value", .number(value)), Field("unit", .string(unit)),
                        Field("subject", .string(subject))])
    }

    /// The `pattern` of the records that carry panel rows.
    public static let pattern = "panel"

    /// The row a record made by ``record(text:start:end:)`` carries; `nil` for any other record.
    public init?(_ record: Record) {
        guard record.type == .metric, record.pattern == Self.pattern else { return nil }
        func string(_ key: String) -> String? {
            if case .string(let s)? = record[key] { return s }
            return nil
        }
        guard let regionCode = string("region_code"), let region = string("region"), let period = string("period"),
              let indicator = string("indicator"), let field = string("field"), case .number(let value)? = record["value"],
              let unit = string("unit"), let subject = string("subject") else { return nil }
        self.init(regionCode: regionCode, region: region, period: period, indicator: indicator, field: field, value: value,
                  unit: unit, doc: record.doc, line: record.line, subject: subject)
    }
}
