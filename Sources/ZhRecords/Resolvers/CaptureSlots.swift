/// Where each ``CaptureName`` sits in one match's captures: an index per name, held inline
/// (no allocation per match), filled once when the ``MatchView`` is made.
struct CaptureSlots: Sendable {
    /// The index in the match's captures by `CaptureName.rawValue`; `-1` when absent. Sized for
    /// every case of ``CaptureName`` (a test checks the two agree); an index fits in `Int8`
    /// (``CaptureLayout`` places the first 128 captures of a match).
    private var indices = InlineArray<20, Int8>(repeating: -1)

    /// How many capture names the slots can hold.
    static var capacity: Int { InlineArray<20, Int8>.count }

    /// No capture present.
    init() {}

    /// The index of the capture `name` in the match's captures, if it took part in the match.
    subscript(name: CaptureName) -> Int? {
        get {
            let index = indices[name.rawValue]
            return index < 0 ? nil : Int(index)
        }
        set { indices[name.rawValue] = Int8(newValue ?? -1) }
    }
}
