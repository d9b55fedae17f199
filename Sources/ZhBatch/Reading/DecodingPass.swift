import ZhOutput
import ZhText

/// One pass over a document's bytes: cuts them into pieces at ``ChunkBoundary``s, detects the
/// encoding on the first piece and decodes every piece, keeping the running scalar offset and
/// line so each chunk knows where it starts in the whole document.
struct DecodingPass {
    private var reader: ChunkReader
    /// The encoding of the pieces after the first; `nil` until the first is decoded.
    private var encoding: SourceEncoding?
    private var line = 1

    init(descriptor: Int32, blockSize: Int) {
        reader = ChunkReader(descriptor: descriptor, blockSize: blockSize)
    }

    /// Whether the input is known to have no more pieces, without reading further.
    var isExhausted: Bool { reader.isExhausted }

    /// The next chunk, or `nil` at the end of the input or on a failure. `report` gets the
    /// encoding, the bytes and scalars read so far, and on a failure its status and reason.
    mutating func next(into report: inout DocumentReport) -> DecodedChunk? {
        guard let (piece, start) = nextPiece(into: &report) else { return nil }
        let text: DecodedText
        do {
            if let encoding {
                text = try SourceDecoder.decode(piece, as: encoding)
            } else {
                let decoded = try SourceDecoder.decode(piece)
                report.encoding = decoded.encoding.rawValue
                // The byte order mark is only at the very start.
                encoding = decoded.encoding == .utf8BOM ? .utf8 : decoded.encoding
                text = decoded.text
            }
        } catch {
            Self.record(error, at: start, in: &report)
            return nil
        }
        let chunk = DecodedChunk(text: text, startOffset: report.scalars, startLine: line, byteCount: piece.count)
        report.scalars += text.scalars.count
        line += text.lineBreaks
        return chunk
    }

    /// Checks that the next piece decodes, without decoding it once the encoding is known (the
    /// first piece is decoded, to detect it); `false` at the end of the input or on a failure,
    /// which `report` then tells. Only ``DocumentReport/bytes`` counts what was checked.
    mutating func checkNext(into report: inout DocumentReport) -> Bool {
        guard let encoding else { return next(into: &report) != nil }
        guard let (piece, start) = nextPiece(into: &report) else { return false }
        do {
            try SourceDecoder.check(piece[...], as: encoding)
        } catch {
            Self.record(error, at: start, in: &report)
            return false
        }
        return true
    }

    /// The next piece of the input and its byte offset; `nil` at the end or when it cannot be
    /// read (`report` then says so). `report` gets the bytes read so far.
    private mutating func nextPiece(into report: inout DocumentReport) -> (piece: [UInt8], start: Int)? {
        do throws(ReadError) {
            let boundary = if let encoding { ChunkBoundary(encoding: encoding) } else { ChunkBoundary(detecting: try reader.peek()) }
            guard let piece = try reader.next(cutting: boundary) else { return nil }
            report.bytes = reader.consumed
            return (piece, reader.consumed - piece.count)
        } catch {
            report.status = .failed
            report.message = "cannot read: \(error.message)"
            return nil
        }
    }

    /// Notes in `report` a decoding error in a piece that starts at byte `start` of the input;
    /// the encoding is the one the error names (none for a binary file, or for bytes that fit
    /// no encoding).
    private static func record(_ error: DecodeError, at start: Int, in report: inout DocumentReport) {
        switch error {
        case .binary:
            report.status = .skipped
            report.encoding = nil
            report.message = error.description
        case .undecodable(let encoding, let offset):
            report.status = .failed
            report.encoding = encoding?.rawValue
            report.message = DecodeError.undecodable(encoding: encoding, byteOffset: start + offset).description
        }
    }
}
