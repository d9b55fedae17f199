// ZhStatements: what reports state about themselves, read from their metric records.
//
// `zhx audit` and `zhx panel` both start from a document's `metric` records (the record contract:
// subject, actual, budget, completion, change_pct, change_amount, share, region, period) and go
// through the same reading:
//
// 1. `StatementCollector` keeps, while the batch engine reads a document chunk by chunk, the
//    metric records, the figure and region records inside them, the date and region records of
//    the opening, and the original text of the lines around each metric (`StatementText`).
// 2. `StatementReader` makes each metric a `Statement`: the written form of each figure
//    (`FigureReader`: from the figure records, else the statement's own text, else the value),
//    which gives its rounding (`WrittenFigure.tolerance`: `207450 万元` is ± 5000 yuan, `88.88%` ±
//    0.005) and its unit (`元` or `万元`, for unit slips); its period resolved against the year
//    the report is about (`ReportOpening`); and, from the normalized text around the statements,
//    how they hang together (`StatementStructure`): totals followed by `其中` and their parts,
//    numbered lists after their total's paragraph, tables of rows with their columns' roles and
//    total row. The result is a `StatementDocument`.
// 3. `StatementAudit` recomputes the relations the statements imply (completion, change, totals
//    and shares, repeats) within the rounding as written, tells unit slips from other errors by
//    whether a figure read 10^4 or 10^8 times larger or smaller makes the relation hold, and
//    gives `Finding`s; `PanelBuilder` gives `PanelRow`s with canonical indicator names
//    (`IndicatorNames`, from `Patterns/indicator.zhp`).
//
// Why the audit is the engine's document stage (`ZhBatch.StatementStage`) and not a printer that
// collects a document's records: the structure the `total` check and the repeat scopes need is in
// the text around the statements (`其中`, enumerators, table headers), which the printers never
// see; and as a document stage it runs on the engine's workers, in parallel, with the output
// still in input order. The words it looks up (`其中`, total rows, column headers, relative
// years, indicator names) are pattern lists (`Patterns/statement.zhp`, `Patterns/indicator.zhp`),
// so an analyst extends them as any other list.
//
// The module reads records and text only: it knows nothing of the extractor or the engine, so
// records written before (a gold file, `zhx audit --records FILE`) are audited the same way.
