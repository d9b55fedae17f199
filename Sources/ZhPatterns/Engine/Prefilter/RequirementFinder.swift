/// Finds the ``StartRequirement``s of a rule at an instruction: the literal and list-word steps
/// that every way from there to the rule's `accept` takes, each with the range of distances (in
/// scalars) at which it can begin.
///
/// A step qualifies when removing it leaves `accept` unreachable, and when the ways to it are
/// bounded: no loop, and no whole-token step (a token's length is not known in advance) before
/// it. A step that can only begin right at `from` is left out: the follow set of the step before
/// (``FollowSet``, ``TokenStartTable``) already checks that position. Works on one rule's
/// instructions, so it is cheap at compile time.
struct RequirementFinder {
    let instructions: [Instruction]
    let tries: [WordTrie]

    /// At most this many requirements are kept per start (the smallest scalar sets first).
    static let limit = 2

    /// The requirements of a thread waiting at `from`, in the rule whose `accept` is at `accept`:
    /// the required step's first scalars and distance range, smallest sets first.
    func requirements(from: Int, accept: Int) -> [(scalars: Set<UInt32>, minDistance: Int, maxDistance: Int)] {
        var found: [(scalars: Set<UInt32>, minDistance: Int, maxDistance: Int)] = []
        for pc in reachable(from: from, avoiding: nil) where pc != accept {
            guard let scalars = firstScalars(of: pc), !reachable(from: from, avoiding: pc, stoppingAt: accept).contains(accept),
                  let (low, high) = distance(from: from, to: pc), high > 0 else { continue }
            found.append((scalars, low, high))
        }
        return Array(found.sorted { $0.scalars.count < $1.scalars.count }.prefix(Self.limit))
    }

    /// The first scalars of a literal or list-word step; `nil` for other instructions.
    private func firstScalars(of pc: Int) -> Set<UInt32>? {
        switch instructions[pc] {
        case .scalar(let scalar): return [scalar.value]
        case .word(let trie, _): return Set(tries[trie].firstScalars.map(\.value))
        case .han, .token, .boundary, .split, .jump, .save, .accept: return nil
        }
    }

    /// The instructions reachable from `from` without going through `avoided`; with a `goal`,
    /// the search stops as soon as it reaches it (all that matters is whether it does).
    private func reachable(from: Int, avoiding avoided: Int?, stoppingAt goal: Int? = nil) -> Set<Int> {
        var seen = Set<Int>()
        var stack = [from]
        while let pc = stack.popLast() {
            guard pc != avoided, seen.insert(pc).inserted else { continue }
            if pc == goal { break }
            let (first, second) = instructions[pc].successors(at: pc)
            if first >= 0 { stack.append(first) }
            if second >= 0 { stack.append(second) }
        }
        return seen
    }

    /// The fewest and most scalars consumed on the ways from `from` to `target` (before it), or
    /// `nil` if a way has a loop or a whole-token step.
    private func distance(from: Int, to target: Int) -> (Int, Int)? {
        var memo: [Int: (Int, Int)?] = [:]
        var onPath = Set<Int>()
        var bounded = true
        /// The distance range from `pc` to `target`, `nil` if `target` cannot be reached from it.
        func visit(_ pc: Int) -> (Int, Int)? {
            if pc == target { return (0, 0) }
            if let known = memo[pc] { return known }
            guard onPath.insert(pc).inserted else {
                bounded = false
                return nil
            }
            defer { onPath.remove(pc) }
            var result: (Int, Int)?
            let (first, second) = instructions[pc].successors(at: pc)
            for next in [first, second] where next >= 0 {
                guard let (low, high) = visit(next) else { continue }
                result = result.map { (min($0.0, low), max($0.1, high)) } ?? (low, high)
            }
            if let (low, high) = result {
                guard let (stepLow, stepHigh) = length(of: pc) else {
                    bounded = false
                    return nil
                }
                result = (low + stepLow, high + stepHigh)
            }
            memo[pc] = result
            return result
        }
        let result = visit(from)
        return bounded ? result : nil
    }

    /// How many scalars the instruction at `pc` consumes, at least and at most; `nil` for a whole
    /// token (unbounded).
    private func length(of pc: Int) -> (Int, Int)? {
        switch instructions[pc] {
        case .scalar, .han: return (1, 1)
        case .word(let trie, _): return (tries[trie].shortestWord, tries[trie].longestWord)
        case .token: return nil
        case .boundary, .split, .jump, .save, .accept: return (0, 0)
        }
    }
}
