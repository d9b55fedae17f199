import ZhModel

/// Resolves `measure` matches of the sentence stage: a policy action (capture `action`, a verb
/// of the list `measure-verb`) on what follows it, with the figures (the money, percent and
/// quantity records in the match). `object` is the text between the verb and the figures, each
/// coordinated object's part joined with `、` (盘活闲置厂房12处、土地300亩 → 闲置厂房、土地);
/// `figures` the spans of the figure records. A match whose object holds a word of
/// `measure-break` (a clause of its own: a result, a source of money) is refused, so a shorter
/// one is taken.
final class MeasureResolver: Resolver {
    let type = RecordType.measure
    private let breaks: WordSet
    private let separators: Set<Unicode.Scalar> = ["、", "，", ",", "和", "及", " ", "　"]

    init(lists: WordLists) {
        breaks = lists["measure-break"]
    }

    func resolve(_ match: MatchView) -> Resolution? {
        guard let action = match.capture(.action) else { return nil }
        var parts: [String] = []
        var figures: [Range<Int>] = []
        var partStart = action.range.upperBound
        for position in action.range.upperBound..<match.range.upperBound {
            guard let mention = match.mention(at: position) else { continue }
            guard [.money, .percent, .quantity].contains(mention.type) else { return nil }
            var part = partStart..<position
            while !part.isEmpty, separators.contains(match.scalars[part.lowerBound]) { part = (part.lowerBound + 1)..<part.upperBound }
            if breaks.occurs(in: part, of: match.scalars) { return nil }
            if !part.isEmpty { parts.append(match.name(of: part)) }
            figures.append(mention.range)
            partStart = position + 1
        }
        guard !figures.isEmpty else { return nil }
        return Resolution(fields: [Field("action", .string(match.name(of: action.range))),
                                   Field("object", .string(parts.joined(separator: "、"))),
                                   Field("figures", .spans(figures))])
    }
}

extension CaptureName {
    /// A measure's verb.
    static let action = CaptureName("action")
}
