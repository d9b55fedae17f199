/// Fast UTF-16 → scalars conversion with validation (the standard library's
/// `String(decoding:as: UTF16.self)` allocates per character on this toolchain).
enum UTF16Transcoder {
    /// The scalars of `units`, or the offset (in units) of the first unpaired surrogate.
    static func scalars(_ units: UnsafeBufferPointer<UInt16>) -> Result<[Unicode.Scalar], UTF16Error> {
        var bad: Int?
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: units.count) { out, count in
            var n = 0, i = 0
            while i < units.count {
                let u = UInt32(units[i])
                i += 1
                var v = u
                if u & 0xF800 == 0xD800 {
                    guard u < 0xDC00, i < units.count, units[i] & 0xFC00 == 0xDC00 else {
                        bad = i - 1
                        break
                    }
                    v = 0x10000 + ((u - 0xD800) << 10 | (UInt32(units[i]) - 0xDC00))
                    i += 1
                }
                (out.baseAddress! + n).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                n += 1
            }
            count = n
        }
        if let bad { return .failure(UTF16Error(unitOffset: bad)) }
        return .success(scalars)
    }

    /// An unpaired surrogate at `unitOffset`.
    struct UTF16Error: Error {
        var unitOffset: Int
    }
}
