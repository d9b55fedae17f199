/// A `list` block: words a rule can match with `@name`, each with an optional value.
///
/// ```
/// list scale
///   万 = 10000
///   亿 = 100000000
/// ```
/// A rule atom `@scale` matches the longest word of the list found at that place; a capture
/// around it reports the word's value.
public struct WordList: Hashable, Sendable {
    /// One word and its value.
    public struct Entry: Hashable, Sendable {
        /// The word, as written (normalized when the matcher is built).
        public var word: String
        /// The value after `=`, if any.
        public var value: String?
        /// Where the entry was written.
        public var file: String
        /// 1-based line of the entry in ``file``.
        public var line: Int
        /// A gazetteer word's rows, one per meaning, their fields in the order of the list's
        /// ``WordList/columns``; empty for a word of a `list` block.
        public var rows: [GazetteerRow]

        /// An entry as the parser builds it.
        public init(word: String, value: String?, file: String, line: Int, rows: [GazetteerRow] = []) {
            self.word = word
            self.value = value
            self.file = file
            self.line = line
            self.rows = rows
        }
    }

    /// The list's name, used as `@name` in rules.
    public var name: String
    /// Words in the order written; a word written again (in an extension) replaces the earlier
    /// entry in place.
    public private(set) var entries: [Entry]
    private var indexByWord: [String: Int] = [:]
    /// A gazetteer's column names (after `word`), naming the fields of each entry's rows; empty
    /// for a `list` block.
    public var columns: [String]
    /// Where the list was (last) defined.
    public var file: String
    /// 1-based line of the `list` line in ``file``.
    public var line: Int

    /// A list with `entries` (a word written twice keeps its last value, or, in a gazetteer, all
    /// its rows).
    public init(name: String, entries: [Entry] = [], columns: [String] = [], file: String, line: Int) {
        self.name = name
        self.entries = []
        self.columns = columns
        self.file = file
        self.line = line
        add(entries)
    }

    /// Adds entries; a word already present takes the new value, and a gazetteer word gains the
    /// new rows it did not have.
    public mutating func add(_ newEntries: [Entry]) {
        indexByWord.reserveCapacity(entries.count + newEntries.count)
        entries.reserveCapacity(entries.count + newEntries.count)
        for entry in newEntries {
            if let index = indexByWord[entry.word] {
                if entry.rows.isEmpty {
                    entries[index] = entry
                } else {
                    entries[index].rows += entry.rows.filter { !entries[index].rows.contains($0) }
                }
            } else {
                indexByWord[entry.word] = entries.count
                entries.append(entry)
            }
        }
    }

    /// The value of `word`, if the list has the word and the word has a value.
    public func value(of word: String) -> String? {
        indexByWord[word].flatMap { entries[$0].value }
    }
}
