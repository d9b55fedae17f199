import ZhModel
import Foundation
import ZhOutput
import ZhText
import ZhTokens

/// `zhx tokens FILE`: shows how ZhExtract reads a document: its sentences and tokens after
/// decoding and normalization.
enum TokensCommand: Command {
    static let name = "tokens"
    static let summary = "Show the sentences and tokens of a document"
    static let positionalsUsage = "FILE"
    static let minimumPositionals = 1
    static let discussion = """
        FORMATS:
          text   one sentence per line, prefixed by its original line number; tokens are separated
                 by spaces and tagged by kind (207450|num 万|cnum PM2.5|lat ，|p), Han words untagged
          jsonl  one token per line: text and start/end (original scalar offsets, end exclusive),
                 line, kind, sentence (index), and norm (the normalized text rules match on)
        """
    static let options = [
        OptionSpec(name: "format", short: "f", valueName: "FORMAT", help: "text or jsonl", defaultValue: "text"),
    ]

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let format = arguments.value("format") ?? "text"
        guard format == "text" || format == "jsonl" else {
            throw UsageError(description: "unknown format '\(format)' for 'tokens' (text or jsonl)")
        }
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw UsageError(description: "'tokens' takes one FILE")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("zhx tokens: \(path): cannot read the file")
            return ExitCode.failure
        }
        let text: NormalizedText
        do {
            text = NormalizedText(decoded: try SourceDecoder.decode([UInt8](data)).text)
        } catch {
            printError("zhx tokens: \(path): \(error)")
            return ExitCode.failure
        }
        guard let tokenizer = Tokenizer() else {
            printError("zhx tokens: ICU cannot open a Chinese word break iterator")
            return ExitCode.failure
        }
        let out = ByteWriter.standardOutput()
        for (index, sentence) in SentenceSplitter().sentences(text.scalars).enumerated() {
            let tokens = tokenizer.tokens(text.scalars, in: sentence)
            if format == "jsonl" {
                for token in tokens { try out.write(jsonLine(token, sentence: index, in: text)) }
            } else {
                try out.write(textLine(tokens, sentence: sentence, in: text))
            }
        }
        try out.flush()
        return ExitCode.success
    }

    /// One token as a JSON object line.
    private static func jsonLine(_ token: Token, sentence: Int, in text: NormalizedText) -> String {
        let original = text.originalRange(of: token.range)
        var line = "{\"text\":"
        JSONLines.appendString(text.originalText(original), to: &line)
        line += ",\"start\":\(original.lowerBound),\"end\":\(original.upperBound)"
        line += ",\"line\":\(text.line(ofOriginalOffset: original.lowerBound))"
        line += ",\"kind\":\"\(token.kind.rawValue)\",\"sentence\":\(sentence),\"norm\":"
        JSONLines.appendString(text.text(token.range), to: &line)
        return line + "}\n"
    }

    /// One sentence as a text line; `nil`-free: blank sentences give an empty string.
    private static func textLine(_ tokens: [Token], sentence: Range<Int>, in text: NormalizedText) -> String {
        let shown = tokens.filter { $0.kind != .whitespace }
        guard let first = shown.first else { return "" }
        let line = text.line(ofOriginalOffset: text.originalOffset(of: first.range.lowerBound))
        let words = shown.map { token in
            let tag = tags[token.kind].map { "|" + $0 } ?? ""
            return text.text(token.range) + tag
        }
        return "\(line): " + words.joined(separator: " ") + "\n"
    }

    private static let tags: [TokenKind: String] = [
        .number: "num", .chineseNumeral: "cnum", .latin: "lat", .punctuation: "p", .symbol: "sym", .other: "other",
    ]
}
