/// Where each of a rule's capture names sits in one match's captures: an index per name of the
/// rule (in the order ``CaptureLayout`` lists them), held inline (no allocation per match), filled
/// once when the ``MatchView`` is made.
struct CaptureSlots: Sendable {
    /// The index in the match's captures by the name's place in the rule's layout; `-1` when
    /// absent. An index fits in `Int8` (``CaptureLayout`` places the first 128 captures of a match).
    private var indices = InlineArray<16, Int8>(repeating: -1)

    /// How many names of a rule the slots can hold; a rule with more names finds the rest by a scan.
    static var capacity: Int { InlineArray<16, Int8>.count }

    /// No capture present.
    init() {}

    /// The index in the match's captures of the rule's name at `place`, if it took part in the match.
    subscript(place: Int) -> Int? {
        get {
            let index = indices[place]
            return index < 0 ? nil : Int(index)
        }
        set { indices[place] = Int8(newValue ?? -1) }
    }
}
