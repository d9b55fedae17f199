/// A Pike VM thread waiting at an instruction: the state of one way through a rule.
struct VMThread {
    /// The instruction it waits at (right after a consuming one).
    var pc: Int
    /// Where its match began.
    var start: Int
    /// Its newest write in the ``SlotArena`` (its capture history).
    var slots: Int
}
