import ZhModel
import ZhText

/// Parses the text of a `match:` line into a ``PatternNode``.
///
/// Grammar (atoms are separated by spaces; see `Patterns/README.md`):
/// ```
/// alternation := sequence ('|' sequence)*
/// sequence    := item+
/// item        := (name ':')? primary quantifier?
/// primary     := '(' alternation ')' | '"' text '"' | '@' list ('=' value)? | '<' part '>' | '/' | CLASS | MENTION | bare-text
/// quantifier  := '?' | '*' | '+' | '{' m '}' | '{' m ',' '}' | '{' m ',' n '}'
/// ```
/// A capture binds tighter than a quantifier: `q:@qualifier?` is an optional capture, absent from
/// the match when the list word is absent.
struct MatchExpressionParser {
    /// The largest `{m,n}` bound: repetition is compiled by copying the atom.
    static let maximumBound = 20
    /// The deepest nesting of groups accepted (a guard against runaway input, not a style rule).
    static let maximumDepth = 32

    private var cursor: ScalarCursor
    private var depth = 0
    /// The named parts a `<name>` may use (``PartTable``).
    private let parts: PartTable

    init(_ cursor: ScalarCursor, parts: PartTable = PartTable()) {
        self.cursor = cursor
        self.parts = parts
    }

    /// Parses the whole cursor range; throws the first error met.
    mutating func parse() throws(PatternError) -> PatternNode {
        let node = try parseAlternation()
        cursor.skipSpaces()
        if let scalar = cursor.peek {
            throw cursor.error(scalar == ")" ? "unmatched ')'" : "unexpected '\(scalar)'")
        }
        return node
    }

    private mutating func parseAlternation() throws(PatternError) -> PatternNode {
        var branches = [try parseSequence()]
        while cursor.peek == "|" {
            cursor.advance()
            branches.append(try parseSequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseSequence() throws(PatternError) -> PatternNode {
        var items: [PatternNode] = []
        cursor.skipSpaces()
        let start = cursor.location
        let startIndex = cursor.index
        while let scalar = cursor.peek, scalar != "|", scalar != ")" {
            items.append(try parseItem())
            cursor.skipSpaces()
        }
        if items.isEmpty {
            throw cursor.error(cursor.isAtEnd && startIndex == 0 ? "empty match expression" : "empty alternative", at: start)
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func parseItem() throws(PatternError) -> PatternNode {
        let captureName = try parseCaptureName()
        let primaryLocation = cursor.location
        var node = try parsePrimary()
        if let name = captureName {
            if node == .boundary { throw cursor.error("a capture needs text to capture, not '/'", at: primaryLocation) }
            node = .capture(name: name, node)
        }
        if let (min, max) = try parseQuantifier() {
            if node == .boundary { throw cursor.error("a word boundary cannot be repeated", at: primaryLocation) }
            node = .repetition(node, min: min, max: max)
            if let scalar = cursor.peek, Self.isQuantifierStart(scalar) {
                throw cursor.error("'\(scalar)' follows another repetition; put the repeated part in ( )")
            }
        }
        return node
    }

    /// Reads `name:` when the item starts with one.
    private mutating func parseCaptureName() throws(PatternError) -> String? {
        var probe = cursor
        let start = probe.location
        let word = probe.readBare(stoppingAt: Self.isOperator)
        guard probe.peek == ":", !word.isEmpty else { return nil }
        guard word.allSatisfy(Self.isNameScalar), let first = word.first, !("0"..."9").contains(first) else {
            throw cursor.error("capture name '\(String(scalars: word))' must be ASCII letters, digits, '-' or '_'", at: start)
        }
        probe.advance()
        if probe.isAtEnd || SourceLine.isSpace(probe.peek!) {
            throw probe.error("capture '\(String(scalars: word))' needs an atom right after ':'")
        }
        cursor = probe
        return String(scalars: word)
    }

    private mutating func parsePrimary() throws(PatternError) -> PatternNode {
        guard let scalar = cursor.peek else { throw cursor.error("expected an atom") }
        switch scalar {
        case "(":
            let open = cursor.location
            depth += 1
            defer { depth -= 1 }
            if depth > Self.maximumDepth { throw cursor.error("groups nested more than \(Self.maximumDepth) deep") }
            cursor.advance()
            cursor.skipSpaces()
            if cursor.peek == ")" { throw cursor.error("empty group", at: open) }
            let node = cursor.isAtEnd ? nil : try parseAlternation()
            guard let node, cursor.peek == ")" else {
                throw cursor.error("expected ')' to close the group opened at \(open)")
            }
            cursor.advance()
            return node
        case "\"":
            let open = cursor.location
            let text = try cursor.readQuoted()
            if text.isEmpty { throw cursor.error("empty quoted literal", at: open) }
            return .literal(text)
        case "@":
            return .list(try parseListReference())
        case "<":
            return try parsePartReference()
        case "/":
            cursor.advance()
            return .boundary
        case "?", "*", "+", "{":
            throw cursor.error("'\(scalar)' has nothing to repeat")
        case ")", "}", ":":
            throw cursor.error(scalar == ":" ? "':' must follow a capture name" : "unmatched '\(scalar)'")
        default:
            return bareAtom()
        }
    }

    /// A class name, or literal text up to the next space or operator. A class name glued to text
    /// (`NUM元`) is read as the class followed by the text.
    private mutating func bareAtom() -> PatternNode {
        var probe = cursor
        let word = probe.readBare(stoppingAt: Self.isOperator)
        for tokenClass in TokenClass.allCases {
            let name = Array(tokenClass.rawValue.unicodeScalars)
            guard word.starts(with: name) else { continue }
            if word.count == name.count || !Self.isNameScalar(word[name.count]) {
                cursor.advance(by: name.count)
                return .tokenClass(tokenClass)
            }
        }
        if let type = RecordType(mentionClassName: String(scalars: word)) {
            cursor = probe
            return .mention(type)
        }
        cursor = probe
        return .literal(word)
    }

    private mutating func parseListReference() throws(PatternError) -> ListReference {
        let location = cursor.location
        cursor.advance()
        let name = cursor.readBare(stoppingAt: { !Self.isListNameScalar($0) })
        if name.isEmpty { throw cursor.error("expected a list name after '@'", at: location) }
        var value: String?
        if cursor.peek == "=" {
            cursor.advance()
            let text = try cursor.readWord(stoppingAt: Self.isOperator)
            if text.isEmpty { throw cursor.error("expected a value after '@\(String(scalars: name))='") }
            value = String(scalars: text)
        }
        return ListReference(name: String(scalars: name), value: value, line: location.line, column: location.column)
    }

    /// `<name>`: the part's expression, as if written here (its captures included).
    private mutating func parsePartReference() throws(PatternError) -> PatternNode {
        let location = cursor.location
        cursor.advance()
        let name = String(scalars: cursor.readBare(stoppingAt: { !Self.isListNameScalar($0) }))
        guard cursor.peek == ">", !name.isEmpty else { throw cursor.error("expected a part name and '>' after '<'", at: location) }
        cursor.advance()
        guard let part = parts[name] else {
            throw cursor.error("unknown part '<\(name)>' (a part is defined with 'part \(name)' before the rules that use it, in this file or an earlier one)"
                               + Suggestion.hint(for: name, in: parts.names), at: location)
        }
        return part
    }

    private mutating func parseQuantifier() throws(PatternError) -> (Int, Int?)? {
        switch cursor.peek {
        case "?": cursor.advance(); return (0, 1)
        case "*": cursor.advance(); return (0, nil)
        case "+": cursor.advance(); return (1, nil)
        case "{": return try parseBounds()
        default: return nil
        }
    }

    private mutating func parseBounds() throws(PatternError) -> (Int, Int?) {
        let open = cursor.location
        cursor.advance()
        let low = try readBound(required: true)!
        var high: Int? = low
        if cursor.peek == "," {
            cursor.advance()
            high = try readBound(required: false)
        }
        guard cursor.peek == "}" else { throw cursor.error("expected '}' to close the repetition opened at \(open)") }
        cursor.advance()
        if let high, high < low { throw cursor.error("repetition {\(low),\(high)} has its bounds reversed", at: open) }
        if high == 0 { throw cursor.error("repetition {0} matches nothing", at: open) }
        return (low, high)
    }

    private mutating func readBound(required: Bool) throws(PatternError) -> Int? {
        let location = cursor.location
        var digits = 0
        var value = 0
        while let scalar = cursor.peek, ("0"..."9").contains(scalar) {
            value = min(value * 10 + Int(scalar.value - 48), 1_000_000)
            digits += 1
            cursor.advance()
        }
        if digits == 0 {
            if required { throw cursor.error("expected a number in the repetition bounds") }
            return nil
        }
        if value > Self.maximumBound {
            throw cursor.error("repetition bound \(value) is too large (at most \(Self.maximumBound))", at: location)
        }
        return value
    }

    static func isOperator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", ")", "|", "?", "*", "+", "{", "}", "\"", "@", "/", ":", "<": return true
        default: return false
        }
    }

    static func isQuantifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "?" || scalar == "*" || scalar == "+" || scalar == "{"
    }

    /// ASCII letters, digits, `_` and `-`: capture names.
    static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "_" || scalar == "-"
    }

    /// Capture-name scalars and `.`: list names and rule ids.
    static func isListNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        isNameScalar(scalar) || scalar == "."
    }
}
