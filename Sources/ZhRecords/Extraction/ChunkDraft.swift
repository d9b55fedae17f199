import ZhModel
import ZhText
import ZhTokens

/// One chunk's records as far as they do not depend on the chunks before it, with what
/// ``Extractor/settle(_:context:worker:)`` needs to finish them once those chunks are known.
///
/// Only a table whose unit was declared in an earlier chunk reaches into a chunk (its rows'
/// bare figures, see ``DeclaredTableUnit``), so a draft is made as if no table were open where
/// the chunk starts, which is how nearly every chunk starts. Drafts of one document can be made
/// in parallel; settling them in order fixes the few that a table reaches into.
public struct ChunkDraft: Sendable {
    /// The chunk's records when no declared table is open where the chunk starts, in order of
    /// start, with whole-document offsets and lines.
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
    /// The chunk's text and place, for mapping the records settling makes.
    let mapper: RecordMapper
}
