import ZhTokens

/// The compiled form of a ``PatternSet``: one instruction array holding every rule, the tries of
/// the lists they use, their context checks and the start filter.
struct Program: Sendable {
    var instructions: [Instruction] = []
    /// Per rule: the instruction where its threads start.
    var ruleStarts: [Int] = []
    /// Per instruction where a thread can wait (a rule's start, the instruction after a consuming
    /// one): its precomputed closure, a range of ``entries``; empty elsewhere.
    var closures: [Range<Int>] = []
    var entries: [ClosureEntry] = []
    /// The saves of closure entries, as chains: each node is a slot and the node before it (-1).
    var saveNodes: [(slot: Int, previous: Int)] = []
    /// Per rule: capture names; capture `k` uses slots `3k` (start), `3k+1` (end), `3k+2` (value).
    var captureNames: [[String]] = []
    /// Per rule: the rule's priority (copied for the hot path).
    var priorities: [Int] = []
    /// Per rule: what the text before a match must not end with, and after it must not start with.
    /// (Indices in ``contextChecks``, `nil` for none; equal lists share one check.)
    var notAfter: [Int?] = []
    var notBefore: [Int?] = []
    var contextChecks: [ContextCheck] = []
    /// What may follow consuming instructions (referred to by ``ClosureEntry/follow``).
    var followSets: [FollowSet] = []
    /// The scalars of all follow sets.
    var followScalars = FollowScalars()
    /// Per instruction: for a consuming one, the index of its step among the distinct consuming
    /// steps (equal steps of different rules, such as every `NUM`, share an index), else -1.
    var stepKeys: [Int] = []
    var stepCount = 0
    var tries: [WordTrie] = []
    /// List word values, indexed by the value indices stored in tries.
    var values: [String] = []
    var startFilter = StartFilter()
    /// What rules beginning with a whole token need soon after it (see ``StartRequirement``).
    var requirements: [StartRequirement] = []
    /// Per closure entry: its requirements, a range of ``requirements`` (empty for entries that
    /// are not a rule's first step on a whole token).
    var entryRequirements: [Range<Int>] = []
    /// One bit per BMP scalar that begins some requirement's step (a quick test before the
    /// exact one in ``followScalars``).
    var requiredScalars = [UInt64](repeating: 0, count: 1024)

    /// The captures around `@list` atoms, referred to by ``Instruction/word(trie:captures:)``:
    /// ranges of ``captureIndices`` (one flat array, so that reading a list retains nothing).
    var captureLists: [Range<Int>] = []
    var captureIndices: [Int] = []

    /// The longest word any list trie holds (with ``tokenKinds``, bounds how far a thread can
    /// jump ahead).
    var longestWord = 0
    /// The token kinds (``ZhTokens/TokenKind/bit``) some `NUM`, `CNUM` or `LATIN` step consumes.
    var tokenKinds: UInt8 = 0
}
