import ZhModel
import ZhText
import ZhTokens

/// One chunk's records as far as they do not depend on the chunks before it, with what
/// ``Extractor/settle(_:context:worker:)`` needs to finish them once those chunks are known.
///
/// Only a table whose unit was declared in an earlier chunk reaches into a chunk (its rows'
/// bare figures, see ``DeclaredTableUnit``), and the regions earlier chunks named settle the
/// chunk's ambiguous region names (``RegionContext``), so a draft is made as if nothing were open
/// where the chunk starts, which is how nearly every chunk starts. Drafts of one document can be made
/// in parallel; settling them in order fixes the few that a table reaches into.
public struct ChunkDraft: Sendable {
    /// The chunk's records when no declared table is open where the chunk starts, in order of
    /// start, with whole-document offsets and lines.
    public let records: [Record]
    /// The mentions the rules of the first stage found, in order of start (without table figures
    /// or statements).
    let ruleMentions: [Mention]
    /// The figures of the tables declared in the chunk, as drafted with no table open at its start.
    let figures: [Mention]
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
    /// The chunk's text and place, for mapping the records settling makes.
    let mapper: RecordMapper
}
