/// The character encodings ZhExtract reads, as detected by ``SourceDecoder``.
public enum SourceEncoding: String, Sendable, CaseIterable {
    /// UTF-8 without a byte order mark.
    case utf8
    /// UTF-8 that starts with the byte order mark EF BB BF (the mark is not part of the text).
    case utf8BOM = "utf-8-bom"
    /// UTF-16 little endian with the byte order mark FF FE.
    case utf16LE = "utf-16le"
    /// UTF-16 big endian with the byte order mark FE FF.
    case utf16BE = "utf-16be"
    /// GB18030 (a superset of GBK and GB2312), decoded through ICU.
    case gb18030

    /// The byte order mark a file in this encoding starts with, if any.
    public var byteOrderMark: [UInt8] {
        switch self {
        case .utf8, .gb18030: return []
        case .utf8BOM: return [0xEF, 0xBB, 0xBF]
        case .utf16LE: return [0xFF, 0xFE]
        case .utf16BE: return [0xFE, 0xFF]
        }
    }

    /// The name people know the encoding by, for messages.
    public var displayName: String {
        switch self {
        case .utf8, .utf8BOM: return "UTF-8"
        case .utf16LE: return "UTF-16LE"
        case .utf16BE: return "UTF-16BE"
        case .gb18030: return "GB18030"
        }
    }
}
