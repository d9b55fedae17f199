import ZhModel

/// `zhx inspect`'s text view: a document with its records marked in place, then a table of the
/// records.
///
/// The marks come in two kinds (``Marks``): ANSI colours for a terminal, bracket marks for
/// anything else (a pipe, a file). Both show nested spans nested, and a span cut by a partial
/// overlap in pieces (``SpanLayout``):
///
/// - **Colours.** The text of a record is in its type's colour (the header line is the legend);
///   text inside two or more records is in the innermost one's colour and underlined.
/// - **Brackets.** `⟦207450万元⟧money`: the text between `⟦` and `⟧`, the type right after the
///   `⟧`; nested, `⟦⟦长治市⟧region财政局⟧organization`. A cut record closes with `⟧type→` where it
///   is cut and goes on after a `→⟦`.
///
/// Line breaks and control characters are shown as ``VisibleText`` says.
public enum TerminalView {
    /// How records are marked in the text.
    public enum Marks: Sendable {
        /// ANSI colours (SGR escape sequences), for a terminal.
        case color
        /// `⟦text⟧type` marks, for plain text.
        case brackets
    }

    /// The longest record text a table cell shows, in terminal columns (longer ones are cut with `…`).
    static let textColumnLimit = 36

    /// The view of `text`, the decoded document `doc`, with `records` (offsets in `text`'s scalars).
    public static func render(doc: String, text: [Unicode.Scalar], records: [Record], marks: Marks) -> String {
        var out = header(doc: doc, records: records, marks: marks) + "\n\n"
        document(text, records: records, marks: marks, to: &out)
        if !out.hasSuffix("\n") { out += "\n" }
        out += "\n" + table(records, marks: marks)
        return out
    }

    /// `doc: N records (money 3, percent 2)`; in colour, each type in its colour (the legend).
    static func header(doc: String, records: [Record], marks: Marks) -> String {
        let tally = InspectStyle.tally(records).map { type, count in
            paint(type.rawValue, type, marks) + " \(count)"
        }
        let noun = records.count == 1 ? "record" : "records"
        return VisibleText.cell(doc) + ": \(records.count) \(noun)" + (tally.isEmpty ? "" : " (" + tally.joined(separator: ", ") + ")")
    }

    /// Appends the document with its records marked.
    static func document(_ text: [Unicode.Scalar], records: [Record], marks: Marks, to out: inout String) {
        let layout = SpanLayout(spans: records.map { SpanLayout.Span(range: $0.start..<$0.end, rank: InspectStyle.rank($0.type)) },
                                length: text.count)
        switch marks {
        case .brackets:
            layout.walk(text: { VisibleText.append(text, $0, to: &out) },
                        open: { piece in out += piece.isFirst ? "⟦" : "→⟦" },
                        close: { piece in out += "⟧" + records[piece.span].type.rawValue + (piece.isLast ? "" : "→") })
        case .color:
            // The open pieces' types, innermost last. A style is written only before text that
            // needs it, and again after each line break (a pager shows each line on its own).
            var open: [RecordType] = []
            var written = ""
            layout.walk(text: { range in
                let style = open.last.map { "\u{1B}[0;" + InspectStyle.ansi($0) + (open.count > 1 ? ";4" : "") + "m" } ?? ""
                if style != written { out += style.isEmpty ? reset : style }
                written = style
                var run = ""
                VisibleText.append(text, range, to: &run)
                out += style.isEmpty ? run : run.replacingNewlines(with: reset + "\n" + style)
            }, open: { piece in
                open.append(records[piece.span].type)
            }, close: { _ in
                open.removeLast()
            })
            if !written.isEmpty { out += reset }
        }
    }

    /// The table of records: number, type, text, line, start-end, fields.
    static func table(_ records: [Record], marks: Marks) -> String {
        let texts = records.map { TerminalWidth.truncated(VisibleText.cell($0.text), to: textColumnLimit) }
        let spans = records.map { "\($0.start)-\($0.end)" }
        let heads = ["#", "type", "text", "line", "start-end", "fields"]
        let numberWidth = max(heads[0].count, String(records.count).count)
        let typeWidth = records.map { $0.type.rawValue.count }.max().map { max($0, heads[1].count) } ?? heads[1].count
        let textWidth = max(heads[2].count, texts.map(TerminalWidth.columns).max() ?? 0)
        let lineWidth = max(heads[3].count, records.map { String($0.line).count }.max() ?? 0)
        let spanWidth = max(heads[4].count, spans.map(\.count).max() ?? 0)
        var out = [
            TerminalWidth.padded(heads[0], to: numberWidth, leading: true), TerminalWidth.padded(heads[1], to: typeWidth),
            TerminalWidth.padded(heads[2], to: textWidth), TerminalWidth.padded(heads[3], to: lineWidth, leading: true),
            TerminalWidth.padded(heads[4], to: spanWidth), heads[5],
        ].joined(separator: "  ") + "\n"
        for (index, record) in records.enumerated() {
            let fields = InspectStyle.fieldPairs(record).map { VisibleText.cell("\($0.key)=\($0.value)") }.joined(separator: " ")
            out += [
                TerminalWidth.padded(String(index + 1), to: numberWidth, leading: true),
                paint(TerminalWidth.padded(record.type.rawValue, to: typeWidth), record.type, marks),
                TerminalWidth.padded(texts[index], to: textWidth),
                TerminalWidth.padded(String(record.line), to: lineWidth, leading: true),
                TerminalWidth.padded(spans[index], to: spanWidth),
                fields,
            ].joined(separator: "  ").trimmingTrailingSpaces()
            out += "\n"
        }
        return out
    }

    private static let reset = "\u{1B}[0m"

    /// `text` in the colour of `type` (as is with brackets).
    private static func paint(_ text: String, _ type: RecordType, _ marks: Marks) -> String {
        marks == .color ? "\u{1B}[" + InspectStyle.ansi(type) + "m" + text + reset : text
    }
}

extension String {
    /// The string without the spaces at its end (a row without fields).
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    /// The string with each `\n` replaced by `replacement`.
    fileprivate func replacingNewlines(with replacement: String) -> String {
        guard contains("\n") else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
