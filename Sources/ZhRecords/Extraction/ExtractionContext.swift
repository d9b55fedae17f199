/// What earlier parts of a document established for the parts after it: the unit a table
/// declared (`单位：万元`) for the bare figures of its rows, while the table lasts; the regions
/// named so far, which settle an ambiguous region name later on (``RegionContext``).
///
/// The batch engine creates one per document and passes it through the document's chunks in
/// order.
public struct ExtractionContext: Sendable {
    /// The unit declared for the current table, if one is open.
    var tableUnit: DeclaredTableUnit?
    /// The regions the document has named without doubt so far.
    var regions = RegionContext()

    public init() {}
}
