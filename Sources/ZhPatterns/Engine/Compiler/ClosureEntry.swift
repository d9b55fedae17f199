/// One step a thread can take next: a consuming instruction (or the rule's `accept`) reachable
/// through epsilon moves from where the thread waits, precomputed at compile time so that the VM
/// follows a thread with one loop over plain entries instead of interpreting jumps, splits and
/// saves (the program is, in effect, an epsilon-free NFA).
///
/// The entries of one closure are in the order the Pike VM's depth-first closure reaches them
/// (its priority order), each instruction once. An entry carries what the VM needs to take it
/// (its step's key and its follow set), so taking it reads no per-instruction table.
struct ClosureEntry: Sendable {
    /// The rule.
    var rule: Int32
    /// The consuming instruction, or the rule's `accept`.
    var pc: Int32
    /// The capture slots saved on the way, all set to the position where the closure is taken:
    /// a chain in `Program.saveNodes` (-1: none).
    var saves: Int32
    /// The index of the consuming instruction's step among the program's distinct steps
    /// (`Program.stepKeys`), or -1 for `accept`.
    var step: Int32 = -1
    /// The index of the instruction's follow set in `Program.followSets`, or -1 when the match
    /// may end after it (or for `accept`).
    var follow: Int32 = -1
    /// For a list word step: the index in `Program.followSets` of the set of the words' first
    /// scalars, checked before the trie is searched; -1 for other steps.
    var firstScalars: Int32 = -1
    /// Whether the way passes a word boundary assertion (asked at that position).
    var needsBoundary: Bool
}
