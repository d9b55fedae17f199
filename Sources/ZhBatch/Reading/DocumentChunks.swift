#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ZhOutput
import ZhText

/// The chunks of one document (a file, or standard input for `-`), read one after the other in
/// pieces of about `blockSize` bytes cut at line breaks and decoded (``DecodingPass``); its
/// ``report`` says how far it got and whether it was read, failed or was skipped as binary.
///
/// A file bigger than one block is checked once through when it is opened (decoding its first
/// piece to detect the encoding, then only checking the rest), before any chunk is handed out, so
/// a file that fails to decode gives no records at all, as a small one does.
/// Standard input cannot be read twice: there a decoding error late in the input comes after
/// the records before it.
final class DocumentChunks {
    /// The outcome so far; final once ``next()`` has returned `nil`. Its record count is left
    /// to the caller.
    private(set) var report: DocumentReport
    private let descriptor: Int32
    private var pass: DecodingPass?

    /// Opens `path` (`-`: standard input), checking a file bigger than `blockSize` whole.
    init(path: String, blockSize: Int) {
        report = DocumentReport(path: path, status: .read, encoding: SourceEncoding.utf8.rawValue)
        descriptor = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            report.status = .failed
            report.encoding = nil
            report.message = "cannot open: \(String(cString: strerror(errno)))"
            return
        }
        var info = stat()
        if path != "-", fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > blockSize {
            var check = DecodingPass(descriptor: descriptor, blockSize: blockSize)
            var checked = report
            while check.checkNext(into: &checked) {}
            guard checked.status == .read else {
                report = checked
                return
            }
            lseek(descriptor, 0, SEEK_SET)
        }
        pass = DecodingPass(descriptor: descriptor, blockSize: blockSize)
    }

    deinit {
        if descriptor > 0 { close(descriptor) }
    }

    /// The next chunk, in order; `nil` once the document is over or has failed (see ``report``).
    func next() -> DecodedChunk? {
        guard let chunk = pass?.next(into: &report) else {
            pass = nil
            return nil
        }
        return chunk
    }

    /// Whether ``next()`` is known to return `nil`, without reading further.
    var isExhausted: Bool { pass?.isExhausted ?? true }
}
