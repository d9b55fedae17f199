import Foundation

/// Reads the paths of `--files-from FILE`: one path per line (LF or CRLF; empty lines are
/// ignored); `-` reads them from standard input, as a Spark `pipe` or `mapPartitions`
/// step sends them.
public enum PathList {
    /// The paths listed in `source` (`-` for standard input).
    /// - Throws: ``ReadError`` with the system's reason when the file cannot be opened.
    public static func read(from source: String) throws(ReadError) -> [String] {
        let handle: FileHandle
        if source == "-" {
            handle = .standardInput
        } else {
            let descriptor = open(source, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw ReadError(String(cString: strerror(errno))) }
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        }
        return parse(String(decoding: handle.readDataToEndOfFile(), as: UTF8.self))
    }

    /// The paths in `text`, one per line.
    public static func parse(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map(String.init)
    }
}
