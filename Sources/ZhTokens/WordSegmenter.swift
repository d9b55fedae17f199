import CICUShim

/// Word boundaries from ICU's dictionary-based word break iterator (locale `zh`), computed on
/// demand over any range of scalars (a sentence, a window around a number).
///
/// An ICU iterator must not be shared between threads: give each thread or task its own
/// segmenter, made with ``clone()`` (cheap) or ``init(locale:)``. The UTF-16 buffer is reused
/// from call to call.
public final class WordSegmenter {
    private let breaker: OpaquePointer
    private var units: [UInt16] = []

    /// Opens a word break iterator for `locale`; `nil` if ICU cannot (no data for the locale).
    public init?(locale: String = "zh") {
        var error: Int32 = 0
        guard let breaker = zx_word_open(locale, &error) else { return nil }
        self.breaker = breaker
    }

    private init(breaker: OpaquePointer) {
        self.breaker = breaker
    }

    deinit {
        zx_word_close(breaker)
    }

    /// A segmenter for another thread, sharing nothing mutable with this one; `nil` if ICU
    /// cannot clone the iterator.
    public func clone() -> WordSegmenter? {
        var error: Int32 = 0
        guard let copy = zx_word_clone(breaker, &error) else { return nil }
        return WordSegmenter(breaker: copy)
    }

    /// The word boundaries of `range` as scalar offsets into `scalars`, in increasing order, from
    /// `range.lowerBound` to `range.upperBound` (both included; an empty range gives one offset).
    /// Ranges ICU cannot take (2³¹ UTF-16 units or more) come back as one word.
    public func boundaries(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [Int] {
        guard !range.isEmpty else { return [range.lowerBound] }
        units.removeAll(keepingCapacity: true)
        for scalar in scalars[range] {
            if scalar.value < 0x1_0000 {
                units.append(UInt16(truncatingIfNeeded: scalar.value))
            } else {
                units.append(contentsOf: UTF16.encode(scalar)!)
            }
        }
        var result = [range.lowerBound]
        guard units.count < Int(Int32.max) else { return [range.lowerBound, range.upperBound] }
        let status = units.withUnsafeBufferPointer { buffer in
            zx_word_set_text(breaker, buffer.baseAddress, Int32(buffer.count))
        }
        guard status <= 0 else { return [range.lowerBound, range.upperBound] }
        // Walk scalars and UTF-16 units together: boundaries come in increasing order.
        var unit = 0
        var offset = range.lowerBound
        while true {
            let boundary = Int(zx_word_next(breaker))
            guard boundary >= 0 else { break }
            while unit < boundary, offset < range.upperBound {
                unit += scalars[offset].value < 0x1_0000 ? 1 : 2
                offset += 1
            }
            if offset > result[result.count - 1] { result.append(offset) }
        }
        if result[result.count - 1] != range.upperBound { result.append(range.upperBound) }
        return result
    }
}
