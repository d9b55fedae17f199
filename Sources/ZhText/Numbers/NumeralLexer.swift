/// One piece of a written number, as `NumeralLexer` reads it.
enum NumeralAtom: Equatable {
    /// A run of Arabic digits with its separators and decimal part (`1,234.5`, `２０２５`).
    case arabic(ArabicNumeral)
    /// One Chinese digit, 0–9 (两 flagged).
    case digit(Int64, isLiang: Bool)
    /// A unit, as its power of ten (十 1, 百 2, 千 3, 万 4, 亿 8).
    case unit(Int)
    /// 点, the point of a Chinese decimal.
    case chinesePoint
    /// A sign, negative or not.
    case sign(isNegative: Bool)
    /// 个, as in 两个亿.
    case measureWord
    /// The end of the text.
    case end
    /// Anything no number contains, or an Arabic run that is malformed (`1,23`, `1.`, too many digits).
    case invalid
}

/// An Arabic numeral read by the lexer: its exact value and how it was written.
struct ArabicNumeral: Equatable {
    /// The exact value (no sign: signs are atoms of their own).
    var value: ExactDecimal
    /// How many digits stand before the decimal point.
    var integerDigits: Int
    /// Whether a decimal point and fraction digits were written.
    var hasFraction: Bool
}

/// Splits the scalars of a candidate number into atoms, one scalar pass, no allocation.
///
/// Arabic runs are read whole here, so the grammar never sees a separator or an Arabic decimal
/// point: `,` is accepted only between a first group of one to three digits (not a lone leading
/// zero, which would be a European decimal comma) and further groups of exactly three digits;
/// `.` only between digits. 廿卅卌 come out as a digit followed by the unit 十; 万万 comes out as
/// the unit 亿 it stands for.
struct NumeralLexer<Scalars: Collection> where Scalars.Element == Unicode.Scalar {
    private let scalars: Scalars
    private var index: Scalars.Index
    /// Set after 廿卅卌 has given its digit: the unit 十 it also stands for comes next.
    private var owesTen = false

    init(_ scalars: Scalars) {
        self.scalars = scalars
        self.index = scalars.startIndex
    }

    /// The next atom; `.end` (and `.invalid`) repeat once reached.
    mutating func next() -> NumeralAtom {
        if owesTen {
            owesTen = false
            return .unit(1)
        }
        guard let kind = peekKind() else { return index == scalars.endIndex ? .end : .invalid }
        if case .arabicDigit = kind { return readArabic() }
        scalars.formIndex(after: &index)
        switch kind {
        case .chineseDigit(let digit, let isLiang): return .digit(digit, isLiang: isLiang)
        case .tens(let digit):
            owesTen = true
            return .digit(digit, isLiang: false)
        case .unit(let power):
            return power == 4 ? afterTenThousand() : .unit(power)
        case .chinesePoint: return .chinesePoint
        case .sign(let isNegative): return .sign(isNegative: isNegative)
        case .measureWord: return .measureWord
        case .arabicDigit, .decimalPoint, .groupSeparator: return .invalid
        }
    }

    /// The unit 万, or 亿 when another 万 follows: 万万 is the old way of writing 亿 (四万万 = 4亿).
    /// Kept out of line so that ``next()`` stays small.
    @inline(never)
    private mutating func afterTenThousand() -> NumeralAtom {
        guard index != scalars.endIndex, NumeralScalar.classify(scalars[index]) == .unit(4) else { return .unit(4) }
        scalars.formIndex(after: &index)
        return .unit(8)
    }

    private func peekKind() -> NumeralScalar? {
        index == scalars.endIndex ? nil : NumeralScalar.classify(scalars[index])
    }

    /// Reads digits, group separators and one decimal part, starting on a digit.
    private mutating func readArabic() -> NumeralAtom {
        var digits = DigitAccumulator()
        var group = 0, separated = false, leadingZero = false
        scan: while let kind = peekKind() {
            switch kind {
            case .arabicDigit(let digit):
                if digits.count == 0 { leadingZero = digit == 0 }
                guard digits.append(digit) else { return .invalid }
                group += 1
            case .groupSeparator:
                let groupIsWellFormed = separated ? group == 3 : (1...3).contains(group) && !leadingZero
                guard groupIsWellFormed else { return .invalid }
                separated = true
                group = 0
            default:
                break scan
            }
            scalars.formIndex(after: &index)
        }
        guard !separated || group == 3 else { return .invalid }
        let integerDigits = digits.count
        if peekKind() == .decimalPoint {
            scalars.formIndex(after: &index)
            while case .arabicDigit(let digit)? = peekKind() {
                guard digits.append(digit) else { return .invalid }
                scalars.formIndex(after: &index)
            }
            guard digits.count > integerDigits else { return .invalid }
        }
        let fractionDigits = digits.count - integerDigits
        return .arabic(ArabicNumeral(value: digits.value(fractionDigits: fractionDigits),
                                     integerDigits: integerDigits, hasFraction: fractionDigits > 0))
    }
}
