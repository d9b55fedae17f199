/// A decoded document: its text and the encoding it was read in.
public struct DecodedSource: Sendable, Equatable {
    /// The document's text, without a byte order mark.
    public var text: DecodedText
    /// The encoding detected from the bytes.
    public var encoding: SourceEncoding

    /// A decoded document.
    public init(text: DecodedText, encoding: SourceEncoding) {
        self.text = text
        self.encoding = encoding
    }
}
