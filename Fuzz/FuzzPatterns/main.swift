// libFuzzer target: the pattern-file parser and compiler (`PatternSet`, `Matcher`). Bytes are
// read as UTF-8 (ill-formed bytes become U+FFFD); what comes before the first NUL is a pattern
// file, what comes after it a text to match. For every input:
// - the file gives errors, each at `fuzz.zhp:LINE:COLUMN` inside the file with a message, or a
//   pattern set that compiles (with the normalizing and the identity view of literals);
// - every rule is matched on the text after the NUL, on each rule's `example:` and `counter:`
//   inputs and on two fixed sentences: matches are in order, do not overlap, lie in the range
//   matched, belong to a rule, and their captures lie inside them;
// - on short texts the matches are exactly those of the brute-force `ReferenceMatcher`
//   (Tests/ZhTestSupport, the oracle of `DifferentialTests` too), on the whole text and on a part;
// - matching is linear in the text: on a text repeated 4 and 16 times, the VM's steps and chain
//   probes per scalar do not grow, and stay under a bound set by the rules' size (on one input
//   in two); on one in sixteen the CPU time per scalar is compared too.
//
// Built by `Scripts/fuzz.sh` (with `-parse-as-library`); in an ordinary build this file is
// top-level code that defines the entry point and runs nothing.
import Glibc
import ZhPatterns
import ZhTestSupport
import ZhText
import ZhTokens

/// Texts every compiled set is matched on, besides the input's own.
let fixedTexts = ["一般公共预算收入完成207450万元，占年度预算的100.17%，增长0.21%，超2万亿元。",
                  "2023年1-6月，第三届(元)万元 PM2.5 上年同期 十几万元 两个亿 〔2025〕41号 《通知》"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPatterns(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { UnsafeBufferPointer(start: $0, count: count) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let input = String(decoding: bytes, as: UTF8.self)
    let parts = input.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
    let source = String(parts[0])
    let patterns: PatternSet
    do {
        patterns = try PatternSet(source: source, file: "fuzz.zhp")
    } catch {
        checkErrors(error, source: source)
        return 0
    }
    let literal = Matcher(patterns, normalize: { $0 })
    // The normalizing matcher (as the extractor builds it) compiles to the same program unless
    // some literal or word changes under normalization: compiled once then.
    let matcher = normalizationChangesSomething(patterns) ? Matcher(patterns) : literal
    var texts = parts.count > 1 ? [String(parts[1])] : []
    for rule in patterns.rules {
        texts += rule.examples.map(\.input) + rule.counterExamples.map(\.input)
    }
    texts = Array(texts.prefix(6)) + fixedTexts
    let size = programSize(patterns)
    for text in texts {
        let scalars = Array(text.unicodeScalars.prefix(400))
        // As the extractor does: the normalized view and its tokens.
        let view = NormalizedText(originalScalars: scalars).scalars
        check(matcher, view, range: 0..<view.count)
        // The identity view, so that the reference (which compares scalars as written) applies.
        let tokens = TokenScanner().scan(scalars)
        let got = check(literal, scalars, range: 0..<scalars.count)
        if scalars.count <= 48, size <= 400 {
            compareWithReference(patterns, got, scalars, tokens, range: 0..<scalars.count)
            if scalars.count >= 3 {
                let part = 1..<scalars.count - 1
                compareWithReference(patterns, check(literal, scalars, range: part), scalars, tokens, range: part)
            }
        }
    }
    // Linearity on one input in two, timed on one in sixteen (chosen by the bytes, so a crash replays).
    let sample = bytes.reduce(0) { $0 &+ UInt($1) }
    if sample % 2 == 0, let text = texts.first(where: { !$0.isEmpty }) {
        checkLinearity(literal, Array(text.unicodeScalars.prefix(64)), size: size, timed: sample % 16 == 0)
    }
    return 0
}

/// Whether normalization changes a literal or a list word of `patterns`.
func normalizationChangesSomething(_ patterns: PatternSet) -> Bool {
    func changes(_ scalars: [Unicode.Scalar]) -> Bool { Matcher.normalizedView(scalars) != scalars }
    func changes(_ node: PatternNode) -> Bool {
        switch node {
        case .literal(let scalars): return changes(scalars)
        case .tokenClass, .list, .boundary, .mention: return false
        case .sequence(let items), .alternation(let items): return items.contains(where: changes)
        case .repetition(let node, _, _), .capture(_, let node): return changes(node)
        }
    }
    return patterns.rules.contains { rule in
        changes(rule.pattern) || (rule.notAfter + rule.notBefore).contains { if case .literal(let s) = $0 { return changes(s) } else { return false } }
    } || patterns.lists.values.contains { $0.entries.contains { changes(Array($0.word.unicodeScalars)) } }
}

// MARK: Errors

func checkErrors(_ errors: PatternErrors, source: String) {
    require(!errors.errors.isEmpty, "a failed load has at least one error")
    let lengths = lineLengths(source)
    for error in errors.errors {
        require(error.file == "fuzz.zhp", "error in the file given: \(error)")
        require(!error.message.isEmpty, "an error says what is wrong: \(error)")
        require(error.line >= 1 && error.line <= lengths.count, "error on a line of the file (\(lengths.count) lines): \(error)")
        require(error.column >= 1 && error.column <= lengths[error.line - 1] + 1,
                "error column inside its line (\(lengths[max(0, min(error.line, lengths.count) - 1)]) scalars): \(error)")
        require(error.description.hasPrefix("fuzz.zhp:\(error.line):\(error.column): "), "printed as file:line:column: \(error)")
    }
}

/// The length in scalars of each line (`\n`, `\r\n` or `\r` end a line).
func lineLengths(_ source: String) -> [Int] {
    var lengths: [Int] = []
    var length = 0
    var previous: Unicode.Scalar?
    for scalar in source.unicodeScalars {
        defer { previous = scalar }
        if scalar == "\n", previous == "\r" { continue }
        if scalar == "\n" || scalar == "\r" {
            lengths.append(length)
            length = 0
        } else {
            length += 1
        }
    }
    lengths.append(length)
    return lengths
}

// MARK: Matches

@discardableResult
func check(_ matcher: Matcher, _ scalars: [Unicode.Scalar], range: Range<Int>) -> [PatternMatch] {
    let tokens = TokenScanner().scan(scalars)
    let matches = matcher.matches(in: scalars, tokens: tokens, range: range, wordBoundary: { $0 % 3 != 1 })
    var end = range.lowerBound
    for match in matches {
        require(match.ruleIndex >= 0 && match.ruleIndex < matcher.patterns.rules.count, "a match belongs to a rule")
        require(!match.range.isEmpty, "no empty match (rule \(matcher.rule(of: match).id))")
        require(match.range.lowerBound >= end && match.range.upperBound <= range.upperBound,
                "matches in order, apart, inside \(range): \(match.range) after \(end)")
        end = match.range.upperBound
        for capture in match.captures {
            require(capture.range.lowerBound >= match.range.lowerBound && capture.range.upperBound <= match.range.upperBound,
                    "capture \(capture.name) \(capture.range) inside its match \(match.range)")
        }
    }
    return matches
}

func compareWithReference(_ patterns: PatternSet, _ got: [PatternMatch], _ scalars: [Unicode.Scalar], _ tokens: [Token], range: Range<Int>) {
    let expected = ReferenceMatcher(patterns: patterns, scalars: scalars, tokens: tokens, range: range,
                                    wordBoundary: { $0 % 3 != 1 }).matches()
    let found = got.map { "\($0.ruleIndex):\($0.range.lowerBound)..<\($0.range.upperBound)" }
    require(found == expected, "the VM chose \(found), the reference \(expected) in \(range) of \(String(String.UnicodeScalarView(scalars)).debugDescription)")
}

// MARK: Linearity

/// Instructions the rules compile to, at least one per rule (as `PatternNode.compiledSize`
/// counts them, plus a rule's entry and accept, and its context lists).
func programSize(_ patterns: PatternSet) -> Int {
    patterns.rules.reduce(0) { $0 + size($1.pattern) + 2 + $1.notAfter.count + $1.notBefore.count }
}

func size(_ node: PatternNode) -> Int {
    switch node {
    case .literal(let scalars): return scalars.count
    case .tokenClass, .list, .boundary, .mention: return 1
    case .sequence(let items): return items.reduce(0) { $0 + size($1) }
    case .alternation(let items): return items.reduce(0) { $0 + size($1) } + 2 * (items.count - 1)
    case .repetition(let node, let min, let max):
        let inner = size(node)
        return min * inner + (max.map { ($0 - min) * (inner + 1) } ?? inner + 2)
    case .capture(_, let node): return size(node) + 2
    }
}

/// Steps and chain probes per scalar on `unit` repeated to about 4×64 and 16×64 scalars: the
/// longer text costs no more per scalar (within a margin), and at most a constant times the
/// program size; with `timed`, the time per scalar does not grow either.
func checkLinearity(_ matcher: Matcher, _ unit: [Unicode.Scalar], size: Int, timed: Bool) {
    let copies = max(1, 64 / unit.count)
    let short = Array(repeatElement(unit, count: 4 * copies).joined())
    let long = Array(repeatElement(unit, count: 16 * copies).joined())
    func work(_ text: [Unicode.Scalar]) -> (steps: Double, probes: Double) {
        var statistics = MatchStatistics()
        _ = matcher.matches(in: text, tokens: TokenScanner().scan(text), range: 0..<text.count, wordBoundary: { $0 % 3 != 1 },
                            statistics: &statistics)
        return (Double(statistics.steps) / Double(text.count), Double(statistics.chainProbes) / Double(text.count))
    }
    let (a, b) = (work(short), work(long))
    let text = String(String.UnicodeScalarView(unit)).debugDescription
    require(b.steps <= a.steps * 1.25 + 8, "steps per scalar grow with the text: \(a.steps) -> \(b.steps) on \(text) repeated")
    require(b.probes <= a.probes * 1.25 + 8, "chain probes per scalar grow with the text: \(a.probes) -> \(b.probes) on \(text) repeated")
    require(b.steps <= Double(4 * (size + 1) * (size + 1)), "\(b.steps) steps per scalar for a program of \(size) instructions")
    guard timed else { return }
    // Time: this thread's CPU time (other processes share the machine, and fuzz.sh runs under
    // nice), the better of three runs of each text; a text that looks slower is measured again
    // before it counts.
    func seconds(_ text: [Unicode.Scalar]) -> Double {
        let tokens = TokenScanner().scan(text)
        var best = Double.infinity
        for _ in 0..<3 {
            let start = cpuTime()
            _ = matcher.matches(in: text, tokens: tokens, range: 0..<text.count, wordBoundary: { $0 % 3 != 1 })
            best = min(best, cpuTime() - start)
        }
        return best / Double(text.count)
    }
    var (x, y) = (seconds(short), seconds(long))
    for _ in 0..<3 where y > x * 3 + 1e-6 {
        (x, y) = (min(x, seconds(short)), min(y, seconds(long)))
    }
    // Above the noise of a microsecond only: three times the time per scalar.
    require(y <= x * 3 + 1e-6, "time per scalar grows with the text: \(x) -> \(y) s on \(text) repeated")
}

/// This thread's CPU time in seconds.
func cpuTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("FuzzPatterns: " + message()) }
}
