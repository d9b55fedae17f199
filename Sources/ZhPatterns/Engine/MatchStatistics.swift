/// Work counters of one ``Matcher`` call, for tests of linearity and for tuning (never timings).
public struct MatchStatistics: Hashable, Sendable {
    /// VM steps: epsilon moves followed plus consuming instructions tried.
    public var steps = 0
    /// Positions at which the VM ran (the others were skipped by the start filter).
    public var positions = 0
    /// Threads started (first steps of a rule that succeeded at a position).
    public var threadsStarted = 0
    /// Accepted candidate matches before the overlap policy chose among them.
    public var candidates = 0
    /// Word-boundary questions asked of the segmenter.
    public var boundaryQueries = 0
    /// Chained candidates looked at to tell whether a thread is still alive or where a new
    /// candidate goes (work that is not a step, and must not grow with the chain either).
    public var chainProbes = 0

    /// All counters at zero.
    public init() {}

    /// Adds another call's counters.
    public mutating func add(_ other: MatchStatistics) {
        steps += other.steps
        positions += other.positions
        threadsStarted += other.threadsStarted
        candidates += other.candidates
        boundaryQueries += other.boundaryQueries
        chainProbes += other.chainProbes
    }
}
