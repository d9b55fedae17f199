import ZhModel
import ZhText
import ZhTokens

/// One chunk's records as far as they do not depend on the chunks before it, with what
/// ``Extractor/settle(_:context:worker:)`` needs to finish them once those chunks are known.
///
/// Three things reach into a chunk from before it: a table whose unit was declared in an earlier
/// chunk (its rows' bare figures, see ``DeclaredTableUnit``), the regions earlier chunks named
/// (they settle the chunk's ambiguous region names, ``RegionContext``) and the document's facts
/// (its year and where it is from, see ``DocumentFacts``). A draft is made as if no table were
/// open where the chunk starts, with no region named before, and with the facts the chunk itself
/// gives, which is how nearly every chunk starts (most documents are one chunk). Drafts of one
/// document can be made in parallel; settling them in order fixes the few that the chunks before
/// reach into.
public struct ChunkDraft: Sendable {
    /// The chunk's records when no declared table is open where the chunk starts and the
    /// document's facts are ``facts``, in order of start, with whole-document offsets and lines.
    public let records: [Record]
    /// The mentions the rules of the first stage found, in order of start (without table figures
    /// or statements).
    let ruleMentions: [Mention]
    /// The chunk's tokens.
    let tokens: [Token]
    /// The table units declared in the chunk, with their normalized positions.
    let declarations: [(Int, DeclaredTableUnit)]
    /// The table unit still open at the end of the chunk when none is open at its start.
    let openUnit: DeclaredTableUnit?
    /// The codes of the regions the chunk names without doubt.
    let regionCodes: Set<RegionCode>
    /// Whether the chunk has a region its words leave open (settled with what the document
    /// named before, when it named anything).
    let regionsOpen: Bool
    /// What the chunk says of where the document is from.
    let evidence: LocaleEvidence
    /// Whether the chunk starts the document (its opening names the document's year).
    let isFirst: Bool
    /// The year the chunk's opening names, when it starts the document.
    let openingYear: Int?
    /// The facts ``records`` were settled with: those of the chunk alone.
    let facts: DocumentFacts
    /// What the chunk's rule mentions take from the document.
    let rulePending: PendingKinds
    /// What its records take from the document (the rule mentions' and the table figures').
    let pending: PendingKinds
    /// The chunk's text and place, for mapping the records settling makes.
    let mapper: RecordMapper
}
