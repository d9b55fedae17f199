/// The capture slots of VM threads, kept as a log of writes so threads are plain values and a
/// save costs O(1).
///
/// A thread refers to its newest write (or to ``none`` before its first): each write records a
/// slot, a value and the thread's previous write, so threads that share a history (after a split)
/// share its writes and never see each other's later ones. Reading walks the history from the
/// newest write: the first write of a slot met is its value. A capture's start (`slot % 3 == 0`)
/// hides any older value of the capture's value slot (`slot + 2`), so a repeated capture reports
/// the value of its last repetition only. The VM empties the log whenever no thread is alive.
///
/// The saves a closure entry makes on the way (all of the same position) are one write of their
/// chain in `Program.saveNodes`, which reading unfolds.
struct SlotArena: ~Copyable {
    /// The history of a thread with no slot written.
    static let none = -1
    /// The value of a slot that is not set.
    static let unset = -1

    private struct Write {
        /// The slot, or for a save chain, `-1 - node` (its newest node).
        var slot: Int32
        var value: Int32
        var previous: Int32
    }

    private var log: UnsafeMutablePointer<Write>
    private var capacity = 1024
    private var count = 0

    init() {
        log = .allocate(capacity: capacity)
    }

    deinit {
        log.deallocate()
    }

    /// The history `block` extended by writing `value` to `slot`.
    @inline(__always)
    mutating func write(_ value: Int, at slot: Int, in block: Int) -> Int {
        if count == capacity { log = log.doubled(count: count, capacity: &capacity) }
        log[count] = Write(slot: Int32(slot), value: Int32(value), previous: Int32(block))
        count += 1
        return count - 1
    }

    /// The history `block` extended by writing `value` to every slot of save chain `node` (a
    /// node of `Program.saveNodes`, 0 or more).
    @inline(__always)
    mutating func write(_ value: Int, chain node: Int, in block: Int) -> Int {
        write(value, at: -1 - node, in: block)
    }

    /// Fills `slots` with the slots of history `block` (unset where never written), unfolding
    /// save chains through `chains` (`Program.saveNodes`); `known` is scratch space of the same
    /// size.
    func read(_ block: Int, into slots: UnsafeMutableBufferPointer<Int>, scratch known: UnsafeMutableBufferPointer<Bool>,
              chains: [(slot: Int, previous: Int)]) {
        slots.update(repeating: Self.unset)
        known.update(repeating: false)
        /// Takes a write met walking back: the first of a slot is its value.
        func take(_ slot: Int, _ value: Int) {
            if !known[slot] {
                known[slot] = true
                slots[slot] = value
            }
            if slot % 3 == 0 { known[slot + 2] = true }
        }
        var index = block
        while index != Self.none {
            let write = log[index]
            if write.slot >= 0 {
                take(Int(write.slot), Int(write.value))
            } else {
                var node = Int(-1 - write.slot)
                while node >= 0 {
                    take(chains[node].slot, Int(write.value))
                    node = chains[node].previous
                }
            }
            index = Int(write.previous)
        }
    }

    mutating func removeAll() {
        count = 0
    }
}
