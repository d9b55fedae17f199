import ZhText

/// Resolves `percent` matches: `value` in percent as written (sign kept), `unit` from the
/// capture `unit`'s list value (`%` or `pp`), the `role` read from the clause before the figure
/// (see ``PercentRole``), `direction` for a change, and the qualifier.
struct PercentResolver: Resolver {
    let type = RecordType.percent
    private let roleLists: PercentRole.Lists

    init(lists: WordLists) {
        roleLists = PercentRole.Lists(lists)
    }

    func resolve(_ match: MatchView) -> Resolution? {
        guard let amountText = match.scalars("amount"), let value = NumberParser.parse(amountText) else { return nil }
        let unit = match.value("unit") ?? "%"
        let figure = match.capture("amount")!.range
        let role = PercentRole(figure: figure, in: match.scalars, lists: roleLists, value: value)
        var fields = [Field("value", .number(value)), Field("unit", .string(unit)), Field("role", .string(role.role.rawValue))]
        if let direction = role.direction { fields.append(Field("direction", .string(direction.rawValue))) }
        for name in ["qualifier", "qualifier-mid", "qualifier-after"] {
            if let q = match.value(name).flatMap(Qualifier.init(rawValue:)), q != .exact {
                fields.append(Field("qualifier", .string(q.rawValue)))
                break
            }
        }
        return Resolution(fields: fields)
    }
}
