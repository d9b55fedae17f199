/// A slow, obviously correct reading of a written number, for differential tests of
/// `NumberParser` (the unit test `NumberParserReferenceTests` and the fuzz target
/// `Fuzz/FuzzNumberParser` both use this one copy).
///
/// It follows the grammar as `NumberParser` and `NumeralReader` document it, but is built the
/// other way round, so the two do not share mistakes:
/// - values are exact decimals of any size (digit arrays), so nothing overflows on the way; a
///   value is then checked against what `ExactDecimal` holds (``Value/fitsExactDecimal``);
/// - a number is cut at its big units (at most one 亿, then at most one 万 on each side of it)
///   instead of read left to right;
/// - Chinese spellings below 万 are not parsed: every valid spelling of every value 1…9999 is
///   generated once from the rules of how the numbers are written (one 零 per gap, 一十 written
///   十 at the start, 两 for the 二 of 百 and 千, the elided last unit of 三千五) and looked up.
public enum ReferenceNumber {
    /// A value read by the reference.
    public struct Value: Equatable, CustomStringConvertible {
        /// Plain decimal notation, as `ExactDecimal.description` writes it (`-12.5`, `2317000000`).
        public let description: String
        /// Whether `ExactDecimal` can hold the value as `NumberParser` builds it: at most
        /// `Int64.max` as significand, and an integer part that fits in `Int64`.
        public let fitsExactDecimal: Bool
    }

    /// The value of `text` read as exactly one written number, or `nil`.
    public static func parse(_ text: String) -> Value? {
        var scalars = Array(text.unicodeScalars)[...]
        var negative = false
        if let first = scalars.first, let sign = signs[first] {
            negative = sign
            scalars = scalars.dropFirst()
        }
        guard let symbols = symbols(scalars), !symbols.isEmpty else { return nil }
        let hasArabic = symbols.contains { if case .arabic = $0 { return true } else { return false } }
        let hasChinese = symbols.contains { if case .digit = $0 { return true } else { return false } }
        guard !(hasArabic && hasChinese) else { return nil }
        let value: Big?
        if symbols.count >= 2, symbols.allSatisfy({ if case .digit = $0 { return true } else { return false } }) {
            value = digitByDigit(symbols)
        } else {
            value = number(symbols[...])?.value
        }
        guard let value else { return nil }
        return Value(description: (negative && !value.isZero ? "-" : "") + value.description, fitsExactDecimal: value.fitsExactDecimal)
    }

    /// The multiplier of a scale word (`万` → `10000`, `千万` → `10000000`, `万万` → `100000000`):
    /// 十百千 (or 拾佰仟) at most once, then 万 at most once, then 亿 (or 万万) at most once, at least
    /// one of them; `nil` else.
    public static func scale(_ text: String) -> String? {
        var powers: [Int] = []
        for scalar in text.unicodeScalars {
            guard let power = units[scalar] else { return nil }
            // 万万 is 亿.
            if power == 4, powers.last == 4 { powers[powers.count - 1] = 8 } else { powers.append(power) }
        }
        // The allowed sequences, written out.
        let allowed: [[Int]] = [[1], [2], [3], [4], [8], [1, 4], [2, 4], [3, 4], [1, 8], [2, 8], [3, 8], [4, 8],
                                [1, 4, 8], [2, 4, 8], [3, 4, 8]]
        guard allowed.contains(powers) else { return nil }
        return "1" + String(repeating: "0", count: powers.reduce(0, +))
    }

    /// Compares `NumberParser`'s answer on `text` (`parsed`: its value's description, `nil` for
    /// a refusal) with the reference; `nil` when they agree, else what is wrong.
    public static func disagreement(_ text: String, parsed: String?) -> String? {
        let expected = parse(text)
        switch (parsed, expected) {
        case (nil, nil): return nil
        case (let got?, nil): return "\(text.debugDescription): the parser reads \(got), the reference refuses it"
        case (nil, let want?):
            return want.fitsExactDecimal ? "\(text.debugDescription): the parser refuses it, the reference reads \(want)" : nil
        case (let got?, let want?):
            return got == want.description ? nil : "\(text.debugDescription): the parser reads \(got), the reference \(want)"
        }
    }

    // MARK: Symbols

    /// One piece of a written number.
    enum Symbol: Equatable {
        /// A well-formed Arabic numeral: its value and how many digits it has before the point.
        case arabic(Big, integerDigits: Int, hasFraction: Bool)
        /// A Chinese digit; `liang` for 两.
        case digit(Int, liang: Bool)
        /// 十 1, 百 2, 千 3, 万 4, 亿 8.
        case unit(Int)
        /// 点.
        case point
        /// 个 (两个亿).
        case measure
    }

    static let signs: [Unicode.Scalar: Bool] = table(["-－−负負": true, "+＋": false])
    static let digits: [Unicode.Scalar: Int] = table(["〇○零": 0, "一壹": 1, "二贰貳": 2, "三叁參": 3, "四肆": 4, "五伍": 5,
                                                    "六陆陸": 6, "七柒": 7, "八捌": 8, "九玖": 9])
    static let liang: Set<Unicode.Scalar> = ["两", "兩"]
    static let tens: [Unicode.Scalar: Int] = table(["廿": 2, "卅": 3, "卌": 4])
    static let units: [Unicode.Scalar: Int] = table(["十拾": 1, "百佰": 2, "千仟": 3, "万萬": 4, "亿億": 8])
    static let points: Set<Unicode.Scalar> = ["点", "點"]
    static let measures: Set<Unicode.Scalar> = ["个", "個"]

    private static func table<T>(_ groups: [String: T]) -> [Unicode.Scalar: T] {
        var result: [Unicode.Scalar: T] = [:]
        for (characters, value) in groups { for scalar in characters.unicodeScalars { result[scalar] = value } }
        return result
    }

    static func arabicDigit(_ s: Unicode.Scalar) -> Int? {
        if ("0"..."9").contains(s) { return Int(s.value - 0x30) }
        if ("０"..."９").contains(s) { return Int(s.value - 0xFF10) }
        return nil
    }

    static func isSeparator(_ s: Unicode.Scalar) -> Bool { s == "," || s == "，" }
    static func isArabicPoint(_ s: Unicode.Scalar) -> Bool { s == "." || s == "．" }

    /// The symbols of the text after its sign, or `nil` if a scalar belongs to no number or an
    /// Arabic numeral is malformed.
    static func symbols(_ scalars: ArraySlice<Unicode.Scalar>) -> [Symbol]? {
        var result: [Symbol] = []
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            if arabicDigit(s) != nil || isSeparator(s) || isArabicPoint(s) {
                // The whole run of digits, separators and points is one numeral.
                var j = i
                while j < scalars.endIndex, arabicDigit(scalars[j]) != nil || isSeparator(scalars[j]) || isArabicPoint(scalars[j]) { j += 1 }
                guard let numeral = arabic(scalars[i..<j]) else { return nil }
                result.append(numeral)
                i = j
                continue
            }
            if let d = digits[s] {
                result.append(.digit(d, liang: false))
            } else if liang.contains(s) {
                result.append(.digit(2, liang: true))
            } else if let t = tens[s] {
                result += [.digit(t, liang: false), .unit(1)]
            } else if let u = units[s] {
                // 万万 is 亿.
                if u == 4, result.last == .unit(4) { result[result.count - 1] = .unit(8) } else { result.append(.unit(u)) }
            } else if points.contains(s) {
                result.append(.point)
            } else if measures.contains(s) {
                result.append(.measure)
            } else {
                return nil
            }
            i += 1
        }
        return result
    }

    /// `digits` or `d{1,3}(,ddd)+` (first digit not 0), then optionally `.digits`.
    static func arabic(_ run: ArraySlice<Unicode.Scalar>) -> Symbol? {
        let pointIndex = run.firstIndex(where: isArabicPoint)
        let integer = run[..<(pointIndex ?? run.endIndex)]
        let fraction = pointIndex.map { run[($0 + 1)...] } ?? []
        if pointIndex != nil {
            guard !fraction.isEmpty, fraction.allSatisfy({ arabicDigit($0) != nil }) else { return nil }
        }
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "，", omittingEmptySubsequences: false) }
        guard groups.allSatisfy({ $0.allSatisfy { arabicDigit($0) != nil } }) else { return nil }
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), arabicDigit(groups[0].first!) != 0,
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let integerDigits = groups.joined().map { arabicDigit($0)! }
        guard !integerDigits.isEmpty else { return nil }
        let fractionDigits = fraction.map { arabicDigit($0)! }
        return .arabic(Big(digits: integerDigits + fractionDigits, exponent: -fractionDigits.count),
                       integerDigits: integerDigits.count, hasFraction: !fractionDigits.isEmpty)
    }

    // MARK: Grammar

    /// A number read so far: its value, whether it has a decimal part, and whether it ends in a
    /// Chinese digit in the units place (so that a digit after its big unit may be an elision).
    struct Reading {
        var value: Big
        var hasDecimal: Bool
        var endsInDigit: Bool
    }

    /// Three or more Chinese digits, none of them 两, read one by one (二〇二五).
    static func digitByDigit(_ symbols: [Symbol]) -> Big? {
        var values: [Int] = []
        for case .digit(let d, let isLiang) in symbols {
            guard !isLiang else { return nil }
            values.append(d)
        }
        return values.count >= 3 ? Big(digits: values, exponent: 0) : nil
    }

    /// A whole number: `head [个] 亿 tail`, or a 万-level number.
    static func number(_ symbols: ArraySlice<Symbol>) -> Reading? {
        let yi = symbols.indices.filter { symbols[$0] == .unit(8) }
        let measures = symbols.indices.filter { symbols[$0] == .measure }
        guard yi.count <= 1 else { return nil }
        guard let at = yi.first else {
            guard measures.isEmpty else { return nil }
            return level(symbols, isStart: true, isEnd: true)
        }
        var head = symbols[..<at]
        if head.last == .measure { head = head.dropLast() }
        guard measures.allSatisfy({ $0 == at - 1 }), !head.isEmpty else { return nil }
        let tail = symbols[(at + 1)...]
        guard let first = level(head, isStart: true, isEnd: false) else { return nil }
        return withTail(first, unit: 8, tail: tail)
    }

    /// A number below 亿: `section 万 tail`, or a section.
    static func level(_ symbols: ArraySlice<Symbol>, isStart: Bool, isEnd: Bool) -> Reading? {
        let wan = symbols.indices.filter { symbols[$0] == .unit(4) }
        guard wan.count <= 1 else { return nil }
        guard let at = wan.first else { return section(symbols, isStart: isStart, isEnd: isEnd) }
        let head = symbols[..<at], tail = symbols[(at + 1)...]
        guard let first = section(head, isStart: isStart, isEnd: false) else { return nil }
        return withTail(first, unit: 4, tail: tail, tailIsEnd: isEnd)
    }

    /// `head` (already read as `first`) times `10^unit`, plus what the tail adds: nothing; one
    /// Chinese digit that elides the next place (一万二 = 12000; only at the very end, after a
    /// head ending in a digit); after 零, a number below the next place; else a number that fills
    /// the next place (一亿二千万).
    static func withTail(_ first: Reading, unit: Int, tail: ArraySlice<Symbol>, tailIsEnd: Bool = true) -> Reading? {
        let scaled = Reading(value: first.value.shifted(unit), hasDecimal: first.hasDecimal, endsInDigit: false)
        if tail.isEmpty { return scaled }
        guard !first.hasDecimal else { return nil }
        if tail.count == 1, case .digit(let d, let isLiang) = tail.first!, d != 0 {
            // 两 is never the last digit written.
            guard tailIsEnd, first.endsInDigit, !isLiang else { return nil }
            return Reading(value: scaled.value.adding(Big(digits: [d], exponent: unit - 1)), hasDecimal: false, endsInDigit: false)
        }
        var rest = tail
        var afterZero = false
        if case .digit(0, _) = rest.first! {
            afterZero = true
            rest = rest.dropFirst()
            guard !rest.isEmpty else { return nil }
        }
        let lower = unit == 8 ? level(rest, isStart: false, isEnd: tailIsEnd) : section(rest, isStart: false, isEnd: tailIsEnd)
        guard let lower, !lower.hasDecimal, lower.value.isInteger, !lower.value.isZero else { return nil }
        // The tail's order of magnitude: it fills the place below `unit`, or starts under it after 零.
        let magnitude = lower.value.integerDigitCount
        guard afterZero ? magnitude < unit : magnitude == unit else { return nil }
        return Reading(value: scaled.value.adding(lower.value), hasDecimal: false, endsInDigit: lower.endsInDigit)
    }

    /// A number below 万: Arabic (alone, or as coefficients of 十百千), or Chinese (looked up).
    static func section(_ symbols: ArraySlice<Symbol>, isStart: Bool, isEnd: Bool) -> Reading? {
        guard let first = symbols.first else { return nil }
        if case .arabic = first { return arabicSection(symbols) }
        return chineseSection(symbols, isStart: isStart, isEnd: isEnd)
    }

    /// `A`; or `a U (a U)* [B]`: single non-zero digits before 十百千 falling one place at a time,
    /// then a numeral with as many digits as the last unit's place (3千5百20, 3千500); a decimal
    /// coefficient only before 百 or 千, alone (2.5千).
    static func arabicSection(_ symbols: ArraySlice<Symbol>) -> Reading? {
        var items = Array(symbols)
        guard case .arabic(let a, let aDigits, let aFraction) = items.removeFirst() else { return nil }
        guard let u = items.first.flatMap(unitPower), u <= 3 else {
            return items.isEmpty ? Reading(value: a, hasDecimal: aFraction, endsInDigit: false) : nil
        }
        guard aDigits == 1, !a.isZero else { return nil }
        items.removeFirst()
        if aFraction {
            guard u >= 2, items.isEmpty else { return nil }
            return Reading(value: a.shifted(u), hasDecimal: true, endsInDigit: false)
        }
        var value = a.shifted(u), last = u
        while !items.isEmpty {
            guard case .arabic(let b, let bDigits, let bFraction) = items.removeFirst(), !bFraction else { return nil }
            if let lower = items.first.flatMap(unitPower) {
                guard lower == last - 1, bDigits == 1, !b.isZero else { return nil }
                items.removeFirst()
                value = value.adding(b.shifted(lower))
                last = lower
            } else {
                guard items.isEmpty, bDigits == last, b.integerDigitCount == last else { return nil }
                value = value.adding(b)
            }
        }
        return Reading(value: value, hasDecimal: false, endsInDigit: false)
    }

    static func unitPower(_ symbol: Symbol) -> Int? {
        if case .unit(let u) = symbol { return u }
        return nil
    }

    /// A Chinese spelling below 万, optionally with 点 and digits (and, after a one-digit integer
    /// part, 百 or 千: 三点五千).
    static func chineseSection(_ symbols: ArraySlice<Symbol>, isStart: Bool, isEnd: Bool) -> Reading? {
        let point = symbols.firstIndex(of: .point)
        let integer = symbols[..<(point ?? symbols.endIndex)]
        let key = spellingKey(integer)
        guard let key, let entry = spellings[key] else { return nil }
        guard !entry.needsStart || isStart else { return nil }
        guard let point else {
            guard !entry.needsEnd || isEnd else { return nil }
            // 零 alone is a whole number; 两 alone stands before a unit, or is the whole number.
            if entry.value == 0 { guard isStart && isEnd else { return nil } }
            if key == "L" { guard !isEnd || isStart else { return nil } }
            return Reading(value: Big(entry.value), hasDecimal: false, endsInDigit: entry.endsInDigit)
        }
        guard !entry.needsEnd else { return nil }
        var fraction = symbols[(point + 1)...]
        var power = 0
        if key.count == 1, key != "S", let last = fraction.last, case .unit(let u) = last, u == 2 || u == 3 {
            power = u
            fraction = fraction.dropLast()
        }
        var digits: [Int] = []
        for symbol in fraction {
            guard case .digit(let d, false) = symbol else { return nil }
            digits.append(d)
        }
        guard !digits.isEmpty else { return nil }
        let value = Big(entry.value).adding(Big(digits: digits, exponent: -digits.count))
        return Reading(value: value.shifted(power), hasDecimal: true, endsInDigit: false)
    }

    /// The spelling of Chinese digits and 十百千 as a key of ``spellings``: `0`–`9`, `L` for 两,
    /// `S` `B` `Q` for 十百千; `nil` if anything else is there.
    static func spellingKey(_ symbols: ArraySlice<Symbol>) -> String? {
        var key = ""
        for symbol in symbols {
            switch symbol {
            case .digit(let d, let isLiang): key += isLiang ? "L" : String(d)
            case .unit(1): key += "S"
            case .unit(2): key += "B"
            case .unit(3): key += "Q"
            default: return nil
            }
        }
        return key
    }

    struct Spelling {
        var value: Int
        /// Written with 十 for 一十: only at the start of a number.
        var needsStart = false
        /// Written with its last unit elided (三千五): only at the end of a number.
        var needsEnd = false
        /// Ends in a digit in the units place.
        var endsInDigit = false
    }

    /// Every valid spelling of 0…9999.
    static let spellings: [String: Spelling] = {
        var table: [String: Spelling] = ["0": Spelling(value: 0), "L": Spelling(value: 2, endsInDigit: true)]
        let unitNames = ["", "S", "B", "Q"]
        for n in 1...9999 {
            let placeDigits = [n % 10, n / 10 % 10, n / 100 % 10, n / 1000]   // by place: 个 十 百 千
            let places = (0...3).reversed().filter { placeDigits[$0] != 0 }
            // Each written place: its digit, as characters (two for 二 before 百 and 千), and its unit.
            var canonical: [(choices: [String], unit: String, place: Int)] = []
            var previous: Int?
            var zeroBefore: [Bool] = []
            for place in places {
                zeroBefore.append(previous.map { $0 - place > 1 } ?? false)
                let d = placeDigits[place]
                canonical.append((d == 2 && place >= 2 ? ["2", "L"] : [String(d)], unitNames[place], place))
                previous = place
            }
            // Every choice of 二/两.
            var spellings: [[String]] = [[]]
            for (index, item) in canonical.enumerated() {
                spellings = spellings.flatMap { prefix in item.choices.map { prefix + (zeroBefore[index] ? ["0"] : []) + [$0 + item.unit] } }
            }
            for parts in spellings {
                let last = canonical.last!
                let plain = Spelling(value: n, endsInDigit: last.place == 0)
                var variants: [(String, Spelling)] = [(parts.joined(), plain)]
                // 一十… may drop its 一 at the start of a number.
                if canonical[0].place == 1, placeDigits[1] == 1 {
                    variants.append((String(parts.joined().dropFirst()), Spelling(value: n, needsStart: true, endsInDigit: last.place == 0)))
                }
                // 三千五, 一百五, 三千五百五: the last unit dropped when its place is just below the
                // previous one (百 or 千), at the end of a number; never a 两.
                if canonical.count >= 2, last.place >= 1, !zeroBefore.last!, canonical[canonical.count - 2].place == last.place + 1,
                   last.place + 1 >= 2, !parts.last!.hasPrefix("L") {
                    variants.append((String(parts.joined().dropLast()), Spelling(value: n, needsEnd: true)))
                }
                for (key, spelling) in variants { table[key] = spelling }
            }
        }
        return table
    }()

    // MARK: Exact decimals of any size

    /// A non-negative decimal: `digits` (most significant first) times `10^exponent`, kept
    /// without leading zeros or trailing zero digits.
    struct Big: Equatable, CustomStringConvertible {
        private(set) var digits: [Int]
        private(set) var exponent: Int

        init(digits: [Int], exponent: Int) {
            var d = Array(digits.drop { $0 == 0 })
            var e = exponent
            while let last = d.last, last == 0 { d.removeLast(); e += 1 }
            self.digits = d
            self.exponent = d.isEmpty ? 0 : e
        }

        /// A whole number.
        init(_ integer: Int) {
            self.init(digits: String(integer).map { Int(String($0))! }, exponent: 0)
        }

        var isZero: Bool { digits.isEmpty }
        var isInteger: Bool { exponent >= 0 }
        /// How many digits the integer part has (0 for zero and for values below 1).
        var integerDigitCount: Int { max(0, digits.count + exponent) }

        func shifted(_ power: Int) -> Big { Big(digits: digits, exponent: exponent + power) }

        func adding(_ other: Big) -> Big {
            if isZero { return other }
            if other.isZero { return self }
            let low = min(exponent, other.exponent)
            let a = digits + Array(repeating: 0, count: exponent - low)
            let b = other.digits + Array(repeating: 0, count: other.exponent - low)
            var sum: [Int] = []
            var carry = 0
            for k in 0..<max(a.count, b.count) {
                let x = k < a.count ? a[a.count - 1 - k] : 0
                let y = k < b.count ? b[b.count - 1 - k] : 0
                sum.append((x + y + carry) % 10)
                carry = (x + y + carry) / 10
            }
            if carry > 0 { sum.append(carry) }
            return Big(digits: sum.reversed(), exponent: low)
        }

        var description: String {
            if isZero { return "0" }
            let text = digits.map(String.init).joined()
            if exponent >= 0 { return text + String(repeating: "0", count: exponent) }
            let fraction = -exponent
            if text.count > fraction { return String(text.dropLast(fraction)) + "." + String(text.suffix(fraction)) }
            return "0." + String(repeating: "0", count: fraction - text.count) + text
        }

        var fitsExactDecimal: Bool {
            let max = "9223372036854775807"
            func atMostMax(_ s: String) -> Bool { s.count < max.count || s.count == max.count && s <= max }
            let significand = digits.map(String.init).joined()
            guard atMostMax(significand) else { return false }
            return exponent < 0 || atMostMax(description)
        }
    }
}
