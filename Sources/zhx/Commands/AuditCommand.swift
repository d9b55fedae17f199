import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ZhBatch
import ZhModel
import ZhOutput
import ZhRecords
import ZhStatements

/// `zhx audit PATH...`: recomputes what each report states about itself and lists every
/// contradiction with its place (``ZhStatements/StatementAudit``).
enum AuditCommand: Command {
    static let name = "audit"
    static let summary = "Check what reports state about themselves: completion rates, changes, totals, units, repeats"
    static let positionalsUsage = "PATH..."
    static let discussion = """
        CHECKS (the finding's 'check'):
          completion  a completion rate that is not actual / budget (占年度预算…的 N%), also in a
                      table row (累计完成 / 年度预算数)
          change      a change rate that does not match this year's amount and the change amount
                      (last year = actual - change; rate = change / last year), or a table row's
                      增减幅 against its 上年同期数
          total       parts that do not add up to their total (the items after 其中, a numbered
                      list after its total's paragraph, a table's rows and its 合计/全市 row), or a
                      share that is not the part over the total it names (占税收收入的27.51%)
          unit        a figure in the wrong unit: 元 written for 万元, a table cell 10,000 times
                      off (read 10^4 or 10^8 times larger or smaller, it makes a relation hold),
                      or an amount in 元 where every amount around it is in 万元
          repeat      the same indicator (subject, period, region, what is measured, breakdown)
                      stated twice with different values; looked for when the text is at hand

        Every comparison allows for the rounding as written: 88.88% is checked to ±0.005, an
        amount in 万元 to ±0.5万元, and a ratio or a sum of rounded figures to what their
        roundings allow together. A list after 其中 may name only some parts: parts that fall
        short of their total are reported only when the list is shown complete (shares adding up
        to 100%, a table's total row); parts that exceed it always are.

        OUTPUT:
          jsonl   one finding per line, the record contract's finding shape (\(Help.recordContract)):
                  schema, doc, type ("finding"), text, start, end, line (the statement concerned),
                  check, stated, computed, tolerance, message; the default when standard output
                  is not a terminal
          table   the findings of each document as an aligned table and a closing count; the
                  default on a terminal

        \(StatementRun.inputsHelp)

        EXIT CODES: 0 no finding (every relation that could be checked holds), 1 some finding, or
        some input that could not be read, 2 usage error.
        """
    static let options = [
        OptionSpec(name: "format", short: "f", valueName: "FORMAT", help: "jsonl or table", defaultValue: "table on a terminal, else jsonl"),
        OptionSpec(name: "output", short: "o", valueName: "FILE", help: "Write to FILE instead of standard output"),
    ] + StatementRun.options

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let output = arguments.value("output").flatMap { $0 == "-" ? nil : $0 }
        let format: String
        if let given = arguments.value("format") {
            guard given == "jsonl" || given == "table" else { throw UsageError(description: "unknown format '\(given)' for 'audit' (jsonl or table)") }
            format = given
        } else {
            format = output == nil && isatty(1) == 1 ? "table" : "jsonl"
        }
        let makePrinter = { (path: String?) throws(OutputError) -> any RecordPrinter in
            let writer = try path.map { path throws(OutputError) in try ByteWriter(creating: path) } ?? .standardOutput()
            return format == "table" ? FindingTablePrinter(writer: writer) : BytePrinter(writer: writer, formatter: FindingJSONFormatter())
        }
        let findings: @Sendable (StatementDocument, StatementWords, RegionDirectory) -> [Record] = { document, _, _ in
            StatementAudit().findings(in: document).map(\.record)
        }
        let records = arguments.values("records")
        if !records.isEmpty {
            let (ok, summary) = try StatementRun.fromRecords(records, arguments, output: findings,
                                                             printer: try makePrinter(output))
            return !ok || (summary.recordsByType[.finding] ?? 0) > 0 ? ExitCode.failure : ExitCode.success
        }
        let job = try StatementRun.job(arguments, verb: name, output: output)
        let (outcome, summary) = try StatementRun.extracting(job, arguments, output: findings,
                                                             printer: makePrinter)
        guard outcome == .success, let summary else { return ExitCode.failure }
        return (summary.recordsByType[.finding] ?? 0) > 0 ? ExitCode.failure : ExitCode.success
    }
}
