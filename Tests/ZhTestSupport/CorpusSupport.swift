import CICUShim
import Foundation

/// The Corpus documents of the repository, found from this file's path, and the conversions the
/// property tests apply to them (Traditional script, full-width digits, other encodings).
public enum CorpusSupport {
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus")

    /// Every `*.txt` under Corpus/ (gold files and guidelines apart), sorted.
    public static var documents: [URL] {
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        let files = (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "txt" }
        return files.sorted { $0.path < $1.path }
    }

    /// `text` through the ICU transform `id` (for example "Hans-Hant").
    public static func transliterate(_ text: String, _ id: String) -> String? {
        var units = Array(text.utf16)
        var length = Int32(units.count)
        units.append(contentsOf: repeatElement(0, count: units.count + 64))
        let status = units.withUnsafeMutableBufferPointer { zx_transliterate(id, $0.baseAddress, &length, Int32($0.count)) }
        guard status <= 0 else { return nil }
        return String(decoding: units[..<Int(length)], as: UTF16.self)
    }

    /// `text` with ASCII digits, `%`, and `.` `,` between digits in full-width forms.
    public static func fullWidthDigits(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, s) in scalars.enumerated() {
            let digitBefore = i > 0 && ("0"..."9").contains(scalars[i - 1])
            let digitAfter = i + 1 < scalars.count && ("0"..."9").contains(scalars[i + 1])
            let betweenDigits = (s == "." || s == ",") && digitBefore && digitAfter
            if ("0"..."9").contains(s) || s == "%" || betweenDigits {
                out.append(Unicode.Scalar(s.value + 0xFEE0)!)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }

    /// `text` converted by the system's `iconv` from UTF-8 to `charset`.
    public static func iconv(_ text: String, to charset: String) throws -> [UInt8] {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-corpus-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", "UTF-8", "-t", charset, input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
