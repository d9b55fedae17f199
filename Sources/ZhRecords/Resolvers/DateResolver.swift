import ZhModel
import ZhText

/// Resolves `date` matches into ISO 8601 strings: `2023`, `2024-06`, `2024-11-20`, `--11-20`
/// (no year written), `2024-H1`, `2024-Q3`, spans `2025/2027`, `2025-01/2025-06`,
/// `2024-03-05/2024-03-08`, decades `1990/1999`.
///
/// Captures read: `year`, `month`, `day`; `year-end`, `month-end`, `day-end`, `quarter-end` (the
/// end of a span, which takes what it does not write from the start: `3月5日至8日`); `half` (list
/// value `H1` or `H2`); `quarter` (a number 1–4); `months` (`前10个月`: a span from January to
/// that month); `quarters` (`前三季度`: a span from Q1 to that quarter); `roc` (`民国`: the year is
/// one of the Republic of China, + 1911); `relative` (a word for a year of the document's, list
/// value its offset: `上年` -1); `year-suffix` (`度` of `2023年度`); `decade` (`80年代`, with an
/// optional `century`, `20世纪`). Numbers may be written in Chinese (`二〇二五年`, `十一月`).
///
/// What the text leaves to the document, the record takes from it when its chunk is settled (see
/// ``Pending``): a year word (`今年`, `上年`), the year of a period written without one
/// (`上半年`, `一季度`, `前10个月`, `1-6月`), a short year (`97年7月`, `九七年`, `113年度`: a year
/// of the century, or of the Republic of China in a document from Taiwan), and the month of a day
/// written alone (`15日`). A month, day or quarter out of range, or a year that cannot be one,
/// makes no record.
final class DateResolver: Resolver {
    let type = RecordType.date

    init(lists: WordLists) {}

    /// How the year of a match is written.
    private enum Year {
        /// No year: a month, a day or a period of the document's year.
        case absent
        case explicit(Int)
        /// A year word of the document's (`上年` -1).
        case relative(Int)
        /// Two or three digits (`97`, `113`): see ``Pending/shortYear(written:)``.
        case short(Int)
    }

    func resolve(_ match: MatchView) -> Resolution? {
        if match.has(.decade) { return decade(match) }
        if match.has(.day), !match.has(.month) {
            // A day alone: its month comes from the date before it.
            guard let day = number(match, .day, in: 1...31) else { return nil }
            return Resolution(fields: [Field("value", .string("---" + twoDigits(day)))], pending: .dayOfMonth)
        }
        guard let year = year(match) else { return nil }
        var knownYear: Int?
        if case .explicit(let y) = year { knownYear = y }
        let yearText = knownYear.map { String($0) } ?? "-"
        var value: String
        var isPeriod = true

        if let months = number(match, .months, in: 1...12) {
            value = "\(yearText)-01/\(yearText)-\(twoDigits(months))"
        } else if match.has(.quarters) {
            guard let quarters = number(match, .quarters, in: 2...4) else { return nil }
            value = "\(yearText)-Q1/\(yearText)-Q\(quarters)"
        } else if match.has(.quarterEnd) {
            guard let start = number(match, .quarter, in: 1...4), let end = number(match, .quarterEnd, in: 1...4),
                  end > start else { return nil }
            value = "\(yearText)-Q\(start)/\(yearText)-Q\(end)"
        } else if match.has(.yearEnd), !match.has(.month) {
            // 2019—2021年; 2024至25年度 (the end in two digits, of the start's century).
            guard let start = knownYear, let written = number(match, .yearEnd, in: 0...2999) else { return nil }
            let end = written < 100 && match.scalars(.yearEnd)?.count == 2 ? start / 100 * 100 + written : written
            guard (1000...2999).contains(end), end > start else { return nil }
            value = "\(start)/\(end)"
        } else if match.has(.dayEnd) {
            // 3月5日至8日, 3月5日至4月8日, 2023年12月1日至2024年1月31日.
            guard let month = number(match, .month, in: 1...12),
                  let day = number(match, .day, in: 1...Self.days(inMonth: month, year: knownYear)) else { return nil }
            var endYear = knownYear
            if match.has(.yearEnd) {
                guard knownYear != nil, let written = number(match, .yearEnd, in: 1000...2999) else { return nil }
                endYear = written
            }
            guard let endMonth = match.has(.monthEnd) ? number(match, .monthEnd, in: 1...12) : month,
                  let endDay = number(match, .dayEnd, in: 1...Self.days(inMonth: endMonth, year: endYear)),
                  (endYear ?? 0, endMonth, endDay) > (knownYear ?? 0, month, day) else { return nil }
            let endText = endYear.map { String($0) } ?? "-"
            value = "\(yearText)-\(twoDigits(month))-\(twoDigits(day))/\(endText)-\(twoDigits(endMonth))-\(twoDigits(endDay))"
            isPeriod = false
        } else if match.has(.monthEnd) {
            // 1-6月, 2019年3月至2021年6月.
            guard let start = number(match, .month, in: 1...12), let end = number(match, .monthEnd, in: 1...12) else { return nil }
            if match.has(.yearEnd) {
                guard let startYear = knownYear, let endYear = number(match, .yearEnd, in: 1000...2999),
                      (endYear, end) > (startYear, start) else { return nil }
                value = "\(startYear)-\(twoDigits(start))/\(endYear)-\(twoDigits(end))"
            } else {
                guard end > start else { return nil }
                value = "\(yearText)-\(twoDigits(start))/\(yearText)-\(twoDigits(end))"
            }
        } else if let half = match.value(.half) {
            value = "\(yearText)-\(half)"
        } else if match.has(.quarter) {
            guard let quarter = number(match, .quarter, in: 1...4) else { return nil }
            value = "\(yearText)-Q\(quarter)"
        } else if match.has(.month) {
            guard let month = number(match, .month, in: 1...12) else { return nil }
            value = "\(yearText)-\(twoDigits(month))"
            if match.has(.day) {
                guard let day = number(match, .day, in: 1...Self.days(inMonth: month, year: knownYear)) else { return nil }
                value += "-\(twoDigits(day))"
            }
            isPeriod = false
        } else {
            guard case .absent = year else {
                value = yearText
                return resolution(value, pending: pending(year, isPeriod: false))
            }
            return nil
        }
        return resolution(value, pending: pending(year, isPeriod: isPeriod))
    }

    /// The record of `value`: a relative year's carries `relative` already (its value gets the
    /// year when settled; without one it gives no record), so settling changes only the value.
    private func resolution(_ value: String, pending: Pending?) -> Resolution {
        guard case .relativeYear(_, true)? = pending else {
            return Resolution(fields: [Field("value", .string(value))], pending: pending)
        }
        return Resolution(fields: [Field("value", .string(value)), Field("relative", .boolean(true))], pending: pending)
    }

    /// What the value still takes from the document, by how its year is written.
    private func pending(_ year: Year, isPeriod: Bool) -> Pending? {
        switch year {
        case .explicit: nil
        case .relative(let offset): .relativeYear(offset: Int8(clamping: offset), required: true)
        case .short(let written): .shortYear(written: Int16(clamping: written))
        case .absent: isPeriod ? .relativeYear(offset: 0, required: false) : nil
        }
    }

    /// How the match writes its year; `nil` when what it writes cannot be a year (`三年` of a
    /// duration, `10年` with nothing after it, `七八年` of "seven or eight years").
    ///
    /// Four digits are a year; `民国` + a number a year of the Republic of China. Two digits are a
    /// short year when a month, a half, a quarter or `度` follows (`97年7月`, `98年度`), or when
    /// written with a leading zero (`03年`); two Chinese digits read one by one are a short year
    /// anyway (`九七年`, `〇八年`), except the pairs that say "about" (`七八`, `三五`). Three digits
    /// from 100 to 130 are a year of the Republic of China (kept only in a document from Taiwan).
    private func year(_ match: MatchView) -> Year? {
        if let offset = match.value(.relative) {
            guard let offset = Int(offset) else { return nil }
            return .relative(offset)
        }
        guard let written = match.scalars(.year) else { return .absent }
        if match.has(.roc) {
            guard let roc = number(match, .year, in: 1...200) else { return nil }
            return .explicit(roc + 1911)
        }
        if let n = match.number(.year) {
            guard n.isInteger, let value = n.int64Value, let year = Int(exactly: value) else { return nil }
            if (1000...2999).contains(year) { return .explicit(year) }
            let isArabic = written.allSatisfy { ("0"..."9").contains($0) }
            switch year {
            case 100...130 where isArabic && written.count == 3: return .short(year)
            case 0...99 where isArabic && written.count == 2 && (written.first == "0" || Self.isFollowedByMore(match)): return .short(year)
            default: return nil
            }
        }
        guard let pair = Self.digitPair(written) else { return nil }
        return .short(pair)
    }

    /// Whether a month, a half, a quarter, the first months or quarters, or `度` follows the year.
    private static func isFollowedByMore(_ match: MatchView) -> Bool {
        match.has(.month) || match.has(.half) || match.has(.quarter) || match.has(.months) || match.has(.quarters)
            || match.has(.yearSuffix)
    }

    /// A decade: `80年代` → `1980/1989`, `2010年代`, `九十年代`, `20世纪80年代` (a two-digit decade
    /// without its century is of this century up to 20, `20年代` → 2020s, else of the last).
    private func decade(_ match: MatchView) -> Resolution? {
        guard let n = number(match, .decade, in: 0...2990), n % 10 == 0 else { return nil }
        var start: Int
        if n >= 1000 {
            start = n
        } else {
            guard n < 100 else { return nil }
            if match.has(.century) {
                guard let century = number(match, .century, in: 1...30) else { return nil }
                start = (century - 1) * 100 + n
            } else {
                start = n <= 20 ? 2000 + n : 1900 + n
            }
        }
        return Resolution(fields: [Field("value", .string("\(start)/\(start + 9)"))])
    }

    private func number(_ match: MatchView, _ name: CaptureName, in range: ClosedRange<Int>) -> Int? {
        guard let n = match.number(name)?.int64Value,
              let i = Int(exactly: n), range.contains(i) else { return nil }
        return i
    }

    private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    /// Two Chinese digits read one by one (`九七` → 97, `〇八` → 8), or `nil`: not two digits, or
    /// the pairs that say "about" (`七八`, `三五`) rather than a number.
    static func digitPair(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        guard scalars.count == 2, let first = NumberParser.parse(scalars.prefix(1))?.int64Value,
              let second = NumberParser.parse(scalars.suffix(1))?.int64Value,
              first < 10, second < 10, second != first + 1, !(first == 3 && second == 5),
              !scalars.contains("两"), !scalars.contains("十") else { return nil }
        return Int(first * 10 + second)
    }

    static func days(inMonth month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The year and month of a date value that names a month (`2024-03`, `--03-05`, the end of a
    /// span `--03-05/--03-08`): `2024-03`, `--03`; `nil` for a year, a half or a quarter.
    static func monthPrefix(of value: String) -> Substring? {
        let last = value.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(value)
        let scalars = Array(last.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i < scalars.count && ("0"..."9").contains(scalars[i]) }
        let monthAt: Int
        if last.hasPrefix("--") {
            monthAt = 2
        } else if scalars.count >= 7, (0..<4).allSatisfy(isDigit), scalars[4] == "-" {
            monthAt = 5
        } else {
            return nil
        }
        guard isDigit(monthAt), isDigit(monthAt + 1), scalars.count == monthAt + 2 || scalars[monthAt + 2] == "-" else { return nil }
        return last.prefix(monthAt + 2)
    }

    /// `prefix` (a year and month, `2024-03` or `--03`) with `day`, or `nil` when the month has no
    /// such day.
    static func day(_ day: Int, of prefix: Substring) -> String? {
        guard let month = Int(prefix.suffix(2)) else { return nil }
        let year = prefix.hasPrefix("--") ? nil : Int(prefix.prefix(4))
        guard (1...days(inMonth: month, year: year)).contains(day) else { return nil }
        return "\(prefix)-\(day < 10 ? "0" : "")\(day)"
    }
}

// The names a date is read from.
extension CaptureName {
    static let year = CaptureName("year")
    static let month = CaptureName("month")
    static let day = CaptureName("day")
    static let yearEnd = CaptureName("year-end")
    static let monthEnd = CaptureName("month-end")
    static let dayEnd = CaptureName("day-end")
    static let quarterEnd = CaptureName("quarter-end")
    static let half = CaptureName("half")
    static let quarter = CaptureName("quarter")
    static let months = CaptureName("months")
    static let quarters = CaptureName("quarters")
    static let roc = CaptureName("roc")
    static let relative = CaptureName("relative")
    static let yearSuffix = CaptureName("year-suffix")
    static let decade = CaptureName("decade")
    static let century = CaptureName("century")
}
