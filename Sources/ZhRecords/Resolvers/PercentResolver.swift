import ZhModel
import ZhText

/// Resolves `percent` matches: `value` in percent as written (sign kept; a per-mille or
/// per-myriad figure is scaled by its `scale` capture, `5‰` → 0.5, `万分之六` → 0.06), or `min`
/// and `max` for a range; `unit` from the capture `unit`'s list value (`%` or `pp`); the `role`
/// read from the clause before the figure (see ``PercentRole``); `direction` for a change; and
/// the qualifier.
///
/// The fractions Chinese writes besides 百分之 give their value in percent too:
/// - tenths, `成`: capture `tenths` (`四成` → 40), with `hundredths` (`六成五` → 65) or
///   `and-half` (`三成半` → 35);
/// - a price as a fraction of the full one, `折`: capture `discount`, a digit of tenths (`七折`
///   → 70, `8.5折` → 85) or two digits read one by one (`八五折`, `85折` → 85);
/// - `denominator` 分之 `numerator` (`四分之一` → 25), when the fraction has an exact decimal value
///   (`三分之一` has none: no record).
final class PercentResolver: Resolver {
    let type = RecordType.percent
    /// Decimal list values (scales), parsed once.
    private let decimals: ListDecimals
    private let roleLists: PercentRole.Lists

    init(lists: WordLists) {
        decimals = lists.decimals
        roleLists = PercentRole.Lists(lists)
    }

    func resolve(_ match: MatchView) -> Resolution? {
        let figure: Figure
        let first: Range<Int>
        if let written = match.range(.tenths) ?? match.range(.discount) ?? match.range(.denominator) {
            guard let value = Self.fraction(match) else { return nil }
            figure = Figure(value: match.value(.sign) == "-" ? value.negated : value, qualifier: Figure.qualifier(match))
            first = written
        } else {
            guard let whole = Figure(match, decimals: decimals),
                  let written = match.range(.amount) ?? match.range(.min) ?? match.range(.scale) else { return nil }
            figure = whole
            first = written
        }
        guard let value = figure.value ?? figure.min else { return nil }
        let unit = match.value(.unit) ?? "%"
        let role = PercentRole(figure: first, in: match.scalars, lists: roleLists, value: value)
        var fields = figure.valueFields(reservingCapacity: 4)
        fields.append(Field("unit", .string(unit)))
        fields.append(Field("role", .string(role.role.rawValue)))
        if let direction = role.direction { fields.append(Field("direction", .string(direction.rawValue))) }
        figure.appendQualifier(to: &fields)
        return Resolution(fields: fields)
    }

    /// The value in percent of a fraction written with 成, 折 or 分之, or `nil` when it is not one.
    private static func fraction(_ match: MatchView) -> ExactDecimal? {
        let ten = ExactDecimal(10)
        if match.has(.tenths) {
            guard let tenths = match.number(.tenths), tenths.isInteger, let n = tenths.int64Value, (1...10).contains(n),
                  var value = tenths.multiplied(by: ten) else { return nil }
            if match.has(.hundredths) {
                guard n < 10, let digit = match.number(.hundredths), digit.isInteger, let d = digit.int64Value,
                      (1...9).contains(d), let sum = value.adding(digit) else { return nil }
                value = sum
            } else if match.has(.andHalf) {
                guard n < 10, let sum = value.adding(ExactDecimal(5)) else { return nil }
                value = sum
            }
            return value
        }
        if let written = match.scalars(.discount) {
            if let pair = DateResolver.digitPair(written), pair >= 10 { return ExactDecimal(pair) }
            guard let n = match.number(.discount), ExactDecimal(0) < n else { return nil }
            if n < ten { return n.multiplied(by: ten) }
            // Two Arabic digits: 85折, 95折.
            guard n.isInteger, let whole = n.int64Value, whole < 100, written.count == 2 else { return nil }
            return n
        }
        guard let denominator = match.number(.denominator)?.int64Value, denominator > 1,
              let numerator = match.number(.numerator), numerator.isInteger, ExactDecimal(0) < numerator,
              let share = reciprocal(denominator), let value = numerator.multiplied(by: share)?.scaled(byPowerOfTen: 2),
              !(ExactDecimal(100) < value) else { return nil }
        return value
    }

    /// `1 / n` exactly, when it has a finite decimal expansion (`n` = 2ᵃ5ᵇ), else `nil`.
    private static func reciprocal(_ n: Int64) -> ExactDecimal? {
        var power: Int64 = 1
        for exponent in 0...18 {
            if power % n == 0 { return ExactDecimal(significand: power / n, exponent: -exponent) }
            guard exponent < 18 else { break }
            power *= 10
        }
        return nil
    }
}

extension CaptureName {
    /// The parts of a fraction written with 成, 折 or 分之 (see ``PercentResolver``).
    static let tenths = CaptureName("tenths")
    static let hundredths = CaptureName("hundredths")
    static let discount = CaptureName("discount")
    static let denominator = CaptureName("denominator")
    static let numerator = CaptureName("numerator")
}
