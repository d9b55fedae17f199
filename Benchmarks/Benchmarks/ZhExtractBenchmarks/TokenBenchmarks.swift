import ZhTokens

/// Tokenizing the decoded corpus: the ICU-free scanner alone.
func registerTokenBenchmarks() {
    corpusBenchmark(
        "tokenize/scanner",
        prepare: { try decodedTexts($0).map { Array($0.unicodeScalars) } },
        pass: { documents in
            let scanner = TokenScanner()
            return documents.reduce(0) { $0 + scanner.scan($1).count }
        }
    )
}
