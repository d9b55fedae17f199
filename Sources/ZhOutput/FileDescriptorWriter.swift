#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing whole buffers to a file descriptor, portably (Linux and macOS).
public enum FileDescriptorWriter {
    /// Writes every byte of `bytes` to `descriptor`, retrying after interrupted calls. Returns
    /// `false` on an error, with `errno` set.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }
}
