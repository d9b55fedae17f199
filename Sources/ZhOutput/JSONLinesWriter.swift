import ZhRecords

/// Formats records as JSON Lines in the contract's shape: one object per record, the common
/// fields first, then the type-specific ones in the record's order. Numbers are written from
/// their exact decimal form, never through floating point.
public enum JSONLines {
    /// The JSON object for `record`, without a trailing newline.
    public static func line(for record: Record) -> String {
        var bytes: [UInt8] = []
        append(record, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the JSON object for `record` as UTF-8, without a trailing newline: the printers'
    /// hot path (no intermediate `String`).
    public static func append(_ record: Record, to out: inout [UInt8]) {
        appendLiteral(#"{"schema":"#, to: &out)
        appendInteger(Record.schemaVersion, to: &out)
        appendLiteral(#","doc":"#, to: &out)
        appendString(record.doc, to: &out)
        appendLiteral(#","type":""#, to: &out)
        appendRaw(record.type.rawValue, to: &out)
        appendLiteral(#"","text":"#, to: &out)
        appendString(record.text, to: &out)
        appendLiteral(#","start":"#, to: &out)
        appendInteger(record.start, to: &out)
        appendLiteral(#","end":"#, to: &out)
        appendInteger(record.end, to: &out)
        appendLiteral(#","line":"#, to: &out)
        appendInteger(record.line, to: &out)
        appendLiteral(#","pattern":"#, to: &out)
        appendString(record.pattern, to: &out)
        for field in record.fields {
            // Field names are the contract's identifiers: nothing to escape.
            appendLiteral(#",""#, to: &out)
            appendRaw(field.key, to: &out)
            appendLiteral(#"":"#, to: &out)
            appendValue(field.value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Appends the decimal digits of `n` (a small string: no allocation).
    static func appendInteger(_ n: Int, to out: inout [UInt8]) {
        appendRaw(String(n), to: &out)
    }

    /// Appends a literal's UTF-8 bytes in one copy.
    @inline(__always)
    static func appendLiteral(_ literal: StaticString, to out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// Appends `s`'s UTF-8 bytes in one copy, unescaped (identifiers and numbers).
    @inline(__always)
    static func appendRaw(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Appends `s` as a JSON string literal in UTF-8 (see ``appendString(_:to:)-String``),
    /// copying its contiguous UTF-8 in one piece when nothing needs escaping.
    static func appendString(_ s: String, to out: inout [UInt8]) {
        var s = s
        s.withUTF8 { utf8 in
            if needsEscaping(utf8) {
                var escaped = ""
                appendString(String(decoding: utf8, as: UTF8.self), to: &escaped)
                appendRaw(escaped, to: &out)
            } else {
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: utf8)
                out.append(UInt8(ascii: "\""))
            }
        }
    }

    /// Appends a field value in JSON: strings quoted, numbers in exact decimal notation, spans
    /// as `[[start,end],…]`.
    static func appendValue(_ value: FieldValue, to out: inout [UInt8]) {
        switch value {
        case .string(let s): appendString(s, to: &out)
        case .number(let n): appendRaw(n.description, to: &out)
        case .integer(let i): appendInteger(i, to: &out)
        case .spans(let spans):
            out.append(UInt8(ascii: "["))
            for (index, span) in spans.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "["))
                appendInteger(span.lowerBound, to: &out)
                out.append(UInt8(ascii: ","))
                appendInteger(span.upperBound, to: &out)
                out.append(UInt8(ascii: "]"))
            }
            out.append(UInt8(ascii: "]"))
        }
    }

    /// ``appendValue(_:to:)-([UInt8])`` for text output.
    static func appendValue(_ value: FieldValue, to out: inout String) {
        var bytes: [UInt8] = []
        appendValue(value, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a JSON string literal (UTF-8 kept as is; quotes, backslashes and control
    /// characters escaped). Text with nothing to escape, nearly all of it, is appended whole.
    public static func appendString(_ s: String, to out: inout String) {
        out += "\""
        if !needsEscaping(s) {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Whether `s` holds a control character, `"`, `\\`, U+2028 or U+2029.
    private static func needsEscaping(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { needsEscaping($0) }
    }

    /// Whether UTF-8 `bytes` hold a control character, `"`, `\\`, U+2028 or U+2029.
    private static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for (i, byte) in bytes.enumerated() {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return true }
        }
        return false
    }
}
