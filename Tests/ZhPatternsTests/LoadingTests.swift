import Foundation
import Testing
import ZhPatterns
import ZhTestSupport

@Suite struct LoadingTests {
    /// A fresh temporary folder holding `files` (relative path → bytes).
    private func folder(_ files: [String: [UInt8]]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhp-\(UUID().uuidString)").path
        for (path, bytes) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
        }
        return root
    }

    private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func userFoldersExtendListsAndReplaceRules() throws {
        let builtIn = try folder([
            "money/a.zhp": utf8("list scale\n  万 = 10000\nrule money.x\n  type: money\n  match: NUM @scale 元\nrule money.y\n  type: money\n  match: NUM 美元\n"),
            "b.zhp": utf8("list q\n  超 = over\n"),
            "notes.txt": utf8("not a pattern file"),
            ".#b.zhp": utf8("an editor's lock file"),
            ".git/x.zhp": utf8("hidden folder"),
        ])
        let user = try folder([
            "mine.zhp": utf8("list scale +\n  亿 = 100000000\n  万 = 10K\nlist q\n  约 = about\nrule money.x\n  type: money\n  match: NUM @scale 块\nrule mine.z\n  type: quantity\n  match: NUM 亩\n"),
        ])
        let set = try PatternSet.load(directories: [builtIn, user])
        #expect(set.rules.map(\.id) == ["money.x", "money.y", "mine.z"])
        #expect(set.rules[0].file.hasSuffix("mine.zhp") && set.rules[0].source == "NUM @scale 块")
        #expect(set.lists["scale"]?.entries.map(\.word) == ["万", "亿"])
        #expect(set.lists["scale"]?.value(of: "万") == "10K")
        #expect(set.lists["q"]?.entries.map(\.word) == ["约"])
    }

    @Test func errorsOfAllFilesAreThrownTogether() throws {
        let root = try folder([
            "a.zhp": utf8("rule x\n  type: t\n  match: (\n"),
            "b.zhp": utf8("rule x\n  type: t\n  match: y\nrule x\n  type: t\n  match: z\n"),
            "c.zhp": [0xEF, 0xBB, 0xBF] + utf8("list l\n  好\n  ") + [0xFF, 0xFE] + utf8("\n"),
        ])
        do {
            _ = try PatternSet.load(directories: [root, root + "/missing"])
            Issue.record("expected errors")
        } catch {
            let lines = error.errors.map(\.description).map { $0.replacingOccurrences(of: root + "/", with: "") }
            #expect(lines == [
                root.replacingOccurrences(of: root + "/", with: "") + "/missing: no such pattern folder",
                "a.zhp:3:11: expected ')' to close the group opened at 3:10",
                "c.zhp:3:3: not valid UTF-8 (pattern files are UTF-8)",
                "b.zhp:4:1: duplicate rule id 'x' (first defined at \(root)/b.zhp:1)",
            ].map { $0.replacingOccurrences(of: root + "/", with: "") })
        }
    }

    @Test func foldersAlreadyReadMergeAsFoldersOnDisk() throws {
        let builtIn = [
            PatternSource(path: "Patterns/a.zhp", text: "list scale\n  万 = 10000\nrule money.x\n  type: money\n  match: NUM @scale 元\n"),
        ]
        let user = try folder(["mine.zhp": utf8("list scale +\n  亿 = 100000000\nrule money.x\n  type: money\n  match: NUM @scale 块\n")])
        let set = try PatternSet.load(folders: [builtIn], directories: [user])
        #expect(set.rules.map(\.file) == [user + "/mine.zhp"])
        #expect(set.lists["scale"]?.entries.map(\.word) == ["万", "亿"])
        #expect(set == (try PatternSet(folders: [builtIn, PatternSet.sources(in: user)])))
    }

    @Test func errorsInFoldersAlreadyReadNameTheirPaths() throws {
        let sources = [
            PatternSource(path: "Patterns/a.zhp", text: "list l\n  好\n"),
            PatternSource(path: "Patterns/b.zhp", text: "list l\n  坏\nrule x\n  type: t\n  match: (\n"),
            PatternSource(path: "Patterns/c.zhp", error: PatternError(file: "Patterns/c.zhp", line: 2, column: 1, message: "not valid UTF-8 (pattern files are UTF-8)")),
        ]
        #expect { try PatternSet(folders: [sources]) } throws: { error in
            (error as? PatternErrors)?.errors.map(\.description) == [
                "Patterns/b.zhp:5:11: expected ')' to close the group opened at 5:10",
                "Patterns/c.zhp:2:1: not valid UTF-8 (pattern files are UTF-8)",
                "Patterns/b.zhp:1:1: duplicate list 'l' (first defined at Patterns/a.zhp:1)",
            ]
        }
    }

    /// The files compiled into the binary are the repository's `Patterns/` folder as it is.
    @Test func theBuiltInFilesAreThePatternsFolder() throws {
        let repository = CorpusSupport.root.deletingLastPathComponent().path
        let onDisk = try PatternSet.sources(in: repository + "/Patterns")
        #expect(!onDisk.isEmpty)
        #expect(BuiltinPatterns.sources.map(\.path) == onDisk.map { "Patterns/" + $0.path.dropFirst(repository.count + "/Patterns/".count) })
        #expect(BuiltinPatterns.sources.map(\.text) == onDisk.map(\.text))
        #expect(BuiltinPatterns.sources.allSatisfy { $0.error == nil })
        // Their errors name them as the repository's files.
        let extra = PatternSource(path: "Patterns/extra.zhp", text: "list scale\n  兆 = 1000000000000\n")
        #expect { try PatternSet(folders: [BuiltinPatterns.sources + [extra]]) } throws: { error in
            "\(error)".contains("Patterns/extra.zhp:1:1: duplicate list 'scale' (first defined at Patterns/common.zhp:")
        }
    }

    @Test func aFolderWithoutPatternFilesIsAnError() throws {
        let root = try folder(["readme.txt": utf8("x")])
        #expect(throws: PatternErrors([PatternError(file: root, line: 0, column: 0, message: "no .zhp files in this folder")])) {
            try PatternSet.load(directories: [root])
        }
    }
}
