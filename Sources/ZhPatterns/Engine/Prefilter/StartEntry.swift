/// A start entry as the ``StartFilter`` lists it for one kind of position: a copy of the
/// ``ClosureEntry`` (a rule's first step) with what starting a thread on it needs, so that the
/// entries tried at a position are read one after the other instead of from the program's large
/// per-entry tables.
struct StartEntry: Sendable {
    /// The closure entry itself.
    var closure: ClosureEntry
    /// Its index in `Program.entries`.
    var index: Int32
    /// Its ``StartRequirement``s: a range of `Program.requirements`.
    var requirementStart: Int32
    var requirementEnd: Int32
    /// Its place in the list of its token kind (for ``TokenStartTable`` masks), or -1 if it does
    /// not begin with a token (or comes after the 64th).
    var tokenSlot: Int8
}
