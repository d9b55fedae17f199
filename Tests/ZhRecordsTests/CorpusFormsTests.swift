import Foundation
import Testing
import ZhTestSupport
import ZhText
import ZhModel
import ZhEvaluation
@testable import ZhRecords

/// Extraction gives the same records, in value, whatever form a Corpus document comes in:
/// Traditional script, full-width digits, GB18030 bytes. Offsets hold in every form.
@Suite struct CorpusFormsTests {
    static let extractor = Result { try Extractor.load() }

    /// Type, start, end and fields of each record, for comparing forms.
    struct Key: Hashable {
        var type: RecordType, start: Int, end: Int, fields: [Field]
        init(_ r: Record) { (type, start, end, fields) = (r.type, r.start, r.end, r.fields) }
    }

    func extract(_ text: String) throws -> [Record] {
        var context = ExtractionContext()
        let records = try Self.extractor.get().records(in: text, doc: "d", context: &context)
        let scalars = Array(text.unicodeScalars)
        for record in records {
            #expect(String(String.UnicodeScalarView(scalars[record.start..<record.end])) == record.text)
        }
        return records
    }

    @Test(arguments: CorpusSupport.documents)
    func traditionalFullWidthAndGB18030GiveTheSameRecords(document: URL) throws {
        let text = try String(contentsOf: document, encoding: .utf8)
        let original = Set(try extract(text).map(Key.init))
        #expect(original.count > 5)

        let traditional = try #require(CorpusSupport.transliterate(text, "Hans-Hant"))
        #expect(traditional.unicodeScalars.count == text.unicodeScalars.count)
        let fromTraditional = Set(try extract(traditional).map(Key.init))
        #expect(fromTraditional == original, "Traditional differs: \(fromTraditional.symmetricDifference(original).prefix(5))")

        let fullWidth = CorpusSupport.fullWidthDigits(text)
        let fromFullWidth = Set(try extract(fullWidth).map(Key.init))
        #expect(fromFullWidth == original, "full-width differs: \(fromFullWidth.symmetricDifference(original).prefix(5))")

        let decoded = try SourceDecoder.decode(try CorpusSupport.iconv(text, to: "GB18030"))
        #expect(decoded.encoding == .gb18030)
        #expect(Set(try extract(decoded.text.string).map(Key.init)) == original)
    }
}
