import ZhModel

/// Settles the regions a chunk's words leave open (a record with `candidates`) from the regions
/// the document names without doubt: in the chunk, and in the chunks before it (``codes``,
/// carried in ``ExtractionContext``).
///
/// A candidate is supported by every division named that is the same (4), contains it (3), lies
/// inside it (2), shares its prefecture (2) or its province (1). The best supported candidate,
/// when it is the only best and has support, becomes the record's division. A township or a
/// county written short (``Mention/needsSupport``) stands only with close support: a division
/// named in its county (a township) or its prefecture (a county; the province for a
/// municipality's district), as its word is too often something else; other open records keep
/// their candidates, the best supported first.
struct RegionContext: Sendable {
    /// The codes of the regions named without doubt so far.
    var codes: Set<RegionCode> = []

    /// Settles the open region mentions among `mentions` with the codes named so far and those of
    /// the mentions themselves; adds the mentions' own codes to ``codes``. Returns whether any
    /// open mention was met (the outcome then depends on what earlier chunks named).
    mutating func settle(_ mentions: inout [Mention], table: RegionTable) -> Bool {
        let own = mentions.compactMap { mention -> RegionCode? in
            guard mention.type == .region, case .string(let code)? = mention["code"] else { return nil }
            return RegionCode(code)
        }
        let evidence = codes.union(own)
        var open = false
        var kept: [Mention] = []
        kept.reserveCapacity(mentions.count)
        for var mention in mentions {
            guard mention.type == .region, case .strings(let codes)? = mention["candidates"] else {
                kept.append(mention)
                continue
            }
            open = true
            guard let settled = Self.settle(codes, of: mention, evidence: evidence, table: table) else { continue }
            mention.fields = settled
            kept.append(mention)
        }
        mentions = kept
        codes.formUnion(own)
        return open
    }

    /// The fields of an open region mention once `evidence` is weighed; `nil` to drop it.
    private static func settle(_ candidates: [String], of mention: Mention, evidence: Set<RegionCode>, table: RegionTable) -> [Field]? {
        let former = mention["former"] == .boolean(true)
        let divisions = candidates.compactMap { code in
            table.division(code: code).map { division in
                var division = division
                if former { division.form = "former" }
                return division
            }
        }
        let scored = divisions.map { division -> (RegionTable.Division, Int) in
            guard let code = RegionCode(division.code),
                  !mention.needsSupport || evidence.contains(where: code.isNear) else { return (division, 0) }
            return (division, evidence.reduce(0) { $0 + code.support(from: $1) })
        }
        let best = scored.map(\.1).max() ?? 0
        if best > 0, scored.filter({ $0.1 == best }).count == 1, let winner = scored.first(where: { $0.1 == best }) {
            return RegionResolver.fields(of: winner.0)
        }
        if best == 0, mention.needsSupport { return nil }
        let ranked = scored.enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }.map(\.element.0)
        guard let first = ranked.first else { return nil }
        return RegionResolver.fields(of: first, candidates: ranked.map(\.code))
    }
}
