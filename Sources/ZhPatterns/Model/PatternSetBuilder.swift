/// Merges pattern files folder by folder into rules and lists, applying the replace-and-extend
/// policy documented on ``PatternSet``, and checks what needs all files: duplicate ids, unknown
/// lists, list values that no word carries, the size of all rules together.
struct PatternSetBuilder {
    private var rules: [Rule] = []
    private var ruleIndexByID: [String: Int] = [:]
    private var lists: [String: WordList] = [:]
    private var errors: [PatternError] = []

    mutating func add(folder files: [PatternFile]) {
        for file in files { errors += file.errors }
        var listsDefinedHere: [String: ListDeclaration] = [:]
        for declaration in files.flatMap(\.lists) where declaration.columns != nil {
            addGazetteer(declaration)
        }
        for declaration in files.flatMap(\.lists) where !declaration.extends && declaration.columns == nil {
            if let first = listsDefinedHere[declaration.name] {
                errors.append(PatternError(file: declaration.file, line: declaration.line, column: 1,
                                           message: "duplicate list '\(declaration.name)' (first defined at \(first.file):\(first.line))"))
                continue
            }
            listsDefinedHere[declaration.name] = declaration
            lists[declaration.name] = WordList(name: declaration.name, entries: declaration.entries, file: declaration.file, line: declaration.line)
        }
        for declaration in files.flatMap(\.lists) where declaration.extends {
            guard lists[declaration.name] != nil else {
                errors.append(PatternError(file: declaration.file, line: declaration.line, column: 1,
                                           message: "'list \(declaration.name) +' adds to no list; define it with 'list \(declaration.name)'"
                                               + Suggestion.hint(for: declaration.name, in: lists.keys)))
                continue
            }
            lists[declaration.name]!.add(declaration.entries)
        }
        var rulesDefinedHere: [String: Rule] = [:]
        for rule in files.flatMap(\.rules) {
            if let first = rulesDefinedHere[rule.id] {
                errors.append(PatternError(file: rule.file, line: rule.line, column: 1,
                                           message: "duplicate rule id '\(rule.id)' (first defined at \(first.file):\(first.line))"))
                continue
            }
            rulesDefinedHere[rule.id] = rule
            if let index = ruleIndexByID[rule.id] {
                rules[index] = rule
            } else {
                ruleIndexByID[rule.id] = rules.count
                rules.append(rule)
            }
        }
    }

    /// Defines a gazetteer, or adds its rows to the one of that name loaded before (whose
    /// columns it must have).
    private mutating func addGazetteer(_ declaration: ListDeclaration) {
        let columns = declaration.columns ?? []
        guard let existing = lists[declaration.name] else {
            lists[declaration.name] = WordList(name: declaration.name, entries: declaration.entries, columns: columns,
                                               file: declaration.file, line: declaration.line)
            return
        }
        guard existing.columns == columns else {
            errors.append(PatternError(file: declaration.file, line: declaration.line, column: 1,
                                       message: "gazetteer '\(declaration.name)' has columns \(columns.joined(separator: ", ")); the one it adds to (\(existing.file)) has \(existing.columns.isEmpty ? "none: it is a list block" : existing.columns.joined(separator: ", "))"))
            return
        }
        lists[declaration.name]!.add(declaration.entries)
    }

    /// The merged rules and lists, and every error (the files' own, then the cross-file checks).
    func finish() -> (rules: [Rule], lists: [String: WordList], errors: [PatternError]) {
        var errors = self.errors
        for rule in rules {
            let references = rule.pattern.listReferences + (rule.notAfter + rule.notBefore).compactMap { item -> ListReference? in
                if case .list(let reference) = item { return reference }
                return nil
            }
            for reference in references {
                if let message = problem(with: reference) {
                    errors.append(PatternError(file: rule.file, line: reference.line, column: reference.column, message: message))
                }
            }
        }
        // The matcher's closures grow with the square of each rule's size: a few of the largest
        // rules are fine, dozens would take gigabytes.
        var squaredSizes = 0
        for rule in rules {
            let size = rule.pattern.compiledSize
            squaredSizes += size * size
            if squaredSizes > PatternFileParser.maximumSquaredSizes {
                errors.append(PatternError(file: rule.file, line: rule.line, column: 1,
                                           message: "rule '\(rule.id)' makes the rules too large together: the matcher needs memory in the square of each rule's size, and the rules up to this one need \(squaredSizes) of at most \(PatternFileParser.maximumSquaredSizes) (four rules of \(PatternFileParser.maximumRuleSize) steps); make the large rules smaller"))
                break
            }
        }
        return (rules, lists, errors)
    }

    private func problem(with reference: ListReference) -> String? {
        guard let list = lists[reference.name] else {
            return "unknown list '@\(reference.name)'" + Suggestion.hint(for: reference.name, in: lists.keys, prefix: "@")
        }
        if list.entries.isEmpty { return "list '\(reference.name)' has no words" }
        if let value = reference.value, !list.entries.contains(where: { $0.value == value }) {
            return "no word of list '\(reference.name)' has the value '\(value)'"
        }
        return nil
    }
}
