import Foundation
import ZhText

/// Decoding the corpus files (UTF-8 as stored, and the same documents as GB18030 bytes) and
/// normalizing the decoded text.
func registerTextBenchmarks() {
    corpusBenchmark("decode/utf8", prepare: { try checkedDecodable($0, $0.files.map(\.bytes)) }, pass: decodeAll)
    corpusBenchmark("decode/gb18030", prepare: { try checkedDecodable($0, gb18030Files($0)) }, pass: decodeAll)
    corpusBenchmark("normalize", prepare: decodedTexts) { texts in
        texts.reduce(0) { $0 + NormalizedText(decoded: $1).scalars.count }
    }
}

/// Decodes every file with encoding detection; the total number of scalars, as a check value.
private func decodeAll(_ files: [[UInt8]]) -> Int {
    files.reduce(0) { $0 + ((try? SourceDecoder.decode($1))?.text.scalars.count ?? 0) }
}

/// `files` (the corpus in some encoding), after checking that each of them decodes.
private func checkedDecodable(_ corpus: BenchmarkCorpus, _ files: [[UInt8]]) throws -> [[UInt8]] {
    for (file, bytes) in zip(corpus.files, files) {
        do { _ = try SourceDecoder.decode(bytes) } catch {
            throw CorpusError.undecodable(file.path, "\(error)")
        }
    }
    return files
}

/// The corpus documents re-encoded as GB18030 (Foundation's "Chinese (GB 18030)" encoding).
private func gb18030Files(_ corpus: BenchmarkCorpus) throws -> [[UInt8]] {
    let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    return try corpus.files.map { file in
        guard let data = String(decoding: file.bytes, as: UTF8.self).data(using: gb18030) else {
            throw CorpusError.undecodable(file.path, "cannot be written as GB18030")
        }
        return Array(data)
    }
}

/// The corpus documents decoded to text, for the stages after decoding.
func decodedTexts(_ corpus: BenchmarkCorpus) throws -> [DecodedText] {
    try corpus.files.map { file in
        do { return try SourceDecoder.decode(file.bytes).text } catch {
            throw CorpusError.undecodable(file.path, "\(error)")
        }
    }
}

/// The normalized view of each corpus document, the input of tokenizing and matching.
func normalizedScalars(_ corpus: BenchmarkCorpus) throws -> [[Unicode.Scalar]] {
    try decodedTexts(corpus).map { NormalizedText(decoded: $0).scalars }
}
