#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor in blocks and hands out pieces that end where a ``ChunkBoundary``
/// allows, so each piece decodes on its own. Memory stays near one block whatever the input size.
struct ChunkReader {
    private let descriptor: Int32
    private let blockSize: Int
    private var buffer: [UInt8] = []
    private var ended = false
    /// Bytes handed out so far: the offset in the input of the next piece.
    private(set) var consumed = 0

    init(descriptor: Int32, blockSize: Int) {
        self.descriptor = descriptor
        self.blockSize = blockSize
    }

    /// Whether every byte of the input has been handed out, known without reading further.
    var isExhausted: Bool { ended && buffer.isEmpty }

    /// The start of the input (up to one block), not consumed: for detecting the encoding.
    mutating func peek() throws(ReadError) -> [UInt8] {
        try fill(to: blockSize)
        return buffer
    }

    /// The next piece, ending at a boundary (or the rest of the input); `nil` at the end.
    mutating func next(cutting boundary: ChunkBoundary) throws(ReadError) -> [UInt8]? {
        try fill(to: blockSize)
        if buffer.isEmpty { return nil }
        var cut = ended ? buffer.count : boundary.cut(buffer)
        while cut == nil {
            try fill(to: buffer.count + blockSize)
            cut = ended ? buffer.count : boundary.cut(buffer)
        }
        let length = cut!
        // The piece keeps the buffer's storage; only the rest after the cut (a part of a line) is
        // copied, into the next buffer.
        let rest = Array(buffer[length...])
        buffer.removeSubrange(length...)
        let piece = buffer
        buffer = rest
        consumed += length
        return piece
    }

    /// Reads until the buffer holds `size` bytes or the input ends. The new storage is not
    /// zero-filled first, so a small file costs little even with a big block size.
    private mutating func fill(to size: Int) throws(ReadError) {
        guard !ended, buffer.count < size else { return }
        let kept = buffer
        var failure: Int32 = 0
        var reachedEnd = false
        buffer = [UInt8](unsafeUninitializedCapacity: size) { storage, count in
            count = storage.initialize(fromContentsOf: kept)
            while count < size {
                let n = read(descriptor, storage.baseAddress! + count, size - count)
                if n > 0 { count += n; continue }
                if n == 0 { reachedEnd = true; return }
                if errno != EINTR { failure = errno; return }
            }
        }
        ended = reachedEnd
        if failure != 0 { throw ReadError(String(cString: strerror(failure))) }
    }
}
