/// What earlier parts of a document established for the parts after it: the unit a table
/// declared (`单位：万元`) for the bare figures of its rows, while the table lasts; the regions
/// named so far, which settle an ambiguous region name later on (``RegionContext``); the year the
/// document is about (from its opening) and the evidence of where it is from, which settle the
/// records written in the document's own terms (see ``DocumentFacts``).
///
/// The batch engine creates one per document and passes it through the document's chunks in
/// order.
public struct ExtractionContext: Sendable {
    /// The unit declared for the current table, if one is open.
    var tableUnit: DeclaredTableUnit?
    /// The regions the document has named without doubt so far.
    var regions = RegionContext()
    /// The year the document's opening names, once its first chunk is settled.
    var year: Int?
    /// What the chunks settled so far say of where the document is from.
    var evidence = LocaleEvidence()

    public init() {}

    /// The document's facts as far as its chunks settled so far tell them.
    public var facts: DocumentFacts {
        DocumentFacts(year: year, locale: evidence.locale)
    }
}
