/// A record type of the contract.
public enum RecordType: String, Hashable, Sendable, CaseIterable {
    case money, quantity, percent, date, region, organization, person, document
    case docNumber = "doc_number"
    case measure, metric
}
