/// The capture slots of VM threads, kept in one growing buffer so threads are plain values.
///
/// A thread refers to a block of `size` slots by its offset, or to ``none`` while none of its
/// slots is set. Blocks are never changed once written: a write copies the block, so threads that
/// share a block (after a split) never see each other's captures. The VM empties the arena
/// whenever no thread is alive.
struct SlotArena: ~Copyable {
    /// The block of a thread with no slot set.
    static let none = -1
    /// The value of a slot that is not set.
    static let unset = -1

    private var storage: UnsafeMutablePointer<Int>
    private var capacity = 256
    private var count = 0

    init() {
        storage = .allocate(capacity: capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// The value of `slot` in `block`.
    @inline(__always)
    func read(_ slot: Int, in block: Int) -> Int {
        block == Self.none ? Self.unset : storage[block + slot]
    }

    /// A copy of `block` (of `size` slots) with `slot` set to `value`; a capture start
    /// (`slot % 3 == 0`) also unsets the capture's value slot.
    @inline(__always)
    mutating func write(_ value: Int, at slot: Int, in block: Int, size: Int) -> Int {
        let copy = newBlock(copying: block, size: size)
        storage[copy + slot] = value
        if slot % 3 == 0 { storage[copy + slot + 2] = Self.unset }
        return copy
    }

    /// A fresh block (of `size` slots) with each of `list[range]` set to `value` and the others unset.
    mutating func block(setting range: Range<Int>, of list: [Int], to value: Int, size: Int) -> Int {
        if range.isEmpty { return Self.none }
        let block = newBlock(copying: Self.none, size: size)
        for index in range { storage[block + list[index]] = value }
        return block
    }

    private mutating func newBlock(copying block: Int, size: Int) -> Int {
        if count + size > capacity {
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: max(2 * capacity, count + size))
            grown.moveInitialize(from: storage, count: count)
            storage.deallocate()
            storage = grown
            capacity = max(2 * capacity, count + size)
        }
        let copy = count
        count += size
        if block == Self.none {
            (storage + copy).update(repeating: Self.unset, count: size)
        } else {
            (storage + copy).update(from: storage + block, count: size)
        }
        return copy
    }

    mutating func removeAll() {
        count = 0
    }
}
