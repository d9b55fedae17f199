import ZhText

/// Formats records as JSON Lines in the contract's shape: one object per record, the common
/// fields first, then the type-specific ones in the record's order. Numbers are written from
/// their exact decimal form, never through floating point.
///
/// The printer's hot path writes bytes straight into a ``ByteBuffer``: a line starts with its
/// document's ``writePrefix(doc:to:)`` (the same for every record of a document, so written once
/// per document), then ``append(_:after:to:)`` writes the rest into room it reserves beforehand.
public enum JSONLines {
    /// The JSON object for `record`, without a trailing newline.
    public static func line(for record: Record) -> String {
        // One buffer: the prefix, then the rest of the line after an empty prefix.
        var out = ByteBuffer(capacity: 512)
        writePrefix(doc: record.doc, to: &out)
        withUnsafePointer(to: record) { append($0, after: UnsafeBufferPointer(start: nil, count: 0), to: &out) }
        return out.string
    }

    /// Writes the start that every line of document `doc` shares: `{"schema":1,"doc":"…","type":"`.
    package static func writePrefix(doc: String, to out: inout ByteBuffer) {
        out.reserve(32 + ByteBuffer.maxIntegerLength + stringRoom(doc))
        out.put(#"{"schema":"#)
        out.put(Record.schemaVersion)
        out.put(#","doc":"#)
        putString(doc, to: &out)
        out.put(#","type":""#)
    }

    /// Writes the JSON object for the record at `record`, without a trailing newline, given its
    /// document's `prefix` (from ``writePrefix(doc:to:)`` for its `doc`). Reserves the room it
    /// needs, in one piece for the common fields and one per type-specific field, plus one byte
    /// (for the caller's newline). The record is read in place: handed over by value, it would be
    /// copied (its strings and fields retained and released) for every line.
    package static func append(_ record: UnsafePointer<Record>, after prefix: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        let type = record.pointee.type.rawValue
        // The literals below take 45 bytes, the integers at most 20 each.
        out.reserve(prefix.count + 64 + 3 * ByteBuffer.maxIntegerLength + type.utf8.count
                    + stringRoom(record.pointee.text) + stringRoom(record.pointee.pattern))
        out.put(prefix)
        out.put(raw: type)
        out.put(#"","text":"#)
        putString(record.pointee.text, to: &out)
        out.put(#","start":"#)
        out.put(record.pointee.start)
        out.put(#","end":"#)
        out.put(record.pointee.end)
        out.put(#","line":"#)
        out.put(record.pointee.line)
        out.put(#","pattern":"#)
        putString(record.pointee.pattern, to: &out)
        // By index: reading the fields in place rather than copying each one.
        for index in record.pointee.fields.indices {
            // Field names are the contract's identifiers: nothing to escape.
            out.reserve(4 + record.pointee.fields[index].key.utf8.count)
            out.put(#",""#)
            out.put(raw: record.pointee.fields[index].key)
            out.put(#"":"#)
            appendValue(record.pointee.fields[index].value, to: &out)
        }
        out.reserve(2)
        out.put(UInt8(ascii: "}"))
    }

    /// An upper bound on the bytes of `s` as a JSON string literal: at most six per byte (a
    /// control character as `\u00XX`) and the quotes.
    package static func stringRoom(_ s: String) -> Int { 6 * s.utf8.count + 2 }

    /// Writes a field value in JSON, reserving its room (an upper bound, reserved and written in
    /// one switch): strings quoted, numbers in exact decimal notation, spans as
    /// `[[start,end],…]`, booleans as `true`/`false`, lists of strings as `["…",…]`.
    package static func appendValue(_ value: FieldValue, to out: inout ByteBuffer) {
        switch value {
        case .string(let s):
            out.reserve(stringRoom(s))
            putString(s, to: &out)
        case .number(let n):
            // A sign, at most 19 significand digits, `0.` and the zeros the exponent adds.
            out.reserve(22 + Int(n.exponent.magnitude))
            out.put(n)
        case .integer(let i):
            out.reserve(ByteBuffer.maxIntegerLength)
            out.put(i)
        case .spans(let spans):
            out.reserve(2 + spans.count * (4 + 2 * ByteBuffer.maxIntegerLength))
            out.put(UInt8(ascii: "["))
            for (index, span) in spans.enumerated() {
                if index > 0 { out.put(UInt8(ascii: ",")) }
                out.put(UInt8(ascii: "["))
                out.put(span.lowerBound)
                out.put(UInt8(ascii: ","))
                out.put(span.upperBound)
                out.put(UInt8(ascii: "]"))
            }
            out.put(UInt8(ascii: "]"))
        case .boolean(let b):
            out.reserve(5)
            out.put(b ? "true" : "false")
        case .strings(let strings):
            out.reserve(2 + strings.reduce(0) { $0 + 1 + stringRoom($1) })
            out.put(UInt8(ascii: "["))
            for (index, s) in strings.enumerated() {
                if index > 0 { out.put(UInt8(ascii: ",")) }
                putString(s, to: &out)
            }
            out.put(UInt8(ascii: "]"))
        }
    }

    /// ``appendValue(_:to:)`` for text output.
    package static func appendValue(_ value: FieldValue, to out: inout String) {
        var bytes = ByteBuffer()
        appendValue(value, to: &bytes)
        out += bytes.string
    }

    /// Appends `s` as a JSON string literal (UTF-8 kept as is; quotes, backslashes and control
    /// characters escaped, and U+2028, U+2029, which some JavaScript readers take for line ends).
    public static func appendString(_ s: String, to out: inout String) {
        var bytes = ByteBuffer()
        bytes.reserve(stringRoom(s))
        putString(s, to: &bytes)
        out += bytes.string
    }

    /// Writes `s` as a JSON string literal (room reserved beforehand, see ``stringRoom(_:)``):
    /// nearly every string needs no escaping and is checked eight bytes at a time, then copied
    /// whole; the others go through ``putEscaping(_:to:)``.
    package static func putString(_ s: String, to out: inout ByteBuffer) {
        s.withUTF8Bytes { utf8 in
            out.put(UInt8(ascii: "\""))
            if needsNoEscaping(utf8) {
                out.put(utf8)
            } else {
                putEscaping(utf8, to: &out)
            }
            out.put(UInt8(ascii: "\""))
        }
    }

    /// Whether `utf8` has no byte that may need escaping: a short string byte by byte, a longer
    /// one eight bytes at a time (its last eight bytes read again).
    @inline(__always)
    private static func needsNoEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = utf8.baseAddress else { return true }
        let count = utf8.count
        if count < 8 {
            for byte in utf8 where mayNeedEscaping(byte) { return false }
            return true
        }
        var index = 0
        while index + 8 < count {
            if mayNeedEscaping(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return false }
            index += 8
        }
        return !mayNeedEscaping(UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self))
    }

    /// Writes the bytes of a string literal that has some byte that may need escaping: runs of
    /// bytes that need none are copied whole.
    private static func putEscaping(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        var run = 0, index = 0
        while index < utf8.count {
            if index + 8 <= utf8.count, !mayNeedEscaping(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = utf8[index]
            guard mayNeedEscaping(byte) else {
                index += 1
                continue
            }
            let length: Int
            if byte == 0xE2 {
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other E2 characters stay.
                guard index + 2 < utf8.count, utf8[index + 1] == 0x80,
                      utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 else {
                    index += 1
                    continue
                }
                length = 3
            } else {
                length = 1
            }
            out.put(UnsafeBufferPointer(rebasing: utf8[run..<index]))
            putEscape(utf8[index + length - 1], lineSeparator: length == 3, to: &out)
            index += length
            run = index
        }
        out.put(UnsafeBufferPointer(rebasing: utf8[run..<index]))
    }

    /// Whether `byte` is a control character, `"`, `\\` or `E2`: a byte that may need escaping.
    @inline(__always)
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
    }

    /// Whether any of the eight bytes of `word` (in memory order) is a control character, `"`,
    /// `\\` or `E2` (the lead byte of U+2028 and U+2029): the bytes that may need escaping.
    @inline(__always)
    private static func mayNeedEscaping(_ word: UInt64) -> Bool {
        let word = UInt64(littleEndian: word)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        /// Bit 7 set in some byte when a byte of `x` is zero (exact as to whether there is one).
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let below20 = (word &- 0x20 &* ones) & ~word & highs
        return below20 | hasZero(word ^ (0x22 &* ones)) | hasZero(word ^ (0x5C &* ones)) | hasZero(word ^ (0xE2 &* ones)) != 0
    }

    /// Writes the escape of a byte that needs one: `\"`, `\\`, `\n`, `\r`, `\t` or `\u00XX` for
    /// the other control characters; with `lineSeparator`, `byte` is the last byte of U+2028 or
    /// U+2029.
    private static func putEscape(_ byte: UInt8, lineSeparator: Bool, to out: inout ByteBuffer) {
        out.put(UInt8(ascii: "\\"))
        switch byte {
        case _ where lineSeparator:
            out.put("u202")
            out.put(byte == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
        case 0x22, 0x5C: out.put(byte)
        case 0x0A: out.put(UInt8(ascii: "n"))
        case 0x0D: out.put(UInt8(ascii: "r"))
        case 0x09: out.put(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            out.put("u00")
            out.put(hex.utf8Start[Int(byte >> 4)])
            out.put(hex.utf8Start[Int(byte & 0x0F)])
        }
    }
}
