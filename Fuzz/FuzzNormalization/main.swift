// libFuzzer target: the normalized view and its offset map (`NormalizedText`). Bytes are read
// as UTF-8 (ill-formed bytes become U+FFFD) and normalized. For every input:
// - the map has one offset per normalized scalar, strictly increasing, each inside the original,
//   and every normalized range maps to an original range whose text is `original[start..<end]`;
// - each normalized scalar is its original scalar folded (or `，` → `,` between digits, `参` →
//   `叁` among financial numerals, a blank or line break for blanks and line breaks), and every
//   original scalar left out of the map is a blank, a line break or an invisible format character:
//   normalization never drops text;
// - the view's shape is as documented: no blank line, no line break at either end, no blank at
//   the end of a line, no space at its start, no run of two spaces, no space beside a tab;
// - the view built from a `String` (lines noted while decoding UTF-8) equals the one built from
//   the scalars (lines scanned afresh), and original lines are those `\n`, `\r\n`, `\r` end.
//
// Built by `Scripts/fuzz.sh` (with `-parse-as-library`); in an ordinary build this file is
// top-level code that defines the entry point and runs nothing.
import ZhText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalization(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { UnsafeBufferPointer(start: $0, count: count) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let string = String(decoding: bytes, as: UTF8.self)
    let text = NormalizedText(original: string)
    let original = Array(string.unicodeScalars)
    require(text.original == original, "the original is the decoded text")
    checkMap(text)
    checkShape(text.scalars)
    checkLines(text)
    let fromScalars = NormalizedText(originalScalars: original)
    require(fromScalars.scalars == text.scalars && fromScalars.originalOffsets == text.originalOffsets,
            "the view from a String equals the view from its scalars")
    require(fromScalars.lines.lineStarts == text.lines.lineStarts, "line starts from a String and from scalars")
    return 0
}

func checkMap(_ text: NormalizedText) {
    let original = text.original, scalars = text.scalars
    let map = text.originalOffsets.map(Int.init)
    require(map.count == scalars.count, "one offset per normalized scalar")
    var kept = [Bool](repeating: false, count: original.count)
    for (i, offset) in map.enumerated() {
        require(offset >= 0 && offset < original.count, "offset \(offset) inside the original")
        require(i == 0 || map[i - 1] < offset, "offsets strictly increase at \(i)")
        kept[offset] = true
        let from = original[offset], to = scalars[i]
        let folded = NormalizedText.fold(from)
        require(folded == to
                || (from == "，" && to == "," && i > 0 && i + 1 < scalars.count && isDigit(scalars[i - 1]) && isDigit(scalars[i + 1]))
                || (to == "叁" && folded == "参")
                || (isBlankOrBreak(from) && (to == " " || to == "\t" || to == "\n")),
                "normalized U+\(hex(to)) at \(i) does not come from original U+\(hex(from)) at \(offset)")
    }
    for (offset, scalar) in original.enumerated() where !kept[offset] {
        require(isBlankOrBreak(scalar) || NormalizedText.fold(scalar) == nil,
                "original U+\(hex(scalar)) at \(offset) was dropped: only blanks, breaks and format characters may be")
    }
    // Ranges: some 16 starts, with ends near them, and the whole text.
    var ranges = [0..<scalars.count]
    for start in stride(from: 0, through: scalars.count, by: max(1, scalars.count / 16)) {
        ranges += Set([start, min(start + 1, scalars.count), min(start + 7, scalars.count)]).map { start..<$0 }
    }
    for range in ranges {
        let (start, end) = (range.lowerBound, range.upperBound)
        let mapped = text.originalRange(of: range)
        require(mapped.lowerBound >= 0 && mapped.upperBound <= original.count, "original range inside the original")
        require(mapped.isEmpty == range.isEmpty, "only an empty range maps to an empty range")
        if start < end {
            require(mapped.lowerBound == map[start] && mapped.upperBound == map[end - 1] + 1, "range ends are the map's")
            require(text.originalText(mapped) == String(String.UnicodeScalarView(original[mapped])), "original text of a range")
        }
        require(text.text(start..<end) == String(String.UnicodeScalarView(scalars[start..<end])), "normalized text of a range")
    }
    require(text.originalOffset(of: scalars.count) == original.count, "the end maps to the end")
}

func checkShape(_ s: [Unicode.Scalar]) {
    require(s.first != "\n" && s.last != "\n", "no line break at either end")
    for (i, c) in s.enumerated() {
        require(c != "\r" && c != "\u{0B}" && c != "\u{0C}" && c != "\u{3000}" && c != "\u{A0}", "only ' ', tab and \\n stay as blanks (U+\(hex(c)) at \(i))")
        let next: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        let previous: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        if c == "\n" { require(next != "\n", "no blank line (at \(i))") }
        if c == " " {
            require(next != " " && next != "\t" && previous != "\t", "no two blanks with a space among them (at \(i))")
            require(previous != nil && previous != "\n", "no space at the start of a line (at \(i))")
        }
        if c == " " || c == "\t" { require(next != nil && next != "\n", "no blank at the end of a line (at \(i))") }
    }
}

func checkLines(_ text: NormalizedText) {
    let s = text.original
    var starts = [0], i = 0
    while i < s.count {
        if s[i] == "\r", i + 1 < s.count, s[i + 1] == "\n" { i += 1 }
        if s[i] == "\n" || s[i] == "\r" { starts.append(i + 1) }
        i += 1
    }
    require(text.lines.lineStarts == starts, "line starts \(text.lines.lineStarts) vs \(starts)")
    for offset in stride(from: 0, through: s.count, by: max(1, s.count / 32)) {
        let line = starts.lastIndex { $0 <= offset }! + 1
        require(text.line(ofOriginalOffset: offset) == line, "line of offset \(offset)")
    }
}

func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

func isBlankOrBreak(_ s: Unicode.Scalar) -> Bool {
    s.properties.isWhitespace || NormalizedText.fold(s) == " "
}

func hex(_ s: Unicode.Scalar) -> String { String(s.value, radix: 16, uppercase: true) }

func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("FuzzNormalization: " + message()) }
}
