import Foundation

/// Reads the paths of `--files-from FILE`: one path per line (LF or CRLF; empty lines are
/// ignored); `-` reads them from standard input, as a Spark `pipe` or `mapPartitions`
/// step sends them.
public enum PathList {
    /// The paths listed in `source` (`-` for standard input).
    public static func read(from source: String) throws -> [String] {
        let data: Data
        if source == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = try Data(contentsOf: URL(fileURLWithPath: source))
        }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// The paths in `text`, one per line.
    public static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init)
    }
}
