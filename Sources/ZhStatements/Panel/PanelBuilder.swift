import ZhModel
import ZhText

/// Turns a document's statements into panel rows (`zhx panel`, the record contract's "Panel
/// rows"): one row per figure of each metric statement, in the statements' order.
///
/// - `indicator`: the canonical name the subject names (``IndicatorNames``); for a table row whose
///   subject is a region (`长子`), the name the table's caption gives (`一般公共预算收入`). A
///   subject that names no indicator still gives its rows, with an empty `indicator`: every
///   figure is in the panel, and `indicator <> ''` selects the ones with a clean join key.
/// - `period`: the statement's period, resolved against the year the report is about (see
///   ``Statement/period``); empty when neither is known.
/// - `region_code`, `region`: the metric's own region (a code named by the document's region
///   records, else by the region gazetteer; a name where there is no code); for a table row
///   without one (`市本级`, `高新区`), its subject as the region's name, with no code; otherwise the
///   region the report is about (its title's or opening's).
/// - `unit`: `CNY` (or the currency) for money, `%` for rates, `pp` for percentage points, the
///   unit of a count; empty when the figure's written form was not found.
public struct PanelBuilder: Sendable {
    public let indicators: IndicatorNames
    /// Names a region code the document does not name (the region gazetteer).
    private let regionName: @Sendable (String) -> String?

    public init(words: StatementWords, regionName: @escaping @Sendable (String) -> String? = { _ in nil }) {
        indicators = IndicatorNames(words: words)
        self.regionName = regionName
    }

    /// The rows of one document.
    public func rows(for document: StatementDocument) -> [PanelRow] {
        statementRows(document).flatMap(\.rows)
    }

    /// The rows of a document as the records that carry them through the batch engine (each
    /// with its statement's text and offsets).
    public func records(for document: StatementDocument) -> [Record] {
        statementRows(document).flatMap { statement, rows in
            rows.map { $0.record(text: statement.record.text, start: statement.record.start, end: statement.record.end) }
        }
    }

    /// Each statement with its rows.
    private func statementRows(_ document: StatementDocument) -> [(statement: Statement, rows: [PanelRow])] {
        let captions = document.tables.map { table in table.titles.lazy.compactMap { indicators.name(inCaption: $0) }.first }
        return document.statements.enumerated().map { index, statement in
            let tableRow = document.tableRows[index]
            var indicator = indicators.name(of: statement.subject, regions: document.regionWords)
            if indicator == nil, let tableRow { indicator = captions[tableRow.table] }
            let (code, name) = region(of: statement, isTableRow: tableRow != nil, in: document)
            let rows = statement.figures.map { figure in
                PanelRow(regionCode: code, region: name, period: statement.period ?? "", indicator: indicator ?? "",
                         field: figure.field.rawValue, value: figure.value, unit: figure.unit ?? "",
                         doc: statement.record.doc, line: statement.record.line, subject: statement.subject)
            }
            return (statement, rows)
        }
    }

    /// The region code and name of a statement's figures.
    private func region(of statement: Statement, isTableRow: Bool, in document: StatementDocument) -> (String, String) {
        if let region = statement.region, !region.isEmpty {
            if region.count >= 6, region.allSatisfy(\.isNumber) {
                return (region, document.regionNames[region] ?? regionName(region) ?? "")
            }
            return ("", region)
        }
        if isTableRow { return ("", statement.subject) }
        if let main = document.mainRegion { return (main.code ?? "", main.name) }
        return ("", "")
    }
}
