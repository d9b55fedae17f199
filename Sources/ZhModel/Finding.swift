import ZhText

/// An audit finding: a statement whose figures do not agree, in the shape `docs/RECORDS.md` gives for
/// `zhx audit` ("Audit findings"): the statement's span as for a record, then what was checked.
///
/// Nothing produces findings yet; `zhx inspect`'s page (``ZhOutput/HTMLPage``) already shows them
/// on their statements when it is given some.
public struct Finding: Hashable, Sendable {
    /// The check that failed.
    public enum Check: String, Hashable, Sendable, CaseIterable {
        case completion, change, total, unit
        case `repeat`
    }

    /// The input path, as for a record.
    public var doc: String
    /// The statement concerned, exactly as in the original document.
    public var text: String
    /// Offset of the statement in the original document, in Unicode scalars.
    public var start: Int
    /// End offset (exclusive) of the statement, in Unicode scalars.
    public var end: Int
    /// 1-based line of `start`.
    public var line: Int
    public var check: Check
    /// The figure as the document states it.
    public var stated: ExactDecimal
    /// The figure computed from the statement's other figures.
    public var computed: ExactDecimal
    /// How far apart the two may be given the rounding as written.
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
}
