/// What happened to one input document: read (with its size and record count), failed (cannot be
/// read or decoded) or skipped (binary).
public struct DocumentReport: Sendable, Equatable {
    /// The outcome for a document.
    public enum Status: String, Sendable {
        case read, failed, skipped
    }

    /// The document's path as walked, or `-` for standard input.
    public var path: String
    /// Whether the document was read, failed or was skipped.
    public var status: Status
    /// The detected source encoding (`utf8`, `gb18030` …), once known.
    public var encoding: String?
    /// Bytes read from the input.
    public var bytes: Int
    /// Unicode scalars of the decoded text.
    public var scalars: Int
    /// Records extracted (and written).
    public var records: Int
    /// Why the document failed or was skipped.
    public var message: String?

    /// A report; the sizes and counts default to zero.
    public init(path: String, status: Status, encoding: String? = nil, bytes: Int = 0, scalars: Int = 0,
                records: Int = 0, message: String? = nil) {
        self.path = path
        self.status = status
        self.encoding = encoding
        self.bytes = bytes
        self.scalars = scalars
        self.records = records
        self.message = message
    }
}
