import Testing
import ZhModel
import ZhText
@testable import ZhStatements

/// A made-up county report: every statement consistent (50000 = 30000 + 20000 万元, 125.00% =
/// 50000 / 40000, +25.00% = 10000 / 40000 …). Each test plants one slip in a copy of it and checks
/// that the audit names that slip, and only it; the report as it is gives no finding.
enum MadeUp {
    static let revenue = "全县一般公共预算收入完成 50000 万元，占年度预算 40000 万元的 125.00%，与上年同期相比增长 25.00%，增收 10000 万元"
    static let tax = "税收收入完成 30000 万元，占年度预算 24000 万元的 125.00%"
    static let nonTax = "非税收入完成 20000 万元，占年度预算 16000 万元的 125.00%"
    static let spending = "一般公共预算支出完成 60000 万元，占年度预算 80000 万元的 75.00%"
    static let education = "教育支出 20000 万元，占年度预算 25000 万元的 80.00%"
    static let health = "卫生健康支出 15000 万元，占年度预算 20000 万元的 75.00%"
    static let other = "其他支出 25000 万元，占年度预算 35000 万元的 71.43%"

    static let text = """
        # 示例县财政局 2024 年度预算执行情况报告

        （一）收入情况 2024年，\(revenue)。其中：\(tax)；\(nonTax)。

        （二）支出情况 2024年，全县\(spending)。

        1、\(education)。

        2、\(health)。

        3、\(other)。

        """

    /// The metric records of `text` (a copy of ``text`` with the same statements, some changed).
    static func records(_ text: String, revenue: String = revenue, tax: String = tax, nonTax: String = nonTax,
                        other: String = other, fields: [String: [(String, String)]] = [:]) -> [Record] {
        func record(_ statement: String, _ name: String, _ defaults: [(String, String)]) -> Record {
            metric(statement, in: text, fields[name] ?? defaults)
        }
        return [
            record(revenue, "revenue", [("subject", "一般公共预算收入"), ("actual", "500000000"), ("budget", "400000000"),
                                        ("completion", "125"), ("change_pct", "25"), ("change_amount", "100000000")]),
            record(tax, "tax", [("subject", "税收收入"), ("actual", "300000000"), ("budget", "240000000"), ("completion", "125")]),
            record(nonTax, "nonTax", [("subject", "非税收入"), ("actual", "200000000"), ("budget", "160000000"), ("completion", "125")]),
            record(spending, "spending", [("subject", "一般公共预算支出"), ("actual", "600000000"), ("budget", "800000000"), ("completion", "75")]),
            record(education, "education", [("subject", "教育支出"), ("actual", "200000000"), ("budget", "250000000"), ("completion", "80")]),
            record(health, "health", [("subject", "卫生健康支出"), ("actual", "150000000"), ("budget", "200000000"), ("completion", "75")]),
            record(other, "other", [("subject", "其他支出"), ("actual", "250000000"), ("budget", "350000000"), ("completion", "71.43")]),
        ]
    }
}

@Suite struct AuditTests {
    // MARK: the consistent report

    @Test func aConsistentReportGivesNoFinding() {
        #expect(audit(MadeUp.text, MadeUp.records(MadeUp.text)).isEmpty)
        #expect(audit(MadeUp.records(MadeUp.text)).isEmpty, "nor without its text")
    }

    @Test func theMadeUpReportsStructureIsRead() {
        let document = StatementReader(words: builtinWords).read(records: MadeUp.records(MadeUp.text), text: MadeUp.text)
        #expect(document.year == 2024)
        #expect(document.groups == [StatementGroup(kind: .ofWhich, total: 0, parts: [1, 2]),
                                    StatementGroup(kind: .list, total: 3, parts: [4, 5, 6])])
    }

    // MARK: completion

    @Test func aCompletionRateThatIsNotActualOverBudget() throws {
        let slipped = MadeUp.revenue.replacingOccurrences(of: "125.00%", with: "115.00%")
        let text = MadeUp.text.replacingOccurrences(of: MadeUp.revenue, with: slipped)
        let findings = audit(text, MadeUp.records(text, revenue: slipped, fields: ["revenue": [
            ("subject", "一般公共预算收入"), ("actual", "500000000"), ("budget", "400000000"), ("completion", "115"),
            ("change_pct", "25"), ("change_amount", "100000000")]]))
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.check == .completion && finding.stated == n("115") && finding.computed == n("125"))
        #expect(finding.text == slipped && finding.line == 3 && finding.doc == "test.txt")
        #expect(finding.start == offset(of: slipped, in: text) && finding.end == finding.start + slipped.unicodeScalars.count)
        #expect(finding.message == "The completion rate 115.00% of 一般公共预算收入 is not actual / budget: 50000万元 / 40000万元 = 125%.")
    }

    /// The Corpus's own: 财政部门/非税收入 76495万元 of a budget of 35853万元 is 213.36%, not 113.36%.
    @Test func theCorpusCompletionSlipOnItsOwn() throws {
        let text = "非税收入完成76495万元,占年度预算35853万元的113.36%,与上年同期相比增长25.37%,增收15478万元"
        let findings = audit([statement(text, [("subject", "非税收入"), ("actual", "764950000"), ("budget", "358530000"),
                                               ("completion", "113.36"), ("change_pct", "25.37"), ("change_amount", "154780000")])])
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.check == .completion)
        #expect(finding.stated == n("113.36") && finding.computed == n("213.3573") && finding.tolerance == n("0.0094"))
        let consistent = text.replacingOccurrences(of: "113.36%", with: "213.36%")
        #expect(audit([statement(consistent, [("subject", "非税收入"), ("actual", "764950000"), ("budget", "358530000"),
                                               ("completion", "213.36"), ("change_pct", "25.37"), ("change_amount", "154780000")])]).isEmpty)
    }

    /// 867718 / 976318 = 88.8766…%: 88.88% holds to ±0.005, 88.87% does not.
    @Test func theToleranceFollowsTheDecimalsWritten() {
        func findings(_ rate: String) -> [Finding] {
            audit([statement("财政总收入完成 867718 万元，占年度预算 976318 万元的 \(rate)%",
                             [("subject", "财政总收入"), ("actual", "8677180000"), ("budget", "9763180000"), ("completion", rate)])])
        }
        #expect(findings("88.88").isEmpty)
        #expect(findings("88.9").isEmpty, "one decimal: ± 0.05")
        #expect(findings("89").isEmpty, "no decimal: ± 0.5")
        #expect(findings("88.87").map(\.check) == [.completion])
        #expect(findings("88.8").map(\.check) == [.completion])
    }

    @Test func aZeroBudgetIsNoDivision() {
        #expect(audit([statement("某项收入完成 72 万元，占年度预算 0 万元的 100%",
                                 [("subject", "某项收入"), ("actual", "720000"), ("budget", "0"), ("completion", "100")])]).isEmpty)
        #expect(audit([statement("某项收入完成 72 万元，增长 5%，增收 72 万元",
                                 [("subject", "某项收入"), ("actual", "720000"), ("change_pct", "5"), ("change_amount", "720000")])]).isEmpty,
                "last year's amount is zero")
    }

    // MARK: change

    @Test func aChangeRateThatDoesNotMatchTheChangeAmount() throws {
        let slipped = MadeUp.revenue.replacingOccurrences(of: "增长 25.00%", with: "增长 20.00%")
        let text = MadeUp.text.replacingOccurrences(of: MadeUp.revenue, with: slipped)
        let findings = audit(text, MadeUp.records(text, revenue: slipped, fields: ["revenue": [
            ("subject", "一般公共预算收入"), ("actual", "500000000"), ("budget", "400000000"), ("completion", "125"),
            ("change_pct", "20"), ("change_amount", "100000000")]]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.check == .change)
        #expect(finding.stated == n("20") && finding.computed == n("25"))
        #expect(finding.message == "The change rate 20% of 一般公共预算收入 does not match its change amount: 10000万元 on last year's 40000万元 (50000万元 less the change) is 25%.")
    }

    @Test func decreasesAreSigned() {
        // 下降8.24%, 减收77911万元: last year 945629万元; -77911 / 945629 = -8.2389%.
        let text = "财政总收入完成 867718 万元，与上年同期相比下降 8.24%，减收 77911 万元"
        #expect(audit([statement(text, [("subject", "财政总收入"), ("actual", "8677180000"), ("change_pct", "-8.24"),
                                         ("change_amount", "-779110000")])]).isEmpty)
        // A decrease stated as an increase.
        #expect(audit([statement(text, [("subject", "财政总收入"), ("actual", "8677180000"), ("change_pct", "8.24"),
                                         ("change_amount", "-779110000")])]).map(\.check) == [.change])
    }

    /// The Corpus's 城乡社区支出: 增长 29.61%, 增支 26184 万元 on 115976 万元 is 29.16%.
    @Test func theCorpusChangeSlipOnItsOwn() {
        let text = "城乡社区支出 115976 万元，占年度预算 118454 万元的 97.91%，与上年同期相比增长 29.61%，增支 26184 万元"
        let fields = [("subject", "城乡社区支出"), ("actual", "1159760000"), ("budget", "1184540000"), ("completion", "97.91"),
                      ("change_pct", "29.61"), ("change_amount", "261840000")]
        let findings = audit([statement(text, fields)])
        #expect(findings.map(\.check) == [.change] && findings.first?.computed == n("29.1607"))
    }

    // MARK: total

    @Test func partsAfterQiZhongThatExceedTheirTotal() throws {
        let slipped = "非税收入完成 25000 万元，占年度预算 16000 万元的 156.25%"
        let text = MadeUp.text.replacingOccurrences(of: MadeUp.nonTax, with: slipped)
        let findings = audit(text, MadeUp.records(text, nonTax: slipped, fields: ["nonTax": [
            ("subject", "非税收入"), ("actual", "250000000"), ("budget", "160000000"), ("completion", "156.25")]]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.check == .total)
        #expect(finding.text == MadeUp.revenue, "the total's statement")
        #expect(finding.stated == n("500000000") && finding.computed == n("550000000") && finding.tolerance == n("15000"))
        #expect(finding.message == "The actual amounts of the 2 parts listed after 其中 (税收收入, 非税收入) add up to 55000万元, not to the stated 50000万元 of 一般公共预算收入.")
    }

    @Test func partsThatFallShortMayBeSomePartsOnly() {
        let fewer = "税收收入完成 28000 万元，占年度预算 24000 万元的 116.67%"
        let text = MadeUp.text.replacingOccurrences(of: MadeUp.tax, with: fewer)
        let records = MadeUp.records(text, tax: fewer, fields: ["tax": [
            ("subject", "税收收入"), ("actual", "280000000"), ("budget", "240000000"), ("completion", "116.67")]])
        #expect(audit(text, records).isEmpty, "a 其中 list may name some parts only")
        // With shares that add up to 100%, the list is complete: the shortfall is reported.
        let taxShare = fewer + "，占比 60%", nonTaxShare = MadeUp.nonTax + "，占比 40%"
        let withShares = MadeUp.text.replacingOccurrences(of: MadeUp.tax, with: taxShare).replacingOccurrences(of: MadeUp.nonTax, with: nonTaxShare)
        let shared = MadeUp.records(withShares, tax: taxShare, nonTax: nonTaxShare, fields: [
            "tax": [("subject", "税收收入"), ("actual", "280000000"), ("budget", "240000000"), ("completion", "116.67"), ("share", "60")],
            "nonTax": [("subject", "非税收入"), ("actual", "200000000"), ("budget", "160000000"), ("completion", "125"), ("share", "40")]])
        #expect(audit(withShares, shared).map(\.check) == [.total])
    }

    @Test func aNumberedListThatExceedsItsTotal() throws {
        let slipped = "其他支出 30000 万元，占年度预算 35000 万元的 85.71%"
        let text = MadeUp.text.replacingOccurrences(of: MadeUp.other, with: slipped)
        let findings = audit(text, MadeUp.records(text, other: slipped, fields: ["other": [
            ("subject", "其他支出"), ("actual", "300000000"), ("budget", "350000000"), ("completion", "85.71")]]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.check == .total && finding.text == MadeUp.spending)
        #expect(finding.computed == n("650000000") && finding.message.contains("the 3 parts listed after it (教育支出, 卫生健康支出, 其他支出)"))
    }

    @Test func aChangeAmountOfPartsThatCannotMakeTheTotals() {
        // The parts' amounts add up (the list is complete this year), but their changes make
        // +8000万元 where the total says +10000万元: more than the parts can give.
        let tax = MadeUp.tax + "，增收 5000 万元", nonTax = MadeUp.nonTax + "，增收 3000 万元"
        let text = MadeUp.text.replacingOccurrences(of: MadeUp.tax, with: tax).replacingOccurrences(of: MadeUp.nonTax, with: nonTax)
        let records = MadeUp.records(text, tax: tax, nonTax: nonTax, fields: [
            "tax": [("subject", "税收收入"), ("actual", "300000000"), ("budget", "240000000"), ("completion", "125"), ("change_amount", "50000000")],
            "nonTax": [("subject", "非税收入"), ("actual", "200000000"), ("budget", "160000000"), ("completion", "125"), ("change_amount", "30000000")]])
        let findings = audit(text, records)
        #expect(findings.map(\.check) == [.total] && findings.first?.computed == n("80000000"))
        // Parts whose changes exceed the total's may have lost a category since last year: no finding.
        let more = text.replacingOccurrences(of: "增收 3000 万元", with: "增收 6000 万元")
        let moreRecords = MadeUp.records(more, tax: tax, nonTax: MadeUp.nonTax + "，增收 6000 万元", fields: [
            "tax": [("subject", "税收收入"), ("actual", "300000000"), ("budget", "240000000"), ("completion", "125"), ("change_amount", "50000000")],
            "nonTax": [("subject", "非税收入"), ("actual", "200000000"), ("budget", "160000000"), ("completion", "125"), ("change_amount", "60000000")]])
        #expect(audit(more, moreRecords).isEmpty)
    }

    @Test func aShareThatIsNotThePartOverItsTotal() {
        let text = """
            税收收入完成 130955 万元。

            增值税完成 36031 万元，占税收收入的 27.51%。企业所得税完成 36069 万元，占税收收入的 37.54%。
            """
        let records = [
            metric("税收收入完成 130955 万元", in: text, [("subject", "税收收入"), ("actual", "1309550000")]),
            metric("增值税完成 36031 万元，占税收收入的 27.51%", in: text, [("subject", "增值税"), ("actual", "360310000"), ("share", "27.51")]),
            metric("企业所得税完成 36069 万元，占税收收入的 37.54%", in: text, [("subject", "企业所得税"), ("actual", "360690000"), ("share", "37.54")]),
        ]
        let findings = audit(text, records)
        #expect(findings.map(\.check) == [.total] && findings.first?.text.hasPrefix("企业所得税") == true)
        #expect(findings.first?.message == "The share 37.54% of 企业所得税 in 税收收入 is not 36069万元 / 130955万元 (line 1) = 27.543%.")
    }

    // MARK: tables

    static let table = """
        表1 各乡镇一般公共预算收入
        乡镇\t预算数\t累计完成\t为预算%\t上年同期数\t增减幅
        合计\t1000\t900\t90.00\t800\t12.50
        甲镇\t600\t540\t90.00\t480\t12.50
        乙镇\t400\t360\t90.00\t320\t12.50
        """

    /// The rows of ``table`` (with `table`'s cells) as metric records with completion and change.
    static func tableRecords(_ table: String) -> [Record] {
        table.split(separator: "\n").dropFirst(2).map { line in
            let cells = line.split(separator: "\t").map(String.init)
            return metric(String(line), in: table, [("subject", cells[0]), ("completion", cells[3]), ("change_pct", cells[5])])
        }
    }

    @Test func aConsistentTableGivesNoFinding() {
        let document = StatementReader(words: builtinWords).read(records: Self.tableRecords(Self.table), text: Self.table)
        let table = document.tables.first
        #expect(table?.columns.map(\.role) == [.budget, .actual, .completion, .lastYear, .change])
        #expect(table?.totalRow == 0 && table?.titles == ["表1各乡镇一般公共预算收入"])
        #expect(StatementAudit().findings(in: document).isEmpty)
    }

    @Test func aTableColumnThatDoesNotAddUp() throws {
        // 甲镇's budget 600 → 650: the column no longer adds up, and 甲镇's completion no longer holds.
        let slipped = Self.table.replacingOccurrences(of: "甲镇\t600", with: "甲镇\t650")
        let findings = audit(slipped, Self.tableRecords(slipped))
        #expect(findings.map(\.check) == [.total, .completion])
        let total = try #require(findings.first)
        #expect(total.text.hasPrefix("合计") && total.stated == n("1000") && total.computed == n("1050") && total.tolerance == n("1.5"))
        #expect(total.message == "The 2 rows of 预算数 add up to 1050, not to 1000 in the total row of 合计.")
        #expect(findings[1].text.hasPrefix("甲镇") && findings[1].computed == n("83.0769"))
    }

    @Test func aTableRowTenThousandTimesOff() throws {
        // 乙镇's 上年同期数 written in 元: 3200000 for 320 (万元).
        let slipped = Self.table.replacingOccurrences(of: "360\t90.00\t320", with: "360\t90.00\t3200000")
        let findings = audit(slipped, Self.tableRecords(slipped))
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.check == .unit && finding.text.hasPrefix("乙镇"))
        #expect(finding.stated == n("3200000") && finding.computed == n("320"))
    }

    @Test func aRowTenThousandTimesOffWithoutATotalRow() throws {
        // No total row: the row's own rates show the slip, and the cell that, corrected, lies
        // nearest its column is the one named.
        let noTotal = Self.table.split(separator: "\n").filter { !$0.hasPrefix("合计") }.joined(separator: "\n")
        let slipped = noTotal.replacingOccurrences(of: "甲镇\t600\t540", with: "甲镇\t600\t5400000")
        let findings = audit(slipped, Self.tableRecords(slipped))
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.check == .unit && finding.text.hasPrefix("甲镇"))
        #expect(finding.stated == n("5400000") && finding.computed == n("540"))
        #expect(audit(noTotal, Self.tableRecords(noTotal)).isEmpty)
    }

    // MARK: unit

    /// The Corpus's 其他支出（类）: 8 万元 of a budget of 8650 元 is 0.09% only if the budget is 8650 万元.
    @Test func aFigureInYuanWhereTenThousandsAreMeant() throws {
        let text = "其他支出（类）8 万元，占年度预算 8650 元的 0.09%，与上年同期相比下降 99.77%，减支 3492 万元"
        let findings = audit([statement(text, [("subject", "其他支出（类）"), ("actual", "80000"), ("budget", "8650"),
                                               ("completion", "0.09"), ("change_pct", "-99.77"), ("change_amount", "-34920000")])])
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.check == .unit)
        #expect(finding.stated == n("8650") && finding.computed == n("86500000") && finding.tolerance == n("5000"))
        #expect(finding.message == "The budget 8650元 of 其他支出（类） looks 10,000 times too small (元 written for 万元): read as 86500000 yuan, the stated completion rate 0.09% holds.")
    }

    @Test func aLoneFigureInYuanAmongTenThousands() {
        let slipped = "罚没收入完成 5000 元，增收 800 万元"
        #expect(audit([statement(slipped, [("subject", "罚没收入"), ("actual", "5000"), ("change_amount", "8000000")])]).map(\.check) == [.unit])
        let consistent = "罚没收入完成 5000 万元，增收 800 万元"
        #expect(audit([statement(consistent, [("subject", "罚没收入"), ("actual", "50000000"), ("change_amount", "8000000")])]).isEmpty)
        // A figure in 元 with no amount in 万元 beside it (a per-capita income) is no slip.
        #expect(audit([statement("城镇居民人均可支配收入 42885 元，增长 5.1%",
                                 [("subject", "城镇居民人均可支配收入"), ("actual", "42885"), ("change_pct", "5.1")])]).isEmpty)
    }

    // MARK: repeat

    @Test func theSameIndicatorStatedTwiceWithDifferentValues() throws {
        let text = MadeUp.text + "\n（三）说明 全县一般公共预算收入完成 52000 万元。\n"
        let records = MadeUp.records(text) + [metric("一般公共预算收入完成 52000 万元", in: text, after: 300,
                                                      [("subject", "一般公共预算收入"), ("actual", "520000000")])]
        let findings = audit(text, records)
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.check == .repeat && finding.line == 13)
        #expect(finding.stated == n("520000000") && finding.computed == n("500000000"))
        #expect(finding.message == "The actual amount of 一般公共预算收入 is stated as 52000万元 here but as 50000万元 on line 3.")
        // Stated again with the same value: no finding.
        let same = MadeUp.text + "\n（三）说明 全县一般公共预算收入完成 50000 万元。\n"
        #expect(audit(same, MadeUp.records(same) + [metric("一般公共预算收入完成 50000 万元", in: same, after: 300,
                                                            [("subject", "一般公共预算收入"), ("actual", "500000000")])]).isEmpty)
    }

    @Test func differentIndicatorsUnderOneSubjectAreNoRepeat() {
        // What is measured differs (分配 and 支出), and so does the period (上年).
        let text = "直达资金已分配 100 万元，分配进度 90%，直达资金已支出 80 万元，支出进度 72%。上年直达资金已分配 90 万元。"
        let records = [
            metric("直达资金已分配 100 万元，分配进度 90%", in: text, [("subject", "直达资金"), ("actual", "1000000"), ("completion", "90")]),
            metric("直达资金已支出 80 万元，支出进度 72%", in: text, [("subject", "直达资金"), ("actual", "800000"), ("completion", "72")]),
            metric("直达资金已分配 90 万元", in: text, [("subject", "直达资金"), ("actual", "900000"), ("period", "上年")]),
        ]
        #expect(audit(text, records).isEmpty)
        // Parts of two different totals (a department's share of two revenues) are no repeat.
        let departments = """
            一般公共预算收入完成 207450 万元，其中税务部门完成 130955 万元；财政部门完成 76495 万元。
            地方财政收入完成 365054 万元，其中税务部门完成 288559 万元；财政部门完成 76495 万元。
            """
        let parts = [("一般公共预算收入完成 207450 万元", "一般公共预算收入", "2074500000", 0), ("税务部门完成 130955 万元", "税务部门", "1309550000", 0),
                     ("财政部门完成 76495 万元", "财政部门", "764950000", 0), ("地方财政收入完成 365054 万元", "地方财政收入", "3650540000", 40),
                     ("税务部门完成 288559 万元", "税务部门", "2885590000", 40), ("财政部门完成 76495 万元", "财政部门", "764950000", 40)]
        let departmentRecords = parts.map { text, subject, actual, after in
            metric(text, in: departments, after: after, [("subject", subject), ("actual", actual)])
        }
        #expect(audit(departments, departmentRecords).isEmpty)
    }

    @Test func aRepeatTenThousandTimesOffIsAUnitSlip() throws {
        let text = """
            财政总收入完成 867718 万元，增收 100 万元。

            财政总收入累计完成 867718 元，增收 100 万元。
            """
        let records = [
            metric("财政总收入完成 867718 万元，增收 100 万元", in: text, [("subject", "财政总收入"), ("actual", "8677180000"), ("change_amount", "1000000")]),
            metric("财政总收入累计完成 867718 元，增收 100 万元", in: text, [("subject", "财政总收入"), ("actual", "867718"), ("change_amount", "1000000")]),
        ]
        let findings = audit(text, records)
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.check == .unit && finding.line == 3)
        #expect(finding.stated == n("867718") && finding.computed == n("8677180000"))
    }
}

extension AuditTests {
    @Test func approximateFiguresCheckNothing() {
        // 约 and 以上: the figures are not exact, so 50 / 40 against 115% proves nothing.
        #expect(audit([statement("某项收入完成约 50 万元，占年度预算 40 万元的 115%",
                                 [("subject", "某项收入"), ("actual", "500000"), ("budget", "400000"), ("completion", "115")])]).isEmpty)
        #expect(audit([statement("某项收入完成 50 万元以上，占年度预算 40 万元的 115%",
                                 [("subject", "某项收入"), ("actual", "500000"), ("budget", "400000"), ("completion", "115")])]).isEmpty)
        #expect(audit([statement("某项收入完成 50 万元，占年度预算 40 万元的 115%",
                                 [("subject", "某项收入"), ("actual", "500000"), ("budget", "400000"), ("completion", "115")])]).map(\.check) == [.completion])
    }
}

extension AuditTests {
    /// `占支出的…` names no statement's subject but for its scope: 卫生健康支出 ends with 支出,
    /// and is no total of 教育支出.
    @Test func aShareIsOfTheTotalItNamesOnly() {
        let text = "卫生健康支出 31763 万元。教育支出 56917 万元，占支出的 11.62%。"
        let records = [
            metric("卫生健康支出 31763 万元", in: text, [("subject", "卫生健康支出"), ("actual", "317630000")]),
            metric("教育支出 56917 万元，占支出的 11.62%", in: text, [("subject", "教育支出"), ("actual", "569170000"), ("share", "11.62")]),
        ]
        #expect(audit(text, records).isEmpty)
        #expect(builtinWords.sameSubject("全区一般公共预算支出", "一般公共预算支出", regions: []))
        #expect(builtinWords.sameSubject("上党区地区生产总值", "地区生产总值", regions: ["上党区"]))
        #expect(!builtinWords.sameSubject("卫生健康支出", "支出", regions: []))
    }
}
