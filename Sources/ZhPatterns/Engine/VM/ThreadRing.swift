/// The threads waiting for the positions ahead of the one being stepped: one ``ThreadList`` per
/// position, in a ring as long as the longest jump a step can make (a power of two, so a
/// position finds its list with a mask), but no longer than ``longest`` positions. A thread that must wait
/// further ahead than the ring reaches (past a very long token: a run of thousands of digits)
/// waits in a side list until the ring comes within reach of its position; so memory and the
/// ring's scans stay bounded whatever the text.
struct ThreadRing: ~Copyable {
    /// The most positions a ring covers.
    static let longest = 1024

    private let lists: UnsafeMutablePointer<ThreadList>
    private let size: Int
    /// The threads waiting in all lists and in ``far``.
    private(set) var count = 0
    /// The position being stepped: threads wait for positions after it.
    private var current = 0
    /// Threads waiting for positions the ring does not reach yet, in the order they came.
    private var far: [(position: Int, thread: VMThread)] = []
    /// The first position a thread in ``far`` waits for (`Int.max` if none).
    private var farFirst = Int.max

    /// A ring for steps that move at most `reach` positions ahead, and no longer than `limit`
    /// (a power of two; threads going further wait aside).
    init(reach: Int, limit: Int = longest) {
        var size = 1
        while size <= reach, size < limit { size *= 2 }
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
        if position - current < size {
            lists[position & (size - 1)].append(thread)
        } else {
            far.append((position, thread))
            farFirst = min(farFirst, position)
        }
        count += 1
    }

    /// Moves the threads waiting for `position`, the position now stepped, into `arrivals`,
    /// which must be empty (the two lists trade places).
    mutating func remove(at position: Int, into arrivals: inout ThreadList) {
        current = position
        if farFirst - position < size { admitFar() }
        swap(&arrivals, &lists[position & (size - 1)])
        count -= arrivals.count
    }

    /// Moves the threads of ``far`` whose positions the ring now reaches into their lists, in
    /// the order they came: before any thread added for the same position later.
    private mutating func admitFar() {
        var first = Int.max
        var kept: [(position: Int, thread: VMThread)] = []
        for (position, thread) in far {
            if position - current < size {
                lists[position & (size - 1)].append(thread)
            } else {
                kept.append((position, thread))
                first = min(first, position)
            }
        }
        far = kept
        farFirst = first
    }

    /// The first position at or after `position` that threads wait for (`Int.max` if none); all
    /// waiting threads must wait for `position` or later.
    @inline(__always)
    func firstWaiting(from position: Int) -> Int {
        for offset in 0..<size where lists[(position + offset) & (size - 1)].count > 0 { return position + offset }
        return farFirst
    }

    /// The earliest start of a waiting thread (`Int.max` if none).
    func earliestStart() -> Int {
        var earliest = Int.max
        for index in 0..<size {
            let list = lists[index]
            for thread in 0..<list.count where list[thread].start < earliest { earliest = list[thread].start }
        }
        for (_, thread) in far where thread.start < earliest { earliest = thread.start }
        return earliest
    }

    /// Drops the waiting threads that started in `starts`.
    mutating func removeAll(startingIn starts: Range<Int>) {
        for index in 0..<size where lists[index].count > 0 {
            count -= lists[index].removeAll { starts.contains($0.start) }
        }
        guard !far.isEmpty else { return }
        let before = far.count
        far.removeAll { starts.contains($0.thread.start) }
        count -= before - far.count
        farFirst = far.lazy.map(\.position).min() ?? Int.max
    }
}
