import Testing
import ZhText
@testable import ZhRecords

/// Odd text never crashes the extractor and every record it gives keeps its offsets.
@Suite struct RobustnessTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let pieces = ["1", "0", "9", ".", ",", "，", "-", "—", "%", "％", "万", "亿", "元", "美元", "千", "百", "十", "一", "两",
                         "〇", "零", "几", "余", "多", "超", "约", "近", "不低于", "以上", "左右", "年", "月", "日", "季度", "上半年",
                         "前", "个月", "第", "个百分点", "百分之", "占", "预算", "的", "增长", "下降", "单位：万元", "\t", "\n",
                         "\n\n", " ", "“", "”", "《", "》", "亩", "人次", "户", "萬", "億", "１", "２", "PM", "2.5", "😀", "\r\n",
                         "\u{200B}", "\u{FEFF}", "ｘ", "a", "数", "至", "~"]

    @Test func randomTextNeverBreaksOffsets() throws {
        let extractor = try Extractor.load()
        var generator = Generator(state: 20261125)
        var records = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 40) { text += generator.pick(Self.pieces) }
            var context = ExtractionContext()
            let scalars = Array(text.unicodeScalars)
            for record in extractor.records(in: text, doc: "r", context: &context) {
                records += 1
                #expect(record.start >= 0 && record.start < record.end && record.end <= scalars.count)
                #expect(String(String.UnicodeScalarView(scalars[record.start..<record.end])) == record.text, "\(text.debugDescription)")
                #expect(record.line >= 1)
            }
        }
        #expect(records > 1000)
    }

    @Test func longRunsFinish() throws {
        let extractor = try Extractor.load()
        for text in [String(repeating: "1", count: 200_000), String(repeating: "一", count: 100_000),
                     String(repeating: "1,", count: 50_000), String(repeating: "约", count: 50_000) + "5万元",
                     String(repeating: "2023年", count: 20_000), String(repeating: "\n", count: 100_000)] {
            var context = ExtractionContext()
            let records = extractor.records(in: text, doc: "r", context: &context)
            #expect(records.count < 30_000)
        }
    }
}
