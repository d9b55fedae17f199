import ZhText
import ZhTokens

/// One left-to-right run of a ``Program`` over a text: a Thompson/Pike simulation in which every
/// thread carries its start position and capture slots, with no backtracking.
///
/// - A thread waits at an instruction right after a consuming one; arriving at a position, it
///   goes through the precomputed closure of that instruction (``ClosureEntry``): each entry is
///   a step to try here or the rule's `accept`. A step's result at a position is computed once
///   for all threads, and a thread moves on only if the next position can continue it
///   (``FollowSet``, checked against a ``FollowProbe`` of that position made once).
/// - Positions are processed in increasing order; a step may jump ahead (a whole token, a list
///   word), so threads wait in per-position pending lists (a ``ThreadRing`` longer than the
///   longest jump). Positions where no thread waits and no rule may begin are passed over.
/// - At one position a program state is held by one thread only: the one with the earliest
///   start (then the first in priority order), which can reach every end the others could.
/// - Threads start only where the ``StartFilter`` says some rule can begin, and only for rules
///   whose `not-after` context allows it; the skip loop costs one bit test per position (and
///   jumps from one token a rule can begin with to the next); a scalar that begins rules only
///   before given scalars, Han characters or tokens (上 of `上年`, of the list word `上半年`)
///   also needs what follows it to be one of those. A rule that begins with a whole
///   token starts only if the position after the token can continue it (``TokenStartTable``).
/// - Chosen-so-far matches form a chain of non-overlapping candidates, left to right. A new
///   candidate (its end is always the current position) is offered to `accept` (the caller's
///   resolver: a date rule's `三年` whose year is out of range is refused), then takes its place
///   in the chain: it replaces a weaker candidate with the same start (longest, then higher
///   priority, then earlier rule), and drops the candidates and threads that start inside it.
///   Threads that start inside a chained candidate are dead; all others live on, and new threads
///   keep starting, so the text is read once, with no backing up.
/// - The first candidate of the chain is final, and emitted, once no live thread started at or
///   before it.
/// - A thread that meets an earlier-started one at the same state is dropped: the earlier one
///   reaches the same ends with a longer match that covers it. (The one exception: if `accept`
///   refuses the earlier one's match, the later one's match is not tried.)
///
/// Helpers that the hot path calls from `mutating` methods are `mutating` themselves even when
/// they only read: on this toolchain a non-mutating call there copies the whole VM (some 650
/// bytes) for each call.
struct PikeVM: ~Copyable {
    private struct Candidate {
        var rule: Int
        var start: Int
        var end: Int
        var slots: Int
    }

    private let program: Program
    private let text: MatchText
    private let wordBoundary: (Int) -> Bool
    private let accept: (PatternMatch) -> Bool
    private(set) var statistics = MatchStatistics()

    private var slots = SlotArena()
    /// Per instruction: the last `stamp` (closure round) that reached it. 32-bit stamps keep
    /// this table and ``stepMemo`` small (they are read at random for every step).
    private let visited: UnsafeMutableBufferPointer<UInt32>
    private var stamp: UInt32 = 0
    private var pending: ThreadRing
    /// The threads that arrived at the position being stepped (swapped out of `pending`).
    private var arrivals = ThreadList()
    /// Per context check: the position it was last evaluated at before a match, and the answer.
    private let notAfterMemo: UnsafeMutableBufferPointer<(position: Int, value: Bool)>
    /// The follow-scalar number (-1: none) of recently checked positions, by position modulo
    /// its size: the windows of ``StartRequirement``s overlap, and a position is looked up once.
    private let requiredNumbers: UnsafeMutableBufferPointer<(position: Int, number: Int32)>
    /// Per distinct consuming step: its result at the position being stepped (most rules begin
    /// and go on with the same few steps: `NUM`, `@scale`, …).
    private let stepMemo: UnsafeMutableBufferPointer<(stamp: UInt32, value: Int32, next: Int)>
    /// The candidates chosen so far and not yet emitted, left to right, non-overlapping, each with
    /// its match (built once, when it was offered to `accept`).
    private var chain: [(candidate: Candidate, match: PatternMatch)] = []
    private var boundaryCache: (position: Int, value: Bool) = (-1, false)
    /// Where ``nextStart(from:)`` looks for the next token a rule can begin with.
    private var tokenCursor = 0
    /// The position follow sets were last checked against.
    private var probe = FollowProbe()
    /// The position list words were last looked for at (by their first scalars).
    private var here = FollowProbe()

    /// A VM over `text`; threads wait in a ring of at most `ringLimit` positions (see
    /// ``ThreadRing``; tests make it tiny so that threads often wait aside).
    init(program: Program, text: MatchText, wordBoundary: @escaping (Int) -> Bool,
         accept: @escaping (PatternMatch) -> Bool, ringLimit: Int = ThreadRing.longest) {
        self.program = program
        self.text = text
        self.wordBoundary = wordBoundary
        self.accept = accept
        notAfterMemo = .allocate(capacity: program.contextChecks.count)
        notAfterMemo.initialize(repeating: (-1, false))
        requiredNumbers = .allocate(capacity: 64)
        requiredNumbers.initialize(repeating: (-1, -1))
        visited = .allocate(capacity: program.instructions.count)
        visited.initialize(repeating: 0)
        stepMemo = .allocate(capacity: program.stepCount)
        stepMemo.initialize(repeating: (0, -1, -1))
        pending = ThreadRing(reach: max(text.tokens.longestToken, program.longestWord, 1), limit: ringLimit)
    }

    deinit {
        visited.deallocate()
        stepMemo.deallocate()
        notAfterMemo.deallocate()
        requiredNumbers.deallocate()
        arrivals.deallocate()
    }

    /// Runs over the whole range and returns the chosen matches, in order.
    mutating func run() -> [PatternMatch] {
        var matches: [PatternMatch] = []
        let end = text.range.upperBound
        var position = text.range.lowerBound
        while true {
            if pending.count == 0 {
                // (Most of the time the chain is empty: emptying an empty array still costs a call.)
                if !chain.isEmpty {
                    for chosen in chain { matches.append(chosen.match) }
                    chain.removeAll(keepingCapacity: true)
                }
                slots.removeAll()
                position = nextStart(from: position, before: end)
                if position >= end { break }
            }
            step(at: position)
            position += 1
            if pending.count > 0 {
                if !chain.isEmpty { emitFinal(into: &matches) }
                // Positions where no thread waits and no rule can begin are passed over.
                position = nextStart(from: position, before: pending.firstWaiting(from: position))
            }
        }
        return matches
    }

    /// Emits the chain's leading candidates that no live thread can beat any more.
    private mutating func emitFinal(into matches: inout [PatternMatch]) {
        let earliest = pending.earliestStart()
        var count = 0
        while count < chain.count, chain[count].candidate.start < earliest {
            matches.append(chain[count].match)
            count += 1
        }
        chain.removeFirst(count)
    }

    /// The first position at or after `position` where some rule may begin, or `limit` if there
    /// is none before it. (Called with positions that never go back.) Kept out of line: inlined
    /// into ``run()``, the skip loop's registers spill and the rest of the loop loses its inlining.
    @inline(never)
    private mutating func nextStart(from position: Int, before limit: Int) -> Int {
        var position = position
        let tokenStart = text.tokens.nextStart(atOrAfter: position, cursor: &tokenCursor)
        let stop = min(limit, tokenStart)
        // One bit test per position: most scalars begin no rule (unless some rule begins with `HAN`).
        let han = program.startFilter.beginsWithHan
        while position < stop {
            let v = text.scalars[position].value
            if han || v >= 0x10000 || program.startFilter.mayBegin(bmp: v), program.startFilter.mayStart(at: position, in: text) { break }
            position += 1
        }
        return position
    }

    private mutating func step(at position: Int) {
        statistics.positions += 1
        if stamp == UInt32.max {
            // Stamps would wrap: forget every earlier round (once per 4G positions).
            visited.update(repeating: 0)
            stepMemo.update(repeating: (0, -1, -1))
            stamp = 0
        }
        stamp += 1
        pending.remove(at: position, into: &arrivals)
        arrivals.sortByStart()
        for index in 0..<arrivals.count where isAlive(arrivals[index]) {
            let thread = arrivals[index]
            for index in program.closures[thread.pc] {
                take(program.entries[index], start: thread.start, slots: thread.slots, at: position)
            }
        }
        arrivals.removeAll()
        // A position reached by waiting threads starts new ones only if some rule can begin there
        // (the skip loop's test: most such positions are inside a match).
        if position < text.range.upperBound, mayBegin(at: position) { startThreads(at: position) }
    }

    private mutating func isAlive(_ thread: VMThread) -> Bool {
        isAlive(start: thread.start)
    }

    /// Whether a thread that started at `start` can still give a chosen match: it must not start
    /// strictly inside a chained candidate.
    private mutating func isAlive(start: Int) -> Bool {
        let index = chainedBefore(start + 1) - 1
        guard index >= 0 else { return true }
        let candidate = chain[index].candidate
        return start == candidate.start || start >= candidate.end
    }

    /// How many chained candidates start before `position` (the chain is in order of start).
    /// The last one is looked at first (a thread nearly always starts after it); else a binary
    /// search, so that a thread waiting since long ago (`甲 HAN* 乙` while every 甲 is chosen) does
    /// not walk a chain that grows with the text at every position.
    @inline(__always)
    private mutating func chainedBefore(_ position: Int) -> Int {
        statistics.chainProbes += 1
        guard let last = chain.last, last.candidate.start >= position else { return chain.count }
        var low = 0, high = chain.count - 1
        while low < high {
            statistics.chainProbes += 1
            let middle = (low + high) / 2
            if chain[middle].candidate.start < position { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Starts the rules that may begin here: only the entries of their start closures whose
    /// first step can succeed on this scalar or token are tried, and a thread exists only once
    /// its first step succeeded.
    /// Whether some rule may begin at `position`: a scalar (or pair) the start filter knows, or a
    /// token of a kind some rule begins with.
    @inline(__always)
    private mutating func mayBegin(at position: Int) -> Bool {
        if program.startFilter.mayStart(at: position, in: text) { return true }
        guard let token = text.tokens.starting(at: position) else { return false }
        return program.startFilter.tokenKinds & token.kind.bit != 0
    }

    private mutating func startThreads(at position: Int) {
        let scalar = text.scalars[position]
        let token = text.tokens.starting(at: position)
        let (entries, combination) = program.startFilter.entries(scalar, token: token?.kind)
        guard !entries.isEmpty else { return }
        // The rules that begin with the token can go on only if what follows the token allows it.
        var allowed = UInt64.max
        let tokenEnd = token?.range.upperBound ?? position
        if let token, program.startFilter.tokenKinds & token.kind.bit != 0 {
            let next = token.range.upperBound
            if probe.position != next { probe = FollowProbe(next, in: text, scalars: program.followScalars) }
            allowed = program.startFilter.allowedAfterToken(token.kind, probe: probe)
        }
        // Only the entries worth trying are visited, in order.
        var places = program.startFilter.places(combination, allowed: allowed)
        while places != 0 {
            let entry = program.startFilter.entry(entries.lowerBound + places.trailingZeroBitCount)
            if meetsRequirements(of: entry, after: tokenEnd) { take(entry.closure, start: position, slots: SlotArena.none, at: position) }
            places &= places - 1
        }
        // Past the 64th entry (only with very many rules), one by one.
        for index in min(entries.lowerBound + 64, entries.upperBound)..<entries.upperBound {
            let entry = program.startFilter.entry(index)
            if program.startFilter.mayContinue(entry, allowed: allowed), meetsRequirements(of: entry, after: tokenEnd) {
                take(entry.closure, start: position, slots: SlotArena.none, at: position)
            }
        }
    }

    /// Whether the ``StartRequirement``s of start entry `entry` (a rule's first step on the token
    /// that ends at `tokenEnd`) can all be met: each has one of its scalars within its window.
    @inline(__always)
    private mutating func meetsRequirements(of entry: StartEntry, after tokenEnd: Int) -> Bool {
        var index = Int(entry.requirementStart)
        while index < Int(entry.requirementEnd) {
            if !isMet(program.requirements[index], after: tokenEnd) { return false }
            index += 1
        }
        return true
    }

    private mutating func isMet(_ requirement: StartRequirement, after tokenEnd: Int) -> Bool {
        var position = tokenEnd + requirement.minDistance
        let end = min(tokenEnd + requirement.maxDistance + 1, text.range.upperBound)
        while position < end {
            let number = requiredNumber(at: position)
            if number >= 0, program.followScalars.contains(number, inSetAt: requirement.scalars) { return true }
            position += 1
        }
        return false
    }

    /// The follow-scalar number of the scalar at `position` if it begins some required step, else -1.
    @inline(__always)
    private mutating func requiredNumber(at position: Int) -> Int {
        let slot = position & (requiredNumbers.count - 1)
        if requiredNumbers[slot].position == position { return Int(requiredNumbers[slot].number) }
        let scalar = text.scalars[position]
        let v = scalar.value
        // A quick bit test first: most scalars begin no required step.
        let required = v >= 0x10000 || program.requiredScalars[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0
        let number = required ? program.followScalars.number(of: scalar) : -1
        requiredNumbers[slot] = (position, Int32(number))
        return number
    }

    /// Takes closure entry `entry` for a thread that started at `start`: offers the match if the
    /// entry is an `accept`, else moves the thread past the entry's step if the step succeeds
    /// here and the next position can continue it. Each instruction is taken once per position,
    /// by the first (highest-priority) thread that reaches it.
    private mutating func take(_ entry: ClosureEntry, start: Int, slots history: Int, at position: Int) {
        let pc = Int(entry.pc)
        guard visited[pc] != stamp else { return }
        statistics.steps += 1
        // A failed boundary leaves the instruction free for a way around the boundary.
        if entry.needsBoundary, !isBoundary(position) { return }
        visited[pc] = stamp
        guard entry.step >= 0 else {
            offer(Candidate(rule: Int(entry.rule), start: start, end: position, slots: saving(Int(entry.saves), into: history, at: position)))
            return
        }
        let key = Int(entry.step)
        if stepMemo[key].stamp != stamp {
            // A list word is looked for only if some word begins with the scalar here.
            if entry.firstScalars >= 0, here.position != position { here = FollowProbe(position, in: text, scalars: program.followScalars) }
            let result = entry.firstScalars < 0 || program.followSets[Int(entry.firstScalars)].allows(here, scalars: program.followScalars)
                ? consume(pc, at: position) : nil
            stepMemo[key] = (stamp, result?.value ?? -1, result?.next ?? -1)
        }
        let (next, value) = (stepMemo[key].next, stepMemo[key].value)
        // The next position must be able to continue the thread (or the match may end here).
        guard next >= 0 else { return }
        if entry.follow >= 0 {
            if probe.position != next { probe = FollowProbe(next, in: text, scalars: program.followScalars) }
            guard program.followSets[Int(entry.follow)].allows(probe, scalars: program.followScalars) else { return }
        }
        // A rule whose `not-after` context is found before it does not start here.
        if start == position, let check = program.notAfter[Int(entry.rule)], isBefore(position, check) { return }
        if start == position { statistics.threadsStarted += 1 }
        enqueue(VMThread(pc: pc, start: start, slots: saving(Int(entry.saves), into: history, at: position)), next: next, value: value)
    }

    /// `history` with the saves of chain `node` written (all at `position`): one write.
    @inline(__always)
    private mutating func saving(_ node: Int, into history: Int, at position: Int) -> Int {
        node < 0 ? history : slots.write(position, chain: node, in: history)
    }

    /// Whether an item of context check `check` ends right before `position` (memoized: rules
    /// often share their `not-after` lists).
    private mutating func isBefore(_ position: Int, _ check: Int) -> Bool {
        if notAfterMemo[check].position != position {
            notAfterMemo[check] = (position, program.contextChecks[check].endsBefore(position, in: text, using: program.tries))
        }
        return notAfterMemo[check].value
    }

    private mutating func isBoundary(_ position: Int) -> Bool {
        if boundaryCache.position != position {
            statistics.boundaryQueries += 1
            boundaryCache = (position, wordBoundary(position))
        }
        return boundaryCache.value
    }

    /// Where the consuming instruction at `pc` ends if it matches at `position`, and the value
    /// index of the list word it read (or -1).
    @inline(__always)
    private func consume(_ pc: Int, at position: Int) -> (next: Int, value: Int32)? {
        let end = text.range.upperBound
        guard position < end else { return nil }
        switch program.instructions[pc] {
        case .scalar(let scalar):
            return text.scalars[position] == scalar ? (position + 1, -1) : nil
        case .han:
            return HanCharacter.contains(text.scalars[position]) ? (position + 1, -1) : nil
        case .token(let kind):
            guard let token = text.tokens.starting(at: position), token.kind == kind, token.range.upperBound <= end else { return nil }
            return (token.range.upperBound, -1)
        case .word(let trie, _):
            guard let (length, value) = program.tries[trie].longestMatch(in: text.scalars, at: position, end: end) else { return nil }
            return (position + length, value)
        case .boundary, .split, .jump, .save, .accept:
            return nil
        }
    }

    /// Moves `thread` past its consuming instruction to wait at `next`, storing a list word's
    /// value in the captures around the `@list` atom.
    private mutating func enqueue(_ thread: VMThread, next: Int, value: Int32) {
        var thread = thread
        if value >= 0, case .word(_, let captures) = program.instructions[thread.pc] {
            for index in program.captureLists[captures] {
                let capture = program.captureIndices[index]
                thread.slots = slots.write(Int(value), at: 3 * capture + 2, in: thread.slots)
            }
        }
        thread.pc += 1
        pending.append(thread, at: next)
    }

    /// Puts `candidate` in the chain if `accept` takes it and, at its start, it beats the
    /// chained candidate (longest, then higher priority, then earlier rule); what starts inside it
    /// is dropped. Kept out of line: candidates are rare next to steps, and inlined into the
    /// step loop it costs that loop its other inlining.
    @inline(never)
    private mutating func offer(_ candidate: Candidate) {
        guard candidate.end > candidate.start, isAlive(start: candidate.start) else { return }
        if let check = program.notBefore[candidate.rule], program.contextChecks[check].startsAt(candidate.end, in: text, using: program.tries) { return }
        statistics.candidates += 1
        // The chained candidates that stay: those that end at or before its start.
        let kept = chainedBefore(candidate.start)
        if kept < chain.count, chain[kept].candidate.start == candidate.start, !beats(candidate, chain[kept].candidate) { return }
        let match = match(from: candidate)
        guard accept(match) else { return }
        chain.removeLast(chain.count - kept)
        chain.append((candidate, match))
        pending.removeAll(startingIn: candidate.start + 1..<candidate.end)
    }

    private func beats(_ a: Candidate, _ b: Candidate) -> Bool {
        let (lengthA, lengthB) = (a.end - a.start, b.end - b.start)
        if lengthA != lengthB { return lengthA > lengthB }
        let (priorityA, priorityB) = (program.priorities[a.rule], program.priorities[b.rule])
        if priorityA != priorityB { return priorityA > priorityB }
        return a.rule < b.rule
    }

    private mutating func match(from candidate: Candidate) -> PatternMatch {
        let names = program.captureNames[candidate.rule]
        var captures: [Capture] = []
        if !names.isEmpty {
            captures.reserveCapacity(names.count)
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * names.count) { values in
                withUnsafeTemporaryAllocation(of: Bool.self, capacity: 3 * names.count) { known in
                    slots.read(candidate.slots, into: values, scratch: known, chains: program.saveNodes)
                }
                for (index, name) in names.enumerated() {
                    let (start, end, value) = (values[3 * index], values[3 * index + 1], values[3 * index + 2])
                    guard start >= 0, end >= start else { continue }
                    captures.append(Capture(name: name, range: start..<end, value: value >= 0 ? program.values[value] : nil))
                }
            }
        }
        return PatternMatch(ruleIndex: candidate.rule, range: candidate.start..<candidate.end, captures: captures)
    }
}
