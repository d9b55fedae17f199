import ZhModel

/// Resolves `organization` matches: `name` the match's text (normalized), or for a bank's short form (capture
/// `bank`, whose list value is the full name: 农发行 → 中国农业发展银行) the full name; `kind` the
/// list value of the capture `suffix` (the organ word that ends the name: 局 = government,
/// 公司 = company, 银行 = bank, 委 = party …), or of `kind` where a rule names it, `bank` for a
/// bank's short form.
///
/// The part between a region and the organ word (capture `stem`, `财政` in `县财政局`) must not
/// hold a word of the list `org-stem-stop` (a verb or a conjunction: two bodies or a clause,
/// not one name) nor an organ word itself, so the next shorter match is taken
/// (`县财政局会同县发改局` gives two); nor be a word of `org-generic-stem` (a level or a kind:
/// `县级部门` is no body).
final class OrganizationResolver: Resolver {
    let type = RecordType.organization
    private let stops: WordSet
    private let suffixes: WordSet
    private let generic: Set<String>

    init(lists: WordLists) {
        stops = lists["org-stem-stop"]
        suffixes = lists["organ-suffix"]
        generic = Set(lists.list("org-generic-stem")?.entries.map(\.word) ?? [])
    }

    func resolve(_ match: MatchView) -> Resolution? {
        if let stem = match.capture(.stem) {
            if stops.occurs(in: stem.range, of: match.scalars) || suffixes.occurs(in: stem.range, of: match.scalars)
                || generic.contains(match.text(of: stem.range)) { return nil }
        }
        if let bank = match.value(.bank) {
            return Resolution(fields: [Field("name", .string(bank)), Field("kind", .string("bank"))])
        }
        guard let kind = match.value(.suffix) ?? match.value(.kind) else { return nil }
        var resolution = Resolution(fields: [])
        do {
            resolution.fields.append(Field("name", .string(match.name(of: match.range))))
        }
        resolution.fields.append(Field("kind", .string(kind)))
        return resolution
    }
}

extension CaptureName {
    static let stem = CaptureName("stem")
    static let suffix = CaptureName("suffix")
    static let kind = CaptureName("kind")
    static let bank = CaptureName("bank")
}
