// The generator behind the `EmbedPatterns` build-tool plugin: writes a Swift file that holds the
// built-in pattern files, so that `zhx` carries them and needs nothing from the repository at
// run time.
//
//     PatternEmbedder OUTPUT.swift PATTERNS_DIR RELATIVE_PATH...
//
// Each file becomes one raw string literal on one line (`#"…"#`, with as many `#` as needed so
// that nothing in the text ends the literal or starts an escape). The compiler copies such a
// literal into the binary as it is: a 4 MB file compiles in 0.2 s, where an array literal of its
// bytes would take about six minutes (35 s per 400 KB, most of it type-checking). Line breaks,
// tabs and other control characters, which the lexer refuses raw, are written as escapes, so the
// text is kept exactly (any line ending). A byte order mark at the start is dropped, as the
// loader of folders on disk drops it. A file that is not UTF-8 stops the build with
// `PATH:LINE:COLUMN: error: …`, the message the loader gives.
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: PatternEmbedder OUTPUT.swift PATTERNS_DIR [RELATIVE_PATH...]\n".utf8))
    exit(2)
}
let output = arguments[1]
// The folder as given (the target's link to `Patterns/`), resolved so errors name the real files.
let root = realpath(arguments[2], nil).map { resolved in defer { free(resolved) }; return String(cString: resolved) } ?? arguments[2]
let paths = arguments.dropFirst(3).sorted()

/// Stops the build with a message in the compiler's `file:line:column: error:` form.
func fail(_ path: String, _ line: Int, _ column: Int, _ message: String) -> Never {
    FileHandle.standardError.write(Data("\(path):\(line):\(column): error: \(message)\n".utf8))
    exit(1)
}

/// The file's text (UTF-8, without a leading byte order mark).
func text(of path: String) -> String {
    guard var bytes = FileManager.default.contents(atPath: path).map(Array.init) else {
        fail(path, 1, 1, "cannot read the file")
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    // Locate the first bad byte: where lossy decoding first differs from the bytes.
    var line = 1, column = 1, offset = 0
    for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
        if scalar == "\u{FFFD}", !bytes[offset..<min(offset + 3, bytes.count)].elementsEqual([0xEF, 0xBF, 0xBD]) { break }
        offset += UTF8.width(scalar)
        if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
    }
    fail(path, line, column, "not valid UTF-8 (pattern files are UTF-8)")
}

/// `text` as a one-line raw string literal.
func literal(_ text: String) -> String {
    // One `#` more than the longest run of `#` in the text: no `"###` can close the literal early
    // and no `\###` can start an escape.
    var longest = 0, run = 0
    for byte in text.utf8 {
        if byte == UInt8(ascii: "#") { run += 1; longest = max(longest, run) } else { run = 0 }
    }
    let hashes = String(repeating: "#", count: longest + 1)
    var result = hashes + "\""
    result.reserveCapacity(text.utf8.count + text.utf8.count / 16 + 16)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": result += "\\" + hashes + "n"
        case "\r": result += "\\" + hashes + "r"
        case "\t": result += "\\" + hashes + "t"
        // Other control characters (the lexer refuses them raw), and the separators and marks a source file should not hold raw.
        case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}", "\u{FEFF}":
            result += "\\" + hashes + "u{" + String(scalar.value, radix: 16) + "}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\"" + hashes
}

/// A path as an ordinary string literal.
func quoted(_ path: String) -> String {
    "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

var source = """
    // Generated at build time by PatternEmbedder (the EmbedPatterns plugin) from the files of
    // Patterns/: edit those, not this.

    /// The built-in pattern files, sorted by path.
    public let builtinPatternFiles: [BuiltinPatternFile] = [

    """
for path in paths {
    let full = (root as NSString).appendingPathComponent(path)
    source += "    BuiltinPatternFile(path: \(quoted(path)), text: \(literal(text(of: full)))),\n"
}
source += "]\n"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
} catch {
    fail(output, 1, 1, "cannot write: \(error)")
}
