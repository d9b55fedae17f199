import Testing
import ZhText
@testable import ZhBatch

@Suite struct ChunkBoundaryTests {
    private let utf8 = ChunkBoundary(encoding: .utf8)

    @Test func prefersABlankLineInTheLastQuarter() {
        let text = String(repeating: "一行字\n", count: 10) + "\n" + "末行\n" + "未完"
        let cut = utf8.cut(Array(text.utf8))!
        #expect(String(decoding: Array(text.utf8)[..<cut], as: UTF8.self).hasSuffix("一行字\n\n"))
    }

    @Test func otherwiseCutsAfterTheLastLineBreak() {
        let text = "段落一\n\n" + String(repeating: "一行字\n", count: 20) + "未完"
        let bytes = Array(text.utf8)
        #expect(utf8.cut(bytes) == bytes.count - "未完".utf8.count)
        let crlf = Array("甲\r\n乙\r\n丙".utf8)
        #expect(utf8.cut(crlf) == crlf.count - "丙".utf8.count)
    }

    @Test func cutsUTF16OnlyAtAnAlignedLineBreak() {
        // U+0A05 U+4E00 is 05 0A 00 4E in UTF-16LE: a 0A 00 that is not a line break.
        let units: [UInt16] = [0x4E00, 0x000A, 0x0A05, 0x4E00, 0x4E01]
        let le = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(ChunkBoundary(encoding: .utf16LE).cut(le) == 4)
        let be = units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(ChunkBoundary(encoding: .utf16BE).cut(be) == 4)
    }

    @Test func withoutLineBreaksCutsBetweenCharacters() {
        let text = Array("一二三四".utf8)
        #expect(utf8.cut(text) == 9)
        // 𠮷 is a surrogate pair: the cut does not fall inside it.
        let units = Array("一𠮷".utf16)
        let le = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(ChunkBoundary(encoding: .utf16LE).cut(le) == 2)
        // GB18030 (一二 = D2 BB B6 FE): only after a byte no multi-byte character uses.
        let gb: [UInt8] = [0xD2, 0xBB, 0x2C, 0xB6, 0xFE, 0xD2, 0xBB]
        #expect(ChunkBoundary(encoding: .gb18030).cut(gb) == 3)
        #expect(ChunkBoundary(encoding: .gb18030).cut([0xD2, 0xBB, 0xB6, 0xFE]) == nil)
    }

    @Test func detectionBoundaryFollowsTheByteOrderMark() {
        let le: [UInt8] = [0xFF, 0xFE, 0x00, 0x4E, 0x0A, 0x00, 0x01, 0x4E]
        #expect(ChunkBoundary(detecting: le).cut(le) == 6)
        let bytes: [UInt8] = [0xD2, 0xBB, 0x0A, 0xB6, 0xFE]
        #expect(ChunkBoundary(detecting: bytes).cut(bytes) == 3)
    }
}
