/// One line of a pattern file, with its comment removed.
///
/// A `#` starts a comment when it begins the line's text or follows a space or tab, and is not
/// inside a `"…"` literal: `#` inside a word (`C#`) or a quoted literal is text.
struct SourceLine {
    /// 1-based line number.
    let number: Int
    /// The line's scalars without the comment and without trailing spaces.
    let scalars: [Unicode.Scalar]
    /// How many leading spaces or tabs the line has.
    let indentation: Int

    init(number: Int, text: Substring) {
        self.number = number
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(text.utf8.count)
        var inQuote = false
        var escaped = false
        for scalar in text.unicodeScalars {
            if inQuote {
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inQuote = false }
            } else if scalar == "\"" {
                inQuote = true
            } else if scalar == "#", kept.last.map(Self.isSpace) ?? true {
                break
            }
            kept.append(scalar)
        }
        while let last = kept.last, Self.isSpace(last) || last == "\r" { kept.removeLast() }
        scalars = kept
        indentation = kept.prefix(while: Self.isSpace).count
    }

    /// Whether the line holds nothing but a comment or spaces.
    var isBlank: Bool { indentation == scalars.count }

    /// Splits a whole file into lines (`\n`, `\r\n` or `\r` end a line).
    ///
    /// Works on scalars, not characters: line breaks are always grapheme boundaries, and
    /// breaking a whole file into characters costs more than parsing it.
    static func lines(of source: String) -> [SourceLine] {
        var result: [SourceLine] = []
        let scalars = source.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" else {
                index = scalars.index(after: index)
                continue
            }
            result.append(SourceLine(number: result.count + 1, text: Substring(scalars[start..<index])))
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            start = index
        }
        result.append(SourceLine(number: result.count + 1, text: Substring(scalars[start..<index])))
        return result
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }
}
