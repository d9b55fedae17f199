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
    var codes: Set<String> = []

    /// Settles the open region mentions among `mentions` with the codes named so far and those of
    /// the mentions themselves; adds the mentions' own codes to ``codes``. Returns whether any
    /// open mention was met (the outcome then depends on what earlier chunks named).
    mutating func settle(_ mentions: inout [Mention], table: RegionTable) -> Bool {
        let own = mentions.compactMap { mention -> String? in
            guard mention.type == .region, case .string(let code)? = mention["code"] else { return nil }
            return code
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
    private static func settle(_ candidates: [String], of mention: Mention, evidence: Set<String>, table: RegionTable) -> [Field]? {
        let former = mention["former"] == .boolean(true)
        let divisions = candidates.compactMap { code in
            table.division(code: code).map { division in
                var division = division
                if former { division.form = "former" }
                return division
            }
        }
        let scored = divisions.map { division in
            (division, mention.needsSupport && !hasCloseSupport(division, evidence: evidence) ? 0 : support(for: division.code, evidence: evidence))
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

    /// Whether `evidence` names a division in the county of `division` (a township) or in its
    /// prefecture (a county; the province, for a district of a municipality).
    static func hasCloseSupport(_ division: RegionTable.Division, evidence: Set<String>) -> Bool {
        let area: Substring
        if division.level == "township" {
            area = division.code.prefix(6)
        } else if ["11", "12", "31", "50"].contains(division.code.prefix(2)) {
            area = division.code.prefix(2)
        } else {
            area = division.code.prefix(4)
        }
        return evidence.contains { $0.hasPrefix(area) || area.hasPrefix(significant($0)) && significant($0).count == area.count }
    }

    /// How much `evidence` supports the division of `code`.
    static func support(for code: String, evidence: Set<String>) -> Int {
        let prefix = significant(code)
        var score = 0
        for other in evidence {
            let otherPrefix = significant(other)
            if other == code {
                score += 4
            } else if code.hasPrefix(otherPrefix) {
                score += 3
            } else if other.hasPrefix(prefix) {
                score += 2
            } else if code.count >= 4, other.count >= 4, code.prefix(4) == other.prefix(4), !code.hasSuffix("0000") {
                score += 2
            } else if code.prefix(2) == other.prefix(2) {
                score += 1
            }
        }
        return score
    }

    /// The digits of a code its divisions' descendants share (2 for a province, 4 for a
    /// prefecture, all for a county or a township).
    static func significant(_ code: String) -> Substring {
        if code.count == 6, code.hasSuffix("0000") { return code.prefix(2) }
        if code.count == 6, code.hasSuffix("00") { return code.prefix(4) }
        return code[...]
    }
}
