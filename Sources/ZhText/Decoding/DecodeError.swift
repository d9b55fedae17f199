/// Why bytes could not be decoded to text. Offsets are byte offsets into the input.
public enum DecodeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input looks binary: a NUL byte in its first 8 KB and no UTF-16 byte order mark.
    case binary(byteOffset: Int)
    /// The input is not valid in `encoding`; `nil` means detection found no encoding that fits
    /// (neither UTF-8 nor GB18030). `byteOffset` is the first byte that could not be decoded.
    case undecodable(encoding: SourceEncoding?, byteOffset: Int)

    /// The message shown after the file name: `binary file (NUL byte at offset 1234)`.
    public var description: String {
        switch self {
        case .binary(let offset):
            return "binary file (NUL byte at offset \(offset))"
        case .undecodable(nil, let offset):
            return "not valid UTF-8 or GB18030 (first bad byte at offset \(offset))"
        case .undecodable(let encoding?, let offset):
            return "not valid \(encoding.displayName) (first bad byte at offset \(offset))"
        }
    }
}
