#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the documents to process under the paths a user gave.
///
/// - A file named explicitly is always read (whatever its name), `-` means standard input.
/// - A folder is walked recursively in sorted (byte-wise) order, so every run and every machine
///   sees the same list. Inside folders, hidden entries (names starting with `.`) are skipped,
///   entries matching an exclude pattern are skipped (folders included), and files are kept only
///   if they match an include pattern (by default `*.txt` and `*.text`, plain-text reports, so the gold
///   `.jsonl` files and the notes next to a corpus are not read as documents).
/// - Symbolic links are followed; a folder already visited in the same walk (same device and
///   inode) is not entered again, so a link loop ends.
/// - A path that does not exist, a broken link or a folder that cannot be listed becomes a
///   ``WalkItem`` with a problem, in its place in the order.
public struct FileWalker: Sendable {
    /// The include patterns used when none are given.
    public static let defaultIncludes = ["*.txt", "*.text"]

    /// Files in folders are read only if one of these matches.
    public var includes: [GlobPattern]
    /// Entries in folders (files and folders) that match one of these are skipped.
    public var excludes: [GlobPattern]

    /// A walker with the given include and exclude globs (see ``GlobPattern``).
    public init(include: [String] = FileWalker.defaultIncludes, exclude: [String] = []) {
        includes = include.map(GlobPattern.init)
        excludes = exclude.map(GlobPattern.init)
    }

    /// The documents under `paths`, in order: each path in turn, folders expanded in sorted order.
    public func walk(_ paths: [String]) -> [WalkItem] {
        var items: [WalkItem] = []
        for path in paths {
            if path == "-" { items.append(WalkItem(path: path)); continue }
            var info = stat()
            guard stat(path, &info) == 0 else {
                items.append(WalkItem(path: path, problem: Self.statProblem(path)))
                continue
            }
            guard Self.isDirectory(info) else { items.append(WalkItem(path: path, size: Int(info.st_size))); continue }
            var visited: Set<FileIdentity> = [FileIdentity(info)]
            walkFolder(path, relative: "", visited: &visited, into: &items)
        }
        return items
    }

    private func walkFolder(_ folder: String, relative: String, visited: inout Set<FileIdentity>, into items: inout [WalkItem]) {
        guard let names = Self.entries(of: folder) else {
            items.append(WalkItem(path: folder, problem: "cannot list folder: \(Self.errorText())"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            if excludes.contains(where: { $0.matches(name: name, relativePath: relativePath) }) { continue }
            var info = stat()
            guard stat(path, &info) == 0 else {
                items.append(WalkItem(path: path, problem: Self.statProblem(path)))
                continue
            }
            if Self.isDirectory(info) {
                guard visited.insert(FileIdentity(info)).inserted else { continue }
                walkFolder(path, relative: relativePath, visited: &visited, into: &items)
            } else if includes.contains(where: { $0.matches(name: name, relativePath: relativePath) }) {
                items.append(WalkItem(path: path, size: Int(info.st_size)))
            }
        }
    }

    /// The names in `folder`, sorted byte-wise, or `nil` if it cannot be listed.
    private static func entries(of folder: String) -> [String]? {
        guard let stream = opendir(folder) else { return nil }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func isDirectory(_ info: stat) -> Bool {
        info.st_mode & S_IFMT == S_IFDIR
    }

    /// Why `stat` failed on `path`, in words (a dangling link is named as such).
    private static func statProblem(_ path: String) -> String {
        let problem = errno == ENOENT ? "no such file or folder" : errorText()
        var link = stat()
        if errno == ENOENT, lstat(path, &link) == 0 { return "broken symbolic link" }
        return problem
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
