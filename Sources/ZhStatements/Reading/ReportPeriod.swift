import ZhModel

/// What a report is about, read from its opening (its title and first lines): the year and the
/// region; and a metric's period resolved against that year.
enum ReportOpening {
    /// Non-blank lines that make the opening: the title and the lines after it.
    static let lines = 3

    /// The original range of the opening of a document whose text starts with `scalars`: its
    /// first ``lines`` non-blank lines, and the range of the first (the title).
    static func range(in scalars: ArraySlice<Unicode.Scalar>, from start: Int) -> (opening: Range<Int>, title: Range<Int>)? {
        var found = 0
        var title: Range<Int>?
        var lineStart = scalars.startIndex
        while lineStart < scalars.endIndex {
            var lineEnd = lineStart
            while lineEnd < scalars.endIndex, scalars[lineEnd] != "\n" { lineEnd += 1 }
            if scalars[lineStart..<lineEnd].contains(where: { !$0.properties.isWhitespace }) {
                found += 1
                let range = (start + lineStart - scalars.startIndex)..<(start + lineEnd - scalars.startIndex)
                if title == nil { title = range }
                if found == lines, let title { return (title.lowerBound..<range.upperBound, title) }
            }
            lineStart = lineEnd + 1
        }
        guard let title else { return nil }
        return (title.lowerBound..<(start + scalars.count), title)
    }

    /// The year a report is about: that of the first date in its title, else in its opening;
    /// without date records, the first year written in the title's text (`2024 年度…`).
    static func year(dates: [Record], title: Range<Int>?, opening: Range<Int>?, titleText: String? = nil) -> Int? {
        func year(of record: Record) -> Int? {
            guard case .string(let value)? = record["value"], value.count >= 4 else { return nil }
            return Int(value.prefix(4))
        }
        if let title, let year = dates.lazy.filter({ title.contains($0.start) }).compactMap(year).first { return year }
        if let opening, let year = dates.lazy.filter({ opening.contains($0.start) }).compactMap(year).first { return year }
        guard dates.isEmpty, let titleText else { return nil }
        return writtenYear(in: titleText)
    }

    /// The first year written in `text`: four digits (1000–2999), then `年`, perhaps after spaces.
    static func writtenYear(in text: String) -> Int? {
        let s = Array(text.unicodeScalars)
        var i = 0
        while i + 4 <= s.count {
            let digits = s[i..<(i + 4)].compactMap { WrittenNumber.digit($0) }
            let before = i > 0 ? WrittenNumber.digit(s[i - 1]) : nil
            if digits.count == 4, before == nil, i + 4 == s.count || WrittenNumber.digit(s[i + 4]) == nil {
                var j = i + 4
                while j < s.count, s[j] == " " { j += 1 }
                let year = digits.reduce(0) { $0 * 10 + Int($1) }
                if j < s.count, s[j] == "年", (1000...2999).contains(year) { return year }
            }
            i += 1
        }
        return nil
    }

    /// The region a report is about: the most specific region its title names (a county before
    /// its prefecture), else the first most specific one of its opening.
    static func region(regions: [Record], title: Range<Int>?, opening: Range<Int>?) -> (code: String?, name: String)? {
        let levels = ["village", "township", "county", "prefecture", "province", "country"]
        func pick(_ records: [Record]) -> (code: String?, name: String)? {
            let best = records.min { a, b in rank(a) < rank(b) }
            guard let best, case .string(let name)? = best["name"] else { return nil }
            if case .string(let code)? = best["code"] { return (code, name) }
            return (nil, name)
        }
        func rank(_ record: Record) -> Int {
            guard case .string(let level)? = record["level"] else { return levels.count }
            return levels.firstIndex(of: level) ?? levels.count
        }
        if let title, let region = pick(regions.filter({ title.contains($0.start) })) { return region }
        if let opening { return pick(regions.filter { opening.contains($0.start) }) }
        return nil
    }

    /// The period of a metric whose record gives `period` (or none), in a report about `year`:
    /// an absolute date value stays; a year left out (`--H1`, `--12`, `--01/--10`) is `year`'s;
    /// a relative year (`上年`, `今年`, lists of ``StatementWords``) counts from `year`, with a
    /// half after it (`上年上半年` → `2022-H1`); no period is `year`.
    static func resolve(_ period: String?, year: Int?, words: StatementWords) -> String? {
        guard let period, !period.isEmpty else { return year.map(String.init) }
        if period.contains("--") {
            guard let year else { return period }
            return period.replacingOccurrences(of: "--", with: "\(year)-")
        }
        if period.first?.isNumber == true { return period }
        let word = StatementWords.normalize(period)
        guard let year else { return period }
        var rest = Substring(word)
        var target = year
        if let relative = StatementWords.prefix(of: rest, in: Array(words.relativeYears.keys)) {
            target += words.relativeYears[relative]!
            rest = rest.dropFirst(relative.count)
        }
        if rest.isEmpty { return String(target) }
        if let half = words.halves[String(rest)] { return "\(target)-\(half)" }
        return period
    }
}
