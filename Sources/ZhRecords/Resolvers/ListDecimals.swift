import ZhPatterns
import ZhText

/// The list values that are decimal numbers (the `10000` of `万 = 10000`), parsed once when the
/// extractor is built: a figure's scale is then found by its text, not parsed again per match.
///
/// The values are kept by their length in UTF-8 bytes, which tells the powers of ten of the
/// `scale` list apart at once; a value not found is parsed as it comes.
struct ListDecimals: Sendable {
    /// The parsed values, by the UTF-8 length of their text.
    private let byLength: [[(text: String, value: ExactDecimal)]]

    init(patterns: PatternSet) {
        var byLength: [[(text: String, value: ExactDecimal)]] = []
        let texts = Set(patterns.lists.values.flatMap { $0.entries.compactMap(\.value) })
        for text in texts.sorted() {
            guard let value = ExactDecimal(text) else { continue }
            let length = text.utf8.count
            if byLength.count <= length { byLength += Array(repeating: [], count: length + 1 - byLength.count) }
            byLength[length].append((text, value))
        }
        self.byLength = byLength
    }

    /// The decimal number `text` writes, or `nil` when it is not one (see `ExactDecimal.init?(_:)`).
    func decimal(_ text: String) -> ExactDecimal? {
        let length = text.utf8.count
        if length < byLength.count {
            for entry in byLength[length] where entry.text == text { return entry.value }
        }
        return ExactDecimal(text)
    }
}
