import ZhText

/// Where to cut a block of encoded text so that the piece before the cut decodes on its own and
/// splits no line: after the last line break, or after a blank line when there is one in the
/// block's last quarter (so a paragraph stays whole).
///
/// A line break is the byte 0x0A in UTF-8 and GB18030 (it is never part of a multi-byte
/// character there), and the code unit U+000A at an even offset in UTF-16. A block without any
/// line break is cut at a character boundary instead (in GB18030, after a byte below 0x30, which
/// no multi-byte character uses); only when there is none either must the block grow.
struct ChunkBoundary: Sendable {
    private enum Layout { case bytes(gb18030: Bool), utf16LittleEndian, utf16BigEndian }
    private let layout: Layout

    init(encoding: SourceEncoding) {
        switch encoding {
        case .utf8, .utf8BOM: layout = .bytes(gb18030: false)
        case .gb18030: layout = .bytes(gb18030: true)
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
            layout = .bytes(gb18030: true)
        }
    }

    /// The bytes of one code unit.
    private var width: Int {
        if case .bytes = layout { return 1 }
        return 2
    }

    /// The code unit at byte offset `i`.
    private func unit(_ bytes: [UInt8], _ i: Int) -> UInt16 {
        switch layout {
        case .bytes: return UInt16(bytes[i])
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
        guard let lastBreak else { return characterBoundary(bytes, last: last) }
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

    /// The last cut (after index 0) that falls between two characters, for a block without line
    /// breaks.
    private func characterBoundary(_ bytes: [UInt8], last: Int) -> Int? {
        var i = last
        while i > 0 {
            let u = unit(bytes, i)
            switch layout {
            case .bytes(gb18030: false) where u & 0xC0 != 0x80: return i
            case .bytes(gb18030: true) where u < 0x30: return i + 1
            case .utf16LittleEndian, .utf16BigEndian: if u & 0xFC00 != 0xDC00 { return i }
            default: break
            }
            i -= width
        }
        return nil
    }
}
