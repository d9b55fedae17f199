import Testing
import ZhPatterns
import ZhText
import ZhModel
@testable import ZhRecords

@Suite struct ResolverTests {
    @Test(arguments: [
        ("十几", VagueNumber.range(ExactDecimal(11), ExactDecimal(19))),
        ("几十", .range(ExactDecimal(20), ExactDecimal(90))),
        ("数百", .range(ExactDecimal(200), ExactDecimal(900))),
        ("几千万", .range(ExactDecimal(20_000_000), ExactDecimal(90_000_000))),
        ("二十几", .range(ExactDecimal(21), ExactDecimal(29))),
        ("二百余", .over(ExactDecimal(200))),
        ("260多", .over(ExactDecimal(260))),
    ])
    func vagueNumbers(text: String, expected: VagueNumber) {
        #expect(VagueNumber(Array(text.unicodeScalars)[...]) == expected)
    }

    @Test func vagueNumbersRefuseWhatTheyCannotRead() {
        for text in ["几", "十几万", "多", "abc", ""] where text != "几" {
            #expect(VagueNumber(Array(text.unicodeScalars)[...]) == nil, "\(text)")
        }
    }

    /// Every record the extractor gives for a document keeps `original[start..<end] == text`,
    /// also for Traditional script and full-width digits, and the values do not change.
    @Test func offsetsAndValuesHoldAcrossScriptsAndWidths() throws {
        let extractor = try Extractor.load()
        // A place names where the report is from (in Traditional script with no place, 元 would
        // be New Taiwan dollars).
        let simplified = "山西省2023 年,全区财政总收入完成 867718 万元,同比下降 8.24%,\n减收 77911\n万元。"
        let traditional = "山西省2023 年,全區財政總收入完成 867718 萬元,同比下降 8.24%,\n減收 77911\n萬元。"
        let fullWidth = "山西省２０２３ 年，全区财政总收入完成 ８６７７１８ 万元，同比下降 ８．２４％，\n减收 ７７９１１\n万元。"
        var values: [[[Field]]] = []
        for text in [simplified, traditional, fullWidth] {
            var context = ExtractionContext()
            let records = extractor.records(in: text, doc: "d", context: &context)
            let scalars = Array(text.unicodeScalars)
            for record in records {
                #expect(String(String.UnicodeScalarView(scalars[record.start..<record.end])) == record.text)
            }
            values.append(records.map(\.fields))
        }
        // A region, a date, two amounts, a percentage, and the statement they make.
        #expect(values[0].count == 6)
        #expect(values[0] == values[1] && values[0] == values[2])
        #expect(values[0].contains { $0.contains(Field("value", .number(ExactDecimal(8_677_180_000)))) })
        #expect(values[0].contains { $0.contains(Field("change_amount", .number(ExactDecimal(-779_110_000)))) })
    }

    /// A bare amount is money when a money word stands before it in its sentence, back to a
    /// semicolon (a colon does not bound it), or in its clause after it, which ends at any
    /// clause break: `，` and `、` alike. The sentence and clause ends are ZhText's `SentenceBoundary`.
    @Test func bareAmountsReadTheirSentenceAndClause() throws {
        let extractor = try Extractor.load()
        func money(_ text: String) -> [String] {
            var context = ExtractionContext()
            return extractor.records(in: text, doc: "d", context: &context).filter { $0.type == .money }.map(\.text)
        }
        #expect(money("全年投入资金3亿元；惠及群众5万。") == ["3亿元"])
        #expect(money("全年投入资金3亿元｡惠及群众5万。") == ["3亿元"], "｡ ends a sentence as 。 does")
        #expect(money("资金投入：5万。") == ["5万"])
        #expect(money("项目5万，资金到位。") == [])
        #expect(money("项目5万、资金到位。") == [])
        #expect(money("项目5万资金到位。") == [], "a Han character after the figure that is no follower")
        #expect(money("项目5万的资金到位。") == ["5万"])
    }

    /// The role of a percentage is read from its clause, back to a sentence end or clause break
    /// (`、` included), and from the previous percentage of its sentence (back to `。！？｡`).
    @Test func percentRolesReadTheirClauseAndSentence() throws {
        let extractor = try Extractor.load()
        func roles(_ text: String) -> [String] {
            var context = ExtractionContext()
            return extractor.records(in: text, doc: "d", context: &context).filter { $0.type == .percent }.map {
                if case .string(let role)? = $0["role"] { role } else { "" }
            }
        }
        #expect(roles("同比增长5%、下降3%，占比10%。") == ["change", "change", "share"])
        #expect(roles("收入增长5%，其中税收8%。") == ["change", "change"])
        #expect(roles("收入增长5%｡其中税收8%。") == ["change", "rate"])
    }
}

@Suite struct CaptureLayoutTests {
    /// `amount:NUM (note:HAN)? scale:万 (max:NUM)?`: one name no resolver reads, two optional.
    private let layout = CaptureLayout(rule: Rule(
        id: "t", type: "money", file: "t.zhp", line: 1, source: "",
        pattern: .sequence([
            .capture(name: "amount", .tokenClass(.number)),
            .repetition(.capture(name: "note", .tokenClass(.han)), min: 0, max: 1),
            .capture(name: "scale", .literal(["万"])),
            .repetition(.capture(name: "max", .tokenClass(.number)), min: 0, max: 1),
        ])))

    private func capture(_ name: String, _ start: Int) -> Capture {
        Capture(name: name, range: start..<(start + 1), value: nil)
    }

    /// The captures of a match of `layout`'s rule, read by name through a view.
    private func view(_ captures: [Capture]) -> MatchView {
        MatchView(scalars: Array("0123456".unicodeScalars), range: 0..<7, ruleID: "t", captures: captures, layout: layout)
    }

    @Test func captureNamesAreOpenAndNumberedOnce() {
        #expect(CaptureName("amount") == .amount && CaptureName("min-scale").id == CaptureName.minScale.id)
        // A name no resolver declared is still read through the same slots.
        let note = CaptureName("note")
        #expect(view([capture("amount", 0), capture("note", 1)]).text(note) == "1")
        #expect(layout.place(of: CaptureName("a name no rule writes")) == nil)
    }

    @Test func capturesTakeTheirSlotsWhateverIsLeftOut() {
        let all = view([capture("amount", 0), capture("note", 1), capture("scale", 2), capture("max", 3)])
        #expect(all.text(.amount) == "0" && all.text(.scale) == "2" && all.text(.max) == "3" && !all.has(.min))
        let some = view([capture("amount", 0), capture("scale", 2)])
        #expect(some.text(.amount) == "0" && some.text(.scale) == "2" && !some.has(.max))
    }

    @Test func capturesOutOfTheRuleOrderAreStillFound() {
        let shuffled = view([capture("scale", 2), capture("amount", 0), capture("unknown", 5)])
        #expect(shuffled.text(.scale) == "2" && shuffled.text(.amount) == "0" && !shuffled.has(.unit))
    }

    @Test func aMatchViewReadsCapturesByName() {
        let scalars = Array("约3万元".unicodeScalars)
        let captures = [Capture(name: "amount", range: 1..<2, value: nil), Capture(name: "scale", range: 2..<3, value: "10000")]
        let view = MatchView(scalars: scalars, range: 0..<4, ruleID: "t", captures: captures, layout: layout)
        #expect(view.text(.amount) == "3" && view.value(.scale) == "10000" && view.value("scale") == "10000")
        #expect(view.scalars(.scale).map(Array.init) == ["万"] && !view.has(.max) && view.capture(.max) == nil)
        #expect(view.number(.amount) == ExactDecimal(3) && view.number(.max) == nil)
    }
}

@Suite struct ListValueTests {
    @Test func decimalListValuesAreFoundAndOthersParsedOrRefused() throws {
        let patterns = try PatternSet(source: """
            list scale
              万 = 10000
              亿 = 100000000
            list permille
              ‰ = 0.1
            list currency
              美元 = USD
            """, file: "t.zhp")
        let decimals = ListDecimals(patterns: patterns)
        #expect(decimals.decimal("10000") == ExactDecimal(10000))
        #expect(decimals.decimal("100000000") == ExactDecimal(100_000_000))
        #expect(decimals.decimal("0.1") == ExactDecimal(significand: 1, exponent: -1))
        #expect(decimals.decimal("100") == ExactDecimal(100))
        #expect(decimals.decimal("USD") == nil)
    }

    @Test func wordSetsFindWordsByTheirFirstAndLastScalars() {
        let words = WordSet(["增长", "增", "同比增长", "下降", "𠀀字"])
        let text = Array("同比增长了，下降𠀀字".unicodeScalars)
        #expect(words.longestWord(startingAt: 0, before: text.count, in: text) == 4)
        #expect(words.longestWord(startingAt: 2, before: text.count, in: text) == 2)
        #expect(words.longestWord(startingAt: 2, before: 3, in: text) == 1)
        #expect(words.longestWord(endingAt: 4, after: 0, in: text) == 4)
        #expect(words.longestWord(endingAt: 4, after: 1, in: text) == 2)
        #expect(words.longestWord(startingAt: 8, before: text.count, in: text) == 2)
        #expect(words.longestWord(startingAt: 4, before: text.count, in: text) == nil)
        #expect(words.occurs(in: 5..<8, of: text) && !words.occurs(in: 4..<6, of: text))
        #expect(WordSet([String]()).longestWord(startingAt: 0, before: text.count, in: text) == nil)
    }
}

@Suite struct DeclaredTableUnitTests {
    @Test func aDeclaredUnitCarriesIntoTheNextChunkAndEndsWithTheTable() throws {
        let extractor = try Extractor.load()
        var context = ExtractionContext()
        let first = "决算情况如下（单位：万元）\n项目\t决算数\t增幅%\n"
        let second = "教育支出\t56917\t5.2\n社保支出\t60942\t-3.1\n以上数据为快报数，共2项。\n其他\t77\t1\n"
        let head = extractor.records(in: first, doc: "d", context: &context)
        #expect(head.isEmpty)
        let offset = first.unicodeScalars.count
        let rows = extractor.records(in: second, doc: "d", startOffset: offset, startLine: 3, context: &context)
        let money = rows.filter { $0.type == .money }
        #expect(money.map(\.text) == ["56917", "60942"])
        #expect(money.map { $0["value"] } == [.number(ExactDecimal(569_170_000)), .number(ExactDecimal(609_420_000))])
        #expect(money.allSatisfy { $0.pattern == "table.unit" })
        #expect(money[0].start == offset + 5 && money[0].line == 3 && money[1].line == 4)
        // The running text after the rows closes the table: 77 is not money.
        #expect(context.tableUnit == nil)
    }

    @Test func aDraftIsSettledWithTheTableOpenBeforeItsChunk() throws {
        let extractor = try Extractor.load()
        let first = "决算情况如下（单位：万元）\n项目\t决算数\n"
        let second = "教育支出\t56917\n以上数据为快报数。\n"
        let offset = first.unicodeScalars.count
        // Drafted apart from the first chunk, the rows' figures are not money yet...
        var worker = extractor.makeWorker()
        let head = extractor.draft(DecodedText(first), doc: "d", worker: &worker)
        let rows = extractor.draft(DecodedText(second), doc: "d", startOffset: offset, startLine: 3, worker: &worker)
        #expect(rows.records.allSatisfy { $0.type != .money })
        // ...settled in order, the first chunk's open table reaches into the second.
        var context = ExtractionContext()
        #expect(extractor.settle(head, context: &context, worker: &worker) == nil)
        let settled = try #require(extractor.settle(rows, context: &context, worker: &worker))
        #expect(settled.filter { $0.type == .money }.map(\.text) == ["56917"])
        var sequential = ExtractionContext()
        _ = extractor.records(in: first, doc: "d", context: &sequential)
        #expect(settled == extractor.records(in: second, doc: "d", startOffset: offset, startLine: 3, context: &sequential))
        // With no table open, a draft stands as it is.
        var fresh = ExtractionContext()
        #expect(extractor.settle(rows, context: &fresh, worker: &worker) == nil)
        #expect(fresh.tableUnit == nil)
    }
}
