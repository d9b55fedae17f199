import ZhModel
import ZhPatterns

/// What a record written in the document's own terms still takes from the document: `元` is the
/// document's currency, `上年` the year before the one the document is about.
///
/// A resolver that reads such a figure says so in its ``Resolution``; the extractor settles it
/// once the document's ``DocumentFacts`` are known (when the chunk is settled), so that a record
/// never depends on which worker drafted its chunk.
public enum Pending: Hashable, Sendable {
    /// An amount in the document's own currency (`元`, `块`, a bare `万` amount about money): its
    /// `currency` becomes the document's (``DocumentFacts/locale``), `CNY` unless the document is
    /// from Taiwan, Hong Kong or Macau.
    case localCurrency
    /// A date whose year is the document's year plus `offset` (`今年` 0, `上年` -1, `明年` 1). Each
    /// part of the value is written in its year-less form (`-` for a year alone, `--H1`,
    /// `--01/--10`); the leading `-` of each part takes the year, and the record gains
    /// `relative: true`. When the document gives no year, a `required` year (`今年` alone) leaves
    /// no record; otherwise the year-less form stays (`上半年` → `--H1`).
    case relativeYear(offset: Int8, required: Bool)
    /// A year written short (`97年7月`, `九七年`, `113年度`): in a document from Taiwan, a year of
    /// the Republic of China (`written` + 1911: `113年度` → 2024, `99年度` → 2010); elsewhere two
    /// digits are a year of the century (`97年` → 1997, `03年` → 2003: up to 30 in this century),
    /// and three give no record. The value's year slots are filled as for ``relativeYear(offset:required:)``,
    /// but the year was written, so no `relative` field.
    case shortYear(written: Int16)
    /// A day written alone (`15日`): its year and month are those of the nearest date before it in
    /// the same paragraph that names a month; no record without one.
    case dayOfMonth
}

/// Which kinds of ``Pending`` a chunk's mentions hold, noted as they are found, so that a chunk
/// with none that matter (most of them: an amount in 元 in a mainland document needs nothing)
/// skips settling altogether.
struct PendingKinds: Sendable, Equatable {
    var localCurrency = false
    var relativeYear = false
    var shortYear = false
    var daysOfMonth = false

    /// Some mention takes something from the document.
    var any: Bool { localCurrency || relativeYear || shortYear || daysOfMonth }

    mutating func note(_ pending: Pending) {
        switch pending {
        case .localCurrency: localCurrency = true
        case .relativeYear: relativeYear = true
        case .shortYear: shortYear = true
        case .dayOfMonth: daysOfMonth = true
        }
    }

    /// Whether mentions of these kinds need settling with `facts` (an amount in the document's
    /// currency needs nothing in a mainland document: it was drafted in CNY).
    func needSettling(with facts: DocumentFacts) -> Bool {
        relativeYear || shortYear || daysOfMonth || localCurrency && facts.locale != .mainland
    }

    /// Whether mentions of these kinds settle differently with `a` and with `b`.
    func settleDifferently(_ a: DocumentFacts, _ b: DocumentFacts) -> Bool {
        localCurrency && a.locale != b.locale || relativeYear && a.year != b.year
            || (shortYear || daysOfMonth) && (a.locale == .taiwan) != (b.locale == .taiwan) || daysOfMonth && a.year != b.year
    }
}

/// Where a document is written, as its money shows: the currency `元` means there.
public enum DocumentLocale: String, Hashable, Sendable {
    case mainland, taiwan, hongKong, macau

    /// The ISO 4217 code of the local currency.
    public var currency: String {
        switch self {
        case .mainland: "CNY"
        case .taiwan: "TWD"
        case .hongKong: "HKD"
        case .macau: "MOP"
        }
    }
}

/// What the document says about itself so far, counted chunk by chunk: the places and currencies
/// it names (word lists `document-…` in `Patterns/document.zhp`) and how many of its ideographs
/// are Traditional.
public struct LocaleEvidence: Hashable, Sendable {
    /// Words of each list found (`document-taiwan`, `document-hongkong`, `document-macau`,
    /// `document-mainland`), and the currencies named (`document-taiwan-currency`,
    /// `document-renminbi`).
    var taiwan = 0, hongKong = 0, macau = 0, mainland = 0, taiwanCurrency = 0, renminbi = 0
    /// Traditional ideographs (see ``ZhText/NormalizedText/traditionalCount``).
    var traditional = 0

    /// From this many Traditional ideographs on, a text is written in Traditional script (a
    /// Simplified text has none, or a quoted name's one or two).
    static let traditionalScript = 3

    mutating func add(_ other: LocaleEvidence) {
        taiwan += other.taiwan
        hongKong += other.hongKong
        macau += other.macau
        mainland += other.mainland
        taiwanCurrency += other.taiwanCurrency
        renminbi += other.renminbi
        traditional += other.traditional
    }

    /// Where the document is from:
    /// 1. it names 新台币 (and not 人民币): Taiwan;
    /// 2. it is written in Simplified script: the mainland (a Simplified text from Taiwan, Hong
    ///    Kong or Macau is one written for the mainland, or says which yuan it means);
    /// 3. in Traditional script, the place it names most: Taiwan (台北, 行政院, 民国 …), Hong Kong
    ///    (香港, 港元, 九龙 …), Macau (澳门, 澳门元, 葡币 …) or the mainland (人民币, 国务院, 县委,
    ///    the provinces …), Taiwan on a tie and when nothing is named: a text in Traditional script
    ///    with `億`, `萬` and `元` and no other sign is Taiwanese.
    var locale: DocumentLocale {
        if taiwanCurrency > 0, renminbi == 0 { return .taiwan }
        guard traditional >= Self.traditionalScript else { return .mainland }
        // Counts doubled: half a word more for Taiwan settles a tie, and loses to any place named more.
        var best = (count: 2 * taiwan + 1, locale: DocumentLocale.taiwan)
        for candidate in [(2 * hongKong, DocumentLocale.hongKong), (2 * macau, .macau), (2 * (mainland + renminbi), .mainland)]
        where candidate.0 > best.count {
            best = candidate
        }
        return best.locale
    }
}

/// The facts of a document that records written in its own terms depend on (see ``Pending``).
public struct DocumentFacts: Hashable, Sendable {
    /// The year the document is about: the first date of its opening (title, byline, first
    /// sentence) that names a single year; `nil` when the opening names none.
    public var year: Int?
    /// Where the document is from.
    public var locale: DocumentLocale = .mainland

    public init(year: Int? = nil, locale: DocumentLocale = .mainland) {
        self.year = year
        self.locale = locale
    }

    /// How far into a document (normalized scalars) its opening reaches.
    static let openingLength = 200

    /// Settles `mention` in place with the document's facts; `false` when it gives no record.
    func settle(_ mention: inout Mention) -> Bool {
        guard let pending = mention.pending else { return true }
        mention.pending = nil
        switch pending {
        case .localCurrency:
            if locale != .mainland, let index = mention.fields.firstIndex(where: { $0.key == "currency" }) {
                mention.fields[index].value = .string(locale.currency)
            }
        case .relativeYear(let offset, let required):
            guard let year else { return !required }
            guard fill(&mention, year: year + Int(offset)) else { return false }
            // A required one carries the field from its resolver.
            if !required { mention.fields.append(Field("relative", .boolean(true))) }
        case .shortYear(let written):
            guard let year = Self.year(written: Int(written), locale: locale) else { return false }
            return fill(&mention, year: year)
        case .dayOfMonth:
            return false
        }
        return true
    }

    /// Fills the year slots of `mention`'s value with `year`; `false` when it has no string value.
    private func fill(_ mention: inout Mention, year: Int) -> Bool {
        guard let index = mention.fields.firstIndex(where: { $0.key == "value" }),
              case .string(let value) = mention.fields[index].value else { return false }
        mention.fields[index].value = .string(Self.filling(value, year: year))
        return true
    }

    /// `mention` as the document's facts settle it, or `nil` when it gives no record.
    func settle(_ mention: Mention) -> Mention? {
        var mention = mention
        return settle(&mention) ? mention : nil
    }

    /// The year a short year (see ``Pending/shortYear(written:)``) names in a document from `locale`.
    static func year(written: Int, locale: DocumentLocale) -> Int? {
        if locale == .taiwan { return written > 0 ? written + 1911 : nil }
        guard written < 100 else { return nil }
        return written <= 30 ? 2000 + written : 1900 + written
    }

    /// `value`'s year slots (the leading `-` of each `/`-separated part) filled with `year`.
    static func filling(_ value: String, year: Int) -> String {
        // Values are ASCII and short: written straight into the string's storage.
        let yearText = String(year)
        let room = value.utf8.count * (yearText.utf8.count + 1)
        return String(unsafeUninitializedCapacity: room) { buffer in
            var count = 0
            var atPartStart = true
            for byte in value.utf8 {
                if atPartStart, byte == UInt8(ascii: "-") {
                    for digit in yearText.utf8 {
                        buffer[count] = digit
                        count += 1
                    }
                } else {
                    buffer[count] = byte
                    count += 1
                }
                atPartStart = byte == UInt8(ascii: "/")
            }
            return count
        }
    }
}

/// The word lists that tell where a document is from, found in one pass over a chunk's text.
struct DocumentSignals: Sendable {
    /// What a list's words are evidence of.
    private enum Signal: CaseIterable {
        case taiwan, hongKong, macau, mainland, taiwanCurrency, renminbi

        var listName: String {
            switch self {
            case .taiwan: "document-taiwan"
            case .hongKong: "document-hongkong"
            case .macau: "document-macau"
            case .mainland: "document-mainland"
            case .taiwanCurrency: "document-taiwan-currency"
            case .renminbi: "document-renminbi"
            }
        }
    }

    /// Every word of the lists, and a bit per hash of the first two scalars of some word (all
    /// of every word when one has a single scalar): most places are passed with one bit test,
    /// even where a common character starts a word (`区` of `区委`, `中` of `中共`).
    private let any: WordSet
    private let pairBits: [UInt64]
    private let lists: [(words: WordSet, signal: Signal)]
    /// The scalars that end a currency word (`document-taiwan-currency`, `document-renminbi`).
    private let currencyEnds: [UInt32]
    /// Currency words are looked for this far back from their last scalar.
    private static let longestCurrencyWord = 8

    init(patterns: PatternSet) {
        func words(_ signal: Signal) -> [String] { patterns.lists[signal.listName]?.entries.map(\.word) ?? [] }
        lists = Signal.allCases.map { (WordSet(words($0)), $0) }.filter { !$0.words.isEmpty }
        let all = Signal.allCases.flatMap(words)
        any = WordSet(all)
        var bits = [UInt64](repeating: 0, count: 1024)
        for word in all {
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= 2 else {
                bits = [UInt64](repeating: .max, count: 1024)
                break
            }
            let h = Self.pairHash(scalars[0].value, scalars[1].value)
            bits[h >> 6] |= 1 << UInt64(h & 63)
        }
        pairBits = bits
        currencyEnds = Set((words(.taiwanCurrency) + words(.renminbi)).compactMap { $0.unicodeScalars.last?.value }).sorted()
    }

    /// A 16-bit hash of two neighbouring scalars.
    @inline(__always)
    private static func pairHash(_ a: UInt32, _ b: UInt32) -> Int {
        Int(((a &* 0x9E37_79B1) ^ (b &* 0x85EB_CA6B)) >> 16)
    }

    /// The evidence of `scalars`, a chunk's normalized text with `traditional` Traditional ideographs.
    /// In Simplified script only the currencies named count (see ``LocaleEvidence/locale``): they
    /// are found from the few scalars that end them (`币`, `$`, `B`) alone.
    func evidence(in scalars: [Unicode.Scalar], traditional: Int) -> LocaleEvidence {
        var evidence = LocaleEvidence()
        evidence.traditional = traditional
        guard !any.isEmpty else { return evidence }
        if traditional < LocaleEvidence.traditionalScript {
            namedCurrencies(in: scalars, into: &evidence)
            return evidence
        }
        let end = scalars.count
        var i = 0
        while i < end {
            // The places where some word may start, found with the bit test alone.
            i = pairBits.withUnsafeBufferPointer { bits in
                scalars.withUnsafeBufferPointer { text in
                    var j = i
                    while j + 1 < end {
                        let h = Self.pairHash(text[j].value, text[j + 1].value)
                        if bits[h >> 6] & (1 << UInt64(h & 63)) != 0 { return j }
                        j += 1
                    }
                    return end
                }
            }
            guard i < end else { break }
            guard let longest = any.longestWord(startingAt: i, before: end, in: scalars) else {
                i += 1
                continue
            }
            for list in lists where list.words.longestWord(startingAt: i, before: end, in: scalars) != nil {
                switch list.signal {
                case .taiwan: evidence.taiwan += 1
                case .hongKong: evidence.hongKong += 1
                case .macau: evidence.macau += 1
                case .mainland: evidence.mainland += 1
                case .taiwanCurrency: evidence.taiwanCurrency += 1
                case .renminbi: evidence.renminbi += 1
                }
            }
            i += longest
        }
        return evidence
    }

    /// Counts the currencies named in a Simplified text: only where one of the few scalars that
    /// end those words stands (`币` of 新台币 and 人民币, `$` of NT$, `B` of RMB) is what stands before
    /// it looked at.
    private func namedCurrencies(in scalars: [Unicode.Scalar], into evidence: inout LocaleEvidence) {
        var hits: [Int] = []
        // Eight scalars at a time compared with up to four ends (the built-in lists have three);
        // more ends, one at a time.
        let ends = currencyEnds.count <= 4 ? currencyEnds + Array(repeating: UInt32.max, count: 4 - currencyEnds.count) : []
        scalars.withUnsafeBufferPointer { text in
            guard let base = text.baseAddress else { return }
            let n = text.count
            var i = 0
            if !ends.isEmpty {
                let (e0, e1) = (SIMD8<UInt32>(repeating: ends[0]), SIMD8<UInt32>(repeating: ends[1]))
                let (e2, e3) = (SIMD8<UInt32>(repeating: ends[2]), SIMD8<UInt32>(repeating: ends[3]))
                let raw = UnsafeRawPointer(base)
                while i + 8 <= n {
                    let v = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<UInt32>.self)
                    let found = (v .== e0) .| (v .== e1) .| (v .== e2) .| (v .== e3)
                    if Swift.any(found) {
                        for j in 0..<8 where found[j] { hits.append(i + j) }
                    }
                    i += 8
                }
            }
            while i < n {
                if currencyEnds.contains(text[i].value) { hits.append(i) }
                i += 1
            }
        }
        for i in hits {
            let floor = max(0, i + 1 - Self.longestCurrencyWord)
            for list in lists where list.signal == .taiwanCurrency || list.signal == .renminbi {
                guard list.words.longestWord(endingAt: i + 1, after: floor, in: scalars) != nil else { continue }
                if list.signal == .taiwanCurrency { evidence.taiwanCurrency += 1 } else { evidence.renminbi += 1 }
                break
            }
        }
    }
}
