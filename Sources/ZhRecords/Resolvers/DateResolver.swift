import ZhModel
import ZhText

/// Resolves `date` matches into ISO 8601 strings: `2023`, `2024-06`, `2024-11-20`, `--11-20`
/// (no year written), `2024-H1`, `2024-Q3`, spans `2025/2027`, `2025-01/2025-06`.
///
/// Captures read: `year`, `month`, `day`; `year-end`, `month-end` (the end of a span);
/// `half` (list value `H1` or `H2`); `quarter` (a number 1–4); `months` (`前10个月`: a span from
/// January to that month); `quarters` (`前三季度`: a span from Q1 to that quarter). Numbers may be written in Chinese (`二〇二五年`, `十一月`). A month,
/// day or quarter out of range makes no record.
final class DateResolver: Resolver {
    let type = RecordType.date

    init(lists: WordLists) {}

    func resolve(_ match: MatchView) -> Resolution? {
        let year = number(match, .year, in: 1000...2999)
        if match.has(.year) && year == nil { return nil }
        let yearText = year.map { String($0) } ?? "-"
        var value: String

        if let months = number(match, .months, in: 1...12) {
            value = "\(yearText)-01/\(yearText)-\(twoDigits(months))"
        } else if match.has(.quarters) {
            guard let quarters = number(match, .quarters, in: 2...4) else { return nil }
            value = "\(yearText)-Q1/\(yearText)-Q\(quarters)"
        } else if match.has(.yearEnd) {
            guard let year, let end = number(match, .yearEnd, in: 1000...2999), end > year else { return nil }
            value = "\(year)/\(end)"
        } else if match.has(.monthEnd) {
            guard let start = number(match, .month, in: 1...12), let end = number(match, .monthEnd, in: 1...12),
                  end > start else { return nil }
            value = "\(yearText)-\(twoDigits(start))/\(yearText)-\(twoDigits(end))"
        } else if let half = match.value(.half) {
            value = "\(yearText)-\(half)"
        } else if match.has(.quarter) {
            guard let quarter = number(match, .quarter, in: 1...4) else { return nil }
            value = "\(yearText)-Q\(quarter)"
        } else if match.has(.month) {
            guard let month = number(match, .month, in: 1...12) else { return nil }
            value = "\(yearText)-\(twoDigits(month))"
            if match.has(.day) {
                guard let day = number(match, .day, in: 1...Self.days(inMonth: month, year: year)) else { return nil }
                value += "-\(twoDigits(day))"
            }
        } else if let year {
            value = String(year)
        } else {
            return nil
        }
        return Resolution(fields: [Field("value", .string(value))])
    }

    private func number(_ match: MatchView, _ name: CaptureName, in range: ClosedRange<Int>) -> Int? {
        guard let n = match.number(name)?.int64Value,
              let i = Int(exactly: n), range.contains(i) else { return nil }
        return i
    }

    private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    private static func days(inMonth month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

// The names a date is read from.
extension CaptureName {
    static let year = CaptureName("year")
    static let month = CaptureName("month")
    static let day = CaptureName("day")
    static let yearEnd = CaptureName("year-end")
    static let monthEnd = CaptureName("month-end")
    static let half = CaptureName("half")
    static let quarter = CaptureName("quarter")
    static let months = CaptureName("months")
    static let quarters = CaptureName("quarters")
}
