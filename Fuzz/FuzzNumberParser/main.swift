// libFuzzer target: the number parser (`NumberParser`). Bytes are read as UTF-8 (ill-formed bytes
// become U+FFFD). For every input the parser gives a value or a refusal, never a trap, and:
// - it agrees with `ReferenceNumber` (Tests/ZhTestSupport/ReferenceNumberParser.swift, the same
//   slow reference `NumberParserReferenceTests` uses): what it reads has the reference's value,
//   what it refuses the reference refuses too (or reads as a value `ExactDecimal` cannot hold);
// - every entry point (String, Substring, scalar array slice, buffer, a non-contiguous scalar
//   view) gives the same answer;
// - a value it reads prints as plain decimal text that reads back as the same value;
// - `NumberParser.scale(of:)` agrees with the reference's scale words.
//
// Built by `Scripts/fuzz.sh` (with `-parse-as-library`); in an ordinary build this file is
// top-level code that defines the entry point and runs nothing.
import ZhTestSupport
import ZhText

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumberParser(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { UnsafeBufferPointer(start: $0, count: count) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let text = String(decoding: bytes, as: UTF8.self)
    let value = NumberParser.parse(text)
    if let problem = ReferenceNumber.disagreement(text, parsed: value?.description) { fail(problem) }

    let scalars = Array(text.unicodeScalars)
    let padded = ["1"] + scalars + ["万"]
    require(NumberParser.parse(padded[1..<padded.count - 1]) == value, "a slice of scalars reads as the String does")
    require(scalars.withUnsafeBufferPointer { NumberParser.parse($0) } == value, "a buffer reads as the String does")
    require(NumberParser.parse(text.unicodeScalars) == value, "a scalar view (generic path) reads as the String does")
    // (Cut by scalars: a character may join its neighbours, as U+06DD prepends itself to the next.)
    let wrapped = "x" + text + "y"
    let inner = wrapped[wrapped.unicodeScalars.index(after: wrapped.startIndex)..<wrapped.unicodeScalars.index(before: wrapped.endIndex)]
    require(NumberParser.parse(inner) == value, "a Substring reads as the String does")
    if let value {
        require(NumberParser.parse(value.description) == value, "\(text.debugDescription) -> \(value) reads back")
        require(ExactDecimal(value.description) == value, "\(value) reads back as plain decimal")
    }

    let scale = NumberParser.scale(of: text)
    require(scale?.description == ReferenceNumber.scale(text), "scale of \(text.debugDescription): \(String(describing: scale)) vs \(String(describing: ReferenceNumber.scale(text)))")
    return 0
}

func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fail(message()) }
}

func fail(_ message: String) -> Never {
    fatalError("FuzzNumberParser: " + message)
}
