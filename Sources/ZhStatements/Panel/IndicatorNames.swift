/// Canonical indicator names (`Patterns/indicator.zhp`, list `indicator`): a subject as written
/// names the indicator of the longest list word it equals or ends with, when what comes before
/// that word only says where or over what the figure is counted: words of `indicator-scope`
/// (`全区`, `本级`), the names the document gives its regions (`上党区`), a year (`2023年`,
/// `2023年度`). `全区一般公共预算收入` and `上党区地区生产总值` name one; `上划中央收入`, `煤炭行业税收`
/// and `其他支出（类）` name none.
public struct IndicatorNames: Sendable {
    private let words: StatementWords

    public init(words: StatementWords) {
        self.words = words
    }

    /// The canonical name `subject` names, if any; `regions` are the region names the document
    /// writes (normalized).
    public func name(of subject: String, regions: Set<String> = []) -> String? {
        let key = StatementWords.normalize(subject)
        let matches = words.indicators.keys.filter { key.hasSuffix($0) }.sorted { $0.count > $1.count }
        for word in matches where words.isScope(key.dropLast(word.count), regions: regions) {
            return words.indicators[word]
        }
        return nil
    }

    /// The indicator a table's caption names: the longest list word it contains.
    func name(inCaption caption: String) -> String? {
        let key = StatementWords.normalize(caption)
        return words.indicators.keys.filter { key.contains($0) }.max { $0.count < $1.count }.flatMap { words.indicators[$0] }
    }
}
