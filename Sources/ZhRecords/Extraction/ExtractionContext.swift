/// What earlier parts of a document established for the parts after it: the unit a table
/// declared (`单位：万元`) for the bare figures of its rows, while the table lasts.
///
/// The batch engine creates one per document and passes it through the document's chunks in
/// order; entity rules will keep the regions seen so far here.
public struct ExtractionContext: Sendable {
    /// The unit declared for the current table, if one is open.
    var tableUnit: DeclaredTableUnit?

    public init() {}
}
