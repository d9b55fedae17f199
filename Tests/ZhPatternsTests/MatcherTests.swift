import Testing
import ZhPatterns
import ZhText

@Suite struct MatcherTests {
    static let money = """
    list scale
      万 = 10000
      亿 = 100000000
      万亿 = 1000000000000
    list qualifier-before
      超 逾 = over
      约 = about
      不低于 = at_least
    list qualifier-after
      以上 = over
      左右 = about
    rule money.cjk-scale
      type: money
      match: qualifier:@qualifier-before? amount:NUM scale:@scale? 元 qualifier:@qualifier-after?
    """

    @Test func numberScaleAndListValues() throws {
        let harness = try MatchHarness(Self.money)
        #expect(harness.found("一般公共预算收入完成207450万元，占年度预算") == ["money.cjk-scale:207450万元"])
        #expect(harness.captures("超2万亿元以上") == ["qualifier=以上(over)", "amount=2", "scale=万亿(1000000000000)"])
        #expect(harness.captures("补助1.57亿元") == ["amount=1.57", "scale=亿(100000000)"])
        #expect(harness.found("共23.17亿元和-9,571万元。") == ["money.cjk-scale:23.17亿元", "money.cjk-scale:-9,571万元"])
    }

    @Test func numIsAWholeToken() throws {
        let harness = try MatchHarness("rule r\n  type: t\n  match: NUM 元\n")
        // `PM2.5` is one Latin token: no number inside it can start a match.
        #expect(harness.found("PM2.5元") == [])
        #expect(harness.found("2,312.81元") == ["r:2,312.81元"])
    }

    @Test func classesCnumLatinHan() throws {
        let harness = try MatchHarness("""
        rule cnum
          type: t
          match: CNUM 元
        rule latin
          type: t
          match: LATIN 增速
        rule han
          type: t
          match: 《 HAN+ 》
        """)
        #expect(harness.found("两千五百万元") == ["cnum:两千五百万元"])
        #expect(harness.found("GDP增速") == ["latin:GDP增速"])
        #expect(harness.found("见《预算法》。") == ["han:《预算法》"])
        #expect(harness.found("见《预算 法》。") == [])
    }

    @Test func longestListWordWins() throws {
        let harness = try MatchHarness(Self.money)
        // 万亿 is taken whole; the rule cannot fall back to 万 then fail on 亿.
        #expect(harness.captures("3万亿元").contains("scale=万亿(1000000000000)"))
    }

    @Test func listValueFilter() throws {
        let harness = try MatchHarness("""
        list q
          超 = over
          约 = about
        rule r
          type: t
          match: @q=over NUM
        """)
        #expect(harness.found("超5 约6") == ["r:超5"])
    }

    @Test func optionalRepeatAndBounds() throws {
        let harness = try MatchHarness("""
        rule r
          type: t
          match: a b? c* d+ e{2} f{1,2} g{2,}
        """)
        #expect(harness.found("adeeffgg") == ["r:adeeffgg"])
        #expect(harness.found("abcccddeefgggg") == ["r:abcccddeefgggg"])
        #expect(harness.found("adeefffgg") == [])
        #expect(harness.found("adeefg") == [])
    }

    @Test func alternationAndGroups() throws {
        let harness = try MatchHarness("""
        rule r
          type: t
          match: (上|下)半年 | 全年
        """)
        #expect(harness.found("上半年和全年及下半年") == ["r:上半年", "r:全年", "r:下半年"])
    }

    @Test func repeatedCaptureKeepsTheLast() throws {
        let harness = try MatchHarness("""
        list unit
          亩 = mu
          户 = household
        rule r
          type: t
          match: (n:NUM u:@unit 、?)+
        """)
        #expect(harness.captures("3亩、5户") == ["n=5", "u=户(household)"])
    }

    @Test func captureValueResetsWhenTheCaptureRepeatsWithoutAWord() throws {
        let harness = try MatchHarness("""
        list scale
          万 = 10000
        rule r
          type: t
          match: (x:(@scale | 元) ","?)+
        """)
        #expect(harness.captures("万,元") == ["x=元"])
        #expect(harness.captures("元,万") == ["x=万(10000)"])
    }

    @Test func sameCaptureNameInBranchesIsOneCapture() throws {
        let harness = try MatchHarness("""
        rule r
          type: t
          match: amount:NUM 元 | amount:CNUM 元
        """)
        #expect(harness.captures("三元") == ["amount=三"])
        #expect(harness.captures("3元") == ["amount=3"])
    }

    @Test func contextLists() throws {
        let harness = try MatchHarness("""
        list ordinal-marker
          第
          排名
        rule count
          type: quantity
          match: CNUM 届
          not-after: @ordinal-marker 前
          not-before: 会议 LATIN
        """)
        #expect(harness.found("第三届") == [])
        #expect(harness.found("排名三届") == [])
        #expect(harness.found("前三届") == [])
        #expect(harness.found("三届会议") == [])
        #expect(harness.found("三届AB") == [])
        #expect(harness.found("已连续三届。") == ["count:三届"])
    }

    @Test func contextClasses() throws {
        let harness = try MatchHarness("""
        rule pct
          type: percent
          match: NUM %
          not-after: LATIN
          not-before: NUM HAN
        """)
        #expect(harness.found("增长5%，") == ["pct:5%"])
        #expect(harness.found("增长5%8") == [])
        #expect(harness.found("增长5%是") == [])
    }

    @Test func notBeforeFallsBackToAShorterMatch() throws {
        let harness = try MatchHarness("""
        rule r
          type: t
          match: NUM 万?
          not-before: 元
        """)
        // The longest candidate `5万` is followed by 元; `5` alone is followed by 万, allowed.
        #expect(harness.found("5万元") == ["r:5"])
    }

    @Test func wordBoundaryIsAskedLazily() throws {
        let harness = try MatchHarness("""
        rule r
          type: t
          match: / 市 /
        """)
        // A segmenter that puts boundaries only around the second 市 (offsets 6 and 7).
        var asked: [Int] = []
        let found = harness.matches("长治市沁县，市区", wordBoundary: { asked.append($0); return $0 == 6 || $0 == 7 })
        #expect(found.map(\.range) == [6..<7])
        #expect(asked == [2, 6, 7])
        var statistics = MatchStatistics()
        _ = harness.matches("一二三四五六七八九十", statistics: &statistics)
        #expect(statistics.boundaryQueries == 0)
    }

    @Test func overlapPolicyPrefersLeftmostLongestThenPriorityThenOrder() throws {
        let harness = try MatchHarness("""
        rule short
          type: t
          match: NUM 万
        rule long
          type: t
          match: NUM 万元
        rule first
          type: t
          match: NUM 亿
        rule second
          type: t
          priority: 5
          match: NUM 亿
        rule third
          type: t
          priority: 5
          match: NUM 亿
        rule inner
          type: t
          match: 万元
        """)
        #expect(harness.found("5万元") == ["long:5万元"])
        #expect(harness.found("5亿") == ["second:5亿"])
        #expect(harness.found("5万元万元") == ["long:5万元", "inner:万元"])
    }

    @Test func leftmostCandidateWaitsForLongerThreadsThenLaterMatchesAreFound() throws {
        let harness = try MatchHarness("""
        rule a
          type: t
          match: a (b c d e)?
        rule c
          type: t
          match: c
        """)
        #expect(harness.found("abcdX c") == ["a:a", "c:c", "c:c"])
        #expect(harness.found("abcde") == ["a:abcde"])
    }

    @Test func rangeLimitsMatchesButContextsSeeAround() throws {
        let harness = try MatchHarness("""
        rule r
          type: t
          match: NUM 元
          not-after: 第
        """)
        let scalars = Array("第5元 6元".unicodeScalars)
        let tokens = MatchHarness.tokens(scalars)
        #expect(harness.matcher.matches(in: scalars, tokens: tokens, range: 1..<3).isEmpty)
        #expect(harness.matcher.matches(in: scalars, tokens: tokens, range: 1..<6).map(\.range) == [4..<6])
        #expect(harness.matcher.matches(in: scalars, tokens: tokens, range: 4..<5).isEmpty)
    }
}

@Suite struct NormalizationTests {
    @Test func literalsAndWordsAreNormalizedLikeTheText() throws {
        let harness = try MatchHarness("""
        list scale
          萬 = 10000
        rule r
          type: t
          match: NUM @scale 圓 ％
        """)
        let text = NormalizedText(original: "增長５萬圓％。")
        let tokens = MatchHarness.tokens(text.scalars)
        let found = harness.matcher.matches(in: text.scalars, tokens: tokens, range: 0..<text.scalars.count)
        #expect(found.map { text.text($0.range) } == ["5万圆%"])
        #expect(found.first?["scale"] == nil)
    }
}

@Suite struct AcceptTests {
    @Test func aRefusedCandidateGivesWayToTheNextBest() throws {
        let harness = try MatchHarness("""
        rule year
          type: date
          match: CNUM 年
        rule duration
          type: quantity
          match: CNUM 年 以来?
        rule unit
          type: quantity
          match: 年
        """)
        let scalars = Array("连续三年以来".unicodeScalars)
        let tokens = MatchHarness.tokens(scalars)
        let all = harness.matcher.matches(in: scalars, tokens: tokens, range: 0..<scalars.count)
        #expect(all.map { harness.matcher.rule(of: $0).id } == ["duration"])
        // Refusing the longest candidate leaves the shorter one of another rule at the same start.
        let noLong = harness.matcher.matches(in: scalars, tokens: tokens, range: 0..<scalars.count,
                                             accept: { $0.range.count < 4 })
        #expect(noLong.map { "\(harness.matcher.rule(of: $0).id)\($0.range)" } == ["year2..<4"])
        // Refusing everything that starts at 三 lets a later start win.
        let noThree = harness.matcher.matches(in: scalars, tokens: tokens, range: 0..<scalars.count,
                                              accept: { $0.range.lowerBound != 2 })
        #expect(noThree.map { "\(harness.matcher.rule(of: $0).id)\($0.range)" } == ["unit3..<4"])
    }
}

@Suite struct EdgeCaseTests {
    @Test func setsWithoutRulesAndEmptyTextsMatchNothing() throws {
        let listsOnly = try MatchHarness("list l\n  元\n")
        #expect(listsOnly.found("5元") == [])
        let harness = try MatchHarness("rule r\n  type: t\n  match: 元\n")
        #expect(harness.found("") == [])
        let scalars = Array("元元".unicodeScalars)
        // No tokens at all, a range past the end, and an empty range are all accepted.
        #expect(harness.matcher.matches(in: scalars, tokens: [], range: 0..<99).map(\.range) == [0..<1, 1..<2])
        #expect(harness.matcher.matches(in: scalars, tokens: [], range: 1..<1).isEmpty)
    }

    /// More rules begin with a number than the 64 bits of the start masks hold: those past the
    /// 64th are still started, at a number and at a digit that also begins a literal rule.
    @Test func rulesPastTheSixtyFourthStartEntryStillStart() throws {
        let words = (0..<70).map { String(Character(Unicode.Scalar(0x6C00 + $0)!)) }
        var source = "rule one\n  type: t\n  match: 1 a\n"
        for (index, word) in words.enumerated() { source += "rule r\(index)\n  type: t\n  match: NUM \(word)\n" }
        let matcher = Matcher(try PatternSet(source: source, file: "many.zhp"), normalize: { $0 })
        let scalars = Array("12\(words[69]) 3\(words[0]) 1a 4\(words[64]) 15\(words[63])".unicodeScalars)
        let found = matcher.matches(in: scalars, tokens: MatchHarness.tokens(scalars), range: 0..<scalars.count)
            .map { "\(matcher.rule(of: $0).id):\(MatchHarness.text(scalars, $0.range))" }
        #expect(found == ["r69:12\(words[69])", "r0:3\(words[0])", "one:1a", "r64:4\(words[64])", "r63:15\(words[63])"])
    }

    /// A rule that begins with a number and needs a later word (a range's 至) starts no thread at
    /// a number with no such word within reach, and still finds every match where there is one.
    @Test func rulesStartOnlyWhereTheirRequiredWordCanFollow() throws {
        let harness = try MatchHarness("""
        list scale
          万
          亿
        list sep
          至
          -
        rule range
          type: t
          match: min:NUM @scale? 元? @sep max:NUM @scale? 元
        """)
        var statistics = MatchStatistics()
        let none = harness.matches("完成12万元，增长34万元，其中56亿元用于至关重要的项目", statistics: &statistics)
        #expect(none.isEmpty)
        // 12 and 34 have no separator within reach; 56 is followed by 亿元 and then 用, not a separator.
        #expect(statistics.threadsStarted == 0)
        #expect(harness.found("投资12万元至34万元，另有5-6亿元") == ["range:12万元至34万元", "range:5-6亿元"])
        // A separator just past the window (after a longer unit) does not start the rule either.
        statistics = MatchStatistics()
        #expect(harness.matches("12万元的至", statistics: &statistics).isEmpty)
        #expect(statistics.threadsStarted == 0)
    }
}
