import Foundation
import Testing
import ZhTestSupport
@testable import ZhText

@Suite struct SourceDecoderTests {
    let sample = "2023年，全区完成207,450万元。財政局 𠮷€"

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = try SourceDecoder.decode(Array(sample.utf8))
        #expect(plain == DecodedSource(text: DecodedText(sample), encoding: .utf8))
        let marked = try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array(sample.utf8))
        #expect(marked == DecodedSource(text: DecodedText(sample), encoding: .utf8BOM))
    }

    @Test func utf16WithBOMs() throws {
        let units = Array(sample.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try SourceDecoder.decode(le) == DecodedSource(text: DecodedText(sample), encoding: .utf16LE))
        #expect(try SourceDecoder.decode(be) == DecodedSource(text: DecodedText(sample), encoding: .utf16BE))
        // An unpaired high surrogate (D800) after "a".
        #expect(throws: DecodeError.undecodable(encoding: .utf16LE, byteOffset: 4)) {
            try SourceDecoder.decode([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x61, 0x00])
        }
        #expect(throws: DecodeError.undecodable(encoding: .utf16BE, byteOffset: 4)) {
            try SourceDecoder.decode([0xFE, 0xFF, 0x00, 0x61, 0x00])
        }
        // A low surrogate (DC00) with no high one before it, and a high one at the very end.
        #expect(throws: DecodeError.undecodable(encoding: .utf16BE, byteOffset: 4)) {
            try SourceDecoder.decode([0xFE, 0xFF, 0x00, 0x61, 0xDC, 0x00, 0x00, 0x61])
        }
        #expect(throws: DecodeError.undecodable(encoding: .utf16LE, byteOffset: 2)) {
            try SourceDecoder.decode([0xFF, 0xFE, 0x3D, 0xD8])
        }
        #expect(try SourceDecoder.decode([0xFF, 0xFE]) == DecodedSource(text: DecodedText(""), encoding: .utf16LE))
    }

    @Test func gb18030() throws {
        // 万元 (GBK CD F2 D4 AA), "12", and 𠮷 (a four-byte GB18030 sequence 95 34 B2 35).
        let bytes: [UInt8] = [0xCD, 0xF2, 0xD4, 0xAA, 0x31, 0x32, 0x95, 0x34, 0xB2, 0x35]
        #expect(try SourceDecoder.decode(bytes) == DecodedSource(text: DecodedText("万元12𠮷"), encoding: .gb18030))
        #expect(try SourceDecoder.decode(bytes[2...], as: .gb18030).string == "元12𠮷")
    }

    @Test func gb18030FromIconv() throws {
        let gb = try iconv(Array(sample.utf8), to: "GB18030")
        #expect(try SourceDecoder.decode(gb) == DecodedSource(text: DecodedText(sample), encoding: .gb18030))
    }

    @Test func binaryAndUndecodableGiveOffsets() {
        #expect(throws: DecodeError.binary(byteOffset: 3)) { try SourceDecoder.decode([0x41, 0x42, 0x43, 0x00, 0x44]) }
        // 0x80 and 0xFF are invalid lead bytes in both UTF-8 and GB18030.
        #expect(throws: DecodeError.undecodable(encoding: nil, byteOffset: 4)) {
            try SourceDecoder.decode(Array("abcd".utf8) + [0xFF, 0x80, 0x41])
        }
        #expect(throws: DecodeError.undecodable(encoding: .utf8, byteOffset: 2)) {
            try SourceDecoder.decode([0x41, 0x42, 0xC3], as: .utf8)
        }
        #expect(DecodeError.binary(byteOffset: 1234).description == "binary file (NUL byte at offset 1234)")
        #expect(DecodeError.undecodable(encoding: nil, byteOffset: 5678).description
            == "not valid UTF-8 or GB18030 (first bad byte at offset 5678)")
    }

    @Test func nulAfterTheProbeIsNotBinary() throws {
        let bytes = [UInt8](repeating: 0x41, count: SourceDecoder.binaryProbeLength) + [0x00]
        #expect(try SourceDecoder.decode(bytes).encoding == .utf8)
    }

    @Test func emptyFile() throws {
        #expect(try SourceDecoder.decode([]) == DecodedSource(text: DecodedText(""), encoding: .utf8))
        #expect(try SourceDecoder.decode([0xEF, 0xBB, 0xBF]) == DecodedSource(text: DecodedText(""), encoding: .utf8BOM))
        #expect(try SourceDecoder.decode([UInt8](), as: .gb18030).scalars.isEmpty)
    }

    @Test func countsScalarsAndLineBreaks() throws {
        for (text, scalars, breaks) in [("a𠮷\r\n一\n", 6, 2), ("甲\r乙\r\n丙\r", 7, 3), ("", 0, 0)] {
            let decoded = try SourceDecoder.decode(Array(text.utf8)).text
            #expect(decoded.scalars.count == scalars && decoded.lineBreaks == breaks)
            #expect(DecodedText(text) == decoded && decoded.string == text)
        }
    }

    /// The UTF-8 decoder (and the check without decoding) accepts exactly what the standard
    /// library accepts, gives the same scalars, and reports the first bad byte where the
    /// standard library's parser stops.
    @Test func utf8DecodingAgreesWithTheStandardLibrary() {
        var random = SplitMix64(seed: 2260)
        // Lead bytes of every length, continuation bytes, and the edges of the valid ranges
        // (overlong C0/E0 80/F0 80, surrogates ED A0, past U+10FFFF F4 90, never-valid F5…FF).
        let alphabet: [UInt8] = [0x41, 0x0A, 0x0D, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                 0xE0, 0xE4, 0xB8, 0x87, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<Int(random.next() % 10)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            Self.expectAgreementWithTheStandardLibrary(bytes)
        }
    }

    /// The fast paths (runs of three-byte sequences, printable ASCII eight bytes at a time) agree
    /// with the standard library on longer texts made of well-formed pieces and a few bad ones,
    /// and note the same lines and blanks as a scan of the decoded scalars.
    @Test func longRunsAgreeWithTheStandardLibrary() {
        var random = SplitMix64(seed: 6114)
        let good = ["年", "。", "，", "“", "　", "abcdefgh", "x", "2023", " ", "\t", "\r\n", "\r", "\n", "é", "𠮷",
                    "\u{FEFF}", "\u{2003}", "\u{3000}", "\u{D7FF}", "\u{E000}", "\u{FFFF}", "\u{800}"].map { Array($0.utf8) }
        // A surrogate, overlong forms, a cut sequence, a stray continuation byte, past U+10FFFF.
        let bad: [[UInt8]] = [[0xED, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xE4, 0xB8], [0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]]
        var wellFormed = 0
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 40) {
                bytes += random.next() % 60 == 0 ? bad[Int(random.next() % UInt64(bad.count))] : good[Int(random.next() % UInt64(good.count))]
            }
            if let decoded = Self.expectAgreementWithTheStandardLibrary(bytes) {
                wellFormed += 1
                let rescanned = DecodedText(scalars: decoded.scalars)
                #expect(decoded.lines.lineStarts == rescanned.lines.lineStarts, "\(bytes)")
                #expect(decoded.lines.blanks == rescanned.lines.blanks, "\(bytes)")
            }
        }
        #expect(wellFormed > 1_000 && wellFormed < 4_500)
    }

    /// Expects `bytes` to decode as the standard library decodes them, or to fail where its parser
    /// fails; returns the decoded text if they are well-formed.
    @discardableResult
    private static func expectAgreementWithTheStandardLibrary(_ bytes: [UInt8]) -> DecodedText? {
        let reference = String(validating: bytes, as: UTF8.self)
        // The check without decoding agrees with decoding.
        do {
            try SourceDecoder.check(bytes[...], as: .utf8)
            #expect(reference != nil, "\(bytes)")
        } catch {
            #expect(error == .undecodable(encoding: .utf8, byteOffset: Self.firstInvalidOffset(bytes)), "\(bytes)")
        }
        do {
            let decoded = try SourceDecoder.decode(bytes[...], as: .utf8)
            #expect(reference.map { Array($0.unicodeScalars) } == decoded.scalars, "\(bytes)")
            return decoded
        } catch {
            #expect(reference == nil, "\(bytes)")
            #expect(error == .undecodable(encoding: .utf8, byteOffset: Self.firstInvalidOffset(bytes)), "\(bytes)")
            return nil
        }
    }

    /// Where the standard library's UTF-8 parser meets the first ill-formed sequence.
    private static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while case .valid(let scalar) = parser.parseScalar(from: &iterator) { offset += scalar.count }
        return offset
    }
}

/// Converts UTF-8 bytes to `charset` with the system's `iconv`.
func iconv(_ utf8: [UInt8], to charset: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", charset]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    let writer = Thread { input.fileHandleForWriting.write(Data(utf8)); try? input.fileHandleForWriting.close() }
    writer.start()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return [UInt8](data)
}
