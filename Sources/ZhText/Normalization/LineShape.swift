/// What ``NormalizedText`` needs to know about one non-blank line to decide whether the line
/// break after it (or before it) is a layout wrap or a real break.
///
/// All tests look at folded scalars, so full-width and Traditional forms behave like the plain ones.
struct LineShape {
    /// The line is a table row: it holds a tab, or at least two cell gaps made of spaces (a run of
    /// two or more blanks, or one blank between two digits: `长治市  3291180  272374`).
    var isTableRow = false
    /// A table row whose cells are separated by spaces only (no tab).
    var hasSpaceCells = false
    /// The line ends with a digit, or with 万/亿 right after a digit: a number or amount that a
    /// wrap may have cut (`1,203.04⏎万元`, `0.17 亿⏎元`, `193⏎4万元`).
    var endsWithNumber = false
    /// The line opens a block: a Markdown heading, quote or list item, a bullet, or an enumerator
    /// such as `一、` `1、` `1.` `2:` `（三）` `(1)` `第二条`.
    var startsBlock = false
    /// The line ends with sentence-final punctuation `。！？!?；;：:…` (``isSentenceFinal(_:)``) or
    /// `.` after a non-digit, or an end mark `■`, possibly followed by closing quotes, brackets or
    /// `**`.
    var endsSentence = false
    /// The whole line is one bracketed remark: `（征求意见稿）`, `(县财政局牵头…负责落实）`.
    var isParenthetical = false
    /// The line reads as running text: it holds a clause or sentence mark (`，,、；;。！？!?`;
    /// a comma between digits groups thousands) after its enumerator, or it is long
    /// (``NormalizedText/longLine`` scalars or more).
    var isProse = false
    /// A blank with no ASCII letter or digit on either side (`精准发力 城市更新`, `本报记者 秦铭明`,
    /// `财政局 | 韦恒`): titles and bylines separate their phrases so; running text does not.
    var hasPhraseGap = false
    /// A colon inside the line, not between digits (`江苏东台：扎实做好…`, `附件：全县…`).
    var hasColon = false
    /// The line's number of non-blank scalars from its first to its last.
    var length = 0
    /// Its first and last folded scalar values.
    var first: UInt32 = 0
    var last: UInt32 = 0

    /// Neither running text nor a sentence end: a title, heading or byline, unless it is one line
    /// of a paragraph wrapped at a fixed width (see ``continuesWrap(after:)``).
    var isTitleLike: Bool { !isProse && !endsSentence }

    /// A title-like line that carries a title's marks: a phrase gap or a colon.
    var isMarkedTitle: Bool { isTitleLike && (hasPhraseGap || hasColon) }

    /// Whether this line, without punctuation, is one more line of a paragraph wrapped at a fixed
    /// width, after a line of `previousLength` scalars joined by a soft break: nearly as long as
    /// that line (nine tenths or more) and without a title's marks.
    func continuesWrap(after previousLength: Int) -> Bool {
        length * 10 >= previousLength * 9 && !startsBlock && !hasPhraseGap && !hasColon
    }

    /// Classifies the content `content` (first to last non-blank scalar) of a line whose raw
    /// extent, leading and trailing blanks included, holds `blanks`.
    init(_ s: UnsafeBufferPointer<Unicode.Scalar>, content: Range<Int>, blanks: LineScan.Blanks, fold: ScalarFoldTable) {
        @inline(__always) func at(_ i: Int) -> UInt32 { fold.fold(s[i].value) }
        isTableRow = blanks.contains(.tab)
        length = content.count
        guard !content.isEmpty else { return }
        first = at(content.lowerBound)
        last = at(content.upperBound - 1)
        if !isTableRow, blanks.contains(.space), Self.spaceCellGaps(content: content, at: at) >= 2 {
            isTableRow = true
            hasSpaceCells = true
        }
        endsWithNumber = Self.isDigit(last)
        if last == 0x4E07 || last == 0x4EBF {  // 万 亿, after a digit and maybe blanks
            var i = content.upperBound - 2
            while i > content.lowerBound, at(i) == 0x20 { i -= 1 }
            endsWithNumber = i >= content.lowerBound && Self.isDigit(at(i))
        }
        let markerEnd = Self.blockMarkerEnd(content: content, at: at)
        startsBlock = markerEnd != nil
        isParenthetical = content.count > 1 && Self.closing(of: first) == last
        var end = content.upperBound
        while end > content.lowerBound, Self.isCloser(at(end - 1)) { end -= 1 }
        if end > content.lowerBound {
            let final = at(end - 1)
            endsSentence = Self.isSentenceFinal(final)
                || (final == 0x2E && (end - 2 < content.lowerBound || !Self.isDigit(at(end - 2))))
        }
        if length >= NormalizedText.longLine { isProse = true; return }
        let spaced = blanks.contains(.space)
        var i = markerEnd ?? content.lowerBound
        while i < content.upperBound {
            let v = at(i)
            let betweenDigits = i > content.lowerBound && i + 1 < content.upperBound && Self.isDigit(at(i - 1)) && Self.isDigit(at(i + 1))
            // `，` between digits groups thousands, as normalization reads it (it becomes `,`).
            if Self.isClauseMark(v), !(v == 0xFF0C && betweenDigits) { isProse = true; return }
            if v == 0x2C || v == 0x3A, i > content.lowerBound, i + 1 < content.upperBound, !betweenDigits {
                if v == 0x2C { isProse = true; return }
                hasColon = true
            }
            if spaced, v == 0x20, i > content.lowerBound {
                var j = i + 1
                while j < content.upperBound, at(j) == 0x20 { j += 1 }
                if j < content.upperBound, !Self.isASCIIAlphanumeric(at(i - 1)), !Self.isASCIIAlphanumeric(at(j)) {
                    hasPhraseGap = true
                }
                i = j
                continue
            }
            i += 1
        }
    }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { v &- 0x30 < 10 }

    static func isASCIIAlphanumeric(_ v: UInt32) -> Bool { isDigit(v) || (v | 0x20) &- 0x61 < 26 }

    /// Whether a run of `blanks` blanks between `left` and `right` is a cell gap of a
    /// space-separated table row: two or more blanks, or one blank between two digits.
    @inline(__always)
    static func isCellGap(blanks: Int, left: UInt32, right: UInt32) -> Bool {
        blanks >= 2 || (isDigit(left) && isDigit(right))
    }

    /// How many blank runs inside `content` look like cell gaps (stops counting at two).
    private static func spaceCellGaps(content: Range<Int>, at: (Int) -> UInt32) -> Int {
        var gaps = 0
        var i = content.lowerBound + 1
        while i < content.upperBound, gaps < 2 {
            guard at(i) == 0x20 else { i += 1; continue }
            var j = i
            while j < content.upperBound, at(j) == 0x20 { j += 1 }
            if isCellGap(blanks: j - i, left: at(i - 1), right: at(j)) { gaps += 1 }
            i = j
        }
        return gaps
    }

    /// A clause or sentence mark of running text: a ``SentenceBoundary`` sentence end or clause
    /// break (`，、；。！？;!?` …), but not the ASCII comma, which is judged apart (between digits it
    /// groups thousands), nor the colon, which titles use too (see ``hasColon``).
    static func isClauseMark(_ v: UInt32) -> Bool {
        SentenceBoundary.isSentenceEnd(v) || (SentenceBoundary.isClauseBreak(v) && v != 0x2C && v != 0x3A)
    }

    /// What may end a line that ends its sentence or its item: a ``SentenceBoundary`` sentence end
    /// (`。！？!?`), `；;` `：:` (an item of a list, a lead-in), `…`, and the end marks `■ □`
    /// (after folding, full-width `！？；：` are ASCII).
    static func isSentenceFinal(_ v: UInt32) -> Bool {
        switch v {
        case 0x3B, 0x3A, 0x2026, 0x25A0, 0x25A1: return true
        default: return SentenceBoundary.isSentenceEnd(v)
        }
    }

    /// The ``SentenceBoundary`` closing quotes and brackets, and `*` (Markdown emphasis), that may
    /// follow a sentence's end.
    static func isCloser(_ v: UInt32) -> Bool {
        SentenceBoundary.isCloser(v) || v == 0x2A
    }

    /// The closing bracket that matches the opening bracket `v`.
    static func closing(of v: UInt32) -> UInt32? {
        switch v {
        case 0x28: return 0x29          // ( )  (full-width brackets are folded to these)
        case 0x5B: return 0x5D          // [ ]
        case 0x3010: return 0x3011      // 【 】
        case 0x3014: return 0x3015      // 〔 〕
        case 0x201C: return 0x201D      // “ ”  (「 」 are folded to these)
        default: return nil
        }
    }

    /// Whether `v` is a numeral character used in enumerators: 〇零一…九十百 and ASCII digits.
    static func isEnumeratorNumeral(_ v: UInt32) -> Bool {
        switch v {
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D,
             0x5341, 0x767E:
            return true
        default:
            return isDigit(v)
        }
    }

    /// Where a leading block marker ends (the index after it), or `nil` if the line opens none.
    private static func blockMarkerEnd(content: Range<Int>, at: (Int) -> UInt32) -> Int? {
        let start = content.lowerBound, end = content.upperBound
        let v0 = at(start)
        let v1: UInt32 = start + 1 < end ? at(start + 1) : 0
        switch v0 {
        case 0x23, 0x3E, 0x7C: return start + 1                                 // # > |
        case 0x2D, 0x2A, 0x2B:                                                   // "- " "* " "+ " "**"
            return v1 == 0x20 || v1 == 0x2A ? start + 2 : nil
        case 0x2022, 0x25CF, 0x25CB, 0x25A0, 0x25A1, 0x25C6, 0x25C7, 0x2605, 0x2606, 0x25B2, 0x25B3,
             0x25B6, 0x25BA, 0x2713, 0x00B7:
            return start + 1                                                     // bullets
        case 0x7B2C:                                                             // 第 N 章/节/条/部分/编/款
            var i = start + 1
            while i < end, isEnumeratorNumeral(at(i)) { i += 1 }
            guard i > start + 1, i < end else { return nil }
            switch at(i) {
            case 0x7AE0, 0x8282, 0x6761, 0x90E8, 0x7F16, 0x6B3E: return i + 1
            default: return nil
            }
        default:
            break
        }
        // (一) (1) and 一、 1、 1. 2: 3) with at most four numeral characters.
        var i = start
        let opened = v0 == 0x28
        if opened { i += 1 }
        let numeralsStart = i
        while i < end, i - numeralsStart < 5, isEnumeratorNumeral(at(i)) { i += 1 }
        guard i > numeralsStart, i - numeralsStart <= 4, i < end else { return nil }
        let mark = at(i)
        if opened { return mark == 0x29 ? i + 1 : nil }
        switch mark {
        case 0x3001, 0x29:                          // 、 )
            return i + 1
        case 0x2E, 0x3A:                            // . :   but not 97.28 or 10:30
            return i + 1 < end && isDigit(at(i + 1)) ? nil : i + 1
        default:
            return nil
        }
    }
}
