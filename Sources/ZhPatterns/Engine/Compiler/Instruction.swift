import ZhTokens

/// One instruction of a compiled ``Program``: the Pike VM's NFA in array form.
///
/// Consuming instructions move a thread forward by a scalar, a word or a whole token; the others
/// are followed at once (epsilon moves) while the thread's closure is built.
enum Instruction: Sendable {
    /// Consume this scalar.
    case scalar(Unicode.Scalar)
    /// Consume one Han character.
    case han
    /// Consume a whole token of this kind that starts here.
    case token(TokenKind)
    /// Consume the longest word of trie `trie` found here; its value goes to the value slot of
    /// each capture in `Program.captureLists[captures]` (the captures around the `@list` atom).
    case word(trie: Int, captures: Int)
    /// Continue only at a word boundary.
    case boundary
    /// Continue at both targets, the first preferred.
    case split(Int, Int)
    case jump(Int)
    /// Record the position in capture slot `slot` (3 slots per capture: start, end, value; a
    /// start also clears the value).
    case save(slot: Int)
    /// The rule matched.
    case accept(rule: Int)

    /// The instructions a thread at `pc` (this instruction's index) goes to next, after the
    /// input a consuming one takes: at most two, the preferred one first (`-1`: none). A pair,
    /// not an array, as the compiler asks it for every instruction of every search.
    func successors(at pc: Int) -> (Int, Int) {
        switch self {
        case .scalar, .han, .token, .word, .boundary, .save: return (pc + 1, -1)
        case .jump(let target): return (target, -1)
        case .split(let first, let second): return (first, second)
        case .accept: return (-1, -1)
        }
    }

    /// Whether the instruction consumes input (threads wait on it between positions).
    var consumes: Bool {
        switch self {
        case .scalar, .han, .token, .word: return true
        case .boundary, .split, .jump, .save, .accept: return false
        }
    }
}
