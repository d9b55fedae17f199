extension String {
    /// The text of `scalars`, encoded as UTF-8 straight into the string's storage: building a
    /// `String.UnicodeScalarView` appends scalar by scalar and costs several times more. The
    /// storage is sized exactly, so a short text (most record texts, words, names) stays a small
    /// string with no allocation. Used for record texts, capture texts and parsed pattern words.
    @inlinable
    public init(scalars: some Collection<Unicode.Scalar>) {
        var count = 0
        for scalar in scalars {
            let v = scalar.value
            count &+= v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        self.init(unsafeUninitializedCapacity: count) { storage in
            guard let out = storage.baseAddress else { return 0 }
            var written = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    out[written] = UInt8(truncatingIfNeeded: v)
                    written &+= 1
                } else if v < 0x800 {
                    out[written] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    out[written &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    written &+= 2
                } else if v < 0x10000 {
                    out[written] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    out[written &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    out[written &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    written &+= 3
                } else {
                    out[written] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    out[written &+ 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                    out[written &+ 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    out[written &+ 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    written &+= 4
                }
            }
            return written
        }
    }
}
