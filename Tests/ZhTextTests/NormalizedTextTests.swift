import Testing
import CICUShim
@testable import ZhText

/// The normalized view of `text` as a string.
func normalized(_ text: String) -> String {
    let n = NormalizedText(original: text)
    return n.text(0..<n.scalars.count)
}

@Suite struct NormalizedTextTests {
    @Test func spacesInsideChineseGo() {
        #expect(normalized("完成 2453 万元") == "完成2453万元")
        #expect(normalized("(一)财政总收入 2023 年,全区") == "(一)财政总收入2023年,全区")
        #expect(normalized("推进 PPP 工作") == "推进PPP工作")
        #expect(normalized("江苏省东台市财政局 | 吴安萍") == "江苏省东台市财政局|吴安萍")
        #expect(normalized("县\u{3000}区") == "县区")
    }

    @Test func spacesBetweenLatinWordsAndNumbersStay() {
        #expect(normalized("Hello   world") == "Hello world")
        #expect(normalized("- 2、国防支出") == "- 2、国防支出")
        #expect(normalized("合计 2453 3207") == "合计2453 3207")
    }

    @Test func wrapsInsideNumbersAndWordsAreRemoved() {
        #expect(normalized("收入完成1,203.04\n\n万元，增长") == "收入完成1,203.04万元，增长")
        #expect(normalized("支出总计为1.56亿元，其中专项转移支付增长 0.17 亿\n\n元") == "支出总计为1.56亿元，其中专项转移支付增长0.17亿元")
        #expect(normalized("拨付资金，全年共计193\n4万元") == "拨付资金，全年共计1934万元")
        #expect(normalized("其中教育支出占比1\n3.29%") == "其中教育支出占比13.29%")
        // A short title that ends with a number is not a number cut by a wrap.
        #expect(normalized("附件1\n2023年预算执行情况表") == "附件1\n2023年预算执行情况表")
        #expect(normalized("整合闲置厂房、土地等县域国有资产资\n\n源,打造") == "整合闲置厂房、土地等县域国有资产资源,打造")
        #expect(normalized("上划市级收入完成 157604 万元，占年度预算 162012 万的\n\n97.28%，与上年")
            == "上划市级收入完成157604万元，占年度预算162012万的97.28%，与上年")
        #expect(normalized("建立健全分行业、\n\n分领域项目支出标准体系。") == "建立健全分行业、分领域项目支出标准体系。")
        #expect(normalized("同时,通过建立“预算\n\n编制—执行监控—绩效评价”全流程管控机制,将")
            == "同时,通过建立“预算编制—执行监控—绩效评价”全流程管控机制,将")
    }

    @Test func paragraphsHeadingsAndListsStayApart() {
        #expect(normalized("增收436万元。\n\n其中税务") == "增收436万元。\n其中税务")
        #expect(normalized("江苏东台：扎实做好安全生产保障工作\n\n江苏省东台市财政局 | 吴安萍\n\n近年来，江苏省")
            == "江苏东台:扎实做好安全生产保障工作\n江苏省东台市财政局|吴安萍\n近年来，江苏省")
        #expect(normalized("（县财政局牵头，各乡镇按职责分工负责落实）\n\n（二）兜牢兜实基层")
            == "(县财政局牵头，各乡镇按职责分工负责落实)\n(二)兜牢兜实基层")
        #expect(normalized("一、总体要求\n\n坚持以习近平新时代") == "一、总体要求\n坚持以习近平新时代")
        #expect(normalized("其中，增收3541万元，\n\n11、耕地占用税") == "其中，增收3541万元，\n11、耕地占用税")
        #expect(normalized("经费、\n- 2、国防支出") == "经费、\n- 2、国防支出")
        #expect(normalized("三是营造氛围，广泛宣传。■\n\n责任编辑 李艳芝 梁冬妮") == "三是营造氛围，广泛宣传。■\n责任编辑李艳芝梁冬妮")
        #expect(normalized("\n\n  标题\n\n") == "标题")
    }

    @Test func fixedWidthWrapsWithoutPunctuationAreJoined() {
        let wrapped = "一是加强领导，完善制度体系。加强部门协助，与市应急管理局联合\n制定出台了《关于印发〈东台市市级安全生产专项资金管理办法〉的\n通知》等办法，规范财政专项资金管理。"
        #expect(normalized(wrapped) == "一是加强领导，完善制度体系。加强部门协助，与市应急管理局联合制定出台了《关于印发〈东台市市级安全生产专项资金管理办法〉的通知》等办法，规范财政专项资金管理。")
        #expect(normalized("坚决遏制以PPP名义变相举债，严格落实P\nPP支出责任监测预警机制。") == "坚决遏制以PPP名义变相举债，严格落实PPP支出责任监测预警机制。")
        // A title of the same length after a paragraph that ended properly stays apart.
        #expect(normalized("内蒙古下达资金20.78亿元支持社会科学普及\n\n本报讯(记者 贺向军)记者从内蒙古自治区财政厅获悉,去年至今")
            == "内蒙古下达资金20.78亿元支持社会科学普及\n本报讯(记者贺向军)记者从内蒙古自治区财政厅获悉,去年至今")
        #expect(normalized("广西壮族自治区来宾市象州县财政局 | 韦恒\n\n2021年，广西") == "广西壮族自治区来宾市象州县财政局|韦恒\n2021年，广西")
    }

    @Test func englishWrapsBecomeOneSpace() {
        #expect(normalized("This is a long English sentence that wraps across\nlines.") ==
            "This is a long English sentence that wraps across lines.")
    }

    @Test func tableRowsKeepEveryCell() {
        #expect(normalized("占年度预算35853\n\n县 区\t一 般\t\t\n长治市\t3291180\t\t3104887\t1.48\t\n\t年 度\t本 月")
            == "占年度预算35853\n县区\t一般\n长治市\t3291180\t\t3104887\t1.48\n\t年度\t本月")
        #expect(normalized("长治市  3291180  272374\n市本级  1279974 111573") == "长治市\t3291180\t272374\n市本级\t1279974\t111573")
    }

    @Test func fullWidthForms() {
        #expect(normalized("１００．１７％") == "100.17%")
        #expect(normalized("２，３１２．８１万元") == "2,312.81万元")
        #expect(normalized("完成１２３，占") == "完成123，占")
        #expect(normalized("（一）ＰＭ２．５　浓度") == "(一)PM2.5浓度")
        #expect(normalized("下降−12.5%") == "下降-12.5%")
        #expect(normalized("a\u{200B}b\u{FEFF}c") == "abc")
    }

    @Test func aFullWidthCommaBetweenDigitsBreaksLinesAsTheASCIIOneDoes() {
        // Between digits `，` groups thousands, as `,` does: it does not make a line running text
        // (found by the fuzz target FuzzExtractor: the full-width form joined the lines, and
        // `0万` after `金` became money).
        #expect(normalized("1，3金\n0万") == normalized("1,3金\n0万"))
        #expect(normalized("１，２３４\n５万元") == normalized("1,234\n5万元"))
        #expect(normalized("合计１，２３４\n万元") == "合计1,234万元")
        // A clause comma is still one, even next to a digit.
        #expect(normalized("第1，\n2项") == "第1，2项")
    }

    @Test func traditionalToSimplified() {
        #expect(normalized("萬元 億元 財政局 預算 億 與 實現") == "万元亿元财政局预算亿与实现")
        #expect(normalized("兩千貳佰陸拾萬") == "两千贰佰陆拾万")
        #expect(normalized("基層「三保」與『雙贏』") == "基层“三保”与‘双赢’")
        #expect(normalized("新臺幣參拾萬元，壹佰參元，參加") == "新台币叁拾万元，壹佰叁元，参加")
        #expect(normalized("两万参保人员") == "两万参保人员")
        // Ordinary Simplified characters that ICU would rewrite stay as they are.
        #expect(normalized("显著 俱乐部 乾坤 摔跤") == "显著俱乐部乾坤摔跤")
        #expect(TraditionalToSimplified.pairs.count > 2800)
    }

    @Test func mapGoesBackToTheOriginal() {
        let text = "（一）財政總收入 ２０２３ 年，完成\n\n1,203.04 萬元。\r\n\r\n下一段"
        let n = NormalizedText(original: text)
        #expect(n.text(0..<n.scalars.count) == "(一)财政总收入2023年，完成1,203.04万元。\n下一段")
        let numberStart = n.scalars.firstIndex(of: "1")!
        let range = n.originalRange(of: numberStart..<(numberStart + 8))
        #expect(n.originalText(range) == "1,203.04")
        let yearStart = n.scalars.firstIndex(of: "2")!
        #expect(n.originalText(n.originalRange(of: yearStart..<(yearStart + 5))) == "２０２３ 年")
        #expect(n.line(ofOriginalOffset: range.lowerBound) == 3)
        let last = n.originalRange(of: (n.scalars.count - 3)..<n.scalars.count)
        #expect(n.originalText(last) == "下一段")
        #expect(n.line(ofOriginalOffset: last.lowerBound) == 5)
        #expect(n.originalRange(of: n.scalars.count..<n.scalars.count) == n.original.count..<n.original.count)
        #expect(zip(n.originalOffsets, n.originalOffsets.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func lineIndex() {
        let index = LineIndex(Array("a\nb\r\nc\rd".unicodeScalars))
        #expect(index.lineStarts == [0, 2, 5, 7])
        #expect([0, 1, 2, 4, 5, 7, 8, 99].map(index.line(ofOffset:)) == [1, 1, 2, 2, 3, 4, 4, 4])
    }

    @Test func scalarsOfMatchesTheStandardLibrary() {
        let text = "a¢元𠮷\r\n"
        #expect([Unicode.Scalar](scalarsOf: text) == Array(text.unicodeScalars))
    }

    @Test func stringOfScalarsEncodesEveryWidth() {
        // One to four UTF-8 bytes each, at the edges of every width; short (a small string) and long.
        let edges: [Unicode.Scalar] = ["\u{0}", "a", "\u{7F}", "\u{80}", "¢", "\u{7FF}", "\u{800}", "元", "\u{D7FF}",
                                       "\u{E000}", "\u{FFFF}", "\u{10000}", "𠮷", "\u{10FFFF}"]
        let texts: [[Unicode.Scalar]] = [[], ["元"], edges, Array(repeating: edges, count: 40).flatMap { $0 }]
        for scalars in texts {
            #expect(String(scalars: scalars) == String(String.UnicodeScalarView(scalars)))
            #expect(String(scalars: scalars[...].dropFirst()) == String(String.UnicodeScalarView(scalars.dropFirst())))
        }
    }

    @Test func continuationBytesAreCounted() {
        let long = String(repeating: "元a𠮷", count: 2000)
        for text in ["", "a", "元", "abcdefgh元", "元𠮷¢abcdefghijklmnop元元元元元元", long] {
            let expected = text.utf8.count - text.unicodeScalars.count
            #expect(Array(text.utf8).withUnsafeBufferPointer(ScalarDecoding.continuationBytes) == expected, "\(text)")
        }
    }

    @Test func decodingNotesTheSameLinesAsAScan() {
        let text = "表\t一\r\n\r甲\u{3000}乙\n\u{A0}x y\r\r\n\t末"
        let (scalars, decoded) = ScalarDecoding.decode(text)
        let scanned = scalars.withUnsafeBufferPointer { LineScan($0) }
        #expect(scalars == Array(text.unicodeScalars))
        #expect(decoded.lineStarts == scanned.lineStarts)
        #expect(decoded.lineStarts == LineIndex(scalars).lineStarts)
        #expect(decoded.blanks.map(\.rawValue) == scanned.blanks.map(\.rawValue))
        #expect(scanned.blanks.map(\.rawValue) == [1, 0, 2, 2, 0, 1])
    }

    @Test func emptyText() {
        let n = NormalizedText(original: "")
        #expect(n.scalars.isEmpty && n.original.isEmpty)
        #expect(n.originalRange(of: 0..<0) == 0..<0)
        #expect(n.line(ofOriginalOffset: 0) == 1)
    }
}

@Suite struct TraditionalTableTests {
    /// The committed table is ICU's Hant-Hans transform (one-to-one BMP mappings) except for the
    /// ordinary Simplified characters the generator leaves alone.
    @Test func committedTableMatchesICU() {
        let keep = Set("乾俱吒夥姊苎著藉跤阪".unicodeScalars)
        var checked = 0
        for block in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] as [ClosedRange<UInt32>] {
            var units: [UInt16] = []
            for v in block { units += [UInt16(v), 0x0A] }
            var length = Int32(units.count)
            units += repeatElement(0, count: units.count)
            #expect(units.withUnsafeMutableBufferPointer { zx_transliterate("Hant-Hans", $0.baseAddress, &length, Int32($0.count)) } <= 0)
            let lines = String(decoding: units[..<Int(length)], as: UTF16.self).split(separator: "\n", omittingEmptySubsequences: false)
            for (v, line) in zip(block, lines) {
                let source = Unicode.Scalar(v)!
                let icu = line.unicodeScalars.count == 1 && !keep.contains(source) ? line.unicodeScalars.first! : source
                #expect(NormalizedText.fold(source) == icu, "U+\(String(v, radix: 16))")
                checked += 1
            }
        }
        #expect(checked == 0x4DBF - 0x3400 + 0x9FFF - 0x4E00 + 0xFAFF - 0xF900 + 3)
    }
}
