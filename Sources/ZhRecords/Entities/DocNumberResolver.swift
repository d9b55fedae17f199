import ZhModel
import ZhText

/// Resolves `doc_number` matches, an official document number (`甘政办发〔2025〕41号`): `issuer`
/// the prefix before the bracketed year (capture `issuer`), `year` and `serial` as integers.
///
/// The match starts at the year's bracket; the issuer is the run of Han characters written right
/// before it (at most 12), from after its last character of the list `doc-issuer-stop` on
/// (`印发了甘政办发` gives `甘政办发`), and the record's span starts there. A year outside
/// 1949–2100 or an issuer of fewer than two characters makes no record.
final class DocNumberResolver: Resolver {
    let type = RecordType.docNumber
    private let stops: Set<Unicode.Scalar>

    init(lists: WordLists) {
        stops = Set(lists.list("doc-issuer-stop")?.entries.flatMap(\.word.unicodeScalars) ?? [])
    }

    func resolve(_ match: MatchView) -> Resolution? {
        guard let year = match.number(.year)?.int64Value, (1949...2100).contains(year),
              let serial = match.number(.serial)?.int64Value, serial > 0 else { return nil }
        let end = match.range.lowerBound
        var start = end
        while start > 0, end - start < 12, HanCharacter.contains(match.scalars[start - 1]), !stops.contains(match.scalars[start - 1]) {
            start -= 1
        }
        guard end - start >= 2 else { return nil }
        var resolution = Resolution(fields: [], span: start..<match.range.upperBound)
        resolution.fields.append(Field("issuer", .string(match.name(of: start..<end))))
        resolution.fields.append(Field("year", .integer(Int(year))))
        resolution.fields.append(Field("serial", .integer(Int(serial))))
        return resolution
    }
}

extension CaptureName {
    static let serial = CaptureName("serial")
}
