import Foundation
import Testing
import ZhBatch

@Suite struct FileWalkerTests {
    @Test func walksFoldersInSortedOrderAndSkipsHiddenFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-walk-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for path in ["b/2.txt", "a.txt", "b/1.txt", ".hidden/x.txt", "b/.y.txt"] {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: full))
        }
        var errors: [String] = []
        let files = FileWalker().files(under: [root, root + "/missing"]) { path, _ in errors.append(path) }
        #expect(files == [root + "/a.txt", root + "/b/1.txt", root + "/b/2.txt"])
        #expect(errors == [root + "/missing"])
    }
}
