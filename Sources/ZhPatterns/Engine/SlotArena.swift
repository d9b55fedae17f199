/// The capture slots of VM threads, kept in one growing buffer so threads are plain values.
///
/// A thread refers to a block of `size` slots by its offset, or to ``none`` while none of its
/// slots is set. Blocks are never changed once written: a write copies the block, so threads that
/// share a block (after a split) never see each other's captures. The VM empties the arena
/// whenever no thread is alive.
struct SlotArena {
    /// The block of a thread with no slot set.
    static let none = -1
    /// The value of a slot that is not set.
    static let unset = -1

    private var storage: [Int] = []

    /// The value of `slot` in `block`.
    @inline(__always)
    func read(_ slot: Int, in block: Int) -> Int {
        block == Self.none ? Self.unset : storage[block + slot]
    }

    /// A copy of `block` (of `size` slots) with `slot` set to `value`, and `also` set to `alsoValue` if given.
    mutating func write(_ value: Int, at slot: Int, in block: Int, size: Int, also: (slot: Int, value: Int)? = nil) -> Int {
        let copy = storage.count
        if block == Self.none {
            storage.append(contentsOf: repeatElement(Self.unset, count: size))
        } else {
            // Element by element: appending a slice of the array itself would copy the whole array.
            for offset in 0..<size { storage.append(storage[block + offset]) }
        }
        storage[copy + slot] = value
        if let also { storage[copy + also.slot] = also.value }
        return copy
    }

    mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
    }
}
