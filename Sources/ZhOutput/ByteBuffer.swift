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
    static let maxIntegerLength = 20

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 256) {
        self.capacity = Swift.max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written so far, valid until the next change to the buffer.
    public var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: start, count: count) }

    /// The bytes written so far as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Makes room for at least `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
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
    mutating func put(_ byte: UInt8) {
        assert(count < capacity, "ByteBuffer: write past the reserved room")
        start[count] = byte
        count += 1
    }

    /// Stores `bytes` (reserved beforehand) in one copy.
    @inline(__always)
    mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        assert(count + bytes.count <= capacity, "ByteBuffer: write past the reserved room")
        guard let base = bytes.baseAddress else { return }
        (start + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Stores a literal's UTF-8 bytes (reserved beforehand).
    @inline(__always)
    mutating func put(_ literal: StaticString) {
        put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Stores `text`'s UTF-8 bytes unchanged (reserved beforehand: `text.utf8.count` bytes).
    @inline(__always)
    mutating func put(raw text: String) {
        text.withUTF8Bytes { put($0) }
    }

    /// Stores `number` in decimal notation (reserved beforehand: ``maxIntegerLength`` bytes).
    @inline(__always)
    mutating func put(_ number: Int) {
        assert(count + Self.maxIntegerLength <= capacity, "ByteBuffer: write past the reserved room")
        if number < 0 { put(UInt8(ascii: "-")) }
        var rest = number.magnitude, digits = 1
        while rest >= 10 { rest /= 10; digits += 1 }
        rest = number.magnitude
        count += digits
        for index in 1...digits {
            start[count - index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
    }

    /// Stores `number` in its exact plain notation (reserved beforehand: its
    /// `descriptionByteCount`).
    @inline(__always)
    mutating func put(_ number: ExactDecimal) {
        assert(count + number.descriptionByteCount <= capacity, "ByteBuffer: write past the reserved room")
        count += number.writeDescription(to: UnsafeMutableBufferPointer(start: start + count, count: capacity - count))
    }
}
