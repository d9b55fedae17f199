/// A step that a rule beginning with a whole token (`NUM`, `CNUM`, `LATIN`) must take soon after
/// that token: a literal or list word that every way from the token to the rule's `accept`
/// passes, at a bounded distance. Before a thread starts on the token, the VM looks for one of
/// the step's first scalars in that window; if there is none, the rule cannot match from here and
/// the thread is never started.
///
/// This is what keeps rules that begin like many others from being followed through every
/// number of a report: a range rule needs its `至` or `-` within a few scalars of the number, a
/// money rule its currency word, a quantity rule its unit. Matching is unchanged: only threads
/// that could reach no `accept` are left out.
struct StartRequirement: Sendable {
    /// The first scalars of the required step: where its set begins in the program's
    /// ``FollowScalars``.
    var scalars: Int
    /// The required step begins at least this many scalars after the token's end …
    var minDistance: Int
    /// … and at most this many.
    var maxDistance: Int
}
