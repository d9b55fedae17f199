/// A decoded document and the normalized view that rules match on, with a map between the two.
///
/// ## The view
/// Every scalar of ``scalars`` is either one original scalar, folded, or stands for a run of
/// original whitespace; nothing is inserted and nothing is reordered. Hence the map from
/// normalized to original offsets is strictly increasing, and a normalized range maps to the
/// original range from `map[start]` to `map[end - 1] + 1` (see ``originalRange(of:)``).
///
/// Folds (one scalar to one scalar, see ``ScalarFoldTable``): full-width ASCII to ASCII (`１２．５％`
/// → `12.5%`), the ideographic space to a space, Traditional to Simplified ideographs (`萬億與`
/// → `万亿与`), Traditional corner quotes to curly ones (`「」` → `“”`), the minus sign to `-`;
/// invisible format characters are deleted. Two folds look at the neighbours: `，` becomes `,`
/// only between two digits (`1，234`), and `參`/`参` becomes the financial numeral `叁` only next
/// to another financial numeral (`參拾萬` → `叁拾万`, but `参加`).
///
/// ## Spaces and line breaks
/// Text converted from PDF or a word processor is hard-wrapped inside sentences and numbers
/// (`完成 2453 万元`, `1,203.04⏎⏎万元`, `资⏎⏎源`, `193⏎4万元`), while paragraphs, headings and table
/// rows must stay apart. The rules:
/// - Inside a line, a run of spaces is deleted when a neighbour is Chinese (Han characters, CJK
///   punctuation, full-width forms, general punctuation such as `“”`), and kept as one space
///   between two other scalars (`Hello world`, two numbers `2453 3207`). In a run holding tabs
///   every tab stays a `\t` (the cell separators of a table row, empty cells included) and the
///   spaces go. Blanks at the start and end of a line go, except the leading tabs of a table row
///   (empty first cells). A line without tabs but with two or more cell gaps (runs of two or more
///   blanks, or one blank between two digits) is a space-separated table row: each gap becomes
///   one `\t`.
/// - Between two non-blank lines (blank lines between them are ignored), the break is *hard*,
///   kept as one `\n`, or *soft*, deleted (one space between two Latin letters, unless the line
///   starts with a Chinese character: Chinese text may be wrapped inside `PPP`). In order:
///   1. a table row on either side → hard;
///   2. the next line opens a block (Markdown `#` `-` `>` `**`, a bullet, an enumerator
///      `一、` `1、` `2:` `（三）` `第二条`) → hard;
///   3. the line ends with a digit, or with 万/亿 right after a digit (a number or an amount
///      cut by the wrap: `1,203.04⏎万元`, `0.17 亿⏎元`, `1⏎3.29%`) → soft, unless it is a short
///      title (title-like, see 5, and under ``shortTitle`` scalars: `附件1⏎2023年…` stays apart);
///   4. the line ends a sentence (`。！？；：…`, possibly with closing quotes or brackets) or is
///      one bracketed remark (`（征求意见稿）`) → hard;
///   5. the line is title-like (no clause mark `，、；。！？` after its enumerator, fewer than
///      ``longLine`` scalars): a title, heading or byline → hard; unless it continues a paragraph
///      wrapped at a fixed width: the break before it was soft, it is at least nine tenths as
///      long as the line before, and it has no phrase gap (a space with no ASCII letter or digit
///      beside it: `精准发力 城市更新`, `财政局 | 韦恒`) and no colon (`江苏东台：扎实做好…`);
///   6. the next line is title-like with a phrase gap or a colon (a byline, or a heading after
///      a paragraph cut short) → hard;
///   7. otherwise (running text, the next line continues it) → soft.
///   Blank lines at the start and the end of the document are deleted.
public struct NormalizedText: Sendable {
    /// Lines at least this long count as running text even without punctuation.
    public static let longLine = 40
    /// Title-like lines shorter than this that end with a number (`附件1`, `表3`) are not numbers
    /// cut by a wrap.
    public static let shortTitle = 6

    /// The decoded document's scalars; public offsets (records, `zhx tokens`) index these.
    public let original: [Unicode.Scalar]
    /// The normalized view.
    public let scalars: [Unicode.Scalar]
    /// For each normalized scalar, the offset of the original scalar it comes from (32 bits to
    /// halve the map's memory: a document, or each chunk the batch engine reads of a big file,
    /// must stay under 2³¹ scalars).
    public let originalOffsets: [Int32]
    /// The original document's lines.
    public let lines: LineIndex
    /// How many Traditional ideographs normalization folded to their Simplified forms (`萬` → `万`):
    /// how much of the text is written in Traditional script.
    public let traditionalCount: Int

    /// Normalizes `original`.
    public init(original: String) {
        self.init(decoded: DecodedText(original))
    }

    /// Normalizes a decoded document.
    public init(decoded: DecodedText) {
        let pass = NormalizationPass(decoded.scalars, lines: decoded.lines)
        original = decoded.scalars
        scalars = pass.output
        originalOffsets = pass.map
        lines = pass.lines
        traditionalCount = pass.traditionalCount
    }

    /// Normalizes a document given as scalars.
    public init(originalScalars: [Unicode.Scalar]) {
        self.init(decoded: DecodedText(scalars: originalScalars))
    }

    /// The original offset of the normalized scalar at `normalized`; `scalars.count` maps to
    /// `original.count`.
    public func originalOffset(of normalized: Int) -> Int {
        normalized < originalOffsets.count ? Int(originalOffsets[normalized]) : original.count
    }

    /// The original span of a normalized range: from the original offset of its first scalar to
    /// one past that of its last. An empty range maps to an empty range at its position.
    public func originalRange(of normalized: Range<Int>) -> Range<Int> {
        let start = originalOffset(of: normalized.lowerBound)
        guard !normalized.isEmpty else { return start..<start }
        return start..<(Int(originalOffsets[normalized.upperBound - 1]) + 1)
    }

    /// The original text of an original range (runs once per record).
    public func originalText(_ range: Range<Int>) -> String {
        String(scalars: original[range])
    }

    /// The normalized text of a normalized range.
    public func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The 1-based line of the original text that holds `offset`.
    public func line(ofOriginalOffset offset: Int) -> Int {
        lines.line(ofOffset: offset)
    }

    /// The folded form of one scalar out of context (`nil` if normalization deletes it); for
    /// checking the map.
    public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = ScalarFoldTable.shared.fold(scalar.value)
        return v == ScalarFoldTable.deleted ? nil : Unicode.Scalar(v)
    }
}
