import ZhModel
import ZhText
/// Resolves `quantity` matches: value after scale words (`97.3万亩` → 973000), `unit` the unit
/// word as written in the normalized text (scale removed), `unit_code` the list value of the
/// capture `unit` when the list gives one (the SI or UN/CEFACT symbol: `公斤` → `kg`) or else of
/// the capture `cue` (a word that says what the unit is: `用电量…度` is kW·h; the record's span
/// then starts at the figure), and the qualifier.
///
/// A count written with the Chinese numeral 一 alone (`一个`, `一批`, `一大批`) is an indefinite
/// article, not a figure: no record. `1个`, with an Arabic digit, is a count, and so is `一个半`.
/// A count written with 二 alone (`二次会议`, `二期工程`) is an ordinal or a term: a count of two
/// is written with 两 (`两次`), so no record either, except for units of measure (`二斤`).
final class QuantityResolver: Resolver {
    let type = RecordType.quantity
    /// Decimal list values (scales), parsed once.
    private let decimals: ListDecimals
    /// Measure words for counted things (list `unit-count`).
    private let countUnits: WordSet

    init(lists: WordLists) {
        decimals = lists.decimals
        countUnits = lists["unit-count"]
    }

    func resolve(_ match: MatchView) -> Resolution? {
        if match.has(.decimals) { return height(match) }
        if let amount = match.scalars(.amount), amount.count == 1, !match.has(.andHalf) {
            if amount.first == "一" { return nil }
            if amount.first == "二", let unit = match.capture(.unit),
               countUnits.longestWord(startingAt: unit.range.lowerBound, before: unit.range.upperBound, in: match.scalars) == unit.range.count {
                return nil
            }
        }
        guard let figure = Figure(match, decimals: decimals), let unit = match.text(.unit) else { return nil }
        var fields = figure.valueFields(reservingCapacity: 3)
        fields.append(Field("unit", .string(unit)))
        if let code = match.value(.unit) ?? match.value(.cue) { fields.append(Field("unit_code", .string(code))) }
        figure.appendQualifier(to: &fields)
        // A cue word (用电量达…度) only says what the unit is: the record starts at the figure.
        guard match.has(.cue) else { return Resolution(fields: fields) }
        let start = [CaptureName.qualifier, .sign, .amount, .min, .vague].compactMap { match.capture($0)?.range.lowerBound }.min()
        return Resolution(fields: fields, span: start.map { $0..<match.range.upperBound })
    }

    /// `一米八`: the digits after the unit are its decimals, read one by one (1.8; `一米七五` 1.75).
    private func height(_ match: MatchView) -> Resolution? {
        guard let whole = match.number(.amount), whole.isInteger, let digits = match.scalars(.decimals), digits.count <= 2,
              let unit = match.text(.unit) else { return nil }
        var value = whole
        for (place, scalar) in digits.enumerated() {
            guard let digit = NumberParser.parse(CollectionOfOne(scalar))?.int64Value, (0...9).contains(digit), scalar != "两",
                  let sum = value.adding(ExactDecimal(significand: digit, exponent: -(place + 1))) else { return nil }
            value = sum
        }
        var fields = [Field("value", .number(value)), Field("unit", .string(unit))]
        if let code = match.value(.unit) { fields.append(Field("unit_code", .string(code))) }
        return Resolution(fields: fields)
    }
}

extension CaptureName {
    /// The digits after a unit that are its decimals (`一米八`).
    static let decimals = CaptureName("decimals")
    /// The unit of a quantity (`亩`, `人次`; list value its symbol) or a percentage (list value `%` or `pp`).
    static let unit = CaptureName("unit")
    /// A word before a quantity that says what its unit is (`用电量` for `度`: list value the unit's symbol).
    static let cue = CaptureName("cue")
}
