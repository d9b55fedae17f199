import ZhModel
/// Resolves `quantity` matches: value after scale words (`97.3万亩` → 973000), `unit` the unit
/// word as written in the normalized text (scale removed), or the list value of the capture
/// `unit` when the list gives one, and the qualifier.
///
/// A count written with the Chinese numeral 一 alone (`一个`, `一批`, `一大批`) is an indefinite
/// article, not a figure: no record. `1个`, with an Arabic digit, is a count.
final class QuantityResolver: Resolver {
    let type = RecordType.quantity
    /// Decimal list values (scales), parsed once.
    private let decimals: ListDecimals

    init(lists: WordLists) {
        decimals = lists.decimals
    }

    func resolve(_ match: MatchView) -> Resolution? {
        if let amount = match.scalars(.amount), amount.count == 1, amount.first == "一" { return nil }
        guard let figure = Figure(match, decimals: decimals), let unit = match.value(.unit) ?? match.text(.unit) else { return nil }
        var fields = figure.valueFields(reservingCapacity: 2)
        fields.append(Field("unit", .string(unit)))
        figure.appendQualifier(to: &fields)
        return Resolution(fields: fields)
    }
}

extension CaptureName {
    /// The unit of a quantity (`亩`, `人次`) or a percentage (list value `%` or `pp`).
    static let unit = CaptureName("unit")
}
