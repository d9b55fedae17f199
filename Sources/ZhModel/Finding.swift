import ZhText

/// A contradiction in what a report states about itself, as `zhx audit` writes it (the record
/// contract's "Audit findings", `docs/RECORDS.md`): the statement concerned (its `text`, `start`,
/// `end` and `line`, as for a record), the check that failed, the figure as stated, what the
/// report's other figures make of it, the tolerance the rounding as written allows, and one
/// English sentence.
///
/// In the batch engine a finding travels as a ``Record`` of type ``RecordType/finding``
/// (``record``, read back with ``init(_:)``); its `pattern` (`audit.completion` …) is not part of
/// the finding's shape, which the finding printers write without it.
public struct Finding: Hashable, Sendable {
    /// The checks of `zhx audit`.
    public enum Check: String, Hashable, Sendable, CaseIterable {
        /// A completion rate that is not actual / budget.
        case completion
        /// A change (rate and amount) that does not match the figures it relates.
        case change
        /// Parts that do not add up to the total they are stated to make (or a share of it).
        case total
        /// A figure written in the wrong unit (元 for 万元, a row 10,000 times off).
        case unit
        /// The same indicator stated twice with different values.
        case `repeat`
    }

    public var doc: String
    public var text: String
    public var start: Int
    public var end: Int
    public var line: Int
    public var check: Check
    /// The figure as the report states it.
    public var stated: ExactDecimal
    /// What the report's other figures make of it.
    public var computed: ExactDecimal
    /// How far `stated` and `computed` may differ by the rounding as written.
    public var tolerance: ExactDecimal
    /// One sentence, in English, saying what does not hold.
    public var message: String

    public init(doc: String, text: String, start: Int, end: Int, line: Int, check: Check,
                stated: ExactDecimal, computed: ExactDecimal, tolerance: ExactDecimal, message: String) {
        self.doc = doc
        self.text = text
        self.start = start
        self.end = end
        self.line = line
        self.check = check
        self.stated = stated
        self.computed = computed
        self.tolerance = tolerance
        self.message = message
    }

    /// The finding's fields after the common ones, in the order they are written.
    public static let fieldNames = ["check", "stated", "computed", "tolerance", "message"]

    /// The finding as a record of type ``RecordType/finding`` (pattern `audit.CHECK`).
    public var record: Record {
        Record(doc: doc, type: .finding, text: text, start: start, end: end, line: line, pattern: "audit." + check.rawValue,
               fields: [Field("check", .string(check.rawValue)), Field("stated", .number(stated)),
                        Field("computed", .number(computed)), Field("tolerance", .number(tolerance)),
                        Field("message", .string(message))])
    }

    /// The finding a record of type ``RecordType/finding`` carries; `nil` for any other record.
    public init?(_ record: Record) {
        guard record.type == .finding, case .string(let checkName)? = record["check"], let check = Check(rawValue: checkName),
              case .number(let stated)? = record["stated"], case .number(let computed)? = record["computed"],
              case .number(let tolerance)? = record["tolerance"], case .string(let message)? = record["message"] else { return nil }
        self.init(doc: record.doc, text: record.text, start: record.start, end: record.end, line: record.line, check: check,
                  stated: stated, computed: computed, tolerance: tolerance, message: message)
    }
}
