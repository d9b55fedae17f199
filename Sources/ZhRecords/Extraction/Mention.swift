import ZhModel

/// A record as the stages see it before it is mapped to the original text: its type, its range
/// in the chunk's normalized text, the rule that found it and its fields.
///
/// The rules find mentions in normalized coordinates; the sentence stage reads them together
/// (a statement made of figures); only when a chunk is finished are they mapped to records with
/// original offsets and lines (``RecordMapper``).
public struct Mention: Hashable, Sendable {
    public var type: RecordType
    /// What the record still takes from the document (its year, its currency), if anything: see
    /// ``Pending`` and ``DocumentFacts``. (Declared beside `type`, both small, so that a mention
    /// takes no more memory than without it.)
    public var pending: Pending?
    /// The mention's range in the chunk's normalized text.
    public var range: Range<Int>
    /// The id of the rule that found it.
    public var pattern: String
    public var fields: [Field]
    /// Whether the mention is dropped unless the document supports it (a region word that is
    /// too often something else, see ``RegionContext``); never written.
    var needsSupport = false

    public init(type: RecordType, range: Range<Int>, pattern: String, fields: [Field], pending: Pending? = nil) {
        self.type = type
        self.range = range
        self.pattern = pattern
        self.fields = fields
        self.pending = pending
    }

    /// The value of the field `key`, if present.
    public subscript(key: String) -> FieldValue? {
        fields.first { $0.key == key }?.value
    }
}

extension [Mention] {
    /// Sorts by start, keeping the order of mentions that start at the same place; mentions
    /// already in order (nearly always) are not copied.
    mutating func sortByStart() {
        if !indices.dropFirst().allSatisfy({ self[$0 - 1].range.lowerBound <= self[$0].range.lowerBound }) {
            sort { $0.range.lowerBound < $1.range.lowerBound }
        }
    }
}
