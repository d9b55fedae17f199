#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ZhOutput
import ZhText

/// Reads one document (a file, or standard input for `-`) in chunks of about `blockSize` bytes:
/// detects the encoding on the first chunk, cuts every chunk at a ``ChunkBoundary``, decodes it,
/// and hands it over with its whole-document scalar offset and line.
///
/// A file bigger than one block is decoded once through before any chunk is handed over, so a
/// file that fails to decode gives no records at all, as a small one does. Standard input cannot
/// be read twice: there a decoding error late in the input comes after the records before it.
struct DocumentReader: Sendable {
    let blockSize: Int

    /// Reads `path`, calling `body` with each chunk in order until it returns `false`. The report
    /// says whether the document was read, failed (with the reason) or was skipped as binary;
    /// its record count is left to the caller.
    func read(_ path: String, body: (DecodedChunk) -> Bool) -> DocumentReport {
        if path == "-" { return pass(descriptor: 0, path: path, body: body) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return DocumentReport(path: path, status: .failed, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > blockSize {
            let check = pass(descriptor: descriptor, path: path) { _ in true }
            guard check.status == .read else { return check }
            lseek(descriptor, 0, SEEK_SET)
        }
        return pass(descriptor: descriptor, path: path, body: body)
    }

    /// One pass over the input, handing each decoded chunk to `body`.
    private func pass(descriptor: Int32, path: String, body: (DecodedChunk) -> Bool) -> DocumentReport {
        var reader = ChunkReader(descriptor: descriptor, blockSize: blockSize)
        var report = DocumentReport(path: path, status: .read, encoding: SourceEncoding.utf8.rawValue)
        var line = 1
        /// Hands `text` over and advances the running offset and line; `false` to stop.
        func deliver(_ text: DecodedText, bytes: Int) -> Bool {
            guard body(DecodedChunk(text: text, startOffset: report.scalars, startLine: line, byteCount: bytes)) else { return false }
            report.scalars += text.scalars.count
            line += text.lineBreaks
            return true
        }
        do throws(ReadError) {
            let head = try reader.peek()
            guard let first = try reader.next(cutting: ChunkBoundary(detecting: head)) else { return report }
            let decoded: DecodedSource
            do { decoded = try SourceDecoder.decode(first) } catch { return Self.problem(error, at: 0, in: report) }
            report.encoding = decoded.encoding.rawValue
            report.bytes = reader.consumed
            guard deliver(decoded.text, bytes: first.count) else { return report }
            // The byte order mark is only at the very start.
            let encoding = decoded.encoding == .utf8BOM ? .utf8 : decoded.encoding
            let boundary = ChunkBoundary(encoding: encoding)
            while let piece = try reader.next(cutting: boundary) {
                let start = reader.consumed - piece.count
                let text: DecodedText
                do { text = try SourceDecoder.decode(piece, as: encoding) } catch { return Self.problem(error, at: start, in: report) }
                report.bytes = reader.consumed
                guard deliver(text, bytes: piece.count) else { return report }
            }
        } catch {
            report.status = .failed
            report.message = "cannot read: \(error.message)"
        }
        return report
    }

    /// The report for a decoding error in a chunk that starts at byte `start` of the input.
    private static func problem(_ error: DecodeError, at start: Int, in report: DocumentReport) -> DocumentReport {
        var report = report
        switch error {
        case .binary:
            report.status = .skipped
            report.message = error.description
        case .undecodable(let encoding, let offset):
            report.status = .failed
            report.message = DecodeError.undecodable(encoding: encoding, byteOffset: start + offset).description
        }
        return report
    }
}
