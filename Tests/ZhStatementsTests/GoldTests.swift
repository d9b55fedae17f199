import Testing
import ZhModel
import ZhText
@testable import ZhStatements

/// The audit and the panel over the gold metric records of the Corpus's final-accounts report
/// (what `zhx extract` will give once metric rules exist), with the report's text.
@Suite struct GoldTests {
    /// What the report contradicts in itself: each of these was checked by hand.
    @Test func theAuditOfTheGoldReport() {
        let findings = StatementAudit().findings(in: GoldReport.document)
        let summary = findings.map { "\($0.line) \($0.check.rawValue) \($0.stated) \($0.computed)" }
        #expect(summary == [
            // 非税收入: 76495万元 of a budget of 35853万元 is 213.36%, stated 113.36%.
            "55 completion 113.36 213.3573",
            // 国有资本经营收入: +31424万元 on 14万元 is +224457.14% (as line 95 says), stated 24754.14%.
            "113 change 24754.14 224457.1429",
            // 城乡社区支出: +26184万元 on 89792万元 is 29.16%, stated 29.61%.
            "133 change 29.61 29.1607",
            // 其他支出（类）: a budget of 8650 元 for 8650 万元 (8万元 / 8650万元 = 0.09%).
            "155 unit 8650 86500000",
            // 财政总收入 867718 元 for 867718 万元 (line 9; and 24.57% of GDP 3532000万元).
            "217 unit 867718 8677180000",
            // 财政暂存款余额: -662万元 on 21736万元 is -3.05%, stated -3.14%.
            "261 change -3.14 -3.0456",
        ])
        for finding in findings {
            #expect(finding.doc == "Corpus/reports/shangdang-2023-final-accounts.txt" && finding.record.type == .finding && Finding(finding.record) == finding)
            #expect(Array(GoldReport.text.unicodeScalars)[finding.start..<finding.end].elementsEqual(finding.text.unicodeScalars))
        }
    }

    /// Without the text, each statement is checked on its own: the completion, change and
    /// repeat findings remain; the share that showed 867718 元 needs no text either.
    @Test func theAuditWithoutTheText() {
        let document = StatementReader(words: builtinWords).read(records: GoldReport.records, text: nil)
        #expect(document.groups.isEmpty && document.tables.isEmpty)
        let lines = StatementAudit().findings(in: document).map { "\($0.line) \($0.check.rawValue)" }
        #expect(lines == ["55 completion", "113 change", "133 change", "155 unit", "217 unit", "261 change"])
    }

    @Test func theReportsStructure() {
        let document = GoldReport.document
        func subjects(_ group: StatementGroup) -> String {
            document.statements[group.total].subject + ": " + group.parts.map { document.statements[$0].subject }.joined(separator: " ")
        }
        let groups = document.groups.map(subjects)
        #expect(groups.contains("财政总收入: 一般公共预算收入 上划中央收入 上划省级收入 上划市级收入"))
        #expect(groups.contains("一般公共预算收入: 税务部门 财政部门"), "the table rows inside 财政部门's span are no parts")
        #expect(groups.contains("非税收入: 国有资本经营收入 行政事业性收费收入 罚没收入 专项收入 国有资源(资产)有偿使用收入 捐赠收入 其他收入 政府住房基金收入"),
                "a sentence naming the total again may stand before 其中")
        #expect(document.groups.filter { $0.kind == .list }.map { document.statements[$0.total].record.line } == [55, 117, 165, 177, 197, 203])
        #expect(document.groups.first { $0.kind == .list }?.parts.count == 21)
        #expect(document.tables.count == 2)
        for (table, title) in zip(document.tables, ["一般公共预算收入", "一般公共预算支出"]) {
            #expect(table.titles == [title] && table.rows.count == 16 && table.totalRow == 0)
            #expect(table.columns.map(\.role) == [.budget, .partial, .actual, .completion, .rank, .lastYear, .change, .rank])
        }
    }

    @Test func thePanelOfTheGoldReport() throws {
        let document = GoldReport.document
        let rows = PanelBuilder(words: builtinWords).rows(for: document)
        // One row per figure of each metric statement.
        let figures = GoldReport.records.filter { $0.type == .metric && $0.doc == document.doc }.map { metric in
            MetricField.allCases.filter { metric[$0.rawValue] != nil }.count
        }.reduce(0, +)
        #expect(rows.count == figures && rows.count == 584)
        #expect(Set(rows.map(\.period)) == ["2023"])

        let revenue = rows.filter { $0.indicator == "一般公共预算收入" && $0.regionCode == "140404" && $0.field == "actual" }
        #expect(revenue.count == 3 && revenue.allSatisfy { $0.value == n("2074500000") && $0.unit == "CNY" && $0.region == "山西省长治市上党区" })
        #expect(revenue.map(\.line) == [9, 11, 55])
        let completion = try #require(rows.first { $0.indicator == "一般公共预算收入" && $0.field == "completion" && $0.regionCode == "140404" })
        #expect(completion.value == n("100.17") && completion.unit == "%" && completion.subject == "一般公共预算收入")
        let taxes = rows.filter { $0.indicator == "税收收入" && $0.field == "change_amount" }
        #expect(taxes.map(\.value) == [n("-150420000"), n("-150420000")] && taxes.map(\.subject) == ["税收收入", "税收"])

        // The county tables: a row per county under the caption's indicator.
        let changzi = rows.filter { $0.subject == "长子" }
        #expect(changzi.map(\.indicator) == ["一般公共预算收入", "一般公共预算收入", "一般公共预算支出", "一般公共预算支出"])
        #expect(changzi.allSatisfy { $0.regionCode == "140428" && $0.region == "山西省长治市长子县" })
        #expect(changzi.map(\.value) == [n("94.8"), n("0.49"), n("93.34"), n("19.35")])
        let cityLevel = rows.filter { $0.subject == "市本级" }
        #expect(cityLevel.count == 4 && cityLevel.allSatisfy { $0.regionCode.isEmpty && $0.region == "市本级" })

        // Indicators: only subjects a list word names.
        #expect(rows.first { $0.subject == "上党区地区生产总值" }?.indicator == "地区生产总值")
        #expect(rows.first { $0.subject == "行政性收费" }?.indicator == "行政事业性收费收入")
        #expect(rows.first { $0.subject == "国有资本经营收入" }?.indicator == "", "a non-tax item and a budget's revenue alike")
        #expect(rows.first { $0.subject == "税务部门" }?.indicator == "")
        #expect(rows.first { $0.subject == "等级为“优”的项目" }?.unit == "个")
        #expect(Set(rows.map(\.indicator)).sorted() == [
            "", "一般公共预算支出", "一般公共预算收入", "上划中央收入", "上划市级收入", "上划省级收入", "个人所得税", "企业所得税",
            "农村居民人均可支配收入", "印花税", "国有土地使用权出让收入", "国有资本经营预算支出", "国有资本经营预算收入",
            "国有资源(资产)有偿使用收入", "土地增值税", "地区生产总值", "地方财政收入", "城市维护建设税", "城镇土地使用税",
            "城镇居民人均可支配收入", "增值税", "契税", "房产税", "政府住房基金收入", "政府性基金预算支出", "政府性基金预算收入",
            "环境保护税", "专项收入", "税收收入", "罚没收入", "耕地占用税", "行政事业性收费收入", "财政总收入", "资源税",
            "车船税", "非税收入",
        ].sorted())
    }

    @Test func indicatorNames() {
        let names = IndicatorNames(words: builtinWords)
        #expect(names.name(of: "一般公共预算收入") == "一般公共预算收入")
        #expect(names.name(of: "全区一般公共预算收入") == "一般公共预算收入")
        #expect(names.name(of: "2023年全市税收收入") == "税收收入")
        #expect(names.name(of: "公共财政预算收入") == "一般公共预算收入")
        #expect(names.name(of: "政府性基金收入") == "政府性基金预算收入")
        #expect(names.name(of: "上党区地区生产总值", regions: ["上党区"]) == "地区生产总值")
        #expect(names.name(of: "上党区地区生产总值") == nil, "a prefix that names no known region")
        #expect(names.name(of: "煤炭行业税收") == nil)
        #expect(names.name(of: "上划中央收入") == "上划中央收入")
        #expect(names.name(of: "非税收入") == "非税收入" && names.name(of: "其他收入") == nil)
        #expect(names.name(of: "國有資本經營預算收入") == "国有资本经营预算收入", "Traditional script")
    }

    @Test func enumerators() {
        func number(_ text: String) -> Int? { StatementStructure.enumerator(Array(text.unicodeScalars)[...]) }
        #expect(number("1、") == 1 && number("- 2、") == 2 && number("3:") == 3 && number("（4）") == 4)
        #expect(number("十二、") == 12 && number("12.") == 12 && number("五、") == 5)
        #expect(number("") == nil && number("(一)财政总收入2023年,全区") == nil && number("2023年") == nil)
    }

    @Test func regionContainment() {
        #expect(StatementStructure.region("140400", contains: "140428"))
        #expect(StatementStructure.region("140000", contains: "140428"))
        #expect(!StatementStructure.region("140400", contains: "140500"))
        #expect(!StatementStructure.region("140428", contains: "140428"))
    }
}
