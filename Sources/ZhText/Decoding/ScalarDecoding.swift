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
    ///
    /// Two fast paths take the bulk of Chinese text: runs of three-byte sequences (Han characters
    /// and CJK punctuation) and runs of printable ASCII, eight bytes at a time. They only consume
    /// well-formed sequences; anything else (short sequences, four-byte ones, line breaks and
    /// blanks, and every ill-formed byte) goes through the one-scalar step, which finds errors.
    static func decode(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<DecodedText, InvalidUTF8> {
        var lines = LineScan()
        var bad: Int?
        // Exact capacity for well-formed input (bytes that start a scalar): a third of
        // bytes.count for Chinese text. Every scalar written has its own such byte.
        let capacity = bytes.count - continuationBytes(bytes)
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { out, count in
            count = 0
            guard let p = bytes.baseAddress else { return }
            guard let o = out.baseAddress else { bad = 0; return }  // only continuation bytes
            let raw = UnsafeRawPointer(p)
            var i = 0, n = 0
            let end = bytes.count
            @inline(__always) func put(_ v: UInt32) {
                (o + n).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                n &+= 1
            }
            while i < end {
                var b0 = UInt32(p[i])
                // Three-byte sequences (lead 1110xxxx, two 10xxxxxx), two at a time from eight
                // bytes, then one at a time from four. Only those that are well-formed (neither
                // overlong nor a surrogate) and have no blank to note (see `isPlainThreeByte`);
                // the rest takes the one-scalar step.
                while b0 & 0xF0 == 0xE0, i &+ 8 <= end {
                    let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    guard w & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0 else { break }
                    let v1 = Self.threeByteValue(UInt32(truncatingIfNeeded: w))
                    let v2 = Self.threeByteValue(UInt32(truncatingIfNeeded: w >> 24))
                    guard Self.isPlainThreeByte(v1), Self.isPlainThreeByte(v2) else { break }
                    put(v1)
                    put(v2)
                    i &+= 6
                    b0 = UInt32(truncatingIfNeeded: w >> 48) & 0xFF
                }
                while b0 & 0xF0 == 0xE0, i &+ 4 <= end {
                    let w = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                    guard w & 0x00C0_C0F0 == 0x0080_80E0 else { break }
                    let v = Self.threeByteValue(w)
                    guard Self.isPlainThreeByte(v) else { break }
                    put(v)
                    i &+= 3
                    b0 = w >> 24
                }
                if b0 < 0x80 {
                    // Printable ASCII and spaces eight bytes at a time (a space only marks its line).
                    while i &+ 8 <= end {
                        let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                        guard (w | (w &- 0x2020_2020_2020_2020)) & 0x8080_8080_8080_8080 == 0 else { break }
                        let spaces = w ^ 0x2020_2020_2020_2020  // a zero byte where w has a space
                        if (spaces &- 0x0101_0101_0101_0101) & ~spaces & 0x8080_8080_8080_8080 != 0 {
                            lines.note(0x20, next: n)
                        }
                        for k in 0..<8 { put(UInt32(truncatingIfNeeded: w >> UInt64(8 * k)) & 0xFF) }
                        i &+= 8
                    }
                    // The rest of the run one byte at a time.
                    while i < end {
                        var v = UInt32(p[i])
                        guard v < 0x80 else { break }
                        i &+= 1
                        if v <= 0x20 {
                            var next = n &+ 1
                            if v == 0x0D, i < end, p[i] == 0x0A {
                                put(0x0D)
                                i &+= 1
                                v = 0x0A
                                next &+= 1
                                lines.note(0x0D, next: next)
                            } else {
                                lines.note(v, next: next)
                            }
                        }
                        put(v)
                    }
                    continue
                }
                guard let (v, length) = multiByteScalar(at: i, in: p, end: end) else { bad = i; break }
                i += length
                // Only scalars up to U+3000 (line ends, tabs, wide spaces) are noted.
                if v < 0x3001 { lines.note(v, next: n + 1) }
                put(v)
            }
            count = n
        }
        if let bad { return .failure(InvalidUTF8(byteOffset: bad)) }
        lines.finish()
        return .success(DecodedText(scalars: scalars, lines: lines))
    }

    /// Where UTF-8 `bytes` stop being well-formed, `nil` when they are all well-formed: the check
    /// ``decode(utf8:)`` makes, without writing scalars (for a big file checked whole before it
    /// is read in chunks). Runs of ASCII go eight bytes at a time and runs of three-byte
    /// sequences four bytes at a time; the one-scalar step handles the rest.
    static func validate(utf8 bytes: UnsafeBufferPointer<UInt8>) -> InvalidUTF8? {
        guard let p = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(p)
        let end = bytes.count
        var i = 0
        while i < end {
            while i &+ 8 <= end, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i &+= 8
            }
            while i &+ 4 <= end {
                let w = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self))
                guard w & 0x00C0_C0F0 == 0x0080_80E0 else { break }
                let v = threeByteValue(w)
                guard v >= 0x800, v & 0xF800 != 0xD800 else { return InvalidUTF8(byteOffset: i) }
                i &+= 3
            }
            guard i < end else { break }
            let b0 = p[i]
            if b0 < 0x80 {
                i &+= 1
            } else {
                guard let (_, length) = multiByteScalar(at: i, in: p, end: end) else { return InvalidUTF8(byteOffset: i) }
                i += length
            }
        }
        return nil
    }

    /// The value and length of the well-formed sequence of two to four bytes that starts at `i`
    /// (its lead byte is not ASCII), or `nil` when it is ill-formed: a continuation byte with no
    /// lead, a lead that is never valid (C0, C1, F5…), a missing continuation byte, an overlong
    /// form, a surrogate, a value past U+10FFFF. The one-scalar step of decoding and of checking.
    @inline(__always)
    private static func multiByteScalar(at i: Int, in p: UnsafePointer<UInt8>, end: Int) -> (value: UInt32, length: Int)? {
        @inline(__always) func follows(_ k: Int) -> Bool { k < end && p[k] & 0xC0 == 0x80 }
        let b0 = UInt32(p[i])
        if b0 >= 0xE0, b0 < 0xF0 {
            guard follows(i + 1), follows(i + 2) else { return nil }
            let v = (b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
            guard v >= 0x800, v & 0xF800 != 0xD800 else { return nil }
            return (v, 3)
        }
        if b0 >= 0xC2, b0 < 0xE0 {
            guard follows(i + 1) else { return nil }
            return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2)
        }
        if b0 >= 0xF0, b0 < 0xF5 {
            guard follows(i + 1), follows(i + 2), follows(i + 3) else { return nil }
            let v = (b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
            guard v >= 0x10000, v <= 0x10FFFF else { return nil }
            return (v, 4)
        }
        return nil
    }

    /// The value of the three-byte sequence in the low three bytes of `w` (first byte lowest).
    @inline(__always)
    private static func threeByteValue(_ w: UInt32) -> UInt32 {
        (w & 0x0F) << 12 | (w & 0x3F00) >> 2 | (w >> 16) & 0x3F
    }

    /// Whether the value `v` of a three-byte sequence is well-formed and needs no note: in the
    /// 2,048-scalar blocks from U+3000 up, but not U+D800…DFFF, and not the ideographic space.
    @inline(__always)
    private static func isPlainThreeByte(_ v: UInt32) -> Bool {
        // One bit per block (`v >> 11`): set for U+3000…D7FF and U+E000…FFFF.
        let plainBlocks: UInt32 = 0xF7FF_FFC0
        return plainBlocks >> (v >> 11) & 1 != 0 && v != 0x3000
    }

    /// How many bytes of `bytes` are UTF-8 continuation bytes (`10xxxxxx`), eight at a time.
    static func continuationBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let high: UInt64 = 0x8080_8080_8080_8080
        var count = 0, i = 0
        let raw = UnsafeRawPointer(base)
        @inline(__always) func continuations(at offset: Int) -> Int {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            return (word & high & ~(word << 1)).nonzeroBitCount
        }
        // Four words per round, summed apart so that the counts do not wait on each other.
        while i + 32 <= bytes.count {
            let a = continuations(at: i), b = continuations(at: i &+ 8)
            let c = continuations(at: i &+ 16), d = continuations(at: i &+ 24)
            count &+= (a &+ b) &+ (c &+ d)
            i &+= 32
        }
        while i + 8 <= bytes.count {
            count &+= continuations(at: i)
            i &+= 8
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 == 0x80 { count += 1 }
            i += 1
        }
        return count
    }
}
