import Testing
import ZhPatterns

@Suite struct ParserTests {
    /// The parsed `match:` of a one-rule file, printed back in canonical form.
    private func parsed(_ match: String, lists: String = "list l\n  a = 1\n") throws -> String {
        let set = try PatternSet(source: lists + "rule r\n  type: t\n  match: \(match)\n", file: "p.zhp")
        return set.rules[0].pattern.description
    }

    @Test func everyConstructParsesAndPrintsBack() throws {
        #expect(try parsed("元") == "\"元\"")
        #expect(try parsed("\"万 元\" \"a\\\"b\"") == "(\"万 元\" \"a\\\"b\")")
        #expect(try parsed("NUM CNUM LATIN HAN") == "(NUM CNUM LATIN HAN)")
        #expect(try parsed("NUM元") == "(NUM \"元\")")
        #expect(try parsed("NUMBER") == "\"NUMBER\"")
        #expect(try parsed("@l @l=1") == "(@l @l=1)")
        #expect(try parsed("/ 市 /") == "(/ \"市\" /)")
        #expect(try parsed("a | b c | (d)") == "(\"a\" | (\"b\" \"c\") | \"d\")")
        #expect(try parsed("a? b* c+ d{2} e{1,3} f{2,}") == "(\"a\"? \"b\"* \"c\"+ \"d\"{2} \"e\"{1,3} \"f\"{2,})")
        #expect(try parsed("x:NUM y:(a|b)? z:@l+") == "(x:NUM y:(\"a\" | \"b\")? z:@l+)")
        #expect(try parsed("万元? 整") == "(\"万元\"? \"整\")")
    }

    @Test func ruleFieldsAndExamples() throws {
        let set = try PatternSet(source: """
        # Money.
        list scale   # scale words
          万 = 10000
          "x y" z = "two words"
        rule money.a
          type: money
          priority: -3
          match: NUM
            @scale? 元     # continues the match line
          not-after: 第 @scale
          not-before: 届 LATIN
          example: 23.17亿元 => value=2317000000 currency=CNY
          example: "a => b" => text="a b" note=x=y
          example: 5元 =>
          counter: 第三届会议
        """, file: "m.zhp")
        let rule = set.rules[0]
        #expect(rule.id == "money.a" && rule.type == "money" && rule.priority == -3 && rule.line == 5 && rule.file == "m.zhp")
        #expect(rule.pattern.description == "(NUM @scale? \"元\")")
        #expect(rule.notAfter.map(\.description) == ["\"第\"", "@scale"])
        #expect(rule.notBefore.map(\.description) == ["\"届\"", "LATIN"])
        #expect(rule.examples.count == 3)
        #expect(rule.examples[0].input == "23.17亿元" && rule.examples[0].line == 12)
        #expect(rule.examples[0].expected == [.init(key: "value", value: "2317000000"), .init(key: "currency", value: "CNY")])
        #expect(rule.examples[1].input == "a => b" && rule.examples[1]["text"] == "a b" && rule.examples[1]["note"] == "x=y")
        #expect(rule.examples[2].expected.isEmpty)
        #expect(rule.counterExamples == [CounterExample(input: "第三届会议", line: 15)])
        #expect(set.lists["scale"]?.entries.map(\.word) == ["万", "x y", "z"])
        #expect(set.lists["scale"]?.value(of: "z") == "two words")
    }

    /// The errors of a file, as `line:column: message`.
    private func errors(_ source: String) -> [String] {
        do {
            _ = try PatternSet(source: source, file: "e.zhp")
            return []
        } catch {
            return error.errors.map { "\($0.line):\($0.column): \($0.message)" }
        }
    }

    private func matchError(_ match: String) -> String {
        errors("rule r\n  type: t\n  match: \(match)\n").first ?? "none"
    }

    @Test func matchExpressionErrorsPointAtTheirColumn() {
        #expect(matchError("(NUM 元") == "3:16: expected ')' to close the group opened at 3:10")
        #expect(matchError("NUM 元)") == "3:15: unmatched ')'")
        #expect(matchError("a | | b") == "3:14: empty alternative")
        #expect(matchError("()") == "3:10: empty group")
        #expect(matchError("? a") == "3:10: '?' has nothing to repeat")
        #expect(matchError("a?*") == "3:12: '*' follows another repetition; put the repeated part in ( )")
        #expect(matchError("a{3,2}") == "3:11: repetition {3,2} has its bounds reversed")
        #expect(matchError("a{99}") == "3:12: repetition bound 99 is too large (at most 20)")
        #expect(matchError("a{2") == "3:13: expected '}' to close the repetition opened at 3:11")
        #expect(matchError("a{x}") == "3:12: expected a number in the repetition bounds")
        #expect(matchError("\"元") == "3:12: unterminated quoted literal opened at 3:10")
        #expect(matchError("\"\"") == "3:10: empty quoted literal")
        #expect(matchError("@ 元") == "3:10: expected a list name after '@'")
        #expect(matchError("元:NUM") == "3:10: capture name '元' must be ASCII letters, digits, '-' or '_'")
        #expect(matchError("x: NUM") == "3:12: capture 'x' needs an atom right after ':'")
        #expect(matchError("x:/") == "3:12: a capture needs text to capture, not '/'")
        #expect(matchError("/+ a") == "3:10: a word boundary cannot be repeated")
        #expect(matchError("a? b*") == "3:3: rule 'r' can match empty text; make some part required")
        #expect(matchError("@scal") == "3:10: unknown list '@scal'")
        #expect(matchError("(((a b){20}){20}){3}") == "3:3: rule 'r' is too large once its repetitions are expanded (2400 steps, at most 2000); use fewer nested {m,n}")
        #expect(matchError(String(repeating: "(", count: 40) + "a" + String(repeating: ")", count: 40)) == "3:42: groups nested more than 32 deep")
    }

    @Test func fileErrorsAreAllCollected() {
        let found = errors("""
        rule a
          tpye: money
          match: NUM 元
        type: x
        list scale
          万 = 10000
          = 5
          亿 =
        list scale
          x
        rule b
          type: money
        rule c
          match: (
        rule a
          type: t
          match: x
          example: no arrow
          priority: high
          match: y
        list other +
          q
          indented: nowhere
        rule d
          type: t
          match: @scal
        """)
        #expect(found == [
            "2:3: unknown key 'tpye:' (did you mean 'type:'?)",
            "1:1: rule 'a' has no 'type:'",
            "4:1: 'type:' must be indented under a 'rule' line",
            "7:3: list entry has no word before '='",
            "8:6: expected a value after '='",
            "11:1: rule 'b' has no 'match:'",
            "14:11: expected ')' to close the group opened at 14:10",
            "13:1: rule 'c' has no 'type:'",
            "18:3: examples need '=>' between the input and the expected fields",
            "19:13: 'priority:' needs a whole number, not 'high'",
            "20:3: duplicate 'match:' (first at line 17)",
            "9:1: duplicate list 'scale' (first defined at e.zhp:5)",
            "21:1: 'list other +' adds to no list; define it with 'list other'",
            "26:10: unknown list '@scal' (did you mean '@scale'?)",
        ])
    }

    @Test func topLevelAndBlockErrors() {
        #expect(errors("  a = 1\n") == ["1:1: indented line outside a 'list', 'part' or 'rule' block"])
        #expect(errors("lists x\n") == ["1:1: expected 'list NAME', 'part NAME' or 'rule ID' at the start of a line"])
        #expect(errors("list\n") == ["1:5: expected a list name after 'list'"])
        #expect(errors("rule 规则\n") == ["1:6: rule id '规则' may use only ASCII letters, digits, '-', '_' and '.'"])
        #expect(errors("list a b\n  x\n") == ["1:8: unexpected text after the list name (write 'list a +' to add to a list)"])
        #expect(errors("rule r\n  type: t\n  match: x\n  counter:\n") == ["4:3: 'counter:' needs the text the rule must not match"])
        #expect(errors("rule r\n  type: a b\n  match: x\n") == ["2:3: 'type:' needs one record type name, such as 'money'"])
        #expect(errors("rule r\n  type: t\n  match: x\n  not-after: (a|b)\n") == ["4:14: 'not-after:' takes literals, @lists and classes separated by spaces, not '(\"a\" | \"b\")'"])
        #expect(errors("list l\n  a = 1\nrule r\n  type: t\n  match: @l=2\n") == ["5:10: no word of list 'l' has the value '2'"])
        #expect(errors("list l\nrule r\n  type: t\n  match: @l\n") == ["4:10: list 'l' has no words"])
        #expect(errors("rule r\n  type: t\n  match: x\n  example: => a=b\n") == ["4:3: example has no input before '=>'"])
        #expect(errors("rule r\n  type: t\n  match: x\n  example: x => a b\n") == ["4:17: expected 'key=value' after '=>'"])
    }

    @Test func commentsAndLineEndings() throws {
        let set = try PatternSet(source: "rule r\r\n  type: t # the type\r\n  match: C# \"#\" # hash\r\n", file: "c.zhp")
        #expect(set.rules[0].pattern.description == "(\"C#\" \"#\")")
    }
}
