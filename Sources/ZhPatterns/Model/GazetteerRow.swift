/// One row of a gazetteer (``WordList/columns`` names its fields), read from the file's bytes
/// only when asked: a gazetteer of tens of thousands of rows loads without making a string of
/// every field.
public struct GazetteerRow: Hashable, Sendable {
    /// The file's text and where its rows' fields lie.
    let table: GazetteerTable
    /// The row's place in the table.
    let index: Int

    /// The field in column `column` (0 is the first column after `word`).
    public subscript(column: Int) -> String {
        table.field(row: index, column: column)
    }

    /// All the row's fields, in column order.
    public var fields: [String] {
        (0..<table.columnCount).map { self[$0] }
    }

    public static func == (a: GazetteerRow, b: GazetteerRow) -> Bool {
        a.table === b.table ? a.index == b.index : a.fields == b.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields)
    }
}

/// A gazetteer file's UTF-8 bytes and, for each row, where each of its fields starts and ends.
final class GazetteerTable: Sendable {
    private let bytes: [UInt8]
    /// Per row, `columnCount` pairs of (start, end) byte offsets, flat.
    private let bounds: [Int32]
    let columnCount: Int

    init(bytes: [UInt8], bounds: [Int32], columnCount: Int) {
        self.bytes = bytes
        self.bounds = bounds
        self.columnCount = columnCount
    }

    func field(row: Int, column: Int) -> String {
        let at = 2 * (row * columnCount + column)
        return String(decoding: bytes[Int(bounds[at])..<Int(bounds[at + 1])], as: UTF8.self)
    }
}
