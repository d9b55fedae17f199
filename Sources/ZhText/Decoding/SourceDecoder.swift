import CICUShim

/// Turns a file's bytes into text, detecting the encoding.
///
/// Detection, in order: a byte order mark (UTF-8, UTF-16LE, UTF-16BE); a NUL byte in the first
/// 8 KB means a binary file; bytes that are valid UTF-8 are UTF-8; otherwise GB18030 through ICU.
/// Nothing is replaced silently: bytes that fit no encoding give a ``DecodeError`` with the
/// offset of the first bad byte.
public enum SourceDecoder {
    /// How far into a file a NUL byte marks it as binary.
    public static let binaryProbeLength = 8192

    /// Decodes `bytes`, detecting their encoding.
    public static func decode(_ bytes: [UInt8]) throws(DecodeError) -> DecodedSource {
        for encoding in [SourceEncoding.utf8BOM, .utf16LE, .utf16BE] where bytes.starts(with: encoding.byteOrderMark) {
            return DecodedSource(text: try decode(bytes[...], as: encoding), encoding: encoding)
        }
        let nul = bytes.withUnsafeBufferPointer { $0.prefix(binaryProbeLength).firstIndex(of: 0) }
        if let nul {
            throw .binary(byteOffset: nul)
        }
        let utf8 = bytes.withUnsafeBufferPointer { ScalarDecoding.decode(utf8: $0) }
        let utf8Offset: Int
        switch utf8 {
        case .success(let text): return DecodedSource(text: text, encoding: .utf8)
        case .failure(let error): utf8Offset = error.byteOffset
        }
        do {
            return DecodedSource(text: try decodeGB18030(bytes[...]), encoding: .gb18030)
        } catch {
            // Report the bad byte of the decoder that got further: it is the likelier encoding.
            let gbOffset: Int
            if case .undecodable(_, let offset) = error { gbOffset = offset } else { gbOffset = 0 }
            throw .undecodable(encoding: nil, byteOffset: max(utf8Offset, gbOffset))
        }
    }

    /// Decodes `bytes` in a known `encoding` (for instance a later chunk of a big file whose
    /// encoding was detected on its first chunk). A byte order mark at the start is skipped.
    public static func decode(_ bytes: ArraySlice<UInt8>, as encoding: SourceEncoding) throws(DecodeError) -> DecodedText {
        let mark = encoding.byteOrderMark
        let body = bytes.starts(with: mark) ? bytes.dropFirst(mark.count) : bytes
        switch encoding {
        case .utf8, .utf8BOM:
            switch body.withUnsafeBufferPointer({ ScalarDecoding.decode(utf8: $0) }) {
            case .success(let text): return text
            case .failure(let error):
                throw .undecodable(encoding: encoding, byteOffset: error.byteOffset + body.startIndex - bytes.startIndex)
            }
        case .utf16LE, .utf16BE:
            return try decodeUTF16(body, bigEndian: encoding == .utf16BE, encoding: encoding, base: body.startIndex - bytes.startIndex)
        case .gb18030:
            return try decodeGB18030(bytes)
        }
    }

    /// Checks that `bytes` decode in a known `encoding`, throwing the error
    /// ``decode(_:as:)-(ArraySlice<UInt8>,_)`` would throw; UTF-8 is checked without being decoded.
    public static func check(_ bytes: ArraySlice<UInt8>, as encoding: SourceEncoding) throws(DecodeError) {
        guard encoding == .utf8 || encoding == .utf8BOM else {
            _ = try decode(bytes, as: encoding)
            return
        }
        let mark = encoding.byteOrderMark
        let body = bytes.starts(with: mark) ? bytes.dropFirst(mark.count) : bytes
        if let error = body.withUnsafeBufferPointer(ScalarDecoding.validate(utf8:)) {
            throw .undecodable(encoding: encoding, byteOffset: error.byteOffset + body.startIndex - bytes.startIndex)
        }
    }

    /// Decodes `bytes` in a known `encoding`.
    public static func decode(_ bytes: [UInt8], as encoding: SourceEncoding) throws(DecodeError) -> DecodedText {
        try decode(bytes[...], as: encoding)
    }

    private static func decodeUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool, encoding: SourceEncoding, base: Int) throws(DecodeError) -> DecodedText {
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        switch units.withUnsafeBufferPointer(UTF16Transcoder.scalars) {
        case .failure(let error):
            throw .undecodable(encoding: encoding, byteOffset: base + 2 * error.unitOffset)
        case .success(let scalars):
            if body.count % 2 == 1 {
                throw .undecodable(encoding: encoding, byteOffset: base + body.count - 1)
            }
            return DecodedText(scalars: scalars)
        }
    }

    private static func decodeGB18030(_ bytes: ArraySlice<UInt8>) throws(DecodeError) -> DecodedText {
        guard bytes.count < Int(Int32.max) else {
            throw .undecodable(encoding: .gb18030, byteOffset: Int(Int32.max))
        }
        if bytes.isEmpty { return DecodedText(scalars: []) }
        // GB18030 never gives more UTF-16 units than bytes.
        var units = [UInt16](repeating: 0, count: bytes.count + 1)
        var error: Int32 = 0
        var errorOffset: Int32 = 0
        let written = bytes.withUnsafeBufferPointer { input in
            units.withUnsafeMutableBufferPointer { output in
                zx_decode("GB18030", input.baseAddress, Int32(input.count),
                          output.baseAddress, Int32(output.count), &error, &errorOffset)
            }
        }
        guard written >= 0 else {
            throw .undecodable(encoding: .gb18030, byteOffset: max(0, Int(errorOffset)))
        }
        let result = units.withUnsafeBufferPointer { UTF16Transcoder.scalars(UnsafeBufferPointer(rebasing: $0[..<Int(written)])) }
        guard case .success(let scalars) = result else {
            // ICU writes well-formed UTF-16; a failure here would be an ICU defect.
            throw .undecodable(encoding: .gb18030, byteOffset: 0)
        }
        return DecodedText(scalars: scalars)
    }
}
