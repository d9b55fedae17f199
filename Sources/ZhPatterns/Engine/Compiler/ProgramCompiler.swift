import ZhTokens

/// Compiles the rules of a ``PatternSet`` into one ``Program`` (Thompson construction).
///
/// Literals and list words are passed through `normalize` first, so they are compared with the
/// normalized text in the same form (full-width folded, Traditional mapped to Simplified).
struct ProgramCompiler {
    private let patterns: PatternSet
    private let normalize: @Sendable ([Unicode.Scalar]) -> [Unicode.Scalar]
    private var program = Program()
    private var trieIndex: [String: Int] = [:]
    private var valueIndex: [String: Int32] = [:]
    private var checkIndex: [String: Int] = [:]
    /// The capture names of the rule being compiled.
    private var captureNames: [String] = []

    /// What a consuming instruction tests, so that instructions testing the same thing share one
    /// step number (hashed directly: describing a token kind as text reflects on the enum).
    private enum StepKey: Hashable {
        case scalar(UInt32)
        case han
        case token(TokenKind)
        case word(Int)
    }

    init(patterns: PatternSet, normalize: @escaping @Sendable ([Unicode.Scalar]) -> [Unicode.Scalar]) {
        self.patterns = patterns
        self.normalize = normalize
    }

    consuming func compile() -> Program {
        for (index, rule) in patterns.rules.enumerated() {
            captureNames = []
            program.ruleStarts.append(program.instructions.count)
            emit(rule.pattern, captures: [])
            program.instructions.append(.accept(rule: index))
            program.captureNames.append(captureNames)
            program.priorities.append(rule.priority)
            program.notAfter.append(contextCheck(rule.notAfter, backward: true))
            program.notBefore.append(contextCheck(rule.notBefore, backward: false))
        }
        program.closures = Array(repeating: 0..<0, count: program.instructions.count + 1)
        for (rule, start) in program.ruleStarts.enumerated() {
            addClosure(from: start, rule: rule)
            for pc in start..<(program.ruleStarts.dropFirst(rule + 1).first ?? program.instructions.count)
            where program.instructions[pc].consumes {
                addClosure(from: pc + 1, rule: rule)
            }
            addFirstSet(of: rule)
        }
        var keys: [StepKey: Int] = [:]
        program.stepKeys = program.instructions.map { instruction in
            let key: StepKey
            switch instruction {
            case .scalar(let scalar): key = .scalar(scalar.value)
            case .han: key = .han
            case .token(let kind): key = .token(kind)
            case .word(let trie, _): key = .word(trie)
            case .boundary, .split, .jump, .save, .accept: return -1
            }
            if let index = keys[key] { return index }
            keys[key] = keys.count
            return keys.count - 1
        }
        program.stepCount = keys.count
        addFollowSets()
        program.startFilter.finish(entries: program.entries, requirements: program.entryRequirements, followSets: program.followSets, scalars: program.followScalars)
        program.longestWord = program.tries.map(\.longestWord).max() ?? 0
        for case .token(let kind) in program.instructions { program.tokenKinds |= kind.bit }
        return program
    }

    // MARK: Thompson construction

    private mutating func emit(_ node: PatternNode, captures: [Int]) {
        switch node {
        case .literal(let scalars):
            for scalar in normalize(scalars) { program.instructions.append(.scalar(scalar)) }
        case .tokenClass(let tokenClass):
            program.instructions.append(tokenClass.tokenKind.map(Instruction.token) ?? .han)
        case .list(let reference):
            program.captureLists.append(program.captureIndices.count..<program.captureIndices.count + captures.count)
            program.captureIndices += captures
            program.instructions.append(.word(trie: trie(for: reference, backward: false), captures: program.captureLists.count - 1))
        case .boundary:
            program.instructions.append(.boundary)
        case .mention(let type):
            program.instructions.append(.scalar(type.placeholder))
        case .sequence(let items):
            for item in items { emit(item, captures: captures) }
        case .alternation(let branches):
            var jumps: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index == branches.count - 1 {
                    emit(branch, captures: captures)
                } else {
                    let split = placeholder()
                    emit(branch, captures: captures)
                    jumps.append(placeholder())
                    program.instructions[split] = .split(split + 1, program.instructions.count)
                }
            }
            for jump in jumps { program.instructions[jump] = .jump(program.instructions.count) }
        case .repetition(let item, let min, let max):
            for _ in 0..<min { emit(item, captures: captures) }
            if let max {
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(placeholder())
                    emit(item, captures: captures)
                }
                for split in splits { program.instructions[split] = .split(split + 1, program.instructions.count) }
            } else {
                let split = placeholder()
                emit(item, captures: captures)
                program.instructions.append(.jump(split))
                program.instructions[split] = .split(split + 1, program.instructions.count)
            }
        case .capture(let name, let item):
            let index = captureNames.firstIndex(of: name) ?? {
                captureNames.append(name)
                return captureNames.count - 1
            }()
            program.instructions.append(.save(slot: 3 * index))
            emit(item, captures: captures + [index])
            program.instructions.append(.save(slot: 3 * index + 1))
        }
    }

    /// Appends an instruction to be patched, and returns its index.
    private mutating func placeholder() -> Int {
        program.instructions.append(.jump(-1))
        return program.instructions.count - 1
    }

    // MARK: Lists and contexts

    /// The trie of the list's words (only those with the reference's value, if it names one).
    private mutating func trie(for reference: ListReference, backward: Bool) -> Int {
        let key = "\(backward ? "<" : ">")\(reference.name)=\(reference.value ?? "")"
        if let index = trieIndex[key] { return index }
        var words: [(scalars: [Unicode.Scalar], value: Int32)] = []
        for entry in patterns.lists[reference.name]?.entries ?? [] where reference.value == nil || entry.value == reference.value {
            let word = normalize(Array(entry.word.unicodeScalars))
            guard !word.isEmpty else { continue }
            let valueIndex = entry.value.map { value($0) } ?? WordTrie.noValue
            words.append((backward ? word.reversed() : word, valueIndex))
        }
        let trie = WordTrie(words: words)
        program.tries.append(trie)
        trieIndex[key] = program.tries.count - 1
        return program.tries.count - 1
    }

    private mutating func value(_ text: String) -> Int32 {
        if let index = valueIndex[text] { return index }
        program.values.append(text)
        valueIndex[text] = Int32(program.values.count - 1)
        return Int32(program.values.count - 1)
    }

    /// The index of the check for `items` (shared by rules with equal lists), or `nil` if empty.
    private mutating func contextCheck(_ items: [ContextItem], backward: Bool) -> Int? {
        if items.isEmpty { return nil }
        let key = (backward ? "<" : ">") + items.map(\.description).joined(separator: " ")
        if let index = checkIndex[key] { return index }
        var literals: [[Unicode.Scalar]] = [], tries: [Int] = [], classes: [TokenClass] = []
        for item in items {
            switch item {
            case .literal(let scalars): literals.append(normalize(scalars))
            case .list(let reference): tries.append(trie(for: reference, backward: backward))
            case .tokenClass(let tokenClass): classes.append(tokenClass)
            }
        }
        program.contextChecks.append(ContextCheck(literals: literals, tries: tries, classes: classes))
        checkIndex[key] = program.contextChecks.count - 1
        return program.contextChecks.count - 1
    }

    // MARK: Start closures and FIRST sets

    /// Computes the closure of `pc`: the consuming instructions and `accept` reachable through
    /// epsilon moves, in the order the VM's closure would visit them (depth first, first branch
    /// first, each instruction once), with the saves and boundary assertions on the way.
    private mutating func addClosure(from pc: Int, rule: Int) {
        let first = program.entries.count
        var seen = Set<Int>()
        var stack: [(pc: Int, saves: Int, boundary: Bool)] = [(pc, -1, false)]
        while let (pc, saves, boundary) = stack.popLast() {
            // A way through a word boundary and a way around it may reach the same instruction:
            // both are kept (the first in priority order that holds at run time is taken), as
            // the VM would take the second when the boundary fails.
            guard seen.insert(2 * pc + (boundary ? 1 : 0)).inserted else { continue }
            let instruction = program.instructions[pc]
            var (saves, boundary) = (saves, boundary)
            switch instruction {
            case .scalar, .han, .token, .word, .accept:
                program.entries.append(ClosureEntry(rule: Int32(rule), pc: Int32(pc), saves: Int32(saves), needsBoundary: boundary))
                continue
            case .boundary: boundary = true
            case .save(let slot):
                program.saveNodes.append((slot, saves))
                saves = program.saveNodes.count - 1
            case .jump, .split: break
            }
            // The preferred way last, so that it is taken first.
            let (first, second) = instruction.successors(at: pc)
            if second >= 0 { stack.append((second, saves, boundary)) }
            stack.append((first, saves, boundary))
        }
        program.closures[pc] = first..<program.entries.count
    }

    /// Computes the follow set of every consuming instruction (and the first scalars of every
    /// list word step) and writes into every closure entry its step key and sets.
    private mutating func addFollowSets() {
        var sets: [(scalars: Set<UInt32>, han: Bool, kinds: UInt8)] = []
        var setOfInstruction = Array(repeating: Int32(-1), count: program.instructions.count)
        var wordStart = Array(repeating: Int32(-1), count: program.instructions.count)
        for pc in program.instructions.indices where program.instructions[pc].consumes {
            if let set = followSet(from: pc + 1) {
                setOfInstruction[pc] = Int32(sets.count)
                sets.append(set)
            }
            if case .word = program.instructions[pc], let set = followSet(from: pc) {
                wordStart[pc] = Int32(sets.count)
                sets.append(set)
            }
        }
        let required = startRequirements()
        let (table, offsets) = FollowScalars.storing(sets.map(\.scalars) + required.map(\.scalars))
        program.followScalars = table
        program.followSets = sets.indices.map { FollowSet(scalars: offsets[$0], han: sets[$0].han, kinds: sets[$0].kinds) }
        program.entryRequirements = Array(repeating: 0..<0, count: program.entries.count)
        for (index, requirement) in required.enumerated() {
            let range = program.entryRequirements[requirement.entry]
            program.entryRequirements[requirement.entry] = (range.isEmpty ? program.requirements.count : range.lowerBound)..<(program.requirements.count + 1)
            program.requirements.append(StartRequirement(scalars: offsets[sets.count + index],
                                                         minDistance: requirement.minDistance, maxDistance: requirement.maxDistance))
            for scalar in requirement.scalars where scalar < 0x10000 {
                program.requiredScalars[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63)
            }
        }
        for index in program.entries.indices {
            let pc = Int(program.entries[index].pc)
            program.entries[index].step = Int32(program.stepKeys[pc])
            program.entries[index].follow = setOfInstruction[pc]
            program.entries[index].firstScalars = wordStart[pc]
        }
    }

    /// The requirements of every start entry whose first step is a whole token, in entry order
    /// (see ``StartRequirement``).
    private func startRequirements() -> [(entry: Int, scalars: Set<UInt32>, minDistance: Int, maxDistance: Int)] {
        let finder = RequirementFinder(instructions: program.instructions, tries: program.tries)
        var result: [(entry: Int, scalars: Set<UInt32>, minDistance: Int, maxDistance: Int)] = []
        for (rule, start) in program.ruleStarts.enumerated() {
            let accept = (rule + 1 < program.ruleStarts.count ? program.ruleStarts[rule + 1] : program.instructions.count) - 1
            for entry in program.closures[start] {
                let pc = Int(program.entries[entry].pc)
                guard case .token = program.instructions[pc] else { continue }
                for found in finder.requirements(from: pc + 1, accept: accept) {
                    result.append((entry, found.scalars, found.minDistance, found.maxDistance))
                }
            }
        }
        return result
    }

    /// The first steps reachable from `pc` through epsilon moves, or `nil` if `accept` is.
    private func followSet(from pc: Int) -> (scalars: Set<UInt32>, han: Bool, kinds: UInt8)? {
        var han = false
        var kinds: UInt8 = 0
        var scalars = Set<UInt32>()
        var seen = Set<Int>()
        var stack = [pc]
        while let pc = stack.popLast() {
            guard seen.insert(pc).inserted else { continue }
            switch program.instructions[pc] {
            case .scalar(let scalar): scalars.insert(scalar.value)
            case .han: han = true
            case .token(let kind): kinds |= kind.bit
            case .word(let trie, _): scalars.formUnion(program.tries[trie].firstScalars.map(\.value))
            case .boundary, .save, .jump, .split:
                let (first, second) = program.instructions[pc].successors(at: pc)
                stack.append(first)
                if second >= 0 { stack.append(second) }
            case .accept: return nil
            }
        }
        return (scalars, han, kinds)
    }

    /// Adds to the start filter every first step of `rule`.
    private mutating func addFirstSet(of rule: Int) {
        for index in program.closures[program.ruleStarts[rule]] {
            let pc = Int(program.entries[index].pc)
            switch program.instructions[pc] {
            case .scalar(let scalar):
                let next = followSet(from: pc + 1).map { (Array($0.scalars), $0.han, $0.kinds) }
                program.startFilter.add(scalar, entry: index, followedBy: next)
            case .han: program.startFilter.addHan(entry: index)
            case .token(let kind): program.startFilter.add(kind, entry: index)
            case .word(let trie, _):
                for scalar in program.tries[trie].firstScalars {
                    let seconds = program.tries[trie].secondScalars(after: scalar)
                    program.startFilter.add(scalar, entry: index, followedBy: seconds.map { ($0, false, 0) })
                }
            case .boundary, .save, .jump, .split, .accept: break
            }
        }
    }
}
