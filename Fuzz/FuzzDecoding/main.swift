// libFuzzer target: bytes in, any encoding (`SourceDecoder`). Never a trap, and what the
// decoder says agrees with the standard library's own UTF-8 and UTF-16 decoders:
// - detection: a byte order mark picks UTF-8 or UTF-16; else a NUL in the first 8 KB is a binary
//   file; else well-formed UTF-8 is UTF-8 (never GB18030); else GB18030 or an error;
// - the scalars of UTF-8 and UTF-16 text, and the offset of the first bad byte, are the standard
//   library's; lines end at `\n`, `\r\n` and a lone `\r`;
// - decoding in a known encoding, checking (``SourceDecoder/check(_:as:)``) and decoding a slice
//   that does not start at index 0 (a later chunk of a big file) all give the same answer.
//
// Built by `Scripts/fuzz.sh` (with `-parse-as-library`); in an ordinary build this file is
// top-level code that defines the entry point and runs nothing.
import ZhText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecoding(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    checkDetection(bytes)
    for encoding in SourceEncoding.allCases {
        checkKnownEncoding(bytes[...], encoding)
        // The same bytes as a slice of a bigger array (a chunk): offsets are the slice's own.
        let padded = [0x41, 0xE4] + bytes
        checkSameOutcome(bytes[...], padded[2...], encoding)
    }
    return 0
}

/// `decode(_:)`: the encoding it detects and what it returns.
func checkDetection(_ bytes: [UInt8]) {
    let result = Result { () throws(DecodeError) in try SourceDecoder.decode(bytes) }
    let bom: SourceEncoding? = [SourceEncoding.utf8BOM, .utf16LE, .utf16BE].first { bytes.starts(with: $0.byteOrderMark) }
    switch result {
    case .success(let decoded):
        if let bom {
            require(decoded.encoding == bom, "a byte order mark decides the encoding")
        } else {
            require(!bytes.prefix(SourceDecoder.binaryProbeLength).contains(0), "a NUL in the first 8 KB is binary")
            if firstBadUTF8Byte(bytes[...]) == nil {
                require(decoded.encoding == .utf8, "well-formed UTF-8 is read as UTF-8")
            } else {
                require(decoded.encoding == .gb18030, "only GB18030 is left")
            }
        }
        checkLines(decoded.text)
        if decoded.encoding != .gb18030 {
            let expected = Result { () throws(DecodeError) in try SourceDecoder.decode(bytes[...], as: decoded.encoding) }
            require(expected == .success(decoded.text), "detection decodes as decode(_:as:) does")
        }
    case .failure(let error):
        switch error {
        case .binary(let offset):
            require(bom == nil, "a file with a byte order mark is never binary")
            require(offset < SourceDecoder.binaryProbeLength && offset < bytes.count && bytes[offset] == 0
                    && !bytes[..<offset].contains(0), "binary: the offset of the first NUL")
        case .undecodable(let encoding, let offset):
            require(offset >= 0 && offset <= bytes.count, "an error offset inside the input")
            if let bom {
                require(encoding == bom, "an error names the encoding of the byte order mark")
            } else {
                require(encoding == nil, "detection failed: no encoding named")
                require(firstBadUTF8Byte(bytes[...]) != nil, "well-formed UTF-8 never fails")
            }
        }
    }
}

/// `decode(_:as:)` against the standard library's decoders, and `check(_:as:)` against it.
func checkKnownEncoding(_ bytes: ArraySlice<UInt8>, _ encoding: SourceEncoding) {
    let result = Result { () throws(DecodeError) in try SourceDecoder.decode(bytes, as: encoding) }
    let checked = Result { () throws(DecodeError) in try SourceDecoder.check(bytes, as: encoding) }
    require(error(of: result) == error(of: checked), "check(_:as:) throws what decode(_:as:) throws (\(encoding)): \(result) \(checked)")
    if case .success(let text) = result { checkLines(text) }
    if case .failure(.undecodable(let named, let offset)) = result {
        require(named == encoding && offset >= 0 && offset <= bytes.count, "an error in range, naming \(encoding)")
    }
    if case .failure(.binary) = result { fail("decoding in a known encoding never says binary") }
    let mark = encoding.byteOrderMark
    let body = bytes.starts(with: mark) ? bytes.dropFirst(mark.count) : bytes
    let skipped = body.startIndex - bytes.startIndex
    switch encoding {
    case .utf8, .utf8BOM:
        if let bad = firstBadUTF8Byte(body) {
            require(result == .failure(.undecodable(encoding: encoding, byteOffset: skipped + bad)), "UTF-8: first bad byte \(skipped + bad), got \(result)")
        } else {
            let expected = Array(String(decoding: body, as: UTF8.self).unicodeScalars)
            require((try? result.get())?.scalars == expected, "UTF-8: the standard library's scalars")
        }
    case .utf16LE, .utf16BE:
        let (scalars, bad) = referenceUTF16(body, bigEndian: encoding == .utf16BE)
        if let bad {
            require(result == .failure(.undecodable(encoding: encoding, byteOffset: skipped + bad)), "UTF-16: first bad byte \(skipped + bad), got \(result)")
        } else {
            require((try? result.get())?.scalars == scalars, "UTF-16: the standard library's scalars")
        }
    case .gb18030:
        // ICU is the reference; its output must at least be scalars (no surrogates by construction).
        break
    }
}

/// Decoding a slice that starts at index 0 and an equal slice further into an array agree.
func checkSameOutcome(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, _ encoding: SourceEncoding) {
    let x = Result { () throws(DecodeError) in try SourceDecoder.decode(a, as: encoding) }
    let y = Result { () throws(DecodeError) in try SourceDecoder.decode(b, as: encoding) }
    require(x == y, "decoding a slice depends on its bytes only (\(encoding)): \(x) vs \(y)")
    let c = Result { () throws(DecodeError) in try SourceDecoder.check(b, as: encoding) }
    require(error(of: c) == error(of: y), "check on a slice throws what decode does")
}

/// Lines end at `\n`, `\r\n` and a lone `\r`.
func checkLines(_ text: DecodedText) {
    let s = text.scalars
    var breaks = 0, i = 0
    while i < s.count {
        if s[i] == "\r" { breaks += 1; if i + 1 < s.count, s[i + 1] == "\n" { i += 1 } } else if s[i] == "\n" { breaks += 1 }
        i += 1
    }
    require(text.lineBreaks == breaks, "line breaks \(text.lineBreaks), expected \(breaks)")
    // The same text from its scalars (the lines scanned afresh) is equal.
    require(DecodedText(scalars: s).lineBreaks == breaks, "line breaks of scanned scalars")
}

/// The offset of the first byte of the first ill-formed sequence, by the standard library's parser.
func firstBadUTF8Byte(_ bytes: ArraySlice<UInt8>) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded): offset += encoded.count
        case .emptyInput: return nil
        case .error: return offset
        }
    }
}

/// UTF-16 units of `body` decoded by the standard library: the scalars, or the byte offset of
/// the first unpaired surrogate (or of a lone last byte).
func referenceUTF16(_ body: ArraySlice<UInt8>, bigEndian: Bool) -> ([Unicode.Scalar], Int?) {
    var units: [UInt16] = []
    var i = body.startIndex
    while i + 1 < body.endIndex {
        let a = UInt16(body[i]), b = UInt16(body[i + 1])
        units.append(bigEndian ? a << 8 | b : b << 8 | a)
        i += 2
    }
    var parser = Unicode.UTF16.ForwardParser()
    var iterator = units.makeIterator()
    var scalars: [Unicode.Scalar] = []
    var unit = 0
    while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded):
            scalars.append(Unicode.UTF16.decode(encoded))
            unit += encoded.count
        case .emptyInput:
            return (scalars, body.count % 2 == 1 ? body.count - 1 : nil)
        case .error:
            return (scalars, 2 * unit)
        }
    }
}

/// The error of a result, `nil` on success.
func error<T>(of result: Result<T, DecodeError>) -> DecodeError? {
    if case .failure(let error) = result { return error }
    return nil
}

func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fail(message()) }
}

func fail(_ message: String) -> Never {
    fatalError("FuzzDecoding: " + message)
}
