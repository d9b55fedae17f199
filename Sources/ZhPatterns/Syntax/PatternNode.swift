import ZhModel

/// A parsed match expression, as written in a rule's `match:` line.
///
/// `description` prints the node back in the pattern syntax (fully grouped), which is how
/// `zhx patterns` shows a rule and how tests check the parser.
public indirect enum PatternNode: Hashable, Sendable, CustomStringConvertible {
    /// Text matched scalar by scalar, regardless of token boundaries (`元`, `"万 元"`).
    case literal([Unicode.Scalar])
    /// A whole token of a kind, or one Han character (`NUM`, `CNUM`, `LATIN`, `HAN`).
    case tokenClass(TokenClass)
    /// The longest word of a list that matches here (`@scale`, `@qualifier=over`).
    case list(ListReference)
    /// A word boundary (`/`), asked of the segmenter where it is reached.
    case boundary
    /// One whole record found by earlier rules (`MONEY`, `PERCENT`, `REGION`; see ``ZhModel/RecordType/mentionClassName``).
    case mention(RecordType)
    /// Atoms one after another.
    case sequence([PatternNode])
    /// One of several alternatives, the first written preferred for captures.
    case alternation([PatternNode])
    /// `?` (0…1), `*` (0…), `+` (1…), `{m}`, `{m,}`, `{m,n}`; `max` nil means unbounded.
    case repetition(PatternNode, min: Int, max: Int?)
    /// `name:atom`: the text the atom matched is reported under `name`.
    case capture(name: String, PatternNode)

    /// The node in pattern syntax, every group parenthesized.
    public var description: String {
        switch self {
        case .literal(let scalars):
            return Self.quoted(scalars)
        case .tokenClass(let tokenClass):
            return tokenClass.rawValue
        case .list(let reference):
            return reference.description
        case .boundary:
            return "/"
        case .mention(let type):
            return type.mentionClassName
        case .sequence(let items):
            return "(" + items.map(\.description).joined(separator: " ") + ")"
        case .alternation(let items):
            return "(" + items.map(\.description).joined(separator: " | ") + ")"
        case .repetition(let node, let min, let max):
            switch (min, max) {
            case (0, 1): return node.description + "?"
            case (0, nil): return node.description + "*"
            case (1, nil): return node.description + "+"
            case (_, nil): return node.description + "{\(min),}"
            case (_, let max?) where max == min: return node.description + "{\(min)}"
            case (_, let max?): return node.description + "{\(min),\(max)}"
            }
        case .capture(let name, let node):
            return name + ":" + node.description
        }
    }

    /// `scalars` as a `"…"` literal, with `"` and `\` escaped.
    static func quoted(_ scalars: [Unicode.Scalar]) -> String {
        var text = "\""
        for scalar in scalars {
            if scalar == "\"" || scalar == "\\" { text.unicodeScalars.append("\\") }
            text.unicodeScalars.append(scalar)
        }
        return text + "\""
    }

    /// Whether the node can match without consuming any text.
    var canBeEmpty: Bool {
        switch self {
        case .literal(let scalars): return scalars.isEmpty
        case .tokenClass, .list, .mention: return false
        case .boundary: return true
        case .sequence(let items): return items.allSatisfy(\.canBeEmpty)
        case .alternation(let items): return items.contains(where: \.canBeEmpty)
        case .repetition(let node, let min, _): return min == 0 || node.canBeEmpty
        case .capture(_, let node): return node.canBeEmpty
        }
    }

    /// How many VM instructions the node compiles to (repetitions are compiled by copying).
    var compiledSize: Int {
        switch self {
        case .literal(let scalars): return scalars.count
        case .tokenClass, .list, .boundary, .mention: return 1
        case .sequence(let items): return items.reduce(0) { $0 + $1.compiledSize }
        case .alternation(let items): return items.reduce(0) { $0 + $1.compiledSize } + 2 * (items.count - 1)
        case .repetition(let node, let min, let max):
            let size = node.compiledSize
            return min * size + (max.map { ($0 - min) * (size + 1) } ?? size + 2)
        case .capture(_, let node): return node.compiledSize + 2
        }
    }

    /// Every list reference in the node, in written order.
    var listReferences: [ListReference] {
        switch self {
        case .list(let reference): return [reference]
        case .literal, .tokenClass, .boundary, .mention: return []
        case .sequence(let items), .alternation(let items): return items.flatMap(\.listReferences)
        case .repetition(let node, _, _), .capture(_, let node): return node.listReferences
        }
    }

    /// Whether the node consumes records found by other rules (a mention class): its rule then
    /// runs in the sentence stage.
    public var usesMentions: Bool {
        switch self {
        case .mention: return true
        case .literal, .tokenClass, .list, .boundary: return false
        case .sequence(let items), .alternation(let items): return items.contains(where: \.usesMentions)
        case .repetition(let node, _, _), .capture(_, let node): return node.usesMentions
        }
    }
}

/// A token class of the match syntax.
public enum TokenClass: String, Hashable, Sendable, CaseIterable {
    /// `NUM`: one whole ``ZhTokens/TokenKind/number`` token (`207,450.5`, `-9,571`).
    case number = "NUM"
    /// `CNUM`: one whole ``ZhTokens/TokenKind/chineseNumeral`` token (`两千五百万`, `三`).
    case chineseNumeral = "CNUM"
    /// `LATIN`: one whole ``ZhTokens/TokenKind/latin`` token (`GDP`, `PM2.5`).
    case latin = "LATIN"
    /// `HAN`: one Han character, wherever it stands in a run.
    case han = "HAN"
}

/// A `@list` or `@list=value` atom, with where it was written (for "unknown list" errors).
public struct ListReference: Hashable, Sendable, CustomStringConvertible {
    /// The list's name (without `@`).
    public var name: String
    /// Only words carrying this value match (`@qualifier=over`).
    public var value: String?
    /// The 1-based line where the `@` was written.
    public var line: Int
    /// The 1-based column of the `@`.
    public var column: Int

    /// A reference as the parser builds it.
    public init(name: String, value: String?, line: Int, column: Int) {
        self.name = name
        self.value = value
        self.line = line
        self.column = column
    }

    /// `@name` or `@name=value`.
    public var description: String {
        "@" + name + (value.map { "=" + $0 } ?? "")
    }
}
