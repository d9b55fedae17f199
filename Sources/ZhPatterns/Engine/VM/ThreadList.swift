/// A growable list of ``VMThread`` in memory its owner allocates and frees (``deallocate()``):
/// appending costs no uniqueness check or reference count, and two lists swap by value.
struct ThreadList {
    private(set) var base: UnsafeMutablePointer<VMThread>
    private(set) var count = 0
    private var capacity: Int

    /// An empty list; it allocates room for 16 threads when the first is appended (a ring has a
    /// list per position, most of which stay empty).
    init() {
        capacity = 0
        base = Self.unallocated
    }

    /// Where an empty list that never held a thread points: never written, never freed.
    nonisolated(unsafe) private static let unallocated = UnsafeMutablePointer<VMThread>.allocate(capacity: 1)

    /// Frees the list's memory; the list must not be used afterwards.
    func deallocate() {
        if capacity > 0 { base.deallocate() }
    }

    @inline(__always)
    subscript(index: Int) -> VMThread {
        base[index]
    }

    @inline(__always)
    mutating func append(_ thread: VMThread) {
        if count == capacity { grow() }
        (base + count).initialize(to: thread)
        count += 1
    }

    /// Makes room for more threads: 16 at first, then twice as many.
    private mutating func grow() {
        guard capacity > 0 else {
            capacity = 16
            base = .allocate(capacity: capacity)
            return
        }
        base = base.doubled(count: count, capacity: &capacity)
    }

    mutating func removeAll() {
        count = 0
    }

    /// Removes the threads for which `remove` holds, keeping the others in order; returns how
    /// many were removed.
    mutating func removeAll(where remove: (VMThread) -> Bool) -> Int {
        var kept = 0
        for index in 0..<count where !remove(base[index]) {
            base[kept] = base[index]
            kept += 1
        }
        defer { count = kept }
        return count - kept
    }

    /// Sorts the threads by start (with the standard library's sort, as an array would be)
    /// unless they are sorted already.
    mutating func sortByStart() {
        guard count > 1 else { return }
        var sorted = true
        for index in 1..<count where base[index - 1].start > base[index].start {
            sorted = false
            break
        }
        guard !sorted else { return }
        var threads = UnsafeMutableBufferPointer(start: base, count: count)
        threads.sort { $0.start < $1.start }
    }
}
