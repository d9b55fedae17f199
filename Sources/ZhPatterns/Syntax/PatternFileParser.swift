import ZhText

/// The line-by-line reader behind ``PatternFile``.
///
/// Top-level lines open blocks (`list NAME`, `list NAME +`, `part NAME`, `rule ID`); indented
/// lines belong to the open block: words of a list, or `key: value` lines of a rule or a part
/// (whose only key is `match:`). A rule line indented deeper
/// than the rule's first key continues the previous `match:`, `not-after:` or `not-before:`.
struct PatternFileParser {
    /// The largest rule, in VM instructions once repetitions are expanded: the matcher
    /// precomputes each instruction's closure, which grows with the square of a rule's size.
    static let maximumRuleSize = 2_000
    /// What all rules together may need, as the sum of the squares of their sizes: four rules
    /// of the largest size (some 100 MB and a second to compile; the built-in rules need 13,000).
    static let maximumSquaredSizes = 4 * maximumRuleSize * maximumRuleSize

    /// The keys a rule block accepts.
    static let ruleKeys = ["type", "priority", "match", "not-after", "not-before", "example", "counter"]
    private static let continuableKeys: Set<String> = ["match", "not-after", "not-before"]

    let path: String
    /// The parts defined so far in the load, this file's added as they are read.
    private(set) var parts: PartTable
    private(set) var lists: [ListDeclaration] = []
    private(set) var rules: [Rule] = []
    private(set) var errors: [PatternError] = []

    /// The rule being read: its header and its key lines, parsed when the block ends.
    private struct RuleBlock {
        var id: String
        var line: Int
        var keyIndentation: Int?
        /// Key lines in order; continuation lines are appended to the last one's pieces.
        var keys: [(key: String, location: ScalarCursor.Location, pieces: [([Unicode.Scalar], ScalarCursor.Location)])] = []
    }

    private enum Block {
        case none
        case list(Int)
        case rule(RuleBlock)
        case part(RuleBlock)
    }

    private var block = Block.none

    init(path: String, parts: PartTable) {
        self.path = path
        self.parts = parts
    }

    mutating func parse(_ lines: [SourceLine]) {
        for line in lines where !line.isBlank {
            if line.indentation == 0 {
                finishBlock()
                openBlock(line)
            } else {
                readIndented(line)
            }
        }
        finishBlock()
    }

    // MARK: Blocks

    private mutating func openBlock(_ line: SourceLine) {
        var cursor = ScalarCursor(file: path, line: line.number, scalars: line.scalars, from: 0)
        let keyword = String(scalars: cursor.readBare())
        cursor.skipSpaces()
        let nameLocation = cursor.location
        let name = String(scalars: cursor.readBare())
        cursor.skipSpaces()
        switch keyword {
        case "list":
            guard validName(name, what: "list name", after: "list", at: nameLocation, cursor: cursor) else { return }
            let extends = cursor.peek == "+"
            if extends { cursor.advance() }
            cursor.skipSpaces()
            if !cursor.isAtEnd {
                errors.append(cursor.error("unexpected text after the list name (write 'list \(name) +' to add to a list)"))
            }
            lists.append(ListDeclaration(name: name, extends: extends, entries: [], file: path, line: line.number))
            block = .list(lists.count - 1)
        case "rule":
            guard validName(name, what: "rule id", after: "rule", at: nameLocation, cursor: cursor) else { return }
            if !cursor.isAtEnd { errors.append(cursor.error("unexpected text after the rule id")) }
            block = .rule(RuleBlock(id: name, line: line.number))
        case "part":
            guard validName(name, what: "part name", after: "part", at: nameLocation, cursor: cursor) else { return }
            if !cursor.isAtEnd { errors.append(cursor.error("unexpected text after the part name")) }
            block = .part(RuleBlock(id: name, line: line.number))
        default:
            let isKey = keyword.hasSuffix(":") && Self.ruleKeys.contains(String(keyword.dropLast()))
            errors.append(cursor.error(isKey ? "'\(keyword)' must be indented under a 'rule' line"
                                             : "expected 'list NAME', 'part NAME' or 'rule ID' at the start of a line", at: .init(line: line.number, column: 1)))
            block = .none
        }
    }

    private mutating func validName(_ name: String, what: String, after keyword: String, at location: ScalarCursor.Location, cursor: ScalarCursor) -> Bool {
        if name.isEmpty {
            errors.append(cursor.error("expected a \(what) after '\(keyword)'", at: location))
        } else if !name.unicodeScalars.allSatisfy(MatchExpressionParser.isListNameScalar) {
            errors.append(cursor.error("\(what) '\(name)' may use only ASCII letters, digits, '-', '_' and '.'", at: location))
        } else {
            return true
        }
        block = .none
        return false
    }

    private mutating func readIndented(_ line: SourceLine) {
        switch block {
        case .none:
            errors.append(PatternError(file: path, line: line.number, column: 1, message: "indented line outside a 'list', 'part' or 'rule' block"))
        case .list(let index):
            readListEntries(line, into: index)
        case .rule(var rule):
            readRuleLine(line, into: &rule)
            block = .rule(rule)
        case .part(var part):
            readRuleLine(line, into: &part)
            block = .part(part)
        }
    }

    private mutating func finishBlock() {
        switch block {
        case .rule(let rule): finishRule(rule)
        case .part(let part): finishPart(part)
        case .none, .list: break
        }
        block = .none
    }

    /// A part: one `match:` expression, checked as a rule's is, then defined for what follows.
    private mutating func finishPart(_ block: RuleBlock) {
        var node: PatternNode?
        for (key, location, pieces) in block.keys {
            var cursor = ScalarCursor(file: path, pieces: pieces)
            guard key == "match", node == nil else {
                errors.append(cursor.error(key == "match" ? "duplicate 'match:' in part '\(block.id)'" : "a part has only 'match:', not '\(key):'", at: location))
                continue
            }
            do throws(PatternError) {
                node = try matchExpression(&cursor, of: "part '\(block.id)'", at: location)
            } catch {
                errors.append(error)
            }
        }
        guard let node else {
            if block.keys.isEmpty { errors.append(PatternError(file: path, line: block.line, column: 1, message: "part '\(block.id)' has no 'match:'")) }
            return
        }
        if let error = parts.define(block.id, as: node, file: path, line: block.line) { errors.append(error) }
    }

    /// The match expression of `cursor`, refused when it can match empty text or is too large.
    private func matchExpression(_ cursor: inout ScalarCursor, of what: String, at location: ScalarCursor.Location) throws(PatternError) -> PatternNode {
        var parser = MatchExpressionParser(cursor, parts: parts)
        let pattern = try parser.parse()
        if pattern.canBeEmpty { throw cursor.error("\(what) can match empty text; make some part required", at: location) }
        if pattern.compiledSize > Self.maximumRuleSize {
            throw cursor.error("\(what) is too large once its repetitions are expanded (\(pattern.compiledSize) steps, at most \(Self.maximumRuleSize)); use fewer nested {m,n}", at: location)
        }
        return pattern
    }

    // MARK: Lists

    /// `word word … [= value]`: one or more words sharing a value.
    private mutating func readListEntries(_ line: SourceLine, into index: Int) {
        var cursor = ScalarCursor(file: path, line: line.number, scalars: line.scalars, from: line.indentation)
        var words: [String] = []
        var value: String?
        do throws(PatternError) {
            while !cursor.isAtEnd, cursor.peek != "=" {
                let start = cursor.location
                let word = try cursor.readWord(stoppingAt: { $0 == "=" })
                if word.isEmpty { throw cursor.error("empty word", at: start) }
                words.append(String(scalars: word))
                cursor.skipSpaces()
            }
            if cursor.peek == "=" {
                if words.isEmpty { throw cursor.error("list entry has no word before '='") }
                cursor.advance()
                cursor.skipSpaces()
                let text = try cursor.readWord()
                if text.isEmpty { throw cursor.error("expected a value after '='") }
                value = String(scalars: text)
                cursor.skipSpaces()
                if !cursor.isAtEnd { throw cursor.error("unexpected text after the value (quote a value with spaces)") }
            }
        } catch {
            errors.append(error)
            return
        }
        lists[index].entries += words.map { WordList.Entry(word: $0, value: value, file: path, line: line.number) }
    }

    // MARK: Rules

    private mutating func readRuleLine(_ line: SourceLine, into rule: inout RuleBlock) {
        var cursor = ScalarCursor(file: path, line: line.number, scalars: line.scalars, from: line.indentation)
        let location = cursor.location
        let word = cursor.readBare(stoppingAt: { $0 == ":" })
        let isKeyShaped = cursor.peek == ":" && !word.isEmpty
            && word.allSatisfy { ("a"..."z").contains($0) || $0 == "-" }
            && cursor.scalars.dropFirst(cursor.index + 1).first.map(SourceLine.isSpace) ?? true
        let key = String(scalars: word)
        if isKeyShaped, Self.ruleKeys.contains(key) || line.indentation <= (rule.keyIndentation ?? .max) {
            guard Self.ruleKeys.contains(key) else {
                errors.append(cursor.error("unknown key '\(key):'" + Suggestion.hint(for: key, in: Self.ruleKeys, suffix: ":"), at: location))
                return
            }
            cursor.advance()
            cursor.skipSpaces()
            rule.keyIndentation = rule.keyIndentation ?? line.indentation
            rule.keys.append((key, location, [(Array(cursor.scalars[cursor.index...]), cursor.location)]))
        } else if let keyIndentation = rule.keyIndentation, line.indentation > keyIndentation,
                  let last = rule.keys.last, Self.continuableKeys.contains(last.key) {
            rule.keys[rule.keys.count - 1].pieces.append((Array(line.scalars[line.indentation...]), location))
        } else {
            errors.append(cursor.error("expected 'key: value' in rule '\(rule.id)' (keys: \(Self.ruleKeys.joined(separator: ", ")))", at: location))
        }
    }

    private mutating func finishRule(_ block: RuleBlock) {
        var type: String?
        var priority = 0
        var match: (source: String, pattern: PatternNode)?
        var notAfter: [ContextItem] = []
        var notBefore: [ContextItem] = []
        var examples: [RuleExample] = []
        var counters: [CounterExample] = []
        var seen: [String: ScalarCursor.Location] = [:]
        for (key, location, pieces) in block.keys {
            var cursor = ScalarCursor(file: path, pieces: pieces)
            if ["type", "priority", "match"].contains(key), let first = seen[key] {
                errors.append(cursor.error("duplicate '\(key):' (first at line \(first.line))", at: location))
                continue
            }
            seen[key] = location
            do throws(PatternError) {
                switch key {
                case "type":
                    let word = cursor.readText()
                    if word.isEmpty || word.contains(where: SourceLine.isSpace) {
                        throw cursor.error("'type:' needs one record type name, such as 'money'", at: location)
                    }
                    type = String(scalars: word)
                case "priority":
                    cursor.skipSpaces()
                    let start = cursor.location
                    let text = String(scalars: cursor.readText())
                    guard let value = Int(text), abs(value) <= 1_000_000 else {
                        throw cursor.error("'priority:' needs a whole number, not '\(text)'", at: start)
                    }
                    priority = value
                case "match":
                    let pattern = try matchExpression(&cursor, of: "rule '\(block.id)'", at: location)
                    match = (String(scalars: cursor.scalars), pattern)
                case "not-after", "not-before":
                    let items = try Self.contextItems(cursor, key: key)
                    if key == "not-after" { notAfter += items } else { notBefore += items }
                case "example":
                    examples.append(try Self.example(cursor, at: location))
                default:
                    counters.append(try Self.counter(cursor, at: location))
                }
            } catch {
                errors.append(error)
            }
        }
        let header = PatternError(file: path, line: block.line, column: 1, message: "")
        if seen["type"] == nil { errors.append(with(header, "rule '\(block.id)' has no 'type:'")) }
        if seen["match"] == nil { errors.append(with(header, "rule '\(block.id)' has no 'match:'")) }
        guard let type, let match else { return }
        rules.append(Rule(id: block.id, type: type, priority: priority, file: path, line: block.line,
                          source: match.source, pattern: match.pattern, notAfter: notAfter, notBefore: notBefore,
                          examples: examples, counterExamples: counters))
    }

    private func with(_ error: PatternError, _ message: String) -> PatternError {
        var error = error
        error.message = message
        return error
    }

    /// Literals, `@lists` and classes separated by spaces.
    private static func contextItems(_ cursor: ScalarCursor, key: String) throws(PatternError) -> [ContextItem] {
        var parser = MatchExpressionParser(cursor)
        let node = try parser.parse()
        let nodes: [PatternNode]
        if case .sequence(let items) = node { nodes = items } else { nodes = [node] }
        var items: [ContextItem] = []
        for node in nodes {
            switch node {
            case .literal(let scalars): items.append(.literal(scalars))
            case .list(let reference): items.append(.list(reference))
            case .tokenClass(let tokenClass): items.append(.tokenClass(tokenClass))
            default: throw cursor.error("'\(key):' takes literals, @lists and classes separated by spaces, not '\(node)'")
            }
        }
        return items
    }

    /// `input => key=value key="value with spaces"`.
    private static func example(_ cursor: ScalarCursor, at location: ScalarCursor.Location) throws(PatternError) -> RuleExample {
        var cursor = cursor
        let input = try inputText(&cursor, upTo: "=>")
        guard cursor.starts(with: "=>") else {
            throw cursor.error("examples need '=>' between the input and the expected fields", at: location)
        }
        if input.isEmpty { throw cursor.error("example has no input before '=>'", at: location) }
        cursor.advance(by: 2)
        var fields: [RuleExample.Field] = []
        cursor.skipSpaces()
        while !cursor.isAtEnd {
            let start = cursor.location
            let key = cursor.readBare(stoppingAt: { $0 == "=" })
            guard !key.isEmpty, cursor.peek == "=" else {
                throw cursor.error("expected 'key=value' after '=>'", at: start)
            }
            cursor.advance()
            let value = try cursor.readWord()
            fields.append(RuleExample.Field(key: String(scalars: key), value: String(scalars: value)))
            cursor.skipSpaces()
        }
        return RuleExample(input: input, expected: fields, line: location.line)
    }

    /// `input`, or `input => text=value`: no record may have that text.
    private static func counter(_ cursor: ScalarCursor, at location: ScalarCursor.Location) throws(PatternError) -> CounterExample {
        let whole = cursor
        var cursor = cursor
        let input = try inputText(&cursor, upTo: "=>")
        if input.isEmpty { throw cursor.error("'counter:' needs the text the rule must not match", at: location) }
        guard cursor.starts(with: "=>") else { return CounterExample(input: input, line: location.line) }
        let example = try example(whole, at: location)
        guard example.expected.count == 1, let text = example["text"] else {
            throw cursor.error("a counter-example names only the text no record may have: 'INPUT => text=…'", at: location)
        }
        return CounterExample(input: input, text: text, line: location.line)
    }

    /// A quoted input, or the text up to `separator` (or the end), trimmed.
    private static func inputText(_ cursor: inout ScalarCursor, upTo separator: String? = nil) throws(PatternError) -> String {
        cursor.skipSpaces()
        let text = cursor.peek == "\"" ? try cursor.readQuoted() : cursor.readText(upTo: separator)
        cursor.skipSpaces()
        return String(scalars: text)
    }
}
