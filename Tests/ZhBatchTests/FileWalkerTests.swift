import Foundation
import Testing
import ZhBatch

@Suite struct FileWalkerTests {
    @Test func walksFoldersInSortedOrderSkippingHiddenEntriesAndReportingMissingPaths() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        for path in ["b/2.txt", "a.txt", "b/1.txt", ".hidden/x.txt", "b/.y.txt", "B.TXT"] { try folder.write(path, "x") }
        let root = folder.path
        let items = FileWalker().walk([root, root + "/missing"])
        #expect(items == [WalkItem(path: root + "/a.txt", size: 1), WalkItem(path: root + "/b/1.txt", size: 1),
                          WalkItem(path: root + "/b/2.txt", size: 1), WalkItem(path: root + "/missing", problem: "no such file or folder")])
    }

    @Test func includesDefaultToTextFilesButNamedFilesAreAlwaysRead() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        for path in ["news/a.txt", "plans/b.text", "notes.md", "gold/a.jsonl", "data.csv", "named.jsonl"] { try folder.write(path, "x") }
        let root = folder.path
        let items = FileWalker().walk([root, root + "/named.jsonl", "-"]).map(\.path)
        // Notes (`notes.md`) and gold files beside a corpus are not documents by default.
        #expect(items == [root + "/news/a.txt", root + "/plans/b.text", root + "/named.jsonl", "-"])
    }

    @Test func includeAndExcludeGlobsByNameAndByRelativePath() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        for path in ["news/a.txt", "news/old/b.txt", "gold/a.jsonl", "gold/c.txt", "plans/c.csv"] { try folder.write(path, "x") }
        let root = folder.path
        let byName = FileWalker(include: ["*.txt", "*.jsonl"], exclude: ["old"]).walk([root]).map(\.path)
        #expect(byName == [root + "/gold/a.jsonl", root + "/gold/c.txt", root + "/news/a.txt"])
        let byPath = FileWalker(include: ["news/*"], exclude: []).walk([root]).map(\.path)
        #expect(byPath == [root + "/news/a.txt", root + "/news/old/b.txt"])
        let excludedPath = FileWalker(exclude: ["gold/*"]).walk([root]).map(\.path)
        #expect(excludedPath == [root + "/news/a.txt", root + "/news/old/b.txt"])
    }

    @Test func followsSymbolicLinksWithoutLooping() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let root = folder.path
        try folder.write("docs/a.txt", "x")
        try folder.write("other/b.txt", "x")
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: root + "/docs/loop", withDestinationPath: root + "/docs")
        try fm.createSymbolicLink(atPath: root + "/docs/up", withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: root + "/docs/link-to-other", withDestinationPath: root + "/other")
        try fm.createSymbolicLink(atPath: root + "/docs/c.txt", withDestinationPath: root + "/other/b.txt")
        try fm.createSymbolicLink(atPath: root + "/docs/dangling.txt", withDestinationPath: root + "/nowhere")
        let items = FileWalker().walk([root + "/docs"])
        #expect(items == [
            WalkItem(path: root + "/docs/a.txt", size: 1), WalkItem(path: root + "/docs/c.txt", size: 1),
            WalkItem(path: root + "/docs/dangling.txt", problem: "broken symbolic link"),
            WalkItem(path: root + "/docs/link-to-other/b.txt", size: 1),
        ])
        // `up` leads back to the root, whose folders were all seen already.
    }

    @Test func pathListsAndShards() {
        #expect(PathList.parse("a.txt\r\n\nb/c.txt\n  d.txt") == ["a.txt", "b/c.txt", "  d.txt"])
        #expect(Shard("2/3") == Shard("2/3") && Shard("2/3")?.count == 3)
        for bad in ["0/3", "4/3", "1/0", "x", "1/2/3", "/2"] { #expect(Shard(bad) == nil, "\(bad)") }
        let items = Array(0..<10)
        for n in 1...12 {
            let slices = (1...n).map { Shard("\($0)/\(n)")!.slice(of: items) }
            #expect(slices.flatMap { $0 } == items)
            #expect(slices.map(\.count).max()! - slices.map(\.count).min()! <= 1)
        }
    }
}
