/// Resolves `money` matches: value in the currency's base unit (yuan for CNY), `currency` from
/// the capture `currency` (a list value such as `USD`), and the qualifier.
///
/// A match with no currency (a bare `162012万`) is money only when its sentence is about money:
/// a word of the `money-context` list stands in the same sentence before the figure or in the
/// clause after it. Otherwise it is dropped (`受益群众5万` is not an amount).
struct MoneyResolver: Resolver {
    let type = RecordType.money

    func resolve(_ match: MatchView, context: ResolutionContext) -> Resolution? {
        guard let figure = Figure(match) else { return nil }
        guard let currency = match.value("currency") ?? (Self.isAboutMoney(match, context) ? "CNY" : nil) else {
            return nil
        }
        return Resolution(fields: figure.valueFields + [Field("currency", .string(currency))] + figure.qualifierFields)
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", "\n", "；", ";"]
    private static let clauseEnds: Set<Unicode.Scalar> = sentenceEnds.union(["，", ","])

    private static func isAboutMoney(_ match: MatchView, _ context: ResolutionContext) -> Bool {
        let s = match.scalars
        var start = match.range.lowerBound
        while start > 0, match.range.lowerBound - start < 80, !sentenceEnds.contains(s[start - 1]) { start -= 1 }
        var end = match.range.upperBound
        while end < s.count, end - match.range.upperBound < 30, !clauseEnds.contains(s[end]) { end += 1 }
        let words = context.words("money-context")
        return words.occurs(in: start..<match.range.lowerBound, of: s) || words.occurs(in: match.range.upperBound..<end, of: s)
    }
}
