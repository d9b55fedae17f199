/// One part of a run split over machines (`--shard I/N`): shard `I` of `N` takes the `I`-th of `N`
/// contiguous slices of the walked list (sizes differ by at most one). Since the list is the same
/// on every machine, the outputs of shards 1 … N concatenated in order equal the output of one
/// run over everything.
public struct Shard: Sendable, Equatable {
    /// 1-based index of this shard.
    public let index: Int
    /// The number of shards.
    public let count: Int

    /// Parses `I/N` with 1 ≤ I ≤ N; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]),
              count >= 1, index >= 1, index <= count else { return nil }
        self.index = index
        self.count = count
    }

    /// This shard's slice of `items`.
    public func slice<T>(of items: [T]) -> ArraySlice<T> {
        let lower = (index - 1) * items.count / count
        let upper = index * items.count / count
        return items[lower..<upper]
    }
}
