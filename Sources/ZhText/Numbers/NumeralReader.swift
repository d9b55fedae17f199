/// The grammar of one written number, read by recursive descent over `NumeralLexer` atoms.
///
/// A number is built from the top unit down: `亿-level := 万-level [个] 亿 tail | 万-level`,
/// `万-level := section 万 tail | section`, and a section is what is written below 万 (Chinese
/// digits with 十百千, or an Arabic numeral, possibly with 十百千 after it). Because the
/// coefficient of 亿 is a whole 万-level number, 一万亿, 三千五百万亿 and 1.2万亿 need no rule
/// of their own. The rules of how Chinese is written decide the rest, and anything they leave
/// ambiguous is refused:
/// - units fall one place at a time (一千二百); a skipped place is written with one 零
///   (一千零五, 一亿零五百万), and 零 may not stand where no place is skipped;
/// - a bare digit right after a unit of 百 or more is an elision of the next lower place
///   (三千五 = 3500, 一万二 = 12000, 十二万五 = 125000, 一亿五 = 150000000), allowed only as the
///   last thing written (三千五万 and 三千五万五 could mean two things) and only when a single
///   digit stands before the unit (十万五, 三千万五, 一万亿五 are refused);
/// - 十 alone means 一十 only at the very start (十二, 十万); 两 is written before units, never
///   before 十 nor as a last digit, elided or not (一百零两, 一万零两, 一万两 and 三千两 are refused:
///   六万两 is as often 60000 taels), though 两 alone is a number;
/// - a decimal coefficient (2.5万, 三点五亿) may be followed by units only;
/// - an Arabic numeral before 十百千 is a single digit (3千, 2.5千); before 万 and 亿 it may be
///   any size (207450万); Arabic and Chinese digits are not mixed in one number;
/// - three or more Chinese digits with no unit are read digit by digit (二〇二五 = 2025); two
///   say "about" (三四天, 三五成群, 七八十) and are refused.
struct NumeralReader<Scalars: Collection> where Scalars.Element == Unicode.Scalar {
    /// A number read so far, with what matters for what may follow it.
    private struct Part {
        var value: ExactDecimal
        /// Written with a decimal coefficient (2.5万, 三点五): nothing but units may follow.
        var hasDecimal = false
        /// Ends in a Chinese digit in the units place (十二, 一百零五, 两): a unit written next
        /// takes that digit as its coefficient, so a bare digit after the unit is an elision of
        /// the next lower place (十二万五). After 十万, 三千万 or 一万亿 it would be ambiguous.
        var endsInDigit = false
    }

    private var lexer: NumeralLexer<Scalars>
    private var current: NumeralAtom
    private var hasReadSection = false
    private var sawArabic = false, sawChinese = false

    init(_ scalars: Scalars) {
        lexer = NumeralLexer(scalars)
        current = lexer.next()
    }

    /// Reads the whole text as one number: its exact value, or `nil` if it is not exactly one
    /// well-formed number whose integer part fits in `Int64`.
    mutating func readNumber() -> ExactDecimal? {
        var isNegative = false
        if case .sign(let negative) = current {
            isNegative = negative
            advance()
        }
        let value: ExactDecimal?
        if case .digit = current, case .digit = peekSecond() {
            // Two or more digits with no unit between them: only a digit-by-digit reading remains.
            value = readDigitByDigit()
        } else {
            value = readLevel(8)?.value
        }
        guard let value, current == .end, !(sawArabic && sawChinese), Self.fitsInteger(value) else { return nil }
        return isNegative ? value.negated : value
    }

    // MARK: Levels and sections

    /// Reads a number written with the big unit `10^unit` (8 for 亿, 4 for 万) or below it.
    private mutating func readLevel(_ unit: Int) -> Part? {
        guard var head = readBelow(unit) else { return nil }
        if unit == 8, current == .measureWord {
            advance()
            guard current == .unit(8) else { return nil }
        }
        guard current == .unit(unit) else { return head }
        advance()
        let mayElide = head.endsInDigit
        head.value = head.value.scaled(byPowerOfTen: unit)
        head.endsInDigit = false
        return readTail(after: head, unit: unit, mayElide: mayElide)
    }

    /// Reads a number of the level below the big unit `10^unit`: a 万-level number below 亿, a
    /// section below 万.
    private mutating func readBelow(_ unit: Int) -> Part? {
        unit > 4 ? readLevel(4) : readSection()
    }

    /// Reads what follows a big unit: nothing, an elided digit (if `mayElide`: a single digit
    /// stood before the unit), or a lower-level number that fills the next place down (or, after
    /// 零, starts below it).
    private mutating func readTail(after head: Part, unit: Int, mayElide: Bool) -> Part? {
        switch current {
        case .end, .unit, .measureWord: return head
        default: guard !head.hasDecimal else { return nil }
        }
        var afterZero = false
        if case .digit(let digit, let isLiang) = current {
            if digit == 0 {
                afterZero = true
                advance()
            } else if peekSecond() == .end {
                guard mayElide, !isLiang else { return nil }
                advance()
                return head.value.adding(ExactDecimal(significand: digit, exponent: unit - 1)).map { Part(value: $0) }
            }
        }
        guard let tail = readBelow(unit), !tail.hasDecimal,
              Self.fills(tail.value, below: unit, afterZero: afterZero),
              let sum = head.value.adding(tail.value) else { return nil }
        return Part(value: sum, endsInDigit: tail.endsInDigit)
    }

    /// Reads a number below 万.
    private mutating func readSection() -> Part? {
        let isFirst = !hasReadSection
        hasReadSection = true
        switch current {
        case .arabic(let numeral):
            advance()
            return readArabicSection(numeral)
        case .digit, .unit(1):
            return readChineseSection(isFirst: isFirst)
        default:
            return nil
        }
    }

    /// An Arabic numeral alone (207450, 2.5), or as the coefficient of 十百千 (3千, 2.5千, 3千5百, 3千500).
    private mutating func readArabicSection(_ numeral: ArabicNumeral) -> Part? {
        guard case .unit(let unit) = current, unit <= 3 else {
            return Part(value: numeral.value, hasDecimal: numeral.hasFraction)
        }
        guard numeral.integerDigits == 1, numeral.value.significand > 0, unit > 1 || !numeral.hasFraction else { return nil }
        advance()
        var value = numeral.value.scaled(byPowerOfTen: unit), last = unit
        if numeral.hasFraction { return Part(value: value, hasDecimal: true) }
        while case .arabic(let next) = current, !next.hasFraction {
            advance()
            if case .unit(let lower) = current, lower <= 3 {
                guard next.integerDigits == 1, next.value.significand > 0, lower == last - 1 else { return nil }
                guard let sum = value.adding(next.value.scaled(byPowerOfTen: lower)) else { return nil }
                advance()
                value = sum
                last = lower
            } else {
                guard next.integerDigits == last, Self.fills(next.value, below: last, afterZero: false) else { return nil }
                return value.adding(next.value).map { Part(value: $0) }
            }
        }
        return Part(value: value)
    }

    /// Chinese digits with 十百千 (一千零五, 三千五, 十二), 零 alone, and an optional 点 fraction.
    private mutating func readChineseSection(isFirst: Bool) -> Part? {
        var value: Int64 = 0
        var last: Int?            // the power of ten of the last unit written
        var afterZero = false, elided = false, isLeadingZero = false, endsInDigit = false
        if current == .unit(1) {
            guard isFirst else { return nil }
            advance()
            value = 10
            last = 1
        }
        while case .digit(let digit, let isLiang) = current {
            advance()
            if digit == 0 {
                guard let place = last else {
                    // 零 alone, or before 点 (零点五).
                    guard current == .end || current == .chinesePoint else { return nil }
                    isLeadingZero = true
                    break
                }
                guard !afterZero, place >= 2 else { return nil }
                afterZero = true
                continue
            }
            if case .unit(let unit) = current, unit <= 3 {
                if let place = last {
                    guard afterZero ? unit < place - 1 : unit == place - 1 else { return nil }
                }
                guard !(isLiang && unit == 1) else { return nil }
                advance()
                value += digit * Self.tenTo(unit)
                last = unit
                afterZero = false
                continue
            }
            // The section's last digit: units place, an elision, or the whole section.
            if let place = last {
                if afterZero || place == 1 {
                    guard !isLiang else { return nil }
                    value += digit
                } else {
                    guard current == .end, !isLiang else { return nil }
                    value += digit * Self.tenTo(place - 1)
                    elided = true
                }
            } else {
                // 两 alone stands before a unit (两万, 两个亿, 两点五) or is the whole number.
                guard !isLiang || current != .end || isFirst else { return nil }
                value = digit
            }
            endsInDigit = !elided
            afterZero = false
            break
        }
        guard !afterZero, last != nil || value > 0 || isLeadingZero else { return nil }
        let integer = ExactDecimal(significand: value)
        guard current == .chinesePoint else { return Part(value: integer, endsInDigit: endsInDigit) }
        guard !elided else { return nil }
        return readChineseDecimal(integer: integer, isOneDigit: last == nil)
    }

    /// 点 and the digits after it, read one by one (三点一四 → 3.14). A one-digit decimal may
    /// take 百 or 千 (三点五千 = 3500; 三点五十 is a time of day).
    private mutating func readChineseDecimal(integer: ExactDecimal, isOneDigit: Bool) -> Part? {
        advance()
        var digits = DigitAccumulator()
        while case .digit(let digit, let isLiang) = current {
            guard !isLiang, digits.append(digit) else { return nil }
            advance()
        }
        guard digits.count > 0, var value = integer.adding(digits.value(fractionDigits: digits.count)) else { return nil }
        if isOneDigit, case .unit(let unit) = current, (2...3).contains(unit) {
            advance()
            value = value.scaled(byPowerOfTen: unit)
        }
        return Part(value: value, hasDecimal: true)
    }

    /// Three or more Chinese digits with no unit, read one by one (二〇二五 → 2025); two
    /// digits (三四, 三五) are an approximation, not a number.
    private mutating func readDigitByDigit() -> ExactDecimal? {
        var digits = DigitAccumulator()
        while case .digit(let digit, let isLiang) = current {
            guard !isLiang, digits.append(digit) else { return nil }
            advance()
        }
        return digits.count >= 3 ? digits.value() : nil
    }

    // MARK: Atoms and arithmetic

    private mutating func advance() {
        switch current {
        case .arabic: sawArabic = true
        case .digit: sawChinese = true
        default: break
        }
        current = lexer.next()
    }

    private func peekSecond() -> NumeralAtom {
        var ahead = lexer
        return ahead.next()
    }

    /// Whether `value`, written after a unit of `10^unit`, is a whole number that fills the
    /// next place down (`afterZero == false`: 一千二百) or starts below it (after 零: 一千零五).
    private static func fills(_ value: ExactDecimal, below unit: Int, afterZero: Bool) -> Bool {
        guard let whole = value.int64Value, whole > 0, whole < tenTo(unit) else { return false }
        return afterZero ? whole < tenTo(unit - 1) : whole >= tenTo(unit - 1)
    }

    private static func tenTo(_ exponent: Int) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }

    /// Whether the value's integer part fits in `Int64`, so every consumer can hold it exactly.
    private static func fitsInteger(_ value: ExactDecimal) -> Bool {
        value.exponent < 0 || value.int64Value != nil
    }
}
