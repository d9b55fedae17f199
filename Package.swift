// swift-tools-version:6.1
// ZhExtract: extraction of normalized records from Chinese reports.
//
// Modules follow the pipeline: text → tokens → patterns → records → output, with the batch engine
// and the `zhx` command on top. The system ICU is reached only through the C target `CICUShim`,
// whose header uses plain C types: a Swift module that saw ICU's headers and Foundation's private
// ICU together would not compile (see README, "Design").
import PackageDescription

let package = Package(
    name: "ZhExtract",
    products: [
        .executable(name: "zhx", targets: ["zhx"]),
        .library(name: "ZhExtract", targets: ["ZhText", "ZhTokens", "ZhPatterns", "ZhModel", "ZhRecords", "ZhEvaluation", "ZhOutput", "ZhStatements", "ZhBatch"]),
    ],
    targets: [
        // System C libraries.
        .systemLibrary(name: "CICU", pkgConfig: "icu-i18n", providers: [.apt(["libicu-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "CICUShim", dependencies: ["CICU"]),
        .target(name: "CAllocator"),

        // The built-in pattern files, compiled in at build time from `Patterns/` (the files stay
        // the source an analyst edits; `zhx` needs nothing from the repository at run time). The
        // target reaches them through its symbolic link `Patterns` -> ../../Patterns, so that
        // adding or removing a file replans the build as for any source file.
        .target(name: "ZhBuiltinPatterns", exclude: ["Patterns/README.md", "Patterns/NOTICE", "Patterns/region.tsv.source.md", "Patterns/surname.tsv.source.md"], plugins: ["EmbedPatterns"]),
        .plugin(name: "EmbedPatterns", capability: .buildTool(), dependencies: ["PatternEmbedder"]),
        .executableTarget(name: "PatternEmbedder"),

        // Pipeline stages.
        .target(name: "ZhText", dependencies: ["CICUShim"], exclude: ["README.md"]),
        .target(name: "ZhTokens", dependencies: ["ZhText", "CICUShim"], exclude: ["README.md"]),
        .target(name: "ZhPatterns", dependencies: ["ZhText", "ZhTokens", "ZhModel", "ZhBuiltinPatterns"], exclude: ["README.md"]),
        .target(name: "ZhModel", dependencies: ["ZhText"], exclude: ["README.md"]),
        .target(name: "ZhRecords", dependencies: ["ZhText", "ZhTokens", "ZhPatterns", "ZhModel"], exclude: ["README.md"]),
        .target(name: "ZhOutput", dependencies: ["ZhText", "ZhModel", "CSQLite"], exclude: ["README.md"]),
        // What reports state about themselves, read from the metric records (and the text around
        // them): the audit (`zhx audit`) and the panel (`zhx panel`).
        .target(name: "ZhStatements", dependencies: ["ZhText", "ZhModel", "ZhPatterns"]),
        .target(name: "ZhBatch", dependencies: ["ZhText", "ZhModel", "ZhRecords", "ZhOutput", "ZhStatements"], exclude: ["README.md"]),
        // Outside the extraction path: gold comparison and the pattern examples (`zhx test`).
        .target(name: "ZhEvaluation", dependencies: ["ZhText", "ZhPatterns", "ZhModel", "ZhRecords"], exclude: ["README.md"]),
        .executableTarget(name: "zhx", dependencies: ["ZhText", "ZhTokens", "ZhPatterns", "ZhModel", "ZhRecords", "ZhEvaluation", "ZhOutput", "ZhStatements", "ZhBatch", "CAllocator"], exclude: ["README.md"]),

        // Tests mirror the modules.
        .testTarget(name: "ZhTextTests", dependencies: ["ZhText", "CICUShim", "ZhTestSupport"]),
        .target(name: "ZhTestSupport", dependencies: ["CICUShim", "CSQLite", "ZhModel", "ZhText", "ZhPatterns", "ZhTokens"], path: "Tests/ZhTestSupport"),
        .testTarget(name: "ZhTokensTests", dependencies: ["ZhTokens", "ZhText", "CICUShim", "ZhTestSupport"]),
        .testTarget(name: "ZhPatternsTests", dependencies: ["ZhPatterns", "ZhModel", "ZhTokens", "ZhText", "ZhTestSupport"]),
        .testTarget(name: "ZhRecordsTests", dependencies: ["ZhRecords", "ZhModel", "ZhEvaluation", "ZhPatterns", "ZhText", "ZhTestSupport"]),
        .testTarget(name: "ZhEvaluationTests", dependencies: ["ZhEvaluation", "ZhRecords", "ZhModel", "ZhPatterns", "ZhText", "ZhTestSupport"]),
        .testTarget(name: "ZhOutputTests", dependencies: ["ZhOutput", "ZhModel", "ZhText", "CSQLite", "ZhTestSupport"]),
        .testTarget(name: "ZhStatementsTests", dependencies: ["ZhStatements", "ZhModel", "ZhPatterns", "ZhText", "ZhTestSupport"]),
        .testTarget(name: "ZhBatchTests", dependencies: ["ZhBatch", "ZhModel", "ZhRecords", "ZhStatements", "ZhText", "ZhTestSupport"]),
        // zhxTests also runs the built `zhx` (EndToEndTests), which `swift test` builds with the tests.
        .testTarget(name: "zhxTests", dependencies: ["zhx", "ZhOutput", "ZhModel", "ZhText", "ZhRecords", "ZhTestSupport"]),

        // Fuzz targets (libFuzzer), one per input surface; `Scripts/fuzz.sh` builds and runs them
        // (`swift build --sanitize=fuzzer -Xswiftc -parse-as-library --product NAME`). In an
        // ordinary `swift build` or `swift test`, each `main.swift` is plain top-level code with
        // nothing to run: the binaries are built and do nothing, so the fuzz targets cost a few
        // seconds of compilation and break nothing. See `Fuzz/README.md`.
        .executableTarget(name: "FuzzDecoding", dependencies: ["ZhText"], path: "Fuzz/FuzzDecoding"),
        .executableTarget(name: "FuzzNormalization", dependencies: ["ZhText"], path: "Fuzz/FuzzNormalization"),
        .executableTarget(name: "FuzzNumberParser", dependencies: ["ZhText", "ZhTestSupport"], path: "Fuzz/FuzzNumberParser"),
        .executableTarget(name: "FuzzPatterns", dependencies: ["ZhPatterns", "ZhTokens", "ZhText", "ZhTestSupport"], path: "Fuzz/FuzzPatterns"),
        .executableTarget(name: "FuzzExtractor", dependencies: ["ZhRecords", "ZhModel", "ZhOutput", "ZhText"], path: "Fuzz/FuzzExtractor"),
    ]
)
