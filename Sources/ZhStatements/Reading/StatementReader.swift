import ZhModel
import ZhText

/// Reads a document's metric statements for the audit and the panel: each metric record with the
/// written form of its figures (``FigureReader``), its period resolved against the year the
/// report is about, and, where the document's text is at hand, how the statements hang together:
/// totals and their parts (``StatementStructure``) and tables (``StatementTables``).
public struct StatementReader: Sendable {
    public let words: StatementWords

    public init(words: StatementWords) {
        self.words = words
    }

    /// The statements of one document from its records (any types, any order: the metric
    /// records, the figure records inside them, and the date and region records of its opening
    /// are read) and the text kept for them.
    public func read(records: [Record], text: StatementText) -> StatementDocument {
        let sorted = records.enumerated().sorted { a, b in
            (a.element.start, -a.element.end, a.offset) < (b.element.start, -b.element.end, b.offset)
        }.map(\.element)
        let doc = sorted.first?.doc ?? ""

        // The opening: from the text when it starts at the document's start, else the records of
        // the first lines.
        var opening: Range<Int>?
        var title: Range<Int>?
        if let first = text.pieces.first, first.start == 0,
           let found = ReportOpening.range(in: first.scalars[...], from: 0) {
            opening = found.opening
            title = found.title
        } else if let firstLine = sorted.map(\.line).min() {
            let onTitle = sorted.filter { $0.line == firstLine }
            let inOpening = sorted.filter { $0.line <= firstLine + ReportOpening.lines - 1 }
            title = (onTitle.map(\.start).min() ?? 0)..<((onTitle.map(\.end).max() ?? 0) + 1)
            opening = (inOpening.map(\.start).min() ?? 0)..<((inOpening.map(\.end).max() ?? 0) + 1)
        }
        let dates = sorted.filter { $0.type == .date }
        let regions = sorted.filter { $0.type == .region }
        let year = ReportOpening.year(dates: dates, title: title, opening: opening, titleText: title.flatMap(text.original))

        var regionNames: [String: String] = [:]
        for region in regions {
            if case .string(let code)? = region["code"], case .string(let name)? = region["name"], regionNames[code] == nil {
                regionNames[code] = name
            }
        }
        let regionWords = Set(regions.map { StatementWords.normalize($0.text) }.filter { !$0.isEmpty })

        let figureRecords = sorted.filter { $0.type == .money || $0.type == .percent || $0.type == .quantity }
        let figureStarts = figureRecords.map(\.start)
        var statements: [Statement] = []
        for metric in sorted where metric.type == .metric {
            var figures: [Record] = []
            var index = Self.lowerBound(figureStarts, metric.start)
            while index < figureRecords.count, figureRecords[index].start < metric.end {
                if figureRecords[index].end <= metric.end { figures.append(figureRecords[index]) }
                index += 1
            }
            let subject: String
            if case .string(let s)? = metric["subject"] { subject = s } else { subject = "" }
            var period: String?
            if case .string(let p)? = metric["period"] { period = p }
            var region: String?
            if case .string(let r)? = metric["region"] { region = r }
            statements.append(Statement(record: metric, subject: subject, key: StatementWords.normalize(subject),
                                        figures: FigureReader.figures(of: metric, among: figures),
                                        period: ReportOpening.resolve(period, year: year, words: words), region: region))
        }

        var document = StatementDocument(doc: doc, year: year,
                                         mainRegion: ReportOpening.region(regions: regions, title: title, opening: opening),
                                         statements: statements, groups: [], tables: [], tableRows: [:],
                                         regionNames: regionNames, regionWords: regionWords, text: text, words: words)
        if !text.isEmpty, !statements.isEmpty {
            var structure = StatementStructure(statements: statements, views: text.views(), words: words)
            let (tables, rows) = structure.tables()
            document.tables = tables
            document.tableRows = rows
            document.groups = structure.groups(excluding: Set(rows.keys))
        }
        return document
    }

    /// ``read(records:text:)`` with the whole text of the document (or none).
    public func read(records: [Record], text: String?) -> StatementDocument {
        read(records: records, text: text.map(StatementText.init) ?? StatementText())
    }

    /// The first index of `values` (sorted) whose value is at least `value`.
    static func lowerBound(_ values: [Int], _ value: Int) -> Int {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
