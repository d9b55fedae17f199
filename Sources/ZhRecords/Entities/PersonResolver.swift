import ZhModel

/// Resolves `person` matches: the record is the name alone (capture `name`), `name` its text (normalized)
/// and `role` (capture `role`: 记者, 局长, 总书记 …) where the text gives one.
final class PersonResolver: Resolver {
    let type = RecordType.person

    init(lists: WordLists) {}

    func resolve(_ match: MatchView) -> Resolution? {
        guard let name = match.capture(.name) else { return nil }
        var resolution = Resolution(fields: [], span: name.range)
        resolution.fields.append(Field("name", .string(match.name(of: name.range))))
        if let role = match.capture(.role) { resolution.fields.append(Field("role", .string(match.name(of: role.range)))) }
        return resolution
    }
}

extension CaptureName {
    /// A person's or an organization's name.
    static let name = CaptureName("name")
    /// A person's role (记者, 局长).
    static let role = CaptureName("role")
}
