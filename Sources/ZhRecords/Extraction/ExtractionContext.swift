import ZhText

/// What earlier parts of a document established for the parts after it: a table's declared
/// unit (`单位：万元`) that applies to the bare figures of the rows below it.
///
/// The batch engine creates one per document and passes it through the document's chunks in
/// order; entity rules will keep the regions seen so far here.
public struct ExtractionContext: Sendable {
    /// The scale of the money unit declared for the current table (`10000` for `单位：万元`),
    /// while its rows last.
    public var tableMoneyScale: ExactDecimal?

    public init() {}
}
