extension String {
    /// The text of `scalars`, encoded as UTF-8 straight into the string's storage: building a
    /// `String.UnicodeScalarView` appends scalar by scalar and costs several times more. The
    /// storage is sized exactly, so a short text (most record texts, words, names) stays a small
    /// string with no allocation. Used for record texts, capture texts and parsed pattern words.
    @inlinable
    public init(scalars: some Collection<Unicode.Scalar>) {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { storage in
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
