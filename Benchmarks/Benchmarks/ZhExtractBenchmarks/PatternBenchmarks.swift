import ZhPatterns
import ZhText
import ZhTokens

/// The pattern matcher alone: all built-in rules over the normalized corpus and its scanner
/// tokens (prepared outside the measurement), every candidate match accepted.
func registerPatternBenchmarks() {
    corpusBenchmark(
        "match/all-rules",
        prepare: { corpus in
            let matcher = Matcher(try builtinPatterns()) { $0.compactMap(NormalizedText.fold) }
            let scanner = TokenScanner()
            return (matcher, try normalizedScalars(corpus).map { ($0, scanner.scan($0)) })
        },
        pass: { matcher, documents in
            documents.reduce(0) { $0 + matcher.matches(in: $1.0, tokens: $1.1, range: 0..<$1.0.count).count }
        }
    )
}

/// The repository's `Patterns/` folder, loaded.
func builtinPatterns() throws -> PatternSet {
    try PatternSet.load(directories: [Repository.patterns.path])
}
