import ZhModel
/// Resolves `percent` matches: `value` in percent as written (sign kept; a per-mille figure is
/// scaled by its `scale` capture, `5‰` → 0.5), or `min` and `max` for a range; `unit` from the
/// capture `unit`'s list value (`%` or `pp`); the `role` read from the clause before the figure
/// (see ``PercentRole``); `direction` for a change; and the qualifier.
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
        guard let figure = Figure(match, decimals: decimals), let first = match.capture(.amount) ?? match.capture(.min),
              let value = figure.value ?? figure.min else { return nil }
        let unit = match.value(.unit) ?? "%"
        let role = PercentRole(figure: first.range, in: match.scalars, lists: roleLists, value: value)
        var fields = figure.valueFields(reservingCapacity: 4)
        fields.append(Field("unit", .string(unit)))
        fields.append(Field("role", .string(role.role.rawValue)))
        if let direction = role.direction { fields.append(Field("direction", .string(direction.rawValue))) }
        figure.appendQualifier(to: &fields)
        return Resolution(fields: fields)
    }
}
