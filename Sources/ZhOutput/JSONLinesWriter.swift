import ZhRecords

/// Formats records as JSON Lines in the contract's shape: one object per record, the common
/// fields first, then the type-specific ones in the record's order. Numbers are written from
/// their exact decimal form, never through floating point.
public enum JSONLines {
    /// The JSON object for `record`, without a trailing newline.
    public static func line(for record: Record) -> String {
        var out = "{\"schema\":\(Record.schemaVersion),\"doc\":"
        appendString(record.doc, to: &out)
        out += ",\"type\":\"\(record.type.rawValue)\",\"text\":"
        appendString(record.text, to: &out)
        out += ",\"start\":\(record.start),\"end\":\(record.end),\"line\":\(record.line),\"pattern\":"
        appendString(record.pattern, to: &out)
        for field in record.fields {
            out += ","
            appendString(field.key, to: &out)
            out += ":"
            appendValue(field.value, to: &out)
        }
        out += "}"
        return out
    }

    static func appendValue(_ value: FieldValue, to out: inout String) {
        switch value {
        case .string(let s): appendString(s, to: &out)
        case .number(let n): out += n.description
        case .integer(let i): out += String(i)
        case .spans(let spans):
            out += "[" + spans.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]"
        }
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
        var (beforePrevious, previous): (UInt8, UInt8) = (0, 0)
        for byte in s.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return true }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return true }
            (beforePrevious, previous) = (previous, byte)
        }
        return false
    }
}
