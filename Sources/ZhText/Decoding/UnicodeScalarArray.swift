extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded straight from its UTF-8 storage (several times faster than
    /// `Array(text.unicodeScalars)` on Chinese text).
    public init(scalarsOf text: String) {
        self = ScalarDecoding.decode(text).scalars
    }
}
