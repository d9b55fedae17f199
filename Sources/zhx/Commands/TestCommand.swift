import ZhEvaluation
import Foundation
import ZhRecords

/// `zhx test`: runs every rule's examples and counter-examples, then compares extraction of the
/// Corpus with its gold files; prints a diff for each failure and a closing `N passed, N failed`.
enum TestCommand: Command {
    static let name = "test"
    static let summary = "Run the patterns' examples and the Corpus gold comparison"
    static let positionalsUsage = "[PATTERN_DIR...]"
    static let discussion = """
        Loads the built-in patterns (compiled into zhx; ZHX_PATTERNS=DIR replaces them by a \
        folder) and any PATTERN_DIR given, runs each rule's 'example:' and 'counter:' lines \
        through the whole extractor, then extracts every Corpus document that has a gold file \
        (Corpus/gold/…) and compares. A difference fails unless Corpus/known-issues.tsv lists \
        it; each record type must also reach precision and recall of at least 0.98. Without \
        --corpus and without a Corpus/ folder with gold/ in the current directory (run from \
        the repository), only the examples run, and a line says so. Exit code 1 on any failure.
        """
    static let options = [
        OptionSpec(name: "corpus", valueName: "DIR", help: "Corpus folder with gold/ and known-issues.tsv",
                   defaultValue: "\(CorpusCheck.defaultCorpusPath)/ of the current directory, if any"),
        OptionSpec(name: "examples-only", help: "Run the rules' examples only, not the Corpus comparison"),
        OptionSpec(name: "verbose", short: "v", help: "Also list the known issues that were accepted"),
    ]

    /// The precision and recall every record type must reach on the Corpus.
    static let threshold = 0.98

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let extractor = try Extractor.load(patternDirectories: arguments.positionals)
        var passed = 0, failed = 0

        for outcome in ExampleRunner(extractor: extractor).run() {
            if outcome.passed { passed += 1; continue }
            failed += 1
            print("FAIL \(outcome.ruleID) (\(outcome.location))")
            print("  input:    \(outcome.input)")
            print("  expected: \(outcome.expected)")
            print("  got:      \(outcome.got)")
            print("  why:      \(outcome.reason)")
        }
        print("examples: \(passed) passed, \(failed) failed")

        if !arguments.has("examples-only") {
            if let corpus = arguments.value("corpus") ?? CorpusCheck.defaultCorpusDirectory() {
                let report = try CorpusCheck(extractor: extractor, corpusDirectory: corpus).run()
                let (p, f) = printCorpus(report, verbose: arguments.has("verbose"))
                passed += p
                failed += f
            } else {
                print("corpus: skipped: no \(CorpusCheck.defaultCorpusPath)/ folder with gold/ here (run from the repository, or give --corpus DIR)")
            }
        }
        print("\(passed) passed, \(failed) failed")
        return failed == 0 ? ExitCode.success : ExitCode.failure
    }

    /// Prints the Corpus scores and unexplained differences; returns the checks passed and failed.
    private static func printCorpus(_ report: CorpusCheck.Report, verbose: Bool) -> (Int, Int) {
        var passed = 0, failed = 0
        for difference in report.unexplained {
            failed += 1
            let r = difference.record
            print("FAIL corpus \(difference.kind.rawValue) \(r.type.rawValue) \(r.doc):\(r.line) [\(r.start),\(r.end)) '\(r.text)'")
            if let gold = difference.gold { print("  gold: \(ExampleRunner.describe([gold]))") }
            if let got = difference.extracted { print("  got:  \(ExampleRunner.describe([got]))") }
        }
        if verbose {
            for (difference, entry) in report.explained {
                print("known \(difference.kind.rawValue) \(entry.type.rawValue) \(entry.doc) @\(entry.start) '\(entry.text)': \(entry.why)")
            }
        }
        for entry in report.stale {
            print("note: known issue no longer occurs, remove it: \(entry.doc) \(entry.type.rawValue) @\(entry.start) \(entry.kind.rawValue) '\(entry.text)'")
        }
        print("corpus: \(report.documents) gold files, \(report.explained.count) known issues, \(report.unexplained.count) unexplained differences")
        print("type      gold  extracted  matched  precision  recall")
        for score in report.comparison.scores {
            let ok = score.precision >= threshold && score.recall >= threshold
            if ok { passed += 1 } else { failed += 1 }
            print(score.type.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                  + pad(score.gold, 5) + pad(score.extracted, 11) + pad(score.matched, 9)
                  + pad3(score.precision, 11) + pad3(score.recall, 8) + (ok ? "" : "  below \(threshold)"))
        }
        let (entityPassed, entityFailed) = printEntities(report.entities, verbose: verbose)
        let (statementPassed, statementFailed) = printStatements(report.statements, verbose: verbose)
        // Every gold record matched counts as a passing check, every unexplained difference as a failure.
        return (passed + entityPassed + statementPassed + report.comparison.scores.map(\.matched).reduce(0, +),
                failed + entityFailed + statementFailed)
    }

    /// Prints the statement scores (and, verbose, every difference); returns the floors met and missed.
    private static func printStatements(_ statements: EntityScores, verbose: Bool) -> (Int, Int) {
        if verbose { printDifferences(statements, label: "statement") }
        var passed = 0, failed = 0
        print("statement     gold  extracted  found  exact  precision  recall     F1")
        for score in statements.scores {
            let floor = EntityScores.statementFloors[score.type] ?? 0
            let ok = score.f1 >= floor
            if ok { passed += 1 } else { failed += 1 }
            print(score.type.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0) + pad(score.gold, 6) + pad(score.extracted, 11)
                  + pad(score.found, 7) + pad(score.exact, 7) + pad3(score.precision, 11) + pad3(score.recall, 8) + pad3(score.f1, 7)
                  + (ok ? "" : "  below \(floor)"))
        }
        return (passed, failed)
    }

    /// Prints every difference of `scores` from the gold, one a line.
    private static func printDifferences(_ scores: EntityScores, label: String) {
        for record in scores.missing { print("\(label) missing  \(record.doc):\(record.line) \(ExampleRunner.describe([record]))") }
        for record in scores.spurious { print("\(label) spurious \(record.doc):\(record.line) \(ExampleRunner.describe([record]))") }
        for (gold, got) in scores.wrong {
            print("\(label) wrong    \(gold.doc):\(gold.line) gold \(ExampleRunner.describe([gold]))\n                got  \(ExampleRunner.describe([got]))")
        }
    }

    /// Prints the entity scores (and, verbose, every difference); returns the floors met and missed.
    private static func printEntities(_ entities: EntityScores, verbose: Bool) -> (Int, Int) {
        if verbose { printDifferences(entities, label: "entity") }
        var passed = 0, failed = 0
        print("entity        gold  extracted  found  exact  precision  recall     F1")
        let rows = entities.scores.map { ($0.type.rawValue, $0, nil as Double?) } + [("all", entities.total, EntityScores.floor)]
        for (name, score, floor) in rows {
            let ok = floor.map { score.f1 >= $0 } ?? true
            if ok { passed += 1 } else { failed += 1 }
            print(name.padding(toLength: 12, withPad: " ", startingAt: 0) + pad(score.gold, 6) + pad(score.extracted, 11)
                  + pad(score.found, 7) + pad(score.exact, 7) + pad3(score.precision, 11) + pad3(score.recall, 8) + pad3(score.f1, 7)
                  + (ok ? "" : "  below \(floor!)"))
        }
        let codesOK = entities.regionCodeAccuracy >= EntityScores.regionCodeFloor
        if codesOK { passed += 1 } else { failed += 1 }
        print("region codes: \(entities.regionCodes.right) of \(entities.regionCodes.found) found right (\(String(format: "%.3f", entities.regionCodeAccuracy)))"
              + (codesOK ? "" : "  below \(EntityScores.regionCodeFloor)"))
        return (passed, failed)
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }

    private static func pad3(_ x: Double, _ width: Int) -> String {
        let s = String(format: "%.3f", x)
        return String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
