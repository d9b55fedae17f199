import ZhModel
import ZhText

/// `zhx inspect --html`'s page: one self-contained HTML file (its CSS, script and data inline,
/// nothing fetched, so it works offline from `file://`) showing a document with its records.
///
/// What the page holds:
///
/// - **The text**, rendered here in Swift with each record wrapped in a
///   `<mark class="rec t-TYPE" data-rec="N" tabindex="0">` (N its index in the records), nested as
///   ``SpanLayout`` lays them out. Offsets are never sliced in JavaScript (whose strings count
///   UTF-16 units, not the records' scalars). A record cut by a partial overlap continues in
///   `<mark class="rec … cont" data-part="N">` pieces, so `[data-rec]` counts the records. The
///   original line breaks are kept (`white-space: pre-wrap`), the text set in a CJK font stack.
/// - **Hover and keyboard focus** on a record show a tooltip with its type, text, line, offsets,
///   pattern and normalized fields; a click selects its row in the table.
/// - **A legend** of the types present, each a toggle button that turns the type's marks and
///   rows off and on.
/// - **A table** of the records (`#`, type, text, line, start–end, fields), filtered by type and
///   by text (the record's text and field values), sorted by a click on a column's header; a
///   click on a row (or Enter) scrolls the text to the record, highlights and focuses it.
/// - **Audit findings**, only when some are given: each finding wraps its statement's span in a
///   `<mark class="finding" data-finding="N">` (dashed red outline, ⚠) whose tooltip gives the
///   check, stated and computed figures, tolerance and message; the records with exactly that
///   span list its message too; a list of the findings above the table scrolls to each.
/// - **The data**, as JSON in `<script id="zhx-data" type="application/json">`:
///   `{"doc", "records": [{"type", "text", "line", "start", "end", "pattern", "fields": [[key,
///   value], …], "findings": [i, …]?}], "findings": [{"check", "stated", "computed", "tolerance",
///   "message", "text", "line", "start", "end", "records": [i, …]}]?}`, numbers as exact decimal
///   text; the optional keys appear only when there are findings.
public enum HTMLPage {
    /// The page for `text`, the decoded document `doc`, its `records` and the audit `findings`
    /// about it (their offsets in `text`'s scalars).
    ///
    /// `findings` is the hook for `zhx audit`: nothing passes any yet, and the page shows the
    /// findings' marks, list, styles and script only when there are some.
    public static func render(doc: String, text: [Unicode.Scalar], records: [Record], findings: [Finding] = []) -> String {
        let attached = attachments(records: records, findings: findings)
        let tally = InspectStyle.tally(records)
        var html = """
            <!DOCTYPE html>
            <html lang="zh-Hans">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="zhx inspect">
            <title>\(escaped(doc)) · zhx inspect</title>
            <style>
            \(HTMLPageStyle.base)\(typeRules(tally.map(\.type)))\(findings.isEmpty ? "" : HTMLPageStyle.findings)</style>
            </head>
            <body>
            <header>
            <h1>\(escaped(doc))</h1>
            <p class="summary">\(summary(records: records, findings: findings)) · hover or focus (Tab) a mark for its fields; click a row to find it in the text</p>
            <div id="legend" role="group" aria-label="Record types shown">\(legend(tally))</div>
            </header>
            <main>
            <section id="text-pane" aria-label="Document text"><pre id="doc">

            """
        documentText(text, records: records, findings: findings, to: &html)
        html += "</pre></section>\n<section id=\"side\">\n"
        if !findings.isEmpty { html += findingList(findings) }
        html += recordTable(records, types: tally.map(\.type))
        html += """
            </section>
            </main>
            <div id="tip" role="tooltip" hidden></div>
            <script id="zhx-data" type="application/json">\(pageData(doc: doc, records: records, findings: findings, attached: attached))</script>
            <script>\(HTMLPageScript.base)</script>

            """
        if !findings.isEmpty { html += "<script>\(HTMLPageScript.findings)</script>\n" }
        html += "</body>\n</html>\n"
        return html
    }

    // MARK: Parts of the page

    /// `N records · M findings`.
    private static func summary(records: [Record], findings: [Finding]) -> String {
        var text = "\(records.count) record" + (records.count == 1 ? "" : "s")
        if !findings.isEmpty { text += " · \(findings.count) audit finding" + (findings.count == 1 ? "" : "s") }
        return text
    }

    /// A toggle button per type present, with its count.
    private static func legend(_ tally: [(type: RecordType, count: Int)]) -> String {
        tally.map { type, count in
            "<button type=\"button\" class=\"t-\(type.rawValue)\" data-type=\"\(type.rawValue)\" aria-pressed=\"true\">"
                + "<span class=\"swatch\"></span>\(type.rawValue) <span class=\"count\">\(count)</span></button>"
        }.joined()
    }

    /// The colour variables of each type present, and the rule that turns its marks off.
    private static func typeRules(_ types: [RecordType]) -> String {
        types.map { type in
            let (strong, fill) = InspectStyle.css(type)
            return ".t-\(type.rawValue){--c:\(strong);--bg:\(fill)}\n"
                + ".off-\(type.rawValue) mark.t-\(type.rawValue){background:none;border-color:transparent;cursor:text}\n"
        }.joined()
    }

    /// Appends the text, escaped, with the records' and findings' marks (see the type's notes).
    /// It follows a line break after `<pre>`, which HTML drops, so a document's own first line
    /// break stays.
    private static func documentText(_ text: [Unicode.Scalar], records: [Record], findings: [Finding], to html: inout String) {
        let spans = records.map { SpanLayout.Span(range: $0.start..<$0.end, rank: InspectStyle.rank($0.type)) }
            + findings.map { SpanLayout.Span(range: $0.start..<$0.end, rank: InspectStyle.findingRank) }
        let layout = SpanLayout(spans: spans, length: text.count)
        layout.walk(text: { range in
            VisibleText.append(text, range, to: &html, escape: escape)
        }, open: { piece in
            guard piece.span < records.count else {
                let id = piece.span - records.count
                html += piece.isFirst ? "<mark class=\"finding\" data-finding=\"\(id)\" tabindex=\"0\">"
                                      : "<mark class=\"finding cont\" data-finding-part=\"\(id)\">"
                return
            }
            // How many records this one holds, nested: its underline goes below theirs.
            let height = piece.height > 0 ? " style=\"--h:\(piece.height)\"" : ""
            let type = records[piece.span].type.rawValue
            let cut = piece.isLast ? "" : " cut"
            html += piece.isFirst
                ? "<mark class=\"rec t-\(type)\(cut)\" data-rec=\"\(piece.span)\" tabindex=\"0\"\(height)>"
                : "<mark class=\"rec t-\(type) cont\(cut)\" data-part=\"\(piece.span)\"\(height)>"
        }, close: { _ in
            html += "</mark>"
        })
    }

    /// The findings above the table: one button per finding that scrolls to it.
    private static func findingList(_ findings: [Finding]) -> String {
        var html = "<section id=\"findings\" aria-labelledby=\"findings-title\">\n"
            + "<h2 id=\"findings-title\">Audit findings <span class=\"count\">\(findings.count)</span></h2>\n<ol>\n"
        for (index, finding) in findings.enumerated() {
            html += "<li><button type=\"button\" data-goto-finding=\"\(index)\"><span class=\"check\">\(finding.check.rawValue)</span> "
                + "\(escaped(finding.message)) <span class=\"where\">line \(finding.line)</span></button></li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    /// The records' table with its filters; rows in document order.
    private static func recordTable(_ records: [Record], types: [RecordType]) -> String {
        let options = types.map { "<option value=\"\($0.rawValue)\">\($0.rawValue)</option>" }.joined()
        var html = """
            <section id="records-section" aria-labelledby="records-title">
            <div class="toolbar">
            <h2 id="records-title">Records</h2>
            <label>type <select id="type-filter"><option value="">all</option>\(options)</select></label>
            <input id="text-filter" type="search" placeholder="filter by text…" aria-label="Filter records by text">
            <span id="shown" aria-live="polite">\(records.count) of \(records.count)</span>
            </div>
            <div class="table-wrap">
            <table id="records">
            <thead><tr>\(header("#", "id"))\(header("type", "type"))\(header("text", "text"))\(header("line", "line"))\(header("start–end", "start"))\(header("fields", "fields"))</tr></thead>
            <tbody>

            """
        for (index, record) in records.enumerated() {
            let fields = InspectStyle.fieldPairs(record)
                .map { "<span class=\"field\"><span class=\"key\">\(escaped($0.key))</span>=\(escaped(VisibleText.cell($0.value)))</span>" }
                .joined(separator: " ")
            html += "<tr class=\"t-\(record.type.rawValue)\" data-row=\"\(index)\" tabindex=\"0\">"
                + "<td class=\"num\">\(index + 1)</td><td class=\"type\"><span class=\"swatch\"></span>\(record.type.rawValue)</td>"
                + "<td class=\"text\">\(escaped(VisibleText.cell(record.text)))</td><td class=\"num\">\(record.line)</td>"
                + "<td class=\"num span\">\(record.start)–\(record.end)</td><td class=\"fields\">\(fields)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n</section>\n"
    }

    /// A sortable column header.
    private static func header(_ title: String, _ key: String) -> String {
        "<th scope=\"col\" aria-sort=\"\(key == "id" ? "ascending" : "none")\"><button type=\"button\" data-sort=\"\(key)\">\(title)</button></th>"
    }

    // MARK: Data

    /// For each finding, the records with exactly its span (its statement), and for each record
    /// the findings so attached to it.
    private static func attachments(records: [Record], findings: [Finding]) -> (byFinding: [[Int]], byRecord: [Int: [Int]]) {
        guard !findings.isEmpty else { return ([], [:]) }
        var bySpan: [Range<Int>: [Int]] = [:]
        for (index, record) in records.enumerated() { bySpan[record.start..<record.end, default: []].append(index) }
        var byRecord: [Int: [Int]] = [:]
        let byFinding = findings.enumerated().map { index, finding in
            let statements = bySpan[finding.start..<finding.end] ?? []
            for record in statements { byRecord[record, default: []].append(index) }
            return statements
        }
        return (byFinding, byRecord)
    }

    /// The page's data as JSON, safe inside a `<script>` element (every `<` escaped).
    private static func pageData(doc: String, records: [Record], findings: [Finding],
                                 attached: (byFinding: [[Int]], byRecord: [Int: [Int]])) -> String {
        var json = "{\"doc\":"
        JSONLines.appendString(doc, to: &json)
        json += ",\"records\":["
        for (index, record) in records.enumerated() {
            if index > 0 { json += "," }
            json += "{\"type\":\"\(record.type.rawValue)\",\"text\":"
            JSONLines.appendString(record.text, to: &json)
            json += ",\"line\":\(record.line),\"start\":\(record.start),\"end\":\(record.end),\"pattern\":"
            JSONLines.appendString(record.pattern, to: &json)
            json += ",\"fields\":["
            for (position, pair) in InspectStyle.fieldPairs(record).enumerated() {
                json += position > 0 ? ",[" : "["
                JSONLines.appendString(pair.key, to: &json)
                json += ","
                JSONLines.appendString(pair.value, to: &json)
                json += "]"
            }
            json += "]"
            if let ids = attached.byRecord[index] { json += ",\"findings\":[\(ids.map(String.init).joined(separator: ","))]" }
            json += "}"
        }
        json += "]"
        if !findings.isEmpty {
            json += ",\"findings\":["
            for (index, finding) in findings.enumerated() {
                if index > 0 { json += "," }
                json += "{\"check\":\"\(finding.check.rawValue)\",\"stated\":\"\(finding.stated)\",\"computed\":\"\(finding.computed)\""
                json += ",\"tolerance\":\"\(finding.tolerance)\",\"message\":"
                JSONLines.appendString(finding.message, to: &json)
                json += ",\"text\":"
                JSONLines.appendString(finding.text, to: &json)
                json += ",\"line\":\(finding.line),\"start\":\(finding.start),\"end\":\(finding.end)"
                json += ",\"records\":[\(attached.byFinding[index].map(String.init).joined(separator: ","))]}"
            }
            json += "]"
        }
        json += "}"
        return json.split(separator: "<", omittingEmptySubsequences: false).joined(separator: "\\u003c")
    }

    // MARK: Escaping

    /// `text` escaped for HTML text and attribute values, control characters shown as
    /// ``VisibleText`` says.
    static func escaped(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        VisibleText.append(scalars, scalars.indices, to: &out, escape: escape)
        return out
    }

    /// Writes the entity for a character HTML gives a meaning to; `false` for any other.
    private static func escape(_ scalar: Unicode.Scalar, _ out: inout String) -> Bool {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: return false
        }
        return true
    }
}
