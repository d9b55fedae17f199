import ZhModel
import ZhText

/// Resolves `money` matches: value in the currency's base unit (yuan for CNY), `currency` from
/// the capture `currency` (a list value such as `USD`), and the qualifier.
///
/// A match with no currency (a bare `162012万`) is money only when its sentence is about money:
/// a word of the `money-context` list stands in the same sentence before the figure (after its
/// last semicolon) or in the clause after it, and the figure is not followed by a Han character
/// that starts no `bare-amount-follower` (`的`, `和`, `较` …). Otherwise it is dropped:
/// `受益群众5万` and `惠及5万群众` are not amounts.
final class MoneyResolver: Resolver {
    let type = RecordType.money
    /// Decimal list values (scales), parsed once.
    private let decimals: ListDecimals
    /// Words that show a clause is about money (list `money-context`).
    private let moneyContext: WordSet
    /// Words that may follow a bare amount (list `bare-amount-follower`).
    private let followers: WordSet

    init(lists: WordLists) {
        decimals = lists.decimals
        moneyContext = lists["money-context"]
        followers = lists["bare-amount-follower"]
    }

    func resolve(_ match: MatchView) -> Resolution? {
        guard let figure = Figure(match, decimals: decimals) else { return nil }
        guard let currency = match.value(.currency) ?? (isAboutMoney(match) ? "CNY" : nil) else {
            return nil
        }
        var fields = figure.valueFields(reservingCapacity: 2)
        fields.append(Field("currency", .string(currency)))
        figure.appendQualifier(to: &fields)
        return Resolution(fields: fields)
    }

    /// Whether `scalar` bounds the words before a figure that count: a ``SentenceBoundary``
    /// sentence end, a line break, or a semicolon (the clauses a semicolon separates are about
    /// different things: `投入资金3亿元；惠及群众5万`).
    @inline(__always)
    private static func endsScopeBefore(_ scalar: Unicode.Scalar) -> Bool {
        SentenceBoundary.isSentenceEnd(scalar) || scalar == "\n" || scalar == ";" || scalar == "；"
    }

    /// Whether `scalar` ends the clause after a figure: a ``SentenceBoundary`` sentence end or
    /// clause break, or a line break.
    @inline(__always)
    private static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
        SentenceBoundary.isSentenceEnd(scalar) || SentenceBoundary.isClauseBreak(scalar) || scalar == "\n"
    }

    private func isAboutMoney(_ match: MatchView) -> Bool {
        let s = match.scalars
        let after = match.range.upperBound
        if after < s.count, HanCharacter.contains(s[after]),
           followers.longestWord(startingAt: after, before: s.count, in: s) == nil {
            return false
        }
        var start = match.range.lowerBound
        while start > 0, match.range.lowerBound - start < 80, !Self.endsScopeBefore(s[start - 1]) { start -= 1 }
        var end = match.range.upperBound
        while end < s.count, end - match.range.upperBound < 30, !Self.endsClause(s[end]) { end += 1 }
        return moneyContext.occurs(in: start..<match.range.lowerBound, of: s) || moneyContext.occurs(in: match.range.upperBound..<end, of: s)
    }
}

extension CaptureName {
    /// The currency word of a money match; its list value is the ISO 4217 code.
    static let currency = CaptureName("currency")
}
