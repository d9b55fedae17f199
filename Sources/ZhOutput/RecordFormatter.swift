import ZhModel

/// A text output format as a formatter: turns records into the format's bytes apart from any
/// output, so that records can be formatted on several threads at once.
///
/// A formatter is a value: each thread formats with its own copy, which may keep caches of its
/// own between calls, and copies never share mutable state. The bytes for a sequence of records
/// are the same whether they are formatted in one call or in several, in order, and whatever
/// copy formats them.
public protocol RecordFormatter: Sendable {
    /// A formatter with nothing cached.
    init()
    /// What the output starts with, before any record (a header row); empty for none.
    var header: String { get }
    /// Appends the output bytes of `records` (in order) to `bytes`.
    mutating func format(_ records: [Record], into bytes: inout ByteBuffer)
}
