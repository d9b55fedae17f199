/// The threads waiting for the positions ahead of the one being stepped: one ``ThreadList`` per
/// position, in a ring at least as long as the longest jump a step can make (a power of two,
/// so a position finds its list with a mask).
struct ThreadRing: ~Copyable {
    private let lists: UnsafeMutablePointer<ThreadList>
    private let size: Int
    /// The threads waiting in all lists.
    private(set) var count = 0

    /// A ring for steps that move at most `reach` positions ahead.
    init(reach: Int) {
        var size = 1
        while size <= reach { size *= 2 }
        self.size = size
        lists = .allocate(capacity: size)
        for index in 0..<size { (lists + index).initialize(to: ThreadList()) }
    }

    deinit {
        for index in 0..<size { lists[index].deallocate() }
        lists.deinitialize(count: size)
        lists.deallocate()
    }

    /// Adds `thread` to the threads waiting for `position`.
    @inline(__always)
    mutating func append(_ thread: VMThread, at position: Int) {
        lists[position & (size - 1)].append(thread)
        count += 1
    }

    /// Moves the threads waiting for `position` into `arrivals`, which must be empty (the two
    /// lists trade places).
    mutating func remove(at position: Int, into arrivals: inout ThreadList) {
        swap(&arrivals, &lists[position & (size - 1)])
        count -= arrivals.count
    }

    /// The first position at or after `position` that threads wait for (`Int.max` if none); all
    /// waiting threads must wait for `position` or later.
    func firstWaiting(from position: Int) -> Int {
        for offset in 0..<size where lists[(position + offset) & (size - 1)].count > 0 { return position + offset }
        return Int.max
    }

    /// The earliest start of a waiting thread (`Int.max` if none).
    func earliestStart() -> Int {
        var earliest = Int.max
        for index in 0..<size {
            let list = lists[index]
            for thread in 0..<list.count where list[thread].start < earliest { earliest = list[thread].start }
        }
        return earliest
    }

    /// Drops the waiting threads that started in `starts`.
    mutating func removeAll(startingIn starts: Range<Int>) {
        for index in 0..<size where lists[index].count > 0 {
            count -= lists[index].removeAll { starts.contains($0.start) }
        }
    }
}
