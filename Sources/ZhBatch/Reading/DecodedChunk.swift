import ZhText

/// A decoded piece of a document, with where it starts in the whole document.
public struct DecodedChunk: Sendable {
    /// The piece's text. It ends at a line break, unless it is the document's last piece.
    public var text: DecodedText
    /// Offset of the piece's first character in the whole document, in Unicode scalars.
    public var startOffset: Int
    /// 1-based line of the piece's first character in the whole document.
    public var startLine: Int
    /// Size of the piece in the input, in bytes.
    public var byteCount: Int
}
