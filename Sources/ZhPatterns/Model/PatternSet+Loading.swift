import Foundation

extension PatternSet {
    /// The extension of pattern files.
    public static let fileExtension = "zhp"
    /// The extension of gazetteers, word lists whose entries carry several fields.
    public static let gazetteerExtension = "tsv"

    /// The built-in folder (``BuiltinPatterns``: compiled in, or the folder `ZHX_PATTERNS` names),
    /// then the user's folders on disk (`--patterns DIR`) on top of it.
    public static func builtin(adding directories: [String] = []) throws(PatternErrors) -> PatternSet {
        if let replacement = BuiltinPatterns.replacementDirectory {
            return try load(directories: [replacement] + directories)
        }
        return try load(folders: [BuiltinPatterns.sources], directories: directories)
    }

    /// Loads every `*.zhp` and `*.tsv` file below each folder (recursively, by path; hidden files and
    /// folders, such as editors' `.#money.zhp` locks, are skipped) and merges them, after the
    /// folders already read in `folders`; throws every error of every file at once.
    public static func load(folders: [[PatternSource]] = [], directories: [String]) throws(PatternErrors) -> PatternSet {
        var folders = folders
        var errors: [PatternError] = []
                for directory in directories {
            do throws(PatternError) {
                folders.append(try sources(in: directory))
            } catch {
                errors.append(error)
            }
        }
        do {
            let set = try PatternSet(folders: folders)
            if errors.isEmpty { return set }
        } catch {
            errors += error.errors
        }
        throw PatternErrors(errors)
    }

    /// Reads the pattern files below `directory`, sorted by path; a file that cannot be read as
    /// text is kept with its error (reported with the others when the folder is loaded).
    public static func sources(in directory: String) throws(PatternError) -> [PatternSource] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PatternError(file: directory, line: 0, column: 0, message: "no such pattern folder")
        }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        let paths = (FileManager.default.enumerator(atPath: directory)?.allObjects as? [String] ?? [])
            .filter { ($0.hasSuffix("." + fileExtension) || $0.hasSuffix("." + gazetteerExtension)) && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .sorted()
        if paths.isEmpty {
            throw PatternError(file: directory, line: 0, column: 0, message: "no .\(fileExtension) files in this folder")
        }
        return paths.map { relative in
            let path = base + relative
            switch decode(path) {
            case .success(let text): return PatternSource(path: path, text: text)
            case .failure(let error): return PatternSource(path: path, error: error)
            }
        }
    }

    /// The file's text: UTF-8, with or without a byte order mark.
    private static func decode(_ path: String) -> Result<String, PatternError> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(PatternError(file: path, line: 0, column: 0, message: "cannot read the file"))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        // Locate the first bad byte: it is where lossy decoding first differs from the bytes.
        let lossy = String(decoding: bytes, as: UTF8.self)
        var line = 1
        var column = 1
        var offset = 0
        for scalar in lossy.unicodeScalars {
            let width = UTF8.width(scalar)
            if scalar == "\u{FFFD}", bytes[offset..<min(offset + 3, bytes.count)].elementsEqual([0xEF, 0xBF, 0xBD]) == false {
                break
            }
            offset += width
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return .failure(PatternError(file: path, line: line, column: column, message: "not valid UTF-8 (pattern files are UTF-8)"))
    }
}
