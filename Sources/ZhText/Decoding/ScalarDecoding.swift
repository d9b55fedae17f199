/// Decoding UTF-8 straight into scalars (several times faster than `Array(text.unicodeScalars)`
/// on Chinese text), checking it and noting line starts on the way: one pass over the bytes.
enum ScalarDecoding {
    /// Bytes that are not well-formed UTF-8: the offset of the first byte of the bad sequence.
    struct InvalidUTF8: Error {
        var byteOffset: Int
    }

    /// The scalars of `text` and its ``LineScan``.
    static func decode(_ text: String) -> (scalars: [Unicode.Scalar], lines: LineScan) {
        var text = text
        return text.withUTF8 { bytes in
            switch decode(utf8: bytes) {
            case .success(let decoded): return (decoded.scalars, decoded.lines)
            case .failure: preconditionFailure("a String's UTF-8 is well-formed")
            }
        }
    }

    /// The text of UTF-8 `bytes` (RFC 3629: no overlong forms, surrogates or values past
    /// U+10FFFF), or where they stop being well-formed.
    static func decode(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<DecodedText, InvalidUTF8> {
        var lines = LineScan()
        var bad: Int?
        // Exact capacity for well-formed input (bytes that start a scalar): a third of
        // bytes.count for Chinese text. Every scalar written has its own such byte.
        let capacity = bytes.count - continuationBytes(bytes)
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, count in
            var i = 0, n = 0
            let end = bytes.count
            /// Whether the byte at `k` exists and is a continuation byte.
            @inline(__always) func follows(_ k: Int) -> Bool { k < end && bytes[k] & 0xC0 == 0x80 }
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
                } else if b0 >= 0xE0, b0 < 0xF0 {
                    guard follows(i + 1), follows(i + 2) else { bad = i; break }
                    v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    // Overlong (under U+0800) or a surrogate.
                    guard v >= 0x800, v & 0xF800 != 0xD800 else { bad = i; break }
                    i += 3
                    if v < 0x3001 { lines.note(v, next: n + 1) }
                } else if b0 >= 0xC2, b0 < 0xE0 {
                    guard follows(i + 1) else { bad = i; break }
                    v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                    lines.note(v, next: n + 1)
                } else if b0 >= 0xF0, b0 < 0xF5 {
                    guard follows(i + 1), follows(i + 2), follows(i + 3) else { bad = i; break }
                    v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    guard v >= 0x10000, v <= 0x10FFFF else { bad = i; break }
                    i += 4
                } else {
                    // A continuation byte with no lead, or a lead that is never valid (C0, C1, F5…).
                    bad = i
                    break
                }
                (out.baseAddress! + n).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                n += 1
            }
            count = n
        }
        if let bad { return .failure(InvalidUTF8(byteOffset: bad)) }
        lines.finish()
        return .success(DecodedText(scalars: scalars, lines: lines))
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
