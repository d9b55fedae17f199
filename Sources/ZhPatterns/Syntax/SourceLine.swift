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

    init(number: Int, text: ArraySlice<Unicode.Scalar>) {
        self.number = number
        var kept: [Unicode.Scalar] = []
        kept.reserveCapacity(text.count)
        var inQuote = false
        var escaped = false
        for scalar in text {
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
        let scalars = Array(source.unicodeScalars)
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            guard scalar == "\n" || scalar == "\r" else { continue }
            result.append(SourceLine(number: result.count + 1, text: scalars[start..<index - 1]))
            if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
            start = index
        }
        result.append(SourceLine(number: result.count + 1, text: scalars[start..<index]))
        return result
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t"
    }
}
