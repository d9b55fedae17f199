import Testing
import ZhTestSupport
import ZhText
@testable import ZhRecords

/// Odd text never crashes the extractor and every record it gives keeps its offsets.
@Suite struct RobustnessTests {
    static let pieces = ["1", "0", "9", ".", ",", "，", "-", "—", "%", "％", "万", "亿", "元", "美元", "千", "百", "十", "一", "两",
                         "〇", "零", "几", "余", "多", "超", "约", "近", "不低于", "以上", "左右", "年", "月", "日", "季度", "上半年",
                         "前", "个月", "第", "个百分点", "百分之", "占", "预算", "的", "增长", "下降", "单位：万元", "\t", "\n",
                         "\n\n", " ", "“", "”", "《", "》", "亩", "人次", "户", "萬", "億", "１", "２", "PM", "2.5", "😀", "\r\n",
                         "\u{200B}", "\u{FEFF}", "ｘ", "a", "数", "至", "~"]

    @Test func randomTextNeverBreaksOffsets() throws {
        let extractor = try Extractor.load()
        var generator = SplitMix64(seed: 20261125)
        var records = 0
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0..<40, using: &generator) { text += Self.pieces.randomElement(using: &generator)! }
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

    /// Inputs on which the fuzz target FuzzExtractor found the full-width form of the digits
    /// giving other records than the ASCII form.
    @Test(arguments: ["1,3金\n0万"])
    func fullWidthDigitsGiveTheSameRecords(_ text: String) throws {
        let extractor = try Extractor.load()
        let wide = CorpusSupport.fullWidthDigits(text)
        var context = ExtractionContext(), wideContext = ExtractionContext()
        let ascii = extractor.records(in: text, doc: "r", context: &context).map { "\($0.type) \($0.start)..<\($0.end) \($0.fields)" }
        let full = extractor.records(in: wide, doc: "r", context: &wideContext).map { "\($0.type) \($0.start)..<\($0.end) \($0.fields)" }
        #expect(ascii == full, "\(text.debugDescription)")
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
