/// A growable list of ``VMThread`` in memory its owner allocates and frees (``deallocate()``):
/// appending costs no uniqueness check or reference count, and two lists swap by value.
struct ThreadList {
    private(set) var base: UnsafeMutablePointer<VMThread>
    private(set) var count = 0
    private var capacity: Int

    /// An empty list with room for `capacity` threads before it grows.
    init(capacity: Int = 16) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    /// Frees the list's memory; the list must not be used afterwards.
    func deallocate() {
        base.deallocate()
    }

    @inline(__always)
    subscript(index: Int) -> VMThread {
        base[index]
    }

    @inline(__always)
    mutating func append(_ thread: VMThread) {
        if count == capacity { base = base.doubled(count: count, capacity: &capacity) }
        (base + count).initialize(to: thread)
        count += 1
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
