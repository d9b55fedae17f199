import ZhText

/// A vague Chinese number: `十几` (11–19), `几十`/`数十` (20–90), `几百`/`数百` (200–900),
/// `几千`, `几万`, `十多`/`十余` (over 10), `二百余`/`260多` (over the number), and two
/// neighbouring digits before a unit, the customary "two or three" (`两三千万` 2000万–3000万,
/// `三四十` 30–40).
enum VagueNumber: Equatable {
    /// Somewhere in `[low, high]`.
    case range(ExactDecimal, ExactDecimal)
    /// More than the number.
    case over(ExactDecimal)

    /// Reads the normalized scalars of a figure (a capture's slice, no copy into a `String`).
    init?(_ scalars: ArraySlice<Unicode.Scalar>) {
        var scalars = scalars
        if let last = scalars.last, last == "余" || last == "多" {
            scalars.removeLast()
            guard let base = NumberParser.parse(scalars) else { return nil }
            self = .over(base)
            return
        }
        guard let few = scalars.firstIndex(where: { $0 == "几" || $0 == "数" }) else {
            guard let (low, high) = Self.neighbouringDigits(scalars) else { return nil }
            self = .range(low, high)
            return
        }
        let before = scalars[..<few]
        let after = scalars[(few + 1)...]
        if before.isEmpty {
            // 几十, 数百, 几千万: 2–9 of the unit after 几.
            guard let unit = after.isEmpty ? ExactDecimal(1) : NumberParser.parse(after) ?? NumberParser.scale(of: after),
                  let low = unit.multiplied(by: ExactDecimal(2)), let high = unit.multiplied(by: ExactDecimal(9)) else { return nil }
            self = .range(low, high)
        } else if after.isEmpty {
            // 十几, 二十几, 一百几: the number plus 1–9.
            guard let base = NumberParser.parse(before), let low = base.adding(ExactDecimal(1)),
                  let high = base.adding(ExactDecimal(9)) else { return nil }
            self = .range(low, high)
        } else {
            return nil
        }
    }

    /// `两三千万`: two neighbouring digits (`一二` … `八九`, `两三`) and a unit after them.
    private static func neighbouringDigits(_ scalars: ArraySlice<Unicode.Scalar>) -> (ExactDecimal, ExactDecimal)? {
        let start = scalars.startIndex
        guard scalars.count >= 3,
              let first = NumberParser.parse(scalars[start...start]), let second = NumberParser.parse(scalars[(start + 1)...(start + 1)]),
              first.isInteger, second == first.adding(ExactDecimal(1)), first < ExactDecimal(9),
              let unit = NumberParser.scale(of: scalars[(start + 2)...]),
              let low = first.multiplied(by: unit), let high = second.multiplied(by: unit) else { return nil }
        return (low, high)
    }
}
