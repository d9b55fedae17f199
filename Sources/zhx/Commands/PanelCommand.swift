import Foundation
import ZhBatch
import ZhModel
import ZhOutput
import ZhRecords
import ZhStatements

/// `zhx panel PATH... -o FILE`: a folder of reports as one long table, a row per figure of each
/// metric statement (``ZhStatements/PanelBuilder``), as CSV or SQLite.
enum PanelCommand: Command {
    static let name = "panel"
    static let summary = "Turn the metric statements of reports into one long table (CSV or SQLite)"
    static let positionalsUsage = "PATH..."
    static let discussion = """
        ROWS (the record contract's "Panel rows", \(Help.recordContract)):
          one per figure of each metric statement: region_code, region, period, indicator, field
          (actual, budget, completion, change_pct, change_amount, share), value (yuan for money,
          percent for rates), unit (CNY, %, pp, or a count's unit), doc, line, subject (as
          written), in input order.
          indicator  the canonical name (一般公共预算收入, 税收收入, 非税收入, 一般公共预算支出,
                     政府性基金预算收入 …) of the list 'indicator' (Patterns/indicator.zhp) that the
                     subject equals or ends with, when what comes before only names the place,
                     the scope (全区, 本级) or a year; a table row named for a region takes the
                     indicator of the table's caption. A subject that names none keeps its rows,
                     with an empty indicator: select indicator <> '' for a clean join key.
          period     the metric's period, resolved against the year the report is about (read
                     from its title or opening: 2023年…决算 → 2023): 上年 → 2022, --H1 → 2023-H1;
                     a metric without one gets that year
          region     the metric's own region (its code and canonical name), else, for a table
                     row, the row's name; else the region the report is about (named in its
                     title or first lines)

        OUTPUT (by the extension of -o FILE):
          .csv                  RFC 4180 with a header row; '-o -' writes CSV to standard output
          .db .sqlite .sqlite3  the table 'panel' (those columns, value NUMERIC), and one wide view
                                per indicator, named as it ("SELECT * FROM \\"一般公共预算收入\\""):
                                one row per region and period, a column per field

        \(StatementRun.inputsHelp)

        EXIT CODES: 0 success, 1 some input could not be read, 2 usage error.
        """
    static let minimumPositionals = 0
    static let options = [
        OptionSpec(name: "output", short: "o", valueName: "FILE", help: "The panel to write: FILE.csv, FILE.db or FILE.sqlite ('-': CSV on standard output)"),
    ] + StatementRun.options

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        guard let output = arguments.value("output") else {
            throw UsageError(description: "'panel' needs -o FILE (.csv, .db or .sqlite; see 'zhx panel --help')")
        }
        let path = output == "-" ? nil : output
        let format: PanelPrinter.Format
        if let path {
            guard let byExtension = PanelPrinter.Format(path: path) else {
                throw UsageError(description: "cannot tell the panel's format from '\(output)': name it FILE.csv, FILE.db or FILE.sqlite")
            }
            format = byExtension
        } else {
            format = .csv
        }
        let rows: @Sendable (StatementDocument, StatementWords, RegionDirectory) -> [Record] = { document, words, regions in
            PanelBuilder(words: words, regionName: { regions.name(code: $0) }).records(for: document)
        }
        let records = arguments.values("records")
        if !records.isEmpty {
            let (ok, _) = try StatementRun.fromRecords(records, arguments, output: rows, printer: try PanelPrinter(path: path, format: format))
            return ok ? ExitCode.success : ExitCode.failure
        }
        let job = try StatementRun.job(arguments, verb: name, output: path)
        let (outcome, _) = try StatementRun.extracting(job, arguments, output: rows,
                                                       printer: { path throws(OutputError) in try PanelPrinter(path: path, format: format) })
        return outcome == .success ? ExitCode.success : ExitCode.failure
    }
}
