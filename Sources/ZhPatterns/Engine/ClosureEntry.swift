/// One step a thread can take next: a consuming instruction (or the rule's `accept`) reachable
/// through epsilon moves from where the thread waits, precomputed at compile time so that the VM
/// follows a thread with one loop over plain entries instead of interpreting jumps, splits and
/// saves (the program is, in effect, an epsilon-free NFA).
///
/// The entries of one closure are in the order the Pike VM's depth-first closure reaches them
/// (its priority order), each instruction once.
struct ClosureEntry: Sendable {
    /// The rule.
    var rule: Int
    /// The consuming instruction, or the rule's `accept`.
    var pc: Int
    /// The capture slots saved on the way, all set to the position where the closure is taken:
    /// a chain in `Program.saveNodes` (-1: none).
    var saves: Int
    /// Whether the way passes a word boundary assertion (asked at that position).
    var needsBoundary: Bool
}
