extension String {
    /// Calls `body` with the string's UTF-8 bytes: in place for a native string (no copy, no
    /// reference counting), through a contiguous copy otherwise.
    @inline(__always)
    package func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
