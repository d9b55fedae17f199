import ZhText
import ZhTokens

/// Finds the matches of every rule of a ``PatternSet`` in normalized text.
///
/// Built once (compiling all rules into one NFA), immutable and `Sendable`: share one matcher
/// across threads. Matching is a Pike VM simulation, linear in the input for a scan (see
/// `Patterns/README.md`, "How matching works"):
/// - overlap policy: among candidate matches, the leftmost start wins; at the same start, the
///   longest; then the higher `priority`; then the rule that comes first in load order. Chosen
///   matches never overlap; the scan resumes at the end of each.
/// - `NUM`, `CNUM`, `LATIN` match whole tokens starting at the position; literals, list words
///   and `HAN` match scalar by scalar, also inside tokens.
/// - `not-after` / `not-before` look at the whole text around a match, beyond `range`.
///
/// A class, so that the compiled program (whose layout changes with the engine) is never laid
/// out inside the types that hold a matcher.
public final class Matcher: Sendable {
    /// The rules and lists the matcher was built from.
    public let patterns: PatternSet
    private let program: Program

    /// Compiles `patterns`. Literals and list words pass through `normalize`, which must be the
    /// normalization the matched text went through, so that full-width or Traditional characters
    /// written in a pattern file compare equal to the text; the default is ZhText's
    /// ``ZhText/NormalizedText`` view.
    public init(_ patterns: PatternSet, normalize: @escaping @Sendable ([Unicode.Scalar]) -> [Unicode.Scalar] = Matcher.normalizedView) {
        self.patterns = patterns
        program = ProgramCompiler(patterns: patterns, normalize: normalize).compile()
    }

    /// The normalized view of a literal or list word, as ``ZhText/NormalizedText`` makes it.
    @Sendable public static func normalizedView(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        NormalizedText(originalScalars: scalars).scalars
    }

    /// The non-overlapping matches in `range` of `scalars`, in order.
    /// - Parameters:
    ///   - scalars: the normalized text.
    ///   - tokens: its tokens covering at least `range` (from `TokenScanner`), in order.
    ///   - range: the part of `scalars` to match in (a document, a paragraph, a sentence).
    ///   - wordBoundary: whether a word boundary falls at an offset; asked only where a rule
    ///     reaches a `/`, at most once per position and scan.
    ///   - accept: whether a candidate may be chosen (a resolver's verdict); asked only for a
    ///     candidate that would beat the best one so far. A refused candidate is passed over, so
    ///     the policy chooses among acceptable matches only.
    public func matches(in scalars: [Unicode.Scalar], tokens: [Token], range: Range<Int>,
                        wordBoundary: (Int) -> Bool = { _ in true },
                        accept: (PatternMatch) -> Bool = { _ in true }) -> [PatternMatch] {
        var statistics = MatchStatistics()
        return matches(in: scalars, tokens: tokens, range: range, wordBoundary: wordBoundary, accept: accept,
                       statistics: &statistics)
    }

    /// ``matches(in:tokens:range:wordBoundary:)``, adding the work done to `statistics`.
    public func matches(in scalars: [Unicode.Scalar], tokens: [Token], range: Range<Int>,
                        wordBoundary: (Int) -> Bool, accept: (PatternMatch) -> Bool = { _ in true },
                        statistics: inout MatchStatistics) -> [PatternMatch] {
        matches(in: scalars, tokens: tokens, range: range, wordBoundary: wordBoundary, accept: accept,
                statistics: &statistics, ringLimit: ThreadRing.longest)
    }

    /// The matches with the VM's threads waiting in a ring of at most `ringLimit` positions
    /// (the tests make it tiny, so that threads wait aside as they do past very long tokens).
    func matches(in scalars: [Unicode.Scalar], tokens: [Token], range: Range<Int>,
                 wordBoundary: (Int) -> Bool, accept: (PatternMatch) -> Bool,
                 statistics: inout MatchStatistics, ringLimit: Int) -> [PatternMatch] {
        let range = range.clamped(to: 0..<scalars.count)
        let table = TokenTable(tokens: tokens, range: range, kinds: program.tokenKinds,
                               startKinds: program.startFilter.tokenKinds)
        return scalars.withUnsafeBufferPointer { buffer in
            withoutActuallyEscaping(wordBoundary) { wordBoundary in
                withoutActuallyEscaping(accept) { accept in
                    var vm = PikeVM(program: program, text: MatchText(scalars: buffer, tokens: table, range: range),
                                    wordBoundary: wordBoundary, accept: accept, ringLimit: ringLimit)
                    let matches = vm.run()
                    statistics.add(vm.statistics)
                    return matches
                }
            }
        }
    }

    /// The rule of a match.
    public func rule(of match: PatternMatch) -> Rule {
        patterns.rules[match.ruleIndex]
    }
}
