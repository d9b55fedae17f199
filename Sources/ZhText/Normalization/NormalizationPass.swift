/// One run of normalization over a document: folds each scalar, applies the space and line-break
/// rules of ``NormalizedText``, and records the offset map.
struct NormalizationPass {
    let output: [Unicode.Scalar]
    let map: [Int32]
    let lines: LineIndex
    /// How many Traditional ideographs were folded to Simplified ones.
    let traditionalCount: Int

    /// Normalizes `scalars`, whose lines `scan` holds.
    init(_ scalars: [Unicode.Scalar], lines scan: LineScan) {
        let n = scalars.count
        var map: [Int32] = []
        var traditional = 0
        output = [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, outCount in
            map = [Int32](unsafeUninitializedCapacity: n) { offsets, mapCount in
                var writer = Writer(scalars: out.baseAddress!, offsets: offsets.baseAddress!)
                scalars.withUnsafeBufferPointer { writer.run($0, lines: scan) }
                mapCount = writer.count
                traditional = writer.traditional
            }
            outCount = map.count
        }
        self.map = map
        traditionalCount = traditional
        self.lines = LineIndex(lineStarts: scan.lineStarts)
    }

    /// The break rules, in the order ``NormalizedText`` documents them; `wrapped` tells whether `a`
    /// continues a paragraph wrapped at a fixed width.
    static func isHardBreak(after a: LineShape, before b: LineShape, wrapped: Bool) -> Bool {
        if a.isTableRow || b.isTableRow || b.startsBlock { return true }
        let shortTitle = a.isTitleLike && !wrapped && a.length < NormalizedText.shortTitle
        if a.endsWithNumber, !shortTitle { return false }
        if a.endsSentence || a.isParenthetical || (a.isTitleLike && !wrapped) { return true }
        return b.isMarkedTitle
    }

    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        (v | 0x20) &- 0x61 < 26
    }

    /// Scalars next to which spaces are layout, not word separators: Han and CJK punctuation and
    /// symbols (U+2E80 and up, Hangul apart) and general punctuation such as `“”—…`.
    static func isChineseContext(_ v: UInt32) -> Bool {
        if (0x2010...0x206F).contains(v) { return true }
        guard v >= 0x2E80 else { return false }
        return !((0xAC00...0xD7AF).contains(v) || (0x3130...0x318F).contains(v))
    }

    /// The financial numerals 壹贰叁肆伍陆柒捌玖拾佰仟 (after folding).
    static func isFinancialNumeral(_ v: UInt32) -> Bool {
        switch v {
        case 0x58F9, 0x8D30, 0x53C1, 0x8086, 0x4F0D, 0x9646, 0x67D2, 0x634C, 0x7396, 0x62FE, 0x4F70, 0x4EDF: return true
        default: return false
        }
    }

    /// Space, tab, vertical tab, form feed (after folding, every Unicode space is a space), or a
    /// deleted format character.
    @inline(__always)
    static func isBlank(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x09 || v == 0x0B || v == 0x0C || v == ScalarFoldTable.deleted
    }

    /// Writes the normalized scalars and their original offsets into preallocated storage.
    private struct Writer {
        let scalars: UnsafeMutablePointer<Unicode.Scalar>
        let offsets: UnsafeMutablePointer<Int32>
        var count = 0
        /// Traditional ideographs folded so far.
        var traditional = 0
        let fold = ScalarFoldTable.shared

        init(scalars: UnsafeMutablePointer<Unicode.Scalar>, offsets: UnsafeMutablePointer<Int32>) {
            self.scalars = scalars
            self.offsets = offsets
        }

        @inline(__always)
        mutating func append(_ v: UInt32, from offset: Int) {
            (scalars + count).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
            (offsets + count).initialize(to: Int32(truncatingIfNeeded: offset))
            count += 1
        }

        /// Whether `v` is a CJK ideograph of the BMP (unified, extension A or compatibility).
        @inline(__always)
        static func isIdeograph(_ v: UInt32) -> Bool {
            v &- 0x3400 < 0x6C00 || v &- 0xF900 < 0x200
        }

        /// The value of the last scalar written, if any.
        var last: UInt32? { count > 0 ? scalars[count - 1].value : nil }

        mutating func run(_ s: UnsafeBufferPointer<Unicode.Scalar>, lines: LineScan) {
            let starts = lines.lineStarts
            var previous: (shape: LineShape, breakAt: Int, wrapped: Bool)?
            for k in starts.indices {
                let rawStart = starts[k]
                let next = k + 1 < starts.count ? starts[k + 1] : s.count
                var rawEnd = next
                while rawEnd > rawStart, s[rawEnd - 1] == "\n" || s[rawEnd - 1] == "\r" { rawEnd -= 1 }
                var contentStart = rawStart, contentEnd = rawEnd
                while contentStart < contentEnd, isBlank(fold.fold(s[contentStart].value)) { contentStart += 1 }
                while contentEnd > contentStart, isBlank(fold.fold(s[contentEnd - 1].value)) { contentEnd -= 1 }
                guard contentStart < contentEnd else { continue }
                let shape = LineShape(s, content: contentStart..<contentEnd, blanks: lines.blanks[k], fold: fold)
                var hard = true
                if let previous {
                    hard = NormalizationPass.isHardBreak(after: previous.shape, before: shape, wrapped: previous.wrapped)
                    if hard {
                        append(0x0A, from: previous.breakAt)
                    } else if isLetter(previous.shape.last), isLetter(shape.first), !isChineseContext(previous.shape.first) {
                        append(0x20, from: previous.breakAt)
                    }
                }
                if hard, shape.isTableRow {
                    for i in rawStart..<contentStart where s[i] == "\t" { append(0x09, from: i) }
                }
                emitLine(s, contentStart..<contentEnd, spaceCells: shape.hasSpaceCells)
                let wrapped = !hard && shape.continuesWrap(after: previous?.shape.length ?? 0)
                previous = (shape, rawEnd, wrapped)
            }
        }

        /// Emits one line's content (first to last non-blank scalar) with the in-line space rules;
        /// `spaceCells`: the line is a table row whose cells are separated by spaces.
        private mutating func emitLine(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ content: Range<Int>, spaceCells: Bool) {
            var i = content.lowerBound
            let fold = fold, scalars = scalars, offsets = offsets
            while i < content.upperBound {
                // Scalars that fold to themselves, copied in a tight loop on locals.
                var n = count
                while i < content.upperBound, fold.isPlain(s[i].value) {
                    (scalars + n).initialize(to: s[i])
                    (offsets + n).initialize(to: Int32(truncatingIfNeeded: i))
                    n &+= 1
                    i &+= 1
                }
                count = n
                guard i < content.upperBound else { break }
                let e = fold.entry(s[i].value)
                if e & ScalarFoldTable.contextual == 0 {
                    // A folded ideograph is a Traditional one (the other folds are of ASCII forms,
                    // spaces and quotes).
                    if Self.isIdeograph(s[i].value) { traditional &+= 1 }
                    append(e, from: i)
                    i += 1
                    continue
                }
                if e == ScalarFoldTable.deleted { i += 1; continue }
                var v = e & ~ScalarFoldTable.contextual
                if isBlank(v) {
                    var j = i, tabs = 0
                    while j < content.upperBound {
                        let w = fold.fold(s[j].value)
                        guard isBlank(w) else { break }
                        if w == 0x09 { append(0x09, from: j); tabs += 1 }
                        j += 1
                    }
                    let right = fold.fold(s[j].value)
                    if tabs == 0, let left = last {
                        if spaceCells, LineShape.isCellGap(blanks: j - i, left: left, right: right) {
                            append(0x09, from: i)
                        } else if !isChineseContext(left), !isChineseContext(right) {
                            append(0x20, from: i)
                        }
                    }
                    i = j
                    continue
                }
                let right = i + 1 < content.upperBound ? fold.fold(s[i + 1].value) : 0
                if v == 0xFF0C, let left = last, LineShape.isDigit(left), LineShape.isDigit(right) {
                    v = 0x2C
                } else if v == 0x53C2, isFinancialNumeral(last ?? 0) || isFinancialNumeral(right) {
                    v = 0x53C1  // 参 next to 壹…仟 is the Traditional financial three 參: 叁
                }
                append(v, from: i)
                i += 1
            }
        }
    }
}
