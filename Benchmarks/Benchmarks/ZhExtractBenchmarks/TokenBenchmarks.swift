import ZhTokens

/// Tokenizing the normalized corpus: the ICU-free scanner alone, and with ICU's dictionary
/// words inside Han runs (`Tokenizer`).
func registerTokenBenchmarks() {
    corpusBenchmark("tokenize/scanner", prepare: normalizedScalars) { documents in
        let scanner = TokenScanner()
        return documents.reduce(0) { $0 + scanner.scan($1).count }
    }
    corpusBenchmark(
        "tokenize/icu-words",
        prepare: { corpus in
            guard let tokenizer = Tokenizer() else { throw TokenizerUnavailable() }
            return (tokenizer, try normalizedScalars(corpus))
        },
        pass: { tokenizer, documents in
            documents.reduce(0) { $0 + tokenizer.tokens($1).count }
        }
    )
}

/// ICU could not open a word break iterator for `zh`.
struct TokenizerUnavailable: Error, CustomStringConvertible {
    var description: String { "ICU cannot open a word break iterator for locale zh" }
}
