/// Fast UTF-16 → `String` conversion with validation (the standard library's
/// `String(decoding:as: UTF16.self)` allocates per character on this toolchain).
enum UTF16Transcoder {
    /// The text of `units`, or the offset (in units) of the first unpaired surrogate.
    static func string(_ units: UnsafeBufferPointer<UInt16>) -> Result<String, UTF16Error> {
        var bad: Int?
        let text = String(unsafeUninitializedCapacity: units.count * 3) { out in
            var n = 0, i = 0
            while i < units.count {
                let u = UInt32(units[i])
                i += 1
                if u < 0x80 {
                    out[n] = UInt8(u); n += 1
                } else if u < 0x800 {
                    out[n] = UInt8(0xC0 | u >> 6); out[n + 1] = UInt8(0x80 | u & 0x3F); n += 2
                } else if u & 0xF800 != 0xD800 {
                    out[n] = UInt8(0xE0 | u >> 12); out[n + 1] = UInt8(0x80 | (u >> 6) & 0x3F)
                    out[n + 2] = UInt8(0x80 | u & 0x3F); n += 3
                } else if u < 0xDC00, i < units.count, units[i] & 0xFC00 == 0xDC00 {
                    let v = 0x10000 + ((u - 0xD800) << 10 | (UInt32(units[i]) - 0xDC00))
                    i += 1
                    out[n] = UInt8(0xF0 | v >> 18); out[n + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                    out[n + 2] = UInt8(0x80 | (v >> 6) & 0x3F); out[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                } else {
                    bad = i - 1
                    return 0
                }
            }
            return n
        }
        if let bad { return .failure(UTF16Error(unitOffset: bad)) }
        return .success(text)
    }

    /// An unpaired surrogate at `unitOffset`.
    struct UTF16Error: Error {
        var unitOffset: Int
    }
}
