import Testing
import ZhTestSupport
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
        // The block's end cuts 四 (E5 9B 9B) short: the cut falls before it.
        let text = Array("一二三四".utf8).dropLast()
        #expect(utf8.cut(Array(text)) == 9)
        // 𠮷 is a surrogate pair: a cut does not fall inside it.
        let units = Array("一𠮷".utf16).dropLast()
        let le = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(ChunkBoundary(encoding: .utf16LE).cut(le) == 2)
        // GB18030 (一二 = D2 BB B6 FE, 𠮷 = 95 32 82 36) is read from the start: the cut falls
        // after the last whole character, never inside a two- or four-byte one.
        let gb = ChunkBoundary(encoding: .gb18030)
        #expect(gb.cut([0xD2, 0xBB, 0x41, 0xB6, 0xFE, 0xD2]) == 5)
        #expect(gb.cut([0xD2, 0xBB, 0x2C, 0xB6, 0xFE, 0xD2]) == 3, "after the clause break `,`")
        #expect(gb.cut([0xD2, 0xBB, 0x95, 0x32, 0x82]) == 2)
        #expect(gb.cut([0xBB, 0xD2]) == 2, "BB D2 is one character, though D2 BB is another")
        #expect(gb.cut([0xD2]) == nil)
        // Before the encoding is known, only after a byte below 0x30, which no multi-byte
        // character of UTF-8 or GB18030 uses; none: the block must grow.
        let detecting = ChunkBoundary(detecting: [0xD2, 0xBB])
        #expect(detecting.cut([0xD2, 0xBB, 0x2C, 0xB6, 0xFE, 0xD2, 0xBB]) == 3)
        #expect(detecting.cut([0xD2, 0xBB, 0xB6, 0xFE]) == nil)
    }

    @Test func aLineLongerThanABlockIsCutAfterItsLastSentenceEnd() throws {
        // A figure (100万) at the end of the block would be split by a cut between characters;
        // the cut after the last sentence end (。！？!?, not ；, which only breaks a clause) keeps
        // it and its sentence whole in the next piece.
        let text = "收入增长。支出下降！结余？余额；收入100万"
        let head = "收入增长。支出下降！结余？"
        #expect(utf8.cut(Array(text.utf8)) == head.utf8.count)
        #expect(utf8.cut(Array("收入增长。支出下降".utf8)) == "收入增长。".utf8.count)
        #expect(utf8.cut(Array("收入增长!支出下降".utf8)) == "收入增长!".utf8.count)
        let utf16 = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(ChunkBoundary(encoding: .utf16LE).cut(utf16) == 2 * head.utf16.count)
        // Without a sentence end, after a clause break (，；：、) that does not follow a digit
        // (`1，234` is a number, `10:30` a time).
        let clauses = "收入100万元，增长5%，其中1，234"
        #expect(utf8.cut(Array(clauses.utf8)) == "收入100万元，增长5%，".utf8.count)
        #expect(utf8.cut(Array("余额；收入100万".utf8)) == "余额；".utf8.count)
        #expect(utf8.cut(Array("教育、卫生10:30".utf8)) == "教育、".utf8.count)
        #expect(utf8.cut(Array("一二三四".utf8)) == 12, "whole characters only: the whole block")
        // Old Mac line ends: after the last carriage return with a character after it (one at the
        // block's end may be the first half of a CR LF).
        #expect(utf8.cut(Array("甲\r乙。\r丙".utf8)) == "甲\r乙。\r".utf8.count)
        #expect(utf8.cut(Array("甲乙\r".utf8)) == "甲乙".utf8.count)
        let gb = try CorpusSupport.iconv(text, to: "GB18030")
        let gbHead = try CorpusSupport.iconv(head, to: "GB18030")
        #expect(ChunkBoundary(encoding: .gb18030).cut(gb) == gbHead.count)
        // 、 has its own two-byte form in GB18030 (A1A2).
        let gbList = try CorpusSupport.iconv("教育、卫生10", to: "GB18030")
        #expect(ChunkBoundary(encoding: .gb18030).cut(gbList) == (try CorpusSupport.iconv("教育、", to: "GB18030")).count)
    }

    @Test func detectionBoundaryFollowsTheByteOrderMark() {
        let le: [UInt8] = [0xFF, 0xFE, 0x00, 0x4E, 0x0A, 0x00, 0x01, 0x4E]
        #expect(ChunkBoundary(detecting: le).cut(le) == 6)
        let bytes: [UInt8] = [0xD2, 0xBB, 0x0A, 0xB6, 0xFE]
        #expect(ChunkBoundary(detecting: bytes).cut(bytes) == 3)
    }
}
