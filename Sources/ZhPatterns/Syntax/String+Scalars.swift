extension String {
    /// The text of `scalars` (a parsed word, name or value), encoded as UTF-8 straight into the
    /// string's storage: building a `String.UnicodeScalarView` appends scalar by scalar and was
    /// the largest cost of parsing the pattern files at start-up.
    init(scalars: some Collection<Unicode.Scalar>) {
        self.init(unsafeUninitializedCapacity: scalars.count * 4) { storage in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { unit in
                    storage[written] = unit
                    written += 1
                }
            }
            return written
        }
    }
}
