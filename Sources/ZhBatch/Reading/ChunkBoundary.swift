import ZhText

/// Where to cut a block of encoded text so that the piece before the cut decodes on its own and
/// splits no line: after the last line that ends a sentence in the block's second half (PDF
/// conversions wrap lines inside figures, across blank lines too: `1,203.04⏎⏎万元`; a cut after a
/// sentence end is a break normalization keeps), else after a blank line in the block's last
/// quarter (so a paragraph stays whole), else after the last line break.
///
/// A line break is the byte 0x0A in UTF-8 and GB18030 (it is never part of a multi-byte
/// character there), and the code unit U+000A at an even offset in UTF-16. A block without any
/// line feed is cut after its last lone carriage return (a line end too); else, in a line longer
/// than a block, after its last sentence end (``SentenceBoundary/isSentenceEnd(_:)``: `。！？!?`),
/// so that no sentence, and no figure in it, is split; else after its last clause break
/// (``SentenceBoundary/isClauseBreak(_:)``: `，；：、`, not after a digit: `1，234`, `10:30`);
/// else between two characters.
/// GB18030 is not self-synchronizing: its characters are found by reading the block from its
/// start. While the encoding is still being detected (UTF-8 or GB18030), such a block is cut
/// only after a byte below 0x30, which no multi-byte character of either uses, and grows until
/// it has one.
struct ChunkBoundary: Sendable {
    private enum Layout { case utf8, gb18030, utf8OrGB18030, utf16LittleEndian, utf16BigEndian }
    private let layout: Layout
    /// While the encoding is being detected: whether the block read so far is UTF-8 (a character
    /// cut by its end aside), so that sentence ends are looked for as UTF-8, else as GB18030.
    private var headIsUTF8 = false

    init(encoding: SourceEncoding) {
        switch encoding {
        case .utf8, .utf8BOM: layout = .utf8
        case .gb18030: layout = .gb18030
        case .utf16LE: layout = .utf16LittleEndian
        case .utf16BE: layout = .utf16BigEndian
        }
    }

    /// The boundary for the first chunk of an input whose encoding is not known yet: UTF-16 when
    /// it starts with a UTF-16 byte order mark, otherwise cuts that suit both UTF-8 and GB18030.
    init(detecting head: [UInt8]) {
        if head.starts(with: SourceEncoding.utf16LE.byteOrderMark) {
            layout = .utf16LittleEndian
        } else if head.starts(with: SourceEncoding.utf16BE.byteOrderMark) {
            layout = .utf16BigEndian
        } else {
            layout = .utf8OrGB18030
            headIsUTF8 = Self.isUTF8(head)
        }
    }

    /// Whether `head` is well-formed UTF-8 up to a last character its end may cut.
    private static func isUTF8(_ head: [UInt8]) -> Bool {
        var start = head.count
        while start > 0, head.count - start < 3, head[start - 1] & 0xC0 == 0x80 { start -= 1 }
        if start > 0, head[start - 1] >= 0xC0 {
            let lead = head[start - 1]
            let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            if head.count - (start - 1) < length { start -= 1 } else { start = head.count }
        } else {
            start = head.count
        }
        return (try? SourceDecoder.check(head[..<start], as: .utf8)) != nil
    }

    /// The bytes of one code unit.
    private var width: Int {
        switch layout {
        case .utf8, .gb18030, .utf8OrGB18030: return 1
        case .utf16LittleEndian, .utf16BigEndian: return 2
        }
    }

    /// The code unit at byte offset `i`.
    private func unit(_ bytes: [UInt8], _ i: Int) -> UInt16 {
        switch layout {
        case .utf8, .gb18030, .utf8OrGB18030: return UInt16(bytes[i])
        case .utf16LittleEndian: return UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i])
        case .utf16BigEndian: return UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
        }
    }

    /// How many leading bytes of `bytes` to decode now, or `nil` when no cut is possible and more
    /// input is needed. `bytes` starts at a code unit boundary.
    func cut(_ bytes: [UInt8]) -> Int? {
        let w = width
        let last = (bytes.count / w - 1) * w
        guard last >= 0 else { return nil }
        var lastBreak: Int?
        var i = last
        while i >= 0 {
            if unit(bytes, i) == 0x0A { lastBreak = i; break }
            i -= w
        }
        guard let lastBreak else { return cutInsideALine(bytes, last: last) }
        // A line that ends a sentence, in the block's second half: normalization always keeps
        // the break after it, so both chunks normalize as the whole text does there.
        i = lastBreak
        while i >= bytes.count / 2 {
            if unit(bytes, i) == 0x0A, endsSentence(bytes, before: i) { return i + w }
            i -= w
        }
        // A blank line: a line break whose line is empty (or holds only a carriage return).
        let preferredStart = bytes.count - bytes.count / 4
        i = lastBreak
        while i >= preferredStart {
            if unit(bytes, i) == 0x0A {
                var previous = i - w
                if previous >= 0, unit(bytes, previous) == 0x0D { previous -= w }
                if previous >= 0, unit(bytes, previous) == 0x0A { return i + w }
            }
            i -= w
        }
        return lastBreak + w
    }

    /// Whether the line that the line feed at `lineFeed` ends, blanks at its end aside, ends with
    /// `。！？；` or `!?;` (normalization keeps the break after such a line, whatever comes next:
    /// `NormalizedText`, rule 4). Read backwards: in GB18030 the two bytes of these characters
    /// before a line feed cannot be anything else (a trail byte is never 0x0A, and `!?;` are never
    /// trail bytes). While the encoding is still being detected, as UTF-8 if the block is UTF-8
    /// so far, else as GB18030 (what detection will conclude).
    private func endsSentence(_ bytes: [UInt8], before lineFeed: Int) -> Bool {
        let w = width
        var end = lineFeed
        while end - w >= 0, [0x0D, 0x20, 0x09].contains(unit(bytes, end - w)) { end -= w }
        guard end - w >= 0 else { return false }
        let ascii: Set<UInt16> = [0x21, 0x3F, 0x3B]
        switch layout {
        case .utf16LittleEndian, .utf16BigEndian:
            return ascii.contains(unit(bytes, end - w)) || [0x3002, 0xFF01, 0xFF1F, 0xFF1B].contains(unit(bytes, end - w))
        case .utf8OrGB18030:
            return ChunkBoundary(encoding: headIsUTF8 ? .utf8 : .gb18030).endsSentence(bytes, before: lineFeed)
        case .utf8:
            guard !ascii.contains(UInt16(bytes[end - 1])) else { return true }
            guard end >= 3 else { return false }
            return [[0xE3, 0x80, 0x82], [0xEF, 0xBC, 0x81], [0xEF, 0xBC, 0x9F], [0xEF, 0xBC, 0x9B]].contains(Array(bytes[end - 3..<end]))
        case .gb18030:
            guard !ascii.contains(UInt16(bytes[end - 1])) else { return true }
            guard end >= 2 else { return false }
            return [[0xA1, 0xA3], [0xA3, 0xA1], [0xA3, 0xBF], [0xA3, 0xBB]].contains(Array(bytes[end - 2..<end]))
        }
    }

    /// The cut for a block without line breaks (see the type's comment); `nil` when there is no
    /// cut after index 0.
    private func cutInsideALine(_ bytes: [UInt8], last: Int) -> Int? {
        if case .utf8OrGB18030 = layout {
            var i = last
            while i > 0 {
                if bytes[i] < 0x30 { return i + 1 }
                i -= 1
            }
            return nil
        }
        var lineEnd: Int?, sentenceEnd: Int?, clauseEnd: Int?, characterEnd: Int?
        var previous = Mark.other, previousEnd = 0
        forEachCharacter(of: bytes) { mark, end in
            // The block has no line feed: a carriage return with a character after it ends a line.
            if previous == .carriageReturn { lineEnd = previousEnd }
            if mark == .sentenceEnd { sentenceEnd = end }
            // `1，234` is one number (normalization reads the comma as a separator), `10:30` a time.
            if mark == .clauseBreak, previous != .digit { clauseEnd = end }
            // Not after a carriage return that may start a CR LF in the next block.
            if mark != .carriageReturn { characterEnd = end }
            (previous, previousEnd) = (mark, end)
        }
        return lineEnd ?? sentenceEnd ?? clauseEnd ?? characterEnd
    }

    /// What a character is to ``cutInsideALine(_:last:)``.
    private enum Mark { case carriageReturn, sentenceEnd, clauseBreak, digit, other }

    /// The mark of scalar `v`: a carriage return; a ``SentenceBoundary`` sentence end or clause
    /// break; ASCII and full-width digits.
    private static func mark(_ v: UInt32) -> Mark {
        switch v {
        case 0x0D: return .carriageReturn
        case 0x30...0x39, 0xFF10...0xFF19: return .digit
        default:
            if SentenceBoundary.isSentenceEnd(v) { return .sentenceEnd }
            if SentenceBoundary.isClauseBreak(v) { return .clauseBreak }
            return .other
        }
    }

    /// Calls `body` with the mark and end offset of every whole character of `bytes`, read from
    /// the start (GB18030 is not self-synchronizing; a character cut by the block's end is left
    /// out).
    private func forEachCharacter(of bytes: [UInt8], _ body: (Mark, Int) -> Void) {
        var i = 0
        let n = bytes.count
        switch layout {
        case .utf8:
            while i < n {
                let lead = UInt32(bytes[i])
                let length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard i + length <= n else { return }
                let v = length == 3 ? (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F) : lead
                i += length
                body(Self.mark(v), i)
            }
        case .gb18030:
            while i < n {
                let lead = UInt32(bytes[i])
                let length = lead < 0x81 || lead == 0xFF ? 1 : i + 1 < n && (0x30...0x39).contains(bytes[i + 1]) ? 4 : 2
                guard i + length <= n else { return }
                // The two-byte forms of 、。 (A1A2 A1A3) and of the full-width forms FF01…FF5E
                // (A3A1…A3FE).
                let code = length == 2 ? lead << 8 | UInt32(bytes[i + 1]) : lead
                let v: UInt32 = switch code {
                case 0xA1A2: 0x3001
                case 0xA1A3: 0x3002
                case 0xA3A1...0xA3FE: 0xFF01 + code - 0xA3A1
                default: length == 1 ? lead : 0
                }
                i += length
                body(Self.mark(v), i)
            }
        case .utf16LittleEndian, .utf16BigEndian:
            while i + 1 < n {
                let u = unit(bytes, i)
                let length = u & 0xFC00 == 0xD800 ? 4 : 2
                guard i + length <= n else { return }
                i += length
                body(Self.mark(UInt32(u)), i)
            }
        case .utf8OrGB18030:
            return
        }
    }
}
