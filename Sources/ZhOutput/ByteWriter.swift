import ZhModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered writer of UTF-8 text to standard output or to a file (`-o FILE`).
public final class ByteWriter {
    /// The output's name in error messages (`standard output` or the path).
    public let name: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer = ByteBuffer(capacity: 2 * ByteWriter.capacity)
    /// The buffered size at which the buffer is written out.
    private static let capacity = 1 << 16

    /// A writer to standard output.
    public static func standardOutput() -> ByteWriter {
        ByteWriter(name: "standard output", descriptor: 1, ownsDescriptor: false)
    }

    /// A writer to a new file at `path`, replacing a file already there.
    public convenience init(creating path: String) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw OutputError("\(path): cannot create: \(String(cString: strerror(errno)))") }
        self.init(name: path, descriptor: fd, ownsDescriptor: true)
    }

    private init(name: String, descriptor: Int32, ownsDescriptor: Bool) {
        self.name = name
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Appends `text`, writing the buffer out when it is full.
    public func write(_ text: String) throws(OutputError) {
        try append { buffer in
            buffer.reserve(text.utf8.count)
            buffer.put(raw: text)
        }
    }

    /// Appends `bytes`, writing the buffer out when it is full; bytes that would fill the buffer
    /// on their own are written out directly, after what is buffered.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        guard bytes.count < Self.capacity else {
            try flush()
            try writeOut(bytes)
            return
        }
        try append { buffer in
            buffer.reserve(bytes.count)
            buffer.put(bytes)
        }
    }

    /// Lets `body` write bytes into the buffer directly (the printers' hot path: it reserves
    /// what it writes), then writes the buffer out when it is full.
    func append(_ body: (inout ByteBuffer) -> Void) throws(OutputError) {
        body(&buffer)
        if buffer.count >= Self.capacity { try flush() }
    }

    /// Writes out everything buffered.
    public func flush() throws(OutputError) {
        try writeOut(buffer.bytes)
        buffer.removeAll()
    }

    /// Writes `bytes` to the descriptor.
    private func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        guard FileDescriptorWriter.writeAll(UnsafeRawBufferPointer(bytes), to: descriptor) else {
            throw OutputError("\(name): cannot write: \(String(cString: strerror(errno)))")
        }
    }
}
