import ZhText

/// Reads contract records back from JSON Lines (gold files, earlier runs).
///
/// A small parser for the contract's flat objects: strings, numbers, and arrays of number
/// pairs. Numbers are kept as exact decimals from their written text, never through floating
/// point, so `357.33` in a gold file compares equal to the extractor's `357.33`.
public enum RecordJSONReader {
    /// A line that is not a contract record.
    public struct ReadError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// Parses every non-blank line of `text` as a record.
    public static func records(fromJSONLines text: String) throws -> [Record] {
        var result: [Record] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty { continue }
            do { result.append(try record(fromJSON: trimmed)) } catch let error as ReadError {
                throw ReadError(line: index + 1, message: error.message)
            }
        }
        return result
    }

    /// Parses one JSON object as a record.
    public static func record(fromJSON json: Substring) throws -> Record {
        var parser = FlatJSONParser(Array(json.unicodeScalars))
        let pairs = try parser.object()
        func string(_ key: String) throws -> String {
            guard case .string(let s)? = pairs.first(where: { $0.0 == key })?.1 else {
                throw ReadError(line: 0, message: "missing string field '\(key)'")
            }
            return s
        }
        func integer(_ key: String) throws -> Int {
            guard case .number(let n)? = pairs.first(where: { $0.0 == key })?.1, n.isInteger,
                  let i = Int(n.description) else {
                throw ReadError(line: 0, message: "missing integer field '\(key)'")
            }
            return i
        }
        let typeName = try string("type")
        guard let type = RecordType(rawValue: typeName) else {
            throw ReadError(line: 0, message: "unknown record type '\(typeName)'")
        }
        let common: Set = ["schema", "doc", "type", "text", "start", "end", "line", "pattern"]
        let fields = pairs.filter { !common.contains($0.0) }.map { Field($0.0, $0.1) }
        return Record(doc: try string("doc"), type: type, text: try string("text"), start: try integer("start"),
                      end: try integer("end"), line: try integer("line"), pattern: try string("pattern"),
                      fields: fields)
    }
}

/// A parser for one flat JSON object whose values are strings, numbers or arrays of
/// `[start, end]` pairs, booleans and arrays of strings (the contract's value shapes).
struct FlatJSONParser {
    private let s: [Unicode.Scalar]
    private var i = 0

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    mutating func object() throws -> [(String, FieldValue)] {
        var pairs: [(String, FieldValue)] = []
        try expect("{")
        skipSpace()
        if peek == "}" { i += 1; return pairs }
        while true {
            skipSpace()
            let key = try string()
            try expect(":")
            pairs.append((key, try value()))
            skipSpace()
            if peek == "," { i += 1; continue }
            try expect("}")
            return pairs
        }
    }

    private var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

    private mutating func skipSpace() {
        while let c = peek, c == " " || c == "\t" || c == "\r" || c == "\n" { i += 1 }
    }

    private mutating func expect(_ c: Unicode.Scalar) throws {
        skipSpace()
        guard peek == c else { throw fail("expected '\(c)'") }
        i += 1
    }

    private func fail(_ message: String) -> RecordJSONReader.ReadError {
        RecordJSONReader.ReadError(line: 0, message: "\(message) at column \(i + 1)")
    }

    private mutating func value() throws -> FieldValue {
        skipSpace()
        switch peek {
        case "\"": return .string(try string())
        case "[": return try list()
        case "t", "f": return .boolean(try boolean())
        default: return .number(try number())
        }
    }

    private mutating func boolean() throws -> Bool {
        for (word, value) in [("true", true), ("false", false)] where s[i...].starts(with: word.unicodeScalars) {
            i += word.unicodeScalars.count
            return value
        }
        throw fail("expected true or false")
    }

    /// An array: of strings (`["140105","210105"]`) or of offset pairs (`[[3,7]]`; `[]` too).
    private mutating func list() throws -> FieldValue {
        var probe = i + 1
        while probe < s.count, s[probe] == " " { probe += 1 }
        guard probe < s.count, s[probe] == "\"" else { return .spans(try spans()) }
        try expect("[")
        var result: [String] = []
        while true {
            skipSpace()
            result.append(try string())
            skipSpace()
            if peek == "]" { i += 1; return .strings(result) }
            try expect(",")
        }
    }

    private mutating func number() throws -> ExactDecimal {
        let start = i
        while let c = peek, c == "-" || c == "+" || c == "." || ("0"..."9").contains(c) { i += 1 }
        var text = String(scalars: s[start..<i])
        if let c = peek, c == "e" || c == "E" {
            // Exponent notation: scale exactly.
            i += 1
            let expStart = i
            while let c = peek, c == "-" || c == "+" || ("0"..."9").contains(c) { i += 1 }
            guard let power = Int(String(scalars: s[expStart..<i])),
                  let base = ExactDecimal(text) else { throw fail("bad number") }
            return base.scaled(byPowerOfTen: power)
        }
        if text.hasPrefix("+") { text.removeFirst() }
        guard let n = ExactDecimal(text) else { throw fail("bad number") }
        return n
    }

    private mutating func spans() throws -> [Range<Int>] {
        try expect("[")
        var result: [Range<Int>] = []
        skipSpace()
        if peek == "]" { i += 1; return result }
        while true {
            try expect("[")
            let a = try number()
            try expect(",")
            let b = try number()
            try expect("]")
            guard let lower = Int(a.description), let upper = Int(b.description), lower <= upper else {
                throw fail("bad span")
            }
            result.append(lower..<upper)
            skipSpace()
            if peek == "," { i += 1; continue }
            try expect("]")
            return result
        }
    }

    private mutating func string() throws -> String {
        try expect("\"")
        var out = String.UnicodeScalarView()
        while let c = peek {
            i += 1
            switch c {
            case "\"": return String(out)
            case "\\":
                guard let e = peek else { throw fail("unterminated escape") }
                i += 1
                switch e {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{c}")
                case "u":
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), peek == "\\" {
                        i += 2
                        let low = try hex4()
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw fail("bad \\u escape") }
                    out.append(scalar)
                default: out.append(e)
                }
            default: out.append(c)
            }
        }
        throw fail("unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= s.count, let v = UInt32(String(scalars: s[i..<i + 4]), radix: 16) else {
            throw fail("bad \\u escape")
        }
        i += 4
        return v
    }
}

extension Substring {
    /// The text without leading and trailing ASCII white space.
    package var trimmingWhitespace: Substring {
        var sub = self
        while let c = sub.first, c == " " || c == "\t" || c == "\r" { sub = sub.dropFirst() }
        while let c = sub.last, c == " " || c == "\t" || c == "\r" { sub = sub.dropLast() }
        return sub
    }
}
