import ZhModel
import ZhText

/// The figure of a money, quantity or percent match, read from its captures: a single value or a range,
/// and the qualifier written next to it.
///
/// Captures read: `amount` (the number, any written form `NumberParser` accepts, or an
/// approximate pair of digits, `两三千万`), `scale` (a scale word's list value, `10000` for 万;
/// alone, without `amount`, it is the value: `百亿元`), `min` and `max` with optional `min-scale` (a range
/// `10—50万`, `3万至5万`), `vague` (`十几`, `数十`, `几百`: see ``VagueNumber``), `qualifier`
/// / `qualifier-after` (list values naming a ``Qualifier``), `sign` (a sign word before the figure,
/// `负2.7%`, `零下5摄氏度`: list value `-` makes it negative) and `and-half` (`半` after the unit:
/// `六吨半` = 6.5, `一个半小时` = 1.5).
struct Figure {
    var value: ExactDecimal?
    var min: ExactDecimal?
    var max: ExactDecimal?
    var qualifier: Qualifier

    /// The figure of `match`; list values (`scale`, `min-scale`) are read through `decimals`.
    init?(_ match: borrowing MatchView, decimals: ListDecimals) {
        let scale = match.value(.scale).flatMap(decimals.decimal) ?? ExactDecimal(1)
        var qualifier = Self.qualifier(match)
        if match.has(.min) && match.has(.max) {
            let minScale = match.value(.minScale).flatMap(decimals.decimal) ?? scale
            guard let low = match.number(.min)?.multiplied(by: minScale),
                  let high = match.number(.max)?.multiplied(by: scale), low < high else { return nil }
            (min, max, qualifier) = (low, high, .range)
        } else if let vagueText = match.scalars(.vague) {
            guard let vague = VagueNumber(vagueText) else { return nil }
            switch vague {
            case .range(let low, let high):
                guard let l = low.multiplied(by: scale), let h = high.multiplied(by: scale) else { return nil }
                (min, max, qualifier) = (l, h, .range)
            case .over(let base):
                guard let v = base.multiplied(by: scale) else { return nil }
                (value, qualifier) = (v, .over)
            }
        } else if match.has(.amount) {
            if let amount = match.number(.amount) {
                guard let v = amount.multiplied(by: scale) else { return nil }
                value = v
            } else {
                // `两三千万`: an approximate pair of digits is a range.
                guard let amountText = match.scalars(.amount), case .range(let low, let high)? = VagueNumber(amountText),
                      let l = low.multiplied(by: scale), let h = high.multiplied(by: scale) else { return nil }
                (min, max, qualifier) = (l, h, .range)
            }
        } else {
            // A magnitude word alone (`百亿元`): the scale is the value.
            guard match.has(.scale) else { return nil }
            value = scale
        }
        if match.rule(has: .andHalf), match.has(.andHalf) {
            guard let whole = value, min == nil, let sum = whole.adding(ExactDecimal(significand: 5, exponent: -1)) else { return nil }
            value = sum
        }
        if match.rule(has: .sign), match.value(.sign) == "-" {
            value = value?.negated
            if let low = min, let high = max { (min, max) = (high.negated, low.negated) }
        }
        self.qualifier = qualifier
    }

    /// A figure of one value computed by its resolver (`六成五`, `7元4角`).
    init(value: ExactDecimal, qualifier: Qualifier) {
        self.value = value
        self.qualifier = qualifier
    }

    /// The qualifier named by the first of `qualifier`, `qualifier-mid`, `qualifier-after` that
    /// holds one.
    static func qualifier(_ match: MatchView) -> Qualifier {
        qualifier(match, .qualifier) ?? qualifier(match, .qualifierMid) ?? qualifier(match, .qualifierAfter) ?? .exact
    }

    private static func qualifier(_ match: MatchView, _ name: CaptureName) -> Qualifier? {
        match.value(name).flatMap(Qualifier.init(rawValue:))
    }

    /// `value`, or `min` and `max`, as fields, in an array with room for `extra` fields more.
    func valueFields(reservingCapacity extra: Int) -> [Field] {
        var fields: [Field] = []
        fields.reserveCapacity(extra + 2)
        if let min, let max {
            fields.append(Field("min", .number(min)))
            fields.append(Field("max", .number(max)))
        } else if let value {
            fields.append(Field("value", .number(value)))
        }
        return fields
    }

    /// Appends the `qualifier` field, left out when exact.
    func appendQualifier(to fields: inout [Field]) {
        if qualifier != .exact { fields.append(Field("qualifier", .string(qualifier.rawValue))) }
    }
}
