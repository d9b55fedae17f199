import ZhText

/// Where to cut a block of encoded text so that the piece before the cut decodes on its own and
/// splits no line: after the last line break, or after a blank line when there is one in the
/// block's last quarter (so a paragraph stays whole).
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
        }
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
