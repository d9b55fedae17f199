import ZhPatterns

/// One rule's capture names, worked out once when the extractor is built, so that placing a
/// match's captures into ``CaptureSlots`` compares no strings in the usual case, and a resolver's
/// ``CaptureName`` finds its slot by one array lookup.
///
/// The matcher reports a match's captures in the order the rule first names them (an optional
/// capture that did not match is left out); the layout walks the rule's names in that same order
/// alongside them, so each capture meets its own name next, and equal small strings compare by
/// their bits. A name that is not where the order says is still found by a scan. A class: the
/// extractor hands it to every match of its rule by reference.
final class CaptureLayout: Sendable {
    /// The rule's capture names, in the order the rule first names them.
    private let names: [String]
    /// The place in `names` of each ``CaptureName`` by its number; `-1` for names the rule does
    /// not write. Every name of the rule is numbered here, so a name numbered later is not the
    /// rule's.
    private let places: [Int16]

    /// The layout of `rule`'s captures.
    init(rule: Rule) {
        var names: [String] = []
        Self.collect(rule.pattern, into: &names)
        self.names = names
        let ids = names.map { CaptureName($0).id }
        var places = [Int16](repeating: -1, count: (ids.max() ?? -1) + 1)
        for (place, id) in ids.enumerated() { places[id] = Int16(place) }
        self.places = places
    }

    /// The place of `name` among the rule's names, or `nil` when the rule does not write it.
    @inline(__always)
    func place(of name: CaptureName) -> Int? {
        guard name.id < places.count else { return nil }
        let place = places[name.id]
        return place < 0 ? nil : Int(place)
    }

    private static func collect(_ node: PatternNode, into names: inout [String]) {
        switch node {
        case .literal, .tokenClass, .list, .boundary, .mention:
            return
        case .sequence(let items), .alternation(let items):
            for item in items { collect(item, into: &names) }
        case .repetition(let item, _, _):
            collect(item, into: &names)
        case .capture(let name, let item):
            if !names.contains(name) { names.append(name) }
            collect(item, into: &names)
        }
    }

    /// Where each of the rule's first ``CaptureSlots/capacity`` names sits in `captures`, a match
    /// of this layout's rule (the last one, should a name repeat). Only the first 128 captures are
    /// placed, as the slots hold small indices; the built-in rules have six at most.
    func slots(of captures: [Capture]) -> CaptureSlots {
        var slots = CaptureSlots()
        var next = 0
        for index in captures.indices where index <= Int(Int8.max) {
            let name = captures[index].name
            guard let position = position(of: name, in: next..<names.count) ?? position(of: name, in: 0..<next) else { continue }
            next = position + 1
            if position < CaptureSlots.capacity { slots[position] = index }
        }
        return slots
    }

    /// The position of `name` among `positions` of `names`: lengths compared first, so that
    /// different names rarely need a full string compare.
    @inline(__always)
    private func position(of name: String, in positions: Range<Int>) -> Int? {
        let length = name.utf8.count
        for position in positions where names[position].utf8.count == length && names[position] == name {
            return position
        }
        return nil
    }
}
