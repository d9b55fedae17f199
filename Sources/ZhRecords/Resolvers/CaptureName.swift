import Synchronization

/// A capture name a resolver reads (`amount`, `currency`, `year` …), as a small number: a match's
/// captures are looked up by it, not by comparing strings.
///
/// The set is open: a resolver declares the names it reads as static constants beside itself
/// (`static let currency = CaptureName("currency")` in an extension), and that one line is all a
/// new capture needs. Every name gets its number when it is first made, from one process-wide
/// table, so the same name always has the same number; the extractor numbers every name its
/// rules write when it is built (``CaptureLayout``).
struct CaptureName: Hashable, Sendable, CustomStringConvertible {
    /// The name as a rule writes it before `:`.
    let name: String
    /// The name's number, from 0, in the order names were first made.
    let id: Int

    /// The capture name written `name` in a rule.
    init(_ name: String) {
        self.name = name
        id = Self.registry.withLock { table in
            if let id = table[name] { return id }
            table[name] = table.count
            return table.count - 1
        }
    }

    var description: String { name }

    /// Every name made so far, with its number.
    private static let registry = Mutex<[String: Int]>([:])
}

// The names the figure of a money, quantity or percent match is read from (see ``Figure``).
extension CaptureName {
    static let amount = CaptureName("amount")
    static let scale = CaptureName("scale")
    static let min = CaptureName("min")
    static let minScale = CaptureName("min-scale")
    static let max = CaptureName("max")
    static let vague = CaptureName("vague")
    static let qualifier = CaptureName("qualifier")
    static let qualifierMid = CaptureName("qualifier-mid")
    static let qualifierAfter = CaptureName("qualifier-after")
    static let sign = CaptureName("sign")
    static let andHalf = CaptureName("and-half")
}
