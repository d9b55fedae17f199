/// What the inspect views write for each character of a document, so that the text shows as it
/// reads and cannot act on the terminal or the page.
///
/// - Line breaks (`\n`, `\r\n`, a lone `\r`) become one `\n`: the views' lines are the records'
///   `line`s.
/// - Other control characters become visible: C0 controls (but the tab) and DEL as their Control
///   Pictures (`␛` for ESC, so a document cannot send escape sequences to a terminal), C1
///   controls as `�`.
/// - In a table cell (``cell(_:)``), a line break shows as `⏎` and a tab as a space.
enum VisibleText {
    /// Appends the text of `scalars[range]` as a view shows it (see the type's rules); the
    /// scalar after the range decides whether a `\r` at its end is half of a `\r\n`.
    static func append(_ scalars: [Unicode.Scalar], _ range: Range<Int>, to out: inout String,
                       escape: (Unicode.Scalar, inout String) -> Bool = { _, _ in false }) {
        for index in range {
            let scalar = scalars[index]
            if scalar == "\r" {
                if index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
                out.unicodeScalars.append("\n")
            } else if let shown = visible(scalar) {
                out.unicodeScalars.append(shown)
            } else if !escape(scalar, &out) {
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// A record's text on one line, for a table cell.
    static func cell(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\n": if !afterCR { out.append("⏎") }
            case "\r": out.append("⏎")
            case "\t": out.append(" ")
            default: out.append(visible(scalar) ?? scalar)
            }
        }
        return String(out)
    }

    /// The visible stand-in of a control character other than a line break or a tab, `nil` for
    /// any other character.
    private static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: nil
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F: "\u{2421}"
        case 0x80...0x9F: "\u{FFFD}"
        default: nil
        }
    }
}
