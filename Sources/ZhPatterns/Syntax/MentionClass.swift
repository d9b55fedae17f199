import ZhModel

/// The mention classes of the match syntax: `MONEY`, `PERCENT`, `REGION` … (a record type's name
/// in capitals, `DOC_NUMBER` for `doc_number`) match one whole record found by the rules before
/// them, so a rule can consume other rules' values (a metric statement: a money mention, then
/// `占…的`, then a percent mention).
///
/// A rule that uses one runs in the sentence stage, after the rules that find the records it
/// consumes. There it matches text in which each record found so far stands as one placeholder
/// character of its type (``placeholder``), so the same automaton matches it as a literal.
extension RecordType {
    /// The class name a rule writes for a mention of this type.
    public var mentionClassName: String { rawValue.uppercased() }

    /// The type a mention class name stands for.
    public init?(mentionClassName name: String) {
        guard let type = Self.allCases.first(where: { $0.mentionClassName == name }) else { return nil }
        self = type
    }

    /// The character a mention of this type stands as in the sentence stage's text: one of a
    /// block of the supplementary private use area (U+F0000 on), which reports do not use (a
    /// document's own characters there are replaced before the stage runs).
    public var placeholder: Unicode.Scalar {
        Unicode.Scalar(Self.placeholderBase + UInt32(Self.allCases.firstIndex(of: self)!))!
    }

    /// The type whose placeholder `scalar` is, if it is one.
    public init?(placeholder scalar: Unicode.Scalar) {
        let offset = Int(scalar.value) - Int(Self.placeholderBase)
        guard offset >= 0, offset < Self.allCases.count else { return nil }
        self = Self.allCases[offset]
    }

    /// Whether `scalar` lies in the block placeholders are taken from.
    public static func isPlaceholderBlock(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= placeholderBase && scalar.value < placeholderBase + 0x100
    }

    private static let placeholderBase: UInt32 = 0xF_0000
}
