import ZhModel

/// The columns (in ``RecordColumns/typeSpecific``) of records' fields, remembered per record type.
///
/// Records of one type come in a few field layouts (a money amount with or without a qualifier),
/// so the layouts seen are kept per type with the columns of their keys: a record whose keys
/// match one (a quick comparison each, the keys being the same short strings) reuses its
/// columns, and only a new layout looks its keys up in ``RecordColumns``.
struct FieldColumns {
    /// A field layout: the keys in order and the column of each.
    private struct Layout {
        let keys: [String]
        let columns: [Int]
    }

    private var layouts = [[Layout]](repeating: [], count: RecordType.ordered.count)
    /// The most layouts kept per record type; records of other layouts are looked up each time.
    private static let limit = 16

    /// The column of each field of `record`, in field order; -1 for a field outside
    /// ``RecordColumns/typeSpecific`` (it goes to `extra`).
    mutating func columns(of record: Record) -> [Int] {
        let type = record.type.ordinal
        let fields = record.fields
        for index in layouts[type].indices {
            let keys = layouts[type][index].keys
            if keys.count == fields.count, keys.elementsEqual(fields.lazy.map(\.key)) { return layouts[type][index].columns }
        }
        let columns = fields.map { RecordColumns.column(of: $0.key) ?? -1 }
        if layouts[type].count < Self.limit { layouts[type].append(Layout(keys: fields.map(\.key), columns: columns)) }
        return columns
    }
}
