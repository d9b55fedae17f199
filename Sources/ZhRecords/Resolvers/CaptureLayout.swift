import ZhPatterns

/// One rule's capture names, worked out once when the extractor is built, so that placing a
/// match's captures into ``CaptureSlots`` compares no strings in the usual case.
///
/// The matcher reports a match's captures in the order the rule first names them (an optional
/// capture that did not match is left out); the layout walks the rule's names in that same order
/// alongside them, so each capture meets its own name next, and equal small strings compare by
/// their bits. A name that is not where the order says is still found by a scan. A class: the
/// extractor hands it to every match of its rule by reference.
final class CaptureLayout: Sendable {
    /// The rule's capture names, in the order the rule first names them.
    private let names: [String]
    /// The resolver name of each of `names`, `nil` for names no resolver reads.
    private let ids: [CaptureName?]

    /// The layout of `rule`'s captures.
    init(rule: Rule) {
        var names: [String] = []
        Self.collect(rule.pattern, into: &names)
        self.names = names
        ids = names.map(CaptureName.init(name:))
    }

    private static func collect(_ node: PatternNode, into names: inout [String]) {
        switch node {
        case .literal, .tokenClass, .list, .boundary:
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

    /// Where each resolver capture name sits in `captures`, a match of this layout's rule (the
    /// last one, should a name repeat). Only the first 128 captures are placed, as the slots hold
    /// small indices; the built-in rules have six at most.
    func slots(of captures: [Capture]) -> CaptureSlots {
        var slots = CaptureSlots()
        var next = 0
        for index in captures.indices where index <= Int(Int8.max) {
            let name = captures[index].name
            guard let position = position(of: name, in: next..<names.count) ?? position(of: name, in: 0..<next) else { continue }
            next = position + 1
            if let id = ids[position] { slots[id] = index }
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
