import Foundation
import Testing
import ZhTestSupport

/// `zhx` as a user runs it: the binary `swift test` built, copied into a fresh folder outside the
/// repository (as `install` copies it to /usr/local/bin or to a Spark executor) and run as a
/// process from a folder of its own, without `ZHX_PATTERNS`: it can use only what was compiled
/// into it.
@Suite struct EndToEndTests {
    /// A GB18030 file: 全年支出12.5万元，占比30%，较上年下降1.2个百分点。
    static let gb18030: [UInt8] = [
        200, 171, 196, 234, 214, 167, 179, 246, 49, 50, 46, 53, 205, 242, 212, 170, 163, 172, 213, 188, 177, 200, 51,
        48, 37, 163, 172, 189, 207, 201, 207, 196, 234, 207, 194, 189, 181, 49, 46, 50, 184, 246, 176, 217, 183, 214,
        181, 227, 161, 163, 10,
    ]

    @Test func extractsTheGoodFilesAndNamesTheBadOnes() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        try folder.write("in/good.txt", Array("2023年一般公共预算收入完成23.17亿元，同比增长8.2%。\n".utf8))
        try folder.write("in/gb18030.txt", Self.gb18030)
        try folder.write("in/invalid.txt", Array("收入".utf8) + [0xFF, 0xFE, 0x80, 0x81] + Array("5万元\n".utf8))
        try folder.write("in/binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52])
        try folder.write("in/empty.txt", [])
        let cwd = try folder.make("cwd")

        let run = try zhx.run(["extract", "../in"], in: cwd)

        #expect(run.status == 1, "a file failed: exit code 1")
        #expect(run.stderrLines.count == 3, "\(run.stderrLines)")
        #expect(run.stderrLines.contains("zhx: ../in/invalid.txt: not valid UTF-8 or GB18030 (first bad byte at offset 6)"))
        #expect(run.stderrLines.contains("zhx: ../in/binary.txt: skipped: binary file (NUL byte at offset 8)"))
        #expect(run.stderrLines.last?.hasPrefix("zhx: 3 files read, 1 failed, 1 skipped; 8 records (money 2, percent 3, date 1, metric 2)") == true)
        #expect(run.output == """
            {"schema":1,"doc":"../in/gb18030.txt","type":"metric","text":"支出12.5万元，占比30%，较上年下降1.2个百分点","start":2,"end":29,"line":1,"pattern":"metric.statement","subject":"支出","actual":125000,"change_amount":-1.2,"share":30}
            {"schema":1,"doc":"../in/gb18030.txt","type":"money","text":"12.5万元","start":4,"end":10,"line":1,"pattern":"money.amount","value":125000,"currency":"CNY"}
            {"schema":1,"doc":"../in/gb18030.txt","type":"percent","text":"30%","start":13,"end":16,"line":1,"pattern":"percent.sign","value":30,"unit":"%","role":"share"}
            {"schema":1,"doc":"../in/gb18030.txt","type":"percent","text":"1.2个百分点","start":22,"end":29,"line":1,"pattern":"percent.points","value":1.2,"unit":"pp","role":"change","direction":"down"}
            {"schema":1,"doc":"../in/good.txt","type":"date","text":"2023年","start":0,"end":5,"line":1,"pattern":"date.year","value":"2023"}
            {"schema":1,"doc":"../in/good.txt","type":"metric","text":"一般公共预算收入完成23.17亿元，同比增长8.2%","start":5,"end":31,"line":1,"pattern":"metric.statement","subject":"一般公共预算收入","actual":2317000000,"change_pct":8.2}
            {"schema":1,"doc":"../in/good.txt","type":"money","text":"23.17亿元","start":15,"end":22,"line":1,"pattern":"money.amount","value":2317000000,"currency":"CNY"}
            {"schema":1,"doc":"../in/good.txt","type":"percent","text":"8.2%","start":27,"end":31,"line":1,"pattern":"percent.sign","value":8.2,"unit":"%","role":"change","direction":"up"}

            """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cwd.path).isEmpty, "nothing written to the working folder")
    }

    @Test func theOutputIsTheSameForAnyNumberOfJobs() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        try folder.copyCorpus(to: "in")
        // A file of several chunks (256 KB each), so the two workers share it.
        let document = try Data(contentsOf: #require(CorpusSupport.documents.first))
        try folder.write("in/big.txt", Array(repeating: [UInt8](document), count: 1 + 700_000 / document.count).flatMap { $0 })

        let one = try zhx.run(["extract", "--quiet", "--jobs", "1", "in"], in: folder.url)
        let two = try zhx.run(["extract", "--quiet", "--jobs", "2", "in"], in: folder.url)

        #expect(one.status == 0 && two.status == 0, "\(one.stderr) \(two.stderr)")
        #expect(one.stdout.count > 100_000)
        #expect(one.stdout == two.stdout)
    }

    @Test func jsonLinesCSVAndSQLiteHoldTheSameRecords() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        let files = try folder.copyCorpus(to: "in")

        let jsonl = try zhx.run(["extract", "--quiet", "in"], in: folder.url)
        let csv = try zhx.run(["extract", "--quiet", "-f", "csv", "-o", "out.csv", "in"], in: folder.url)
        let sqlite = try zhx.run(["extract", "--quiet", "-f", "sqlite", "-o", "out.db", "in"], in: folder.url)
        #expect(jsonl.status == 0 && csv.status == 0 && sqlite.status == 0, "\(jsonl.stderr) \(csv.stderr) \(sqlite.stderr)")

        var types: [String: Int] = [:]
        for line in jsonl.output.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            types[object?["type"] as? String ?? "?", default: 0] += 1
        }
        let count = types.values.reduce(0, +)
        #expect(count > 800)
        #expect(try Self.csvRecords(Data(contentsOf: folder.url.appendingPathComponent("out.csv"))) == count + 1, "a header row and one row per record")
        let db = try ReadBack(path: folder.url.appendingPathComponent("out.db").path)
        #expect(db.rows("SELECT count(*) FROM records") == [[String(count)]])
        #expect(db.rows("SELECT type, count(*) FROM records GROUP BY type ORDER BY type") == types.sorted { $0.key < $1.key }.map { [$0.key, String($0.value)] })
        #expect(db.rows("SELECT count(*), sum(records) FROM documents") == [[String(files), String(count)]])
    }

    @Test func aUserPatternFolderExtendsTheBuiltInLists() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        try folder.write("mine/mine.zhp", Array("list scale +\n  京 = 10000000000000000\nlist currency +\n  元宝 = XYZ\n".utf8))
        try folder.write("doc.txt", Array("项目总投资3京元，另付5万元宝，增长8%。\n".utf8))

        let builtIn = try zhx.run(["extract", "--quiet", "doc.txt"], in: folder.url)
        let extended = try zhx.run(["extract", "--quiet", "--patterns", "mine", "doc.txt"], in: folder.url)

        #expect(builtIn.status == 0 && extended.status == 0)
        #expect(!builtIn.output.contains("京") && !builtIn.output.contains("XYZ"))
        let figures = extended.output.split(separator: "\n").filter { $0.contains(#""type":"money""#) || $0.contains(#""type":"percent""#) }
        #expect(figures.joined(separator: "\n") + "\n" == """
            {"schema":1,"doc":"doc.txt","type":"money","text":"3京元","start":5,"end":8,"line":1,"pattern":"money.amount","value":30000000000000000,"currency":"CNY"}
            {"schema":1,"doc":"doc.txt","type":"money","text":"5万元宝","start":11,"end":15,"line":1,"pattern":"money.amount","value":50000,"currency":"XYZ"}
            {"schema":1,"doc":"doc.txt","type":"percent","text":"8%","start":18,"end":20,"line":1,"pattern":"percent.sign","value":8,"unit":"%","role":"change","direction":"up"}

            """)
    }

    @Test func zhxPatternsReplacesTheBuiltInFolder() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        try folder.write("only/only.zhp", Array("list currency\n  元 = CNY\nrule only.yuan\n  type: money\n  match: amount:NUM currency:@currency\n".utf8))
        try folder.write("doc.txt", Array("2023年共计12元，增长8%。\n".utf8))

        let replaced = try zhx.run(["extract", "--quiet", "doc.txt"], in: folder.url, environment: ["ZHX_PATTERNS": "only"])
        #expect(replaced.status == 0)
        #expect(replaced.output == """
            {"schema":1,"doc":"doc.txt","type":"money","text":"12元","start":7,"end":10,"line":1,"pattern":"only.yuan","value":12,"currency":"CNY"}

            """)

        let missing = try zhx.run(["extract", "--quiet", "doc.txt"], in: folder.url, environment: ["ZHX_PATTERNS": "nowhere"])
        #expect(missing.status == 1)
        #expect(missing.stderrLines == ["zhx extract: nowhere: no such pattern folder"])
    }

    @Test func patternErrorsNameTheFileLineAndColumn() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        try folder.write("bad/bad.zhp", Array("rule money.x\n  type: money\n  match: NUM @scal 元\n".utf8))
        try folder.write("doc.txt", Array("12元\n".utf8))

        let run = try zhx.run(["extract", "--patterns", "bad", "doc.txt"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad/bad.zhp:3:14: unknown list '@scal' (did you mean '@scale'?)"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func testRunsTheBuiltInExamplesWithoutACorpus() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        let run = try zhx.run(["test"], in: folder.url)
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("examples: ") == true && lines.first?.hasSuffix(" passed, 0 failed") == true, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("corpus: skipped: no Corpus/ folder with gold/ here") })
    }

    @Test func aWrongCommandLineExitsWithTwoAndNamesTheOption() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        let cases: [([String], String)] = [
            (["extract", "--fromat", "csv", "x.txt"], "unknown option '--fromat' for 'extract'"),
            (["extract", "--jobs", "0", "x.txt"], "--jobs needs a whole number ≥ 1, not '0'"),
            (["extract", "-f", "sqlite", "x.txt"], "--format sqlite needs an output file (-o FILE)"),
            (["extract"], "'extract' needs a PATH or --files-from FILE"),
            (["frobnicate"], "unknown verb 'frobnicate'"),
        ]
        for (arguments, message) in cases {
            let run = try zhx.run(arguments, in: folder.url)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func versionAndHelpCiteTheRecordContract() throws {
        let folder = try TemporaryFolder()
        let zhx = try Zhx(installedIn: folder)
        let version = try zhx.run(["--version"], in: folder.url)
        let help = try zhx.run(["extract", "--help"], in: folder.url)
        #expect(version.status == 0 && help.status == 0)
        #expect(version.output.contains("docs/RECORDS.md"))
        #expect(help.output.contains("docs/RECORDS.md"))
        let repository = CorpusSupport.root.deletingLastPathComponent()
        #expect(FileManager.default.fileExists(atPath: repository.appendingPathComponent("docs/RECORDS.md").path))
    }

    /// The records of a CSV file, header included: line breaks outside quoted fields.
    static func csvRecords(_ data: Data) -> Int {
        var quoted = false
        var records = 0
        for byte in data {
            if byte == UInt8(ascii: "\"") { quoted.toggle() } else if byte == UInt8(ascii: "\n") && !quoted { records += 1 }
        }
        return records
    }
}

/// The built `zhx`, installed in a test's folder, and its runs.
struct Zhx {
    /// A run's exit code and output.
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// The folder of the built products, where `swift test` put `zhx` beside the test bundle (as
    /// swift-argument-parser's tests find the tools they run).
    static var productsDirectory: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        fatalError("couldn't find the products directory")
        #else
        return Bundle.main.bundleURL
        #endif
    }

    /// The installed copy.
    let executable: URL

    /// Copies the built binary to `bin/zhx` in `folder`, outside the repository, as `install`
    /// copies it to /usr/local/bin.
    init(installedIn folder: TemporaryFolder) throws {
        let repository = CorpusSupport.root.deletingLastPathComponent().standardizedFileURL.path
        #expect(!folder.url.standardizedFileURL.path.hasPrefix(repository + "/"), "the copy must be outside the repository")
        executable = try folder.make("bin").appendingPathComponent("zhx")
        try FileManager.default.copyItem(at: Self.productsDirectory.appendingPathComponent("zhx"), to: executable)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: executable.path)
    }

    /// Runs `zhx` in `folder`, with the test's environment less `ZHX_PATTERNS`, plus
    /// `environment`; standard input is empty.
    func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var variables = ProcessInfo.processInfo.environment
        variables["ZHX_PATTERNS"] = nil
        variables.merge(environment) { $1 }
        process.environment = variables
        // Output goes to files, so a large output never blocks the process on a full pipe.
        let outputs = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outputs) }
        let stdout = outputs.appendingPathComponent("stdout"), stderr = outputs.appendingPathComponent("stderr")
        try Data().write(to: stdout)
        try Data().write(to: stderr)
        let out = try FileHandle(forWritingTo: stdout), err = try FileHandle(forWritingTo: stderr)
        defer { try? out.close(); try? err.close() }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: try Data(contentsOf: stdout),
                   stderr: String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
    }
}

/// A fresh folder under the system's temporary folder, removed when the test is done with it.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` at `path` (relative), making its folders.
    func write(_ path: String, _ bytes: [UInt8]) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    /// Makes the folder `path` (relative), empty.
    func make(_ path: String) throws -> URL {
        let folder = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Copies the Corpus documents into the folder `path`, keeping their names; returns how many.
    @discardableResult
    func copyCorpus(to path: String) throws -> Int {
        let corpus = CorpusSupport.root.standardizedFileURL.path
        let documents = CorpusSupport.documents
        for document in documents {
            let relative = String(document.standardizedFileURL.path.dropFirst(corpus.count + 1))
            try write(path + "/" + relative, [UInt8](Data(contentsOf: document)))
        }
        return documents.count
    }
}
