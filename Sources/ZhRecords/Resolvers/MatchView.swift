import ZhModel
import ZhPatterns
import ZhText

/// What a resolver sees of one pattern match: the normalized text, the match's range, and its
/// named captures with their ranges and list values.
///
/// The extractor builds it with the rule's ``CaptureLayout``; the resolvers look captures up
/// by ``CaptureName``: its place in the rule's layout, then a slot placed once per match (no
/// string compares).
public struct MatchView: Sendable {
    /// The normalized text the match was found in.
    public let scalars: [Unicode.Scalar]
    /// The whole match, in normalized offsets.
    public let range: Range<Int>
    /// The rule that matched.
    public let ruleID: String
    /// The captures, as the matcher gives them.
    public let captures: [Capture]
    /// In the sentence stage, the text's records standing as placeholders (see ``SentenceStage``).
    private let mentionText: MentionText?
    /// The rule's capture names.
    private let layout: CaptureLayout
    /// Where the rule's names sit in `captures`.
    private let slots: CaptureSlots

    init(scalars: [Unicode.Scalar], range: Range<Int>, ruleID: String, captures: [Capture], layout: CaptureLayout,
         mentionText: MentionText? = nil) {
        self.scalars = scalars
        self.range = range
        self.ruleID = ruleID
        self.captures = captures
        self.layout = layout
        self.mentionText = mentionText
        slots = layout.slots(of: captures)
    }

    /// In the sentence stage, the record the capture `name` matched (a `MONEY`, `PERCENT` …), with
    /// its fields and normalized range; `nil` when the capture is absent or is not one record.
    func mention(_ name: CaptureName) -> Mention? {
        guard let index = index(name), let mentionText, captures[index].range.count == 1 else { return nil }
        return mentionText.mention(at: captures[index].range.lowerBound)
    }

    /// In the sentence stage, the record standing at `position` of ``scalars``, if one does.
    func mention(at position: Int) -> Mention? {
        mentionText?.mention(at: position)
    }

    /// The index in `captures` of the capture `name`, if it took part in the match.
    @inline(__always)
    private func index(_ name: CaptureName) -> Int? {
        guard let place = layout.place(of: name) else { return nil }
        if place < CaptureSlots.capacity { return slots[place] }
        return captures.lastIndex { $0.name == name.name }
    }

    /// The capture `name`, if it took part in the match (the last one, if it repeats): found by
    /// a scan of the captures, for names no resolver reads.
    public func capture(_ name: String) -> Capture? { captures.last { $0.name == name } }

    /// The list value of the capture `name` (found by a scan, as `capture(_ name: String)` finds it).
    public func value(_ name: String) -> String? { capture(name)?.value }

    /// The capture `name`, if it took part in the match.
    func capture(_ name: CaptureName) -> Capture? { index(name).map { captures[$0] } }

    /// Whether the capture `name` matched.
    func has(_ name: CaptureName) -> Bool { index(name) != nil }

    /// The range of the capture `name`, if it took part in the match (no copy of its strings).
    func range(_ name: CaptureName) -> Range<Int>? { index(name).map { captures[$0].range } }

    /// Whether the rule writes the capture `name` at all (whether or not this match has it): a
    /// resolver skips what its rule cannot hold.
    @inline(__always)
    func rule(has name: CaptureName) -> Bool { layout.place(of: name) != nil }

    /// The normalized text of the capture `name`.
    func text(_ name: CaptureName) -> String? {
        index(name).map { text(of: captures[$0].range) }
    }

    /// The normalized scalars of the capture `name` (no copy).
    func scalars(_ name: CaptureName) -> ArraySlice<Unicode.Scalar>? {
        index(name).map { scalars[captures[$0].range] }
    }

    /// The number the capture `name` writes, read by `NumberParser` in place (no copy, no
    /// reference taken on the text); `nil` when the capture is absent or is not one number.
    func number(_ name: CaptureName) -> ExactDecimal? {
        guard let index = index(name) else { return nil }
        let range = captures[index].range
        return scalars.withUnsafeBufferPointer { NumberParser.parse(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The list value of the capture `name`.
    func value(_ name: CaptureName) -> String? { index(name).flatMap { captures[$0].value } }

    /// The normalized text of `range`.
    public func text(of range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The text of `range` as a name or a title is given in a record: normalized (Simplified
    /// script, half-width), the records standing in it in the sentence stage written out, and
    /// without line breaks, so a name reads the same whatever form the document is in.
    func name(of range: Range<Int>) -> String {
        let text = mentionText.map { $0.normalized[$0.normalizedRange(of: range)] } ?? scalars[range]
        return String(String.UnicodeScalarView(text.filter { $0 != "\n" }))
    }
}

/// What a resolver makes of a match: the record's type-specific fields and, where the record
/// covers less than the whole match (a cue word matched only for context), its own span.
public struct Resolution: Sendable {
    public var fields: [Field]
    /// The record's span in normalized offsets; `nil` means the whole match.
    public var span: Range<Int>?
    /// Whether the record stands only where the document supports it (see ``Mention/needsSupport``).
    var needsSupport = false
    /// What the record's fields still take from the document (see ``Pending``).
    public var pending: Pending?

    public init(fields: [Field], span: Range<Int>? = nil, pending: Pending? = nil) {
        self.fields = fields
        self.span = span
        self.pending = pending
    }
}
