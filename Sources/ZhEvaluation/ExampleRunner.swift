import ZhModel
import ZhRecords
import ZhPatterns
import ZhText

/// Runs every rule's examples and counter-examples through the whole extractor: the
/// regression tests that live beside the rules in `Patterns/`.
///
/// An example `INPUT => key=value …` passes when extracting INPUT gives a record of that rule
/// whose fields include every expected `key=value` (`text=` checks the record's span; without
/// it the record must cover the whole input). A counter-example passes when INPUT gives no
/// record of the rule's type, nor any record carrying the rule's id (a `table-unit` rule's figures),
/// or, written `INPUT => text=WORDS`, none with that text; a counter-example of an `ignore` rule
/// passes when INPUT gives no record at all.
public struct ExampleRunner: Sendable {
    /// The result of one example or counter-example.
    public struct Outcome: Sendable {
        public var ruleID: String
        /// `file:line` of the example.
        public var location: String
        public var input: String
        /// `key=value` pairs expected, or `nothing` for a counter-example.
        public var expected: String
        /// The records the input gave, as `pattern{key=value …}`, for the diff.
        public var got: String
        public var passed: Bool
        /// Why it failed.
        public var reason: String
    }

    let extractor: Extractor

    public init(extractor: Extractor) { self.extractor = extractor }

    /// Runs every example of every rule, in file order.
    public func run() -> [Outcome] {
        var outcomes: [Outcome] = []
        for rule in extractor.patterns.rules {
            for example in rule.examples {
                outcomes.append(check(example, of: rule))
            }
            for counter in rule.counterExamples {
                // An `ignore` rule's text gives no record of any type.
                let isIgnore = rule.type == Extractor.ignoreType
                let records = extract(counter.input).filter {
                    (isIgnore || $0.type.rawValue == rule.type || $0.pattern == rule.id) && (counter.text == nil || $0.text == counter.text)
                }
                let what = isIgnore ? "no record" : "no \(rule.type) record and none from \(rule.id)"
                outcomes.append(Outcome(ruleID: rule.id, location: "\(rule.file):\(counter.line)", input: counter.input,
                                        expected: counter.text.map { "\(what) with text '\($0)'" } ?? what, got: Self.describe(records),
                                        passed: records.isEmpty, reason: records.isEmpty ? "" : "counter-example gave a record"))
            }
        }
        return outcomes
    }

    private func check(_ example: RuleExample, of rule: Rule) -> Outcome {
        let records = extract(example.input)
        let expectedText = example.expected.first { $0.key == "text" }?.value ?? example.input
        let expectedFields = example.expected.filter { $0.key != "text" }
        let mine = records.filter { $0.pattern == rule.id }
        var reason = mine.isEmpty ? "rule '\(rule.id)' gave no record" : ""
        var passed = false
        for record in mine {
            guard record.text == expectedText else {
                reason = "text is '\(record.text)', expected '\(expectedText)'"
                continue
            }
            if let mismatch = expectedFields.first(where: { !Self.field($0.key, of: record, equals: $0.value) }) {
                reason = "\(mismatch.key) is \(Self.render(record[mismatch.key], key: mismatch.key)), expected \(mismatch.value)"
                continue
            }
            passed = true
            reason = ""
            break
        }
        let expected = (["text=\(expectedText)"] + expectedFields.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
        return Outcome(ruleID: rule.id, location: "\(rule.file):\(example.line)", input: example.input,
                       expected: expected, got: Self.describe(records), passed: passed, reason: reason)
    }

    private func extract(_ input: String) -> [Record] {
        var context = ExtractionContext()
        return extractor.records(in: input, doc: "example", context: &context)
    }

    /// Whether `record`'s field `key` has the written `value` (numbers compared exactly;
    /// a missing qualifier is `exact`).
    static func field(_ key: String, of record: Record, equals value: String) -> Bool {
        switch record[key] {
        case .number(let n)?: return ExactDecimal(value) == n
        case .integer(let i)?: return String(i) == value
        case .string(let s)?: return s == value
        case .boolean(let b)?: return String(b) == value
        case .spans?, .strings?: return render(record[key], key: key) == value
        case nil: return key == "qualifier" && value == Qualifier.exact.rawValue || value == "absent"
        }
    }

    static func render(_ value: FieldValue?, key: String) -> String {
        switch value {
        case .number(let n)?: return n.description
        case .integer(let i)?: return String(i)
        case .string(let s)?: return s
        case .spans(let spans)?: return spans.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined()
        case .boolean(let b)?: return String(b)
        case .strings(let strings)?: return strings.joined(separator: ",")
        case nil: return key == "qualifier" ? Qualifier.exact.rawValue : "absent"
        }
    }

    /// Records as `text (pattern) key=value …`, one per line, for a readable diff.
    public static func describe(_ records: [Record]) -> String {
        if records.isEmpty { return "nothing" }
        return records.map { r in
            "'\(r.text)' (\(r.pattern)) " + r.fields.map { "\($0.key)=\(render($0.value, key: $0.key))" }.joined(separator: " ")
        }.joined(separator: "; ")
    }
}
