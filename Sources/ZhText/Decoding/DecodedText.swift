/// Text decoded to Unicode scalars, with where its lines start (found on the way): what
/// ``NormalizedText`` reads. ``SourceDecoder`` decodes a file's bytes straight into it, with no
/// `String` in between.
public struct DecodedText: Sendable, Equatable {
    /// The text's scalars; public offsets (records, `zhx tokens`) index these.
    public let scalars: [Unicode.Scalar]
    /// Its lines (and the blanks they hold).
    let lines: LineScan

    /// The scalars of `text`.
    public init(_ text: String) {
        (scalars, lines) = ScalarDecoding.decode(text)
    }

    /// Scalars already decoded; their lines are scanned here.
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        lines = scalars.withUnsafeBufferPointer { LineScan($0) }
    }

    init(scalars: [Unicode.Scalar], lines: LineScan) {
        self.scalars = scalars
        self.lines = lines
    }

    /// How many line breaks the text holds (`\n`, `\r\n` and a lone `\r` count one each).
    public var lineBreaks: Int { lines.lineStarts.count - 1 }

    /// The text as a `String`.
    public var string: String { String(scalars: scalars) }

    public static func == (a: DecodedText, b: DecodedText) -> Bool {
        a.scalars == b.scalars
    }
}
