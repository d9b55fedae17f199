import ZhText

/// Output bytes being assembled: a growable buffer the printers write through a pointer.
///
/// Outside this module a buffer is something a ``RecordFormatter`` fills: its owner creates it,
/// reads the ``bytes`` written and empties it with ``removeAll()`` to reuse the memory.
///
/// Inside, the printers' hot loops ``reserve(_:)`` room for an upper bound of what they are about to
/// write (a record's line), then store bytes with the `put` methods, which do no capacity check
/// of their own (only an assertion in debug builds). Reserving again later is fine: growing keeps
/// what was reserved before.
public struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The bytes written so far.
    public private(set) var count = 0

    /// The most bytes an `Int` takes in decimal (`-9223372036854775808`).
    package static let maxIntegerLength = 20

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 256) {
        self.capacity = Swift.max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written so far, valid until the next change to the buffer.
    public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// The bytes written so far as a string.
    package var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Makes room for at least `extra` more bytes.
    @inline(__always)
    package mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        let newCapacity = Swift.max(needed, capacity * 2)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    /// Forgets the bytes written, keeping the memory.
    public mutating func removeAll() { count = 0 }

    /// Stores one byte (reserved beforehand).
    @inline(__always)
    package mutating func put(_ byte: UInt8) {
        assert(count < capacity, "ByteBuffer: write past the reserved room")
        start[count] = byte
        count += 1
    }

    /// Stores `bytes` (reserved beforehand) in one copy.
    @inline(__always)
    package mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        assert(count + bytes.count <= capacity, "ByteBuffer: write past the reserved room")
        guard let base = bytes.baseAddress else { return }
        (start + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Stores a literal's UTF-8 bytes (reserved beforehand).
    @inline(__always)
    package mutating func put(_ literal: StaticString) {
        put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Stores `text`'s UTF-8 bytes unchanged (reserved beforehand: `text.utf8.count` bytes).
    @inline(__always)
    package mutating func put(raw text: String) {
        text.withUTF8Bytes { put($0) }
    }

    /// Stores `number` in decimal notation (reserved beforehand: ``maxIntegerLength`` bytes),
    /// two digits at a time from the last ones.
    @inline(__always)
    package mutating func put(_ number: Int) {
        assert(count + Self.maxIntegerLength <= capacity, "ByteBuffer: write past the reserved room")
        if number < 0 { put(UInt8(ascii: "-")) }
        var rest = number.magnitude
        let end = count + Self.digitCount(rest)
        var index = end
        let pairs = Self.digitPairs.utf8Start
        while rest >= 100 {
            let pair = Int(rest % 100) &* 2
            rest /= 100
            index -= 2
            start[index] = pairs[pair]
            start[index + 1] = pairs[pair + 1]
        }
        if rest >= 10 {
            start[index - 2] = pairs[Int(rest) &* 2]
            start[index - 1] = pairs[Int(rest) &* 2 + 1]
        } else {
            start[index - 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest)
        }
        count = end
    }

    /// The decimal digits of 00 to 99, one pair after the other.
    private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    /// The number of decimal digits of `n` (1 for zero).
    @inline(__always)
    private static func digitCount(_ n: UInt) -> Int {
        var digits = 1, rest = n
        while rest >= 10_000 {
            rest /= 10_000
            digits += 4
        }
        if rest >= 100 {
            rest /= 100
            digits += 2
        }
        return rest >= 10 ? digits + 1 : digits
    }

    /// Stores `number` in its exact plain notation (reserved beforehand: its
    /// `descriptionByteCount`).
    @inline(__always)
    package mutating func put(_ number: ExactDecimal) {
        assert(count + number.descriptionByteCount <= capacity, "ByteBuffer: write past the reserved room")
        count += number.writeDescription(to: UnsafeMutableBufferPointer(start: start + count, count: capacity - count))
    }
}
