import Foundation

/// Lists the files to process under the paths a user gave: files as given, folders walked
/// recursively in a stable (sorted) order, hidden entries skipped.
public struct FileWalker {
    public init() {}

    /// The files under `paths`, in a deterministic order. A path that does not exist is reported
    /// through `onError` and skipped.
    public func files(under paths: [String], onError: (String, String) -> Void) -> [String] {
        var result: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                onError(path, "no such file or folder")
                continue
            }
            if !isDirectory.boolValue { result.append(path); continue }
            walk(path, into: &result, onError: onError)
        }
        return result
    }

    private func walk(_ folder: String, into result: inout [String], onError: (String, String) -> Void) {
        let fm = FileManager.default
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: folder).sorted() } catch {
            onError(folder, "cannot list folder")
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue { walk(path, into: &result, onError: onError) } else { result.append(path) }
        }
    }
}
