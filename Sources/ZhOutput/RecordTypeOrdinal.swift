import ZhModel

extension RecordType {
    /// The record types in a fixed order (``ordinal`` indexes it).
    static let ordered = RecordType.allCases

    /// The type's position in ``ordered``: an array index for per-type tallies and caches, with
    /// no hashing.
    var ordinal: Int { Self.ordered.firstIndex(of: self)! }
}
