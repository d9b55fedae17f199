import ZhText

/// A number as a report writes it, read back from its text: the numeral (Arabic digits,
/// full-width or not, with thousands separators and a decimal point), the scale word after it
/// (`万`, `亿`, `万亿`, `千`) and its unit (`元`, `%`, `个百分点`, or the first Han character of a
/// count). The audit takes its rounding from here: `207450 万元` is written to the 万, so it
/// stands for 207450万元 ± 0.5万元; `88.88%` for 88.88 ± 0.005.
struct WrittenNumber: Hashable, Sendable {
    /// What the number is written in.
    enum Unit: Hashable, Sendable {
        /// `元`, after any scale word.
        case yuan
        /// `%`.
        case percent
        /// `个百分点` (percentage points).
        case points
        /// A count or measure (`个`, `亩`): the first Han character after the number.
        case other(String)
        /// Nothing after the number but, perhaps, a scale word (`162012 万的`).
        case none
    }

    /// The numeral's value, unsigned, before the scale word: `207450` for `207450 万元`.
    var numeral: ExactDecimal
    var negative: Bool
    /// Digits written after the decimal point.
    var decimals: Int
    /// The power of ten of the scale word: 4 for `万`, 8 for `亿`, 12 for `万亿`, 3 for `千`, else 0.
    var scale: Int
    var unit: Unit
    /// Where the number (numeral, scale and unit) stands, in scalar offsets of the text read.
    var range: Range<Int>

    /// The value in the unit's base: yuan, percent, points, or the count (`numeral × 10^scale`,
    /// signed).
    var value: ExactDecimal {
        let v = numeral.scaled(byPowerOfTen: scale)
        return negative ? v.negated : v
    }

    /// Half the last place written, in the value's base: `207450万元` → 5000, `88.88%` → 0.005.
    var tolerance: ExactDecimal {
        ExactDecimal(significand: 5, exponent: scale - decimals - 1)
    }

    /// The numbers written in `scalars`, in order. With `joiningBreaks` a number may run across
    /// white space and line breaks between its digits (a figure's own text, which a layout break
    /// may cut: `193⏎4万元`); without it, white space ends a numeral.
    static func all(in scalars: some RandomAccessCollection<Unicode.Scalar>, joiningBreaks: Bool = false) -> [WrittenNumber] {
        let s = Array(scalars)
        var result: [WrittenNumber] = []
        var i = 0
        while i < s.count {
            guard digit(s[i]) != nil, i == 0 || !continuesWord(s[i - 1]) else { i += 1; continue }
            if let (number, end) = read(s, at: i, joiningBreaks: joiningBreaks) {
                result.append(number)
                i = max(end, i + 1)
            } else {
                i += 1
            }
        }
        return result
    }

    /// The first number written in `text` (a figure record's text), reading across breaks.
    static func first(in text: String) -> WrittenNumber? {
        all(in: Array(text.unicodeScalars), joiningBreaks: true).first
    }

    /// Reads the number whose first digit is at `start`; returns it and the offset after it.
    private static func read(_ s: [Unicode.Scalar], at start: Int, joiningBreaks: Bool) -> (WrittenNumber, Int)? {
        var digits: [UInt32] = []
        var decimals = 0
        var inFraction = false
        var i = start
        var lastDigit = start
        func skipBreaks(_ j: Int) -> Int {
            var j = j
            while joiningBreaks, j < s.count, isBlank(s[j]) { j += 1 }
            return j
        }
        while i < s.count {
            if let d = digit(s[i]) {
                digits.append(d)
                if inFraction { decimals += 1 }
                lastDigit = i
                i += 1
                continue
            }
            if isBlank(s[i]), joiningBreaks {
                let j = skipBreaks(i)
                if j < s.count, digit(s[j]) != nil { i = j; continue }
                break
            }
            // A thousands separator between digits, followed by three digits.
            if isSeparator(s[i]), !inFraction, (1...3).allSatisfy({ i + $0 < s.count && digit(s[i + $0]) != nil }),
               i + 4 >= s.count || digit(s[i + 4]) == nil {
                i += 1
                continue
            }
            if isPoint(s[i]), !inFraction, i + 1 < s.count, digit(s[i + 1]) != nil {
                inFraction = true
                i += 1
                continue
            }
            break
        }
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var significand: Int64 = 0
        for d in digits { significand = significand * 10 + Int64(d) }
        let numeral = ExactDecimal(significand: significand, exponent: -decimals)
        let negative = start > 0 && isMinus(s[start - 1]) && (start < 2 || digit(s[start - 2]) == nil)
        // The scale word and the unit, perhaps after spaces.
        var j = lastDigit + 1
        func skipSpaces() {
            while j < s.count, isBlank(s[j]), joiningBreaks || (s[j] != "\n" && s[j] != "\r") { j += 1 }
        }
        skipSpaces()
        var scale = 0
        if j + 1 < s.count, s[j] == "万", s[j + 1] == "亿" {
            scale = 12
            j += 2
        } else if j < s.count, let power = scaleWords[s[j]] {
            scale = power
            j += 1
        }
        let beforeUnit = j
        skipSpaces()
        var unit = Unit.none
        if j < s.count {
            if s[j] == "元" {
                unit = .yuan
                j += 1
            } else if s[j] == "%" || s[j] == "％" {
                unit = .percent
                j += 1
            } else if starts(s, at: j, with: "个百分点") {
                unit = .points
                j += 4
            } else if starts(s, at: j, with: "百分点") {
                unit = .points
                j += 3
            } else if scale == 0 || scale == 3, HanCharacter.contains(s[j]), !"的占为是和与及或".unicodeScalars.contains(s[j]) {
                unit = .other(String(s[j]))
                j += 1
            }
        }
        if case .none = unit { j = beforeUnit }
        let begin = negative ? start - 1 : start
        return (WrittenNumber(numeral: numeral, negative: negative, decimals: decimals, scale: scale, unit: unit, range: begin..<j), j)
    }

    private static let scaleWords: [Unicode.Scalar: Int] = ["万": 4, "萬": 4, "亿": 8, "億": 8, "千": 3]

    private static func starts(_ s: [Unicode.Scalar], at i: Int, with word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        return i + w.count <= s.count && Array(s[i..<(i + w.count)]) == w
    }

    /// The value of an ASCII or full-width digit.
    static func digit(_ c: Unicode.Scalar) -> UInt32? {
        switch c.value {
        case 0x30...0x39: c.value - 0x30
        case 0xFF10...0xFF19: c.value - 0xFF10
        default: nil
        }
    }

    private static func isBlank(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{3000}"
    }

    private static func isSeparator(_ c: Unicode.Scalar) -> Bool { c == "," || c == "，" || c == "\u{FF0C}" }
    private static func isPoint(_ c: Unicode.Scalar) -> Bool { c == "." || c == "\u{FF0E}" }
    private static func isMinus(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "\u{2212}" || c == "\u{FF0D}" }

    /// Whether a digit right after `c` continues a word rather than starting a number
    /// (`PM2.5`, `5G`, the `2` of `0.25` read from its middle).
    private static func continuesWord(_ c: Unicode.Scalar) -> Bool {
        digit(c) != nil || isPoint(c) || (c.value < 0x80 && c.properties.isAlphabetic)
    }
}

extension ExactDecimal {
    /// The value as a binary floating-point number (for ratios, whose rounding the audit bounds).
    var double: Double { Double(description) ?? 0 }

    /// `value` rounded to `places` decimals (half away from zero), exactly.
    init(rounding value: Double, places: Int) {
        let places = max(0, min(places, 12))
        let text = String(format: "%.\(places)f", value)
        self = ExactDecimal(text) ?? .zero
    }

    /// `value` rounded up (away from zero) to `places` decimals: a tolerance is never shown
    /// smaller than it is.
    init(roundingUp value: Double, places: Int) {
        let places = max(0, min(places, 12))
        let factor = pow10(places)
        let scaled = (abs(value) * factor * (1 - 1e-12)).rounded(.up) / factor
        self.init(rounding: value < 0 ? -scaled : scaled, places: places)
    }

    /// The number of decimals written in its plain notation (`100.17` → 2, `2317000000` → 0).
    var decimalPlaces: Int { max(0, -exponent) }

    /// The absolute value.
    var magnitude: ExactDecimal { isNegative ? negated : self }
}

/// `10^n` as a `Double`.
func pow10(_ n: Int) -> Double {
    var result = 1.0
    if n >= 0 { for _ in 0..<n { result *= 10 } } else { for _ in 0..<(-n) { result /= 10 } }
    return result
}
