/// A read position in the text of one key of a pattern file (which may continue over several
/// lines), for the small parsers of list entries, context lists, examples and match expressions.
///
/// Continuation lines are joined with one space; every scalar keeps the line and column it was
/// written at, so errors point into the file. Columns are 1-based and count Unicode scalars.
struct ScalarCursor {
    /// A 1-based line and column.
    struct Location: CustomStringConvertible {
        var line: Int
        var column: Int
        var description: String { "\(line):\(column)" }
    }

    /// Where a joined line starts: its offset in `scalars`, and the location of that scalar.
    private struct Segment {
        var offset: Int
        var location: Location
    }

    let file: String
    let scalars: [Unicode.Scalar]
    private let segments: [Segment]
    private(set) var index = 0

    /// A cursor over `scalars[start...]` of one line.
    init(file: String, line: Int, scalars: [Unicode.Scalar], from start: Int) {
        self.init(file: file, pieces: [(Array(scalars[start...]), Location(line: line, column: start + 1))])
    }

    /// A cursor over pieces of lines joined with one space; each piece starts at its location.
    init(file: String, pieces: [([Unicode.Scalar], Location)]) {
        self.file = file
        var joined: [Unicode.Scalar] = []
        var segments: [Segment] = []
        for (scalars, location) in pieces {
            if !joined.isEmpty { joined.append(" ") }
            segments.append(Segment(offset: joined.count, location: location))
            joined += scalars
        }
        self.scalars = joined
        self.segments = segments
    }

    var isAtEnd: Bool { index >= scalars.count }
    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    /// The file location of the cursor.
    var location: Location {
        guard let segment = segments.last(where: { $0.offset <= index }) else { return Location(line: 1, column: 1) }
        return Location(line: segment.location.line, column: segment.location.column + index - segment.offset)
    }

    mutating func advance(by count: Int = 1) {
        index = min(index + count, scalars.count)
    }

    mutating func skipSpaces() {
        while let scalar = peek, SourceLine.isSpace(scalar) { index += 1 }
    }

    /// An error at the cursor, or at `location`.
    func error(_ message: String, at location: Location? = nil) -> PatternError {
        let place = location ?? self.location
        return PatternError(file: file, line: place.line, column: place.column, message: message)
    }

    /// Reads a `"…"` literal at the cursor; `\"`, `\\`, `\n` and `\t` stand for `"`, `\`, a line
    /// break and a tab (table rows in examples).
    mutating func readQuoted() throws(PatternError) -> [Unicode.Scalar] {
        let open = location
        advance()
        var text: [Unicode.Scalar] = []
        while let scalar = peek {
            advance()
            if scalar == "\"" { return text }
            if scalar == "\\", let next = peek, next == "\"" || next == "\\" || next == "n" || next == "t" {
                text.append(next == "n" ? "\n" : next == "t" ? "\t" : next)
                advance()
            } else {
                text.append(scalar)
            }
        }
        throw error("unterminated quoted literal opened at \(open)")
    }

    /// Reads scalars up to a space or a scalar for which `stop` holds.
    mutating func readBare(stoppingAt stop: (Unicode.Scalar) -> Bool = { _ in false }) -> [Unicode.Scalar] {
        let start = index
        while let scalar = peek, !SourceLine.isSpace(scalar), !stop(scalar) { index += 1 }
        return Array(scalars[start..<index])
    }

    /// Reads a quoted or bare word (a list word, an example value).
    mutating func readWord(stoppingAt stop: (Unicode.Scalar) -> Bool = { _ in false }) throws(PatternError) -> [Unicode.Scalar] {
        peek == "\"" ? try readQuoted() : readBare(stoppingAt: stop)
    }

    /// Reads up to the first `separator` (or the end), spaces trimmed at both ends; the cursor
    /// stops on the separator.
    mutating func readText(upTo separator: String? = nil) -> [Unicode.Scalar] {
        skipSpaces()
        let start = index
        while !isAtEnd, !(separator.map(starts(with:)) ?? false) { index += 1 }
        var text = Array(scalars[start..<index])
        while let last = text.last, SourceLine.isSpace(last) { text.removeLast() }
        return text
    }

    /// Whether the text at the cursor starts with `prefix`.
    func starts(with prefix: String) -> Bool {
        var i = index
        for scalar in prefix.unicodeScalars {
            guard i < scalars.count, scalars[i] == scalar else { return false }
            i += 1
        }
        return true
    }
}
