/// How many terminal columns text takes: two for East Asian wide and full-width characters (Han,
/// kana, Hangul, full-width forms, CJK punctuation), none for combining marks and zero-width
/// characters, one for the rest. An approximation of `wcwidth` good enough to line up a table.
enum TerminalWidth {
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + columns($1) }
    }

    static func columns(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD: 2
        default: 1
        }
    }

    /// `text` cut to at most `limit` columns, with `…` where it was cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard columns(text) > limit else { return text }
        var out = String.UnicodeScalarView()
        var used = 0
        for scalar in text.unicodeScalars {
            let width = columns(scalar)
            if used + width > limit - 1 { break }
            out.append(scalar)
            used += width
        }
        out.append("…")
        return String(out)
    }

    /// `text` padded with spaces to `width` columns, on the right (or on the left, `leading`).
    static func padded(_ text: String, to width: Int, leading: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - columns(text)))
        return leading ? padding + text : text + padding
    }
}
