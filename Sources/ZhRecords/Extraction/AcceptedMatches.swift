import ZhModel
import ZhPatterns

/// What the matcher's `accept` hook concluded about each candidate it took, kept so that the
/// matches finally chosen are not resolved a second time.
///
/// The matcher offers candidates as its scan reaches their ends, so they arrive in order of
/// end; the chosen matches do not overlap and come in the same order. Looking them up is one
/// forward walk (no hashing): ``take(_:)`` passes over the candidates that ended earlier.
struct AcceptedMatches {
    /// What a taken candidate is.
    enum Outcome {
        /// A record's type and fields.
        case record(RecordType, Resolution)
        /// A table's unit declaration.
        case tableUnit(DeclaredTableUnit)
        /// Text that holds no figure (an `ignore` rule's match).
        case ignored
    }

    private var items: [(match: PatternMatch, outcome: Outcome)] = []
    private var cursor = 0

    /// Notes that `match` was taken as `outcome`; matches come in order of their ends.
    mutating func append(_ match: PatternMatch, _ outcome: Outcome) {
        items.append((match, outcome))
    }

    /// The outcome noted for `match`, a chosen match; chosen matches are asked for in order.
    mutating func take(_ match: PatternMatch) -> Outcome? {
        let end = match.range.upperBound
        while cursor < items.count, items[cursor].match.range.upperBound < end { cursor += 1 }
        var index = cursor
        while index < items.count, items[index].match.range.upperBound == end {
            if items[index].match == match { return items[index].outcome }
            index += 1
        }
        return nil
    }
}
