import ZhModel

/// Resolves `document` matches: a titled document in `《…》` (a `〈…〉` title may stand inside):
/// `title` the text inside the outer brackets (capture `title`, normalized: see ``MatchView/name(of:)``), `kind` from the
/// title's last word, the list `document-kind` (`办法` = measures, `通知` = notice …), read
/// before a closing bracketed note such as `（试行）`; `other` when no word of the list ends it.
final class DocumentResolver: Resolver {
    let type = RecordType.document
    private let kinds: [(word: [Unicode.Scalar], kind: String)]

    init(lists: WordLists) {
        kinds = (lists.list("document-kind")?.entries ?? []).compactMap { entry in
            entry.value.map { (Array(entry.word.unicodeScalars), $0) }
        }.sorted { $0.word.count > $1.word.count }
    }

    func resolve(_ match: MatchView) -> Resolution? {
        guard let title = match.capture(.title), !title.range.isEmpty else { return nil }
        var end = title.range.upperBound
        // A bracketed note at the end (（试行）, (暂行)) is not the title's last word.
        if let last = match.scalars[title.range].last, last == "）" || last == ")",
           let open = match.scalars[title.range].lastIndex(where: { $0 == "（" || $0 == "(" }), open > title.range.lowerBound {
            end = open
        }
        let words = match.scalars[title.range.lowerBound..<end]
        let kind = kinds.first { words.count >= $0.word.count && words.suffix($0.word.count).elementsEqual($0.word) }?.kind ?? "other"
        var resolution = Resolution(fields: [])
        resolution.fields.append(Field("title", .string(match.name(of: title.range))))
        resolution.fields.append(Field("kind", .string(kind)))
        return resolution
    }
}

extension CaptureName {
    /// A document's title, inside its brackets.
    static let title = CaptureName("title")
}
