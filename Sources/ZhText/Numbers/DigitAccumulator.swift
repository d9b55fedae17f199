/// Builds a value one written digit at a time, refusing to overflow `Int64`.
///
/// Zeros are held back until a later non-zero digit needs them, so trailing zeros never
/// overflow: `1.000000000000000000000` is exactly 1, and `100000000000000000000` is kept as
/// 1 × 10²⁰ for the caller to judge.
struct DigitAccumulator {
    private var significand: Int64 = 0
    private var heldZeros = 0
    /// How many digits have been appended (zeros included).
    private(set) var count = 0

    /// Appends `digit` (0–9) as the new lowest digit; `false`, leaving the value unchanged, on overflow.
    mutating func append(_ digit: Int64) -> Bool {
        guard digit != 0 else {
            heldZeros += 1
            count += 1
            return true
        }
        var shifted = significand
        for _ in 0...heldZeros {
            let (product, overflow) = shifted.multipliedReportingOverflow(by: 10)
            guard !overflow else { return false }
            shifted = product
        }
        let (sum, overflow) = shifted.addingReportingOverflow(digit)
        guard !overflow else { return false }
        significand = sum
        heldZeros = 0
        count += 1
        return true
    }

    /// The digits read as a number whose last `fractionDigits` digits follow a decimal point.
    func value(fractionDigits: Int = 0) -> ExactDecimal {
        ExactDecimal(significand: significand, exponent: heldZeros - fractionDigits)
    }
}
