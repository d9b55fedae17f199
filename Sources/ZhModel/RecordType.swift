/// A record type of the contract.
public enum RecordType: String, Hashable, Sendable, CaseIterable {
    case money, quantity, percent, date, region, organization, person, document
    case docNumber = "doc_number"
    case measure, metric
    /// A contradiction `zhx audit` found between a report's statements (see ``Finding``); never
    /// written by `zhx extract`.
    case finding
}
