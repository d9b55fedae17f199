import ZhModel
import ZhText

/// Resolves `money` matches: value in the currency's base unit (yuan for CNY), `currency` from
/// the capture `currency` (a list value such as `USD`) or `currency-before` (a currency named
/// before the figure: `人民币3亿元`, `港币500万元`, `US$30万`, which wins over the `元` after it),
/// and the qualifier. Subunits of the yuan add to it: `jiao` (角, 毛: tenths) and `fen` (分:
/// hundredths), so `7元4角` is 7.4 and `两毛五` 0.25, exactly.
///
/// A currency word whose list value is `local` (`元`, `块`) names the document's own currency:
/// `CNY`, or `TWD`, `HKD`, `MOP` in a document from Taiwan, Hong Kong or Macau (see
/// ``Pending/localCurrency``); so does an amount written in subunits alone, or a bare amount.
///
/// A match with no currency (a bare `162012万`) is money only when its sentence is about money:
/// a word of the `money-context` list stands in the same sentence before the figure (after its
/// last semicolon) or in the clause after it, and the figure is not followed by a Han character
/// that starts no `bare-amount-follower` (`的`, `和`, `较` …). Otherwise it is dropped:
/// `受益群众5万` and `惠及5万群众` are not amounts.
final class MoneyResolver: Resolver {
    let type = RecordType.money
    /// The list value of the currency words that name the document's own currency.
    static let localCurrency = "local"
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
        let jiao = match.range(.jiao), hasFen = match.has(.fen)
        let hasSubunits = jiao != nil || hasFen
        // 角 left out (一块二) and 半 after 元 or 块 (三块半) end a phrase: 一块二手车 and 7元5月 are no such amounts.
        if hasSubunits || match.rule(has: .andHalf) {
            if let half = match.range(.andHalf), !Self.endsPhrase(at: half.upperBound, in: match.scalars) { return nil }
            if !hasFen, let jiao {
                let next = jiao.upperBound, s = match.scalars
                let isWritten = next < s.count && (s[next] == "角" || s[next] == "毛")
                if !isWritten, !Self.endsPhrase(at: next, in: s) { return nil }
            }
        }
        let figure: Figure
        if hasSubunits {
            guard let subunits = Self.subunits(match) else { return nil }
            if match.has(.amount) {
                guard var whole = Figure(match, decimals: decimals), !match.has(.scale), let value = whole.value,
                      let sum = value.adding(subunits) else { return nil }
                whole.value = sum
                figure = whole
            } else {
                figure = Figure(value: subunits, qualifier: Figure.qualifier(match))
            }
        } else {
            guard var whole = Figure(match, decimals: decimals) else { return nil }
            // 2兆8,818亿元: what follows the top scale word, with its own scale.
            if match.rule(has: .rest), let rest = match.number(.rest) {
                guard let value = whole.value, let restScale = match.value(.restScale).flatMap(decimals.decimal),
                      let part = rest.multiplied(by: restScale), part < (match.value(.scale).flatMap(decimals.decimal) ?? part),
                      let sum = value.adding(part) else { return nil }
                whole.value = sum
            }
            figure = whole
        }
        var currency = DocumentLocale.mainland.currency
        var pending: Pending?
        if let named = match.rule(has: .currencyBefore) ? match.value(.currencyBefore) : nil {
            currency = named
        } else if match.has(.currency) {
            if let code = match.value(.currency), code != Self.localCurrency { currency = code } else { pending = .localCurrency }
        } else if hasSubunits || isAboutMoney(match) {
            pending = .localCurrency
        } else {
            return nil
        }
        var fields = figure.valueFields(reservingCapacity: 2)
        fields.append(Field("currency", .string(currency)))
        figure.appendQualifier(to: &fields)
        return Resolution(fields: fields, pending: pending)
    }

    /// The value of the subunits written: `jiao` tenths and `fen` hundredths, each a digit 0–9
    /// (`四角`, `八毛`, `五分`); `nil` when one is not a digit.
    private static func subunits(_ match: MatchView) -> ExactDecimal? {
        var total = ExactDecimal(0)
        for (name, exponent) in [(CaptureName.jiao, -1), (.fen, -2)] where match.has(name) {
            guard let digit = match.number(name), digit.isInteger, let n = digit.int64Value, (0...9).contains(n),
                  let sum = total.adding(ExactDecimal(significand: n, exponent: exponent)) else { return nil }
            total = sum
        }
        return total
    }

    /// Whether nothing that could go on with a figure comes at `position`: no Han character (a
    /// Chinese numeral included), digit, Latin letter or point.
    private static func endsPhrase(at position: Int, in s: [Unicode.Scalar]) -> Bool {
        guard position < s.count else { return true }
        let next = s[position]
        return !(HanCharacter.contains(next) || next.properties.isAlphabetic || ("0"..."9").contains(next) || next == ".")
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
    /// The currency word of a money match; its list value is the ISO 4217 code, or `local`.
    static let currency = CaptureName("currency")
    /// A currency named before the figure (`人民币`, `US$`); its list value is the ISO 4217 code.
    static let currencyBefore = CaptureName("currency-before")
    /// What follows a top scale word and its own scale (`2兆8,818亿`: `8,818`, `亿`).
    static let rest = CaptureName("rest")
    static let restScale = CaptureName("rest-scale")
    /// The subunits of the yuan: 角 or 毛 (tenths), 分 (hundredths).
    static let jiao = CaptureName("jiao")
    static let fen = CaptureName("fen")
}
