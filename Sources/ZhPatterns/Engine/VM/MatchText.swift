/// The text one ``Matcher`` call works on: the normalized scalars (as a buffer valid for the
/// call) and the tokens of the range.
struct MatchText {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let tokens: TokenTable
    let range: Range<Int>
}
