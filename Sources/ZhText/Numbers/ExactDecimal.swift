/// An exact decimal number: `significand × 10^exponent`, with no binary floating point anywhere.
///
/// Values are kept normalized (the significand has no trailing zero digit unless it is zero), so
/// equal numbers compare and hash equal whatever their written form: `23.17` scaled by `10^8`
/// is exactly `2317000000`. Arithmetic that would overflow returns `nil` instead of wrapping.
public struct ExactDecimal: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The digits, as an integer. Normalized: never divisible by 10 unless the value is zero.
    public let significand: Int64
    /// The power of ten the significand is scaled by.
    public let exponent: Int

    /// Creates `significand × 10^exponent`, normalized.
    public init(significand: Int64, exponent: Int = 0) {
        var s = significand, e = exponent
        if s == 0 { e = 0 }
        while s != 0 && s % 10 == 0 { s /= 10; e += 1 }
        self.significand = s
        self.exponent = e
    }

    /// Creates an integer value.
    public init(_ value: Int) { self.init(significand: Int64(value)) }

    /// Zero.
    public static let zero = ExactDecimal(significand: 0)

    /// Parses plain ASCII decimal notation: optional sign, digits, optional `.` and digits
    /// (`-12.50`, `0.17`, `2317000000`). No separators, no exponent; `nil` on anything else or on
    /// more significant digits than fit. Zeros are held back until a later digit needs them, so
    /// the ``description`` of every value reads back (`55555555555555555380000`).
    public init?(_ text: Substring) {
        var s: Int64 = 0, e = 0, heldZeros = 0, sawDigit = false, sawPoint = false, negative = false
        var chars = text.unicodeScalars[...]
        if let f = chars.first, f == "-" || f == "+" { negative = f == "-"; chars = chars.dropFirst() }
        for c in chars {
            if c == "." {
                if sawPoint { return nil }
                sawPoint = true
                continue
            }
            guard c.value >= 0x30, c.value <= 0x39 else { return nil }
            let d = c.value - 0x30
            sawDigit = true
            if sawPoint { e -= 1 }
            if d == 0 {
                heldZeros += 1
                continue
            }
            for _ in 0...heldZeros {
                let (m, overflow) = s.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                s = m
            }
            let (a, overflow) = s.addingReportingOverflow(Int64(d))
            if overflow { return nil }
            s = a
            heldZeros = 0
        }
        guard sawDigit else { return nil }
        self.init(significand: negative ? -s : s, exponent: e + heldZeros)
    }

    /// Parses plain ASCII decimal notation, as `init?(_: Substring)` does.
    public init?(_ text: String) { self.init(text[...]) }

    /// True when the value has no fractional part.
    public var isInteger: Bool { exponent >= 0 }

    /// The value as an `Int64` when it is a whole number that fits in one (a year, a serial
    /// number, a count), otherwise `nil`.
    public var int64Value: Int64? {
        guard exponent >= 0 else { return nil }
        var value = significand
        for _ in 0..<exponent {
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            value = product
        }
        return value
    }

    /// True when the value is below zero.
    public var isNegative: Bool { significand < 0 }

    /// The value with its sign flipped.
    public var negated: ExactDecimal { ExactDecimal(significand: -significand, exponent: exponent) }

    /// The value multiplied by `10^power`, exactly.
    public func scaled(byPowerOfTen power: Int) -> ExactDecimal {
        ExactDecimal(significand: significand, exponent: exponent + power)
    }

    /// `self × other`, or `nil` on overflow.
    public func multiplied(by other: ExactDecimal) -> ExactDecimal? {
        let (m, o) = significand.multipliedReportingOverflow(by: other.significand)
        return o ? nil : ExactDecimal(significand: m, exponent: exponent + other.exponent)
    }

    /// `self + other`, or `nil` on overflow.
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        let e = min(exponent, other.exponent)
        guard let a = Self.align(significand, from: exponent, to: e),
              let b = Self.align(other.significand, from: other.exponent, to: e) else { return nil }
        let (sum, o) = a.addingReportingOverflow(b)
        return o ? nil : ExactDecimal(significand: sum, exponent: e)
    }

    /// `self - other`, or `nil` on overflow.
    public func subtracting(_ other: ExactDecimal) -> ExactDecimal? { adding(other.negated) }

    private static func align(_ s: Int64, from e: Int, to target: Int) -> Int64? {
        var v = s
        for _ in 0..<(e - target) {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = m
        }
        return v
    }

    /// Orders values numerically, exactly, whatever their exponents.
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        if let d = lhs.subtracting(rhs) { return d.significand < 0 }
        // Only values of hugely different magnitude overflow; compare by sign, then magnitude.
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let lhsDigits = String(lhs.significand.magnitude).count + lhs.exponent
        let rhsDigits = String(rhs.significand.magnitude).count + rhs.exponent
        return lhs.isNegative ? lhsDigits > rhsDigits : lhsDigits < rhsDigits
    }

    /// Plain decimal notation with no exponent and no trailing zeros: `2317000000`, `100.17`, `-0.5`.
    /// This is also the value's JSON number form.
    public var description: String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: descriptionByteCount) { buffer in
            String(decoding: buffer[..<writeDescription(to: buffer)], as: UTF8.self)
        }
    }

    /// The length of ``description`` in bytes (it is ASCII).
    public var descriptionByteCount: Int { byteCount(digits: Self.digitCount(significand.magnitude)) }

    /// The length of ``description`` when the significand has `digits` digits.
    private func byteCount(digits: Int) -> Int {
        let sign = significand < 0 ? 1 : 0
        if exponent >= 0 { return sign + digits + (significand == 0 ? 0 : exponent) }
        let fraction = -exponent
        return sign + (digits > fraction ? digits + 1 : 2 + fraction)
    }

    /// Writes ``description`` as ASCII bytes at the start of `buffer`, which must hold at least
    /// ``descriptionByteCount`` bytes, and returns how many it wrote: the printers' way to write
    /// numbers with no intermediate `String`.
    public func writeDescription(to buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var magnitude = significand.magnitude
        let digits = Self.digitCount(magnitude)
        let count = byteCount(digits: digits)
        precondition(buffer.count >= count, "ExactDecimal.writeDescription: buffer too small")
        let out = buffer.baseAddress!
        if significand < 0 { out[0] = UInt8(ascii: "-") }
        // Digits from the last one backwards, with a point `fraction` digits from the end and
        // zeros before the first digit when there are more fraction digits than significand ones.
        var index = count
        if exponent > 0 && significand != 0 {
            index -= exponent
            (out + index).initialize(repeating: UInt8(ascii: "0"), count: exponent)
        }
        let fraction = max(0, -exponent)
        for written in 0..<max(digits, fraction + 1) {
            if written == fraction && fraction > 0 { index -= 1; out[index] = UInt8(ascii: ".") }
            index -= 1
            out[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        }
        return count
    }

    /// The number of decimal digits of `n` (1 for zero).
    private static func digitCount(_ n: UInt64) -> Int {
        var count = 1, rest = n
        while rest >= 10 { rest /= 10; count += 1 }
        return count
    }
}
