import Foundation

/// Finds the built-in `Patterns/` folder: the rule files ship as editable text beside the
/// binary's source tree, not compiled in.
///
/// Looked for, in order: the `ZHX_PATTERNS` environment variable; a `Patterns` folder in the
/// current directory or above it; a `Patterns` folder above the running executable (so
/// `.build/release/zhx` finds the repository's folder from anywhere); the source tree this
/// module was compiled from.
public enum BuiltinPatterns {
    /// The folder, or `nil` when none is found.
    public static func directory() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["ZHX_PATTERNS"], !path.isEmpty { return path }
        var starts = [FileManager.default.currentDirectoryPath]
        if let executable = executablePath() { starts.append((executable as NSString).deletingLastPathComponent) }
        starts.append(((#filePath as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent)
        for start in starts {
            if let found = search(upwardFrom: start) { return found }
        }
        return nil
    }

    private static func executablePath() -> String? {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        return Bundle.main.executablePath
    }

    private static func search(upwardFrom start: String) -> String? {
        var folder = URL(fileURLWithPath: start).standardizedFileURL
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent("Patterns")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue,
               FileManager.default.fileExists(atPath: candidate.appendingPathComponent("money.zhp").path) {
                return candidate.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return nil
    }
}
