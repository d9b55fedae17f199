/// Decoding a `String`'s UTF-8 storage straight into scalars (several times faster than
/// `Array(text.unicodeScalars)` on Chinese text), noting line starts on the way.
enum ScalarDecoding {
    /// The scalars of `text` and its ``LineScan``.
    static func decode(_ text: String) -> (scalars: [Unicode.Scalar], lines: LineScan) {
        var text = text
        var lines = LineScan()
        let scalars = text.withUTF8 { bytes in
            // Exact capacity (bytes that start a scalar): Chinese text needs a third of bytes.count.
            let capacity = bytes.count - continuationBytes(bytes)
            return [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, count in
                var i = 0, n = 0
                let end = bytes.count
                // A Swift String's UTF-8 is always valid, so no checks are needed.
                while i < end {
                    let b0 = UInt32(bytes[i])
                    var v: UInt32
                    if b0 < 0x80 {
                        v = b0
                        i += 1
                        if v <= 0x20 {
                            var next = n + 1
                            if v == 0x0D, i < end, bytes[i] == 0x0A {
                                (out.baseAddress! + n).initialize(to: "\r")
                                n += 1
                                i += 1
                                v = 0x0A
                                next += 1
                                lines.note(0x0D, next: next)
                            } else {
                                lines.note(v, next: next)
                            }
                        }
                    } else if b0 < 0xE0 {
                        v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                        lines.note(v, next: n + 1)
                    } else if b0 < 0xF0 {
                        v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                        if v < 0x3001 { lines.note(v, next: n + 1) }
                    } else {
                        v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    (out.baseAddress! + n).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                    n += 1
                }
                count = n
            }
        }
        lines.finish()
        return (scalars, lines)
    }

    /// How many bytes of `bytes` are UTF-8 continuation bytes (`10xxxxxx`), eight at a time.
    static func continuationBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let high: UInt64 = 0x8080_8080_8080_8080
        var count = 0, i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            count += (word & high & ~(word << 1)).nonzeroBitCount
            i += 8
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 == 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
