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
        .library(name: "ZhExtract", targets: ["ZhText", "ZhTokens", "ZhPatterns", "ZhRecords", "ZhOutput", "ZhBatch"]),
    ],
    targets: [
        // System C libraries.
        .systemLibrary(name: "CICU", pkgConfig: "icu-i18n", providers: [.apt(["libicu-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "CICUShim", dependencies: ["CICU"]),
        .target(name: "CAllocator"),

        // Pipeline stages.
        .target(name: "ZhText", dependencies: ["CICUShim"]),
        .target(name: "ZhTokens", dependencies: ["ZhText", "CICUShim"]),
        .target(name: "ZhPatterns", dependencies: ["ZhText", "ZhTokens"]),
        .target(name: "ZhRecords", dependencies: ["ZhText", "ZhTokens", "ZhPatterns"]),
        .target(name: "ZhOutput", dependencies: ["ZhRecords", "CSQLite"]),
        .target(name: "ZhBatch", dependencies: ["ZhText", "ZhRecords", "ZhOutput"]),
        .executableTarget(name: "zhx", dependencies: ["ZhText", "ZhTokens", "ZhPatterns", "ZhRecords", "ZhOutput", "ZhBatch", "CAllocator"]),

        // Tests mirror the modules.
        .testTarget(name: "ZhTextTests", dependencies: ["ZhText", "CICUShim", "ZhTestSupport"]),
        .target(name: "ZhTestSupport", dependencies: ["CICUShim", "ZhPatterns", "ZhTokens"], path: "Tests/ZhTestSupport"),
        .testTarget(name: "ZhTokensTests", dependencies: ["ZhTokens", "ZhText", "CICUShim", "ZhTestSupport"]),
        .testTarget(name: "ZhPatternsTests", dependencies: ["ZhPatterns", "ZhTokens", "ZhText", "ZhTestSupport"]),
        .testTarget(name: "ZhRecordsTests", dependencies: ["ZhRecords", "ZhPatterns", "ZhText", "ZhTestSupport"]),
        .testTarget(name: "ZhOutputTests", dependencies: ["ZhOutput", "CSQLite"]),
        .testTarget(name: "ZhBatchTests", dependencies: ["ZhBatch", "ZhTestSupport"]),
        .testTarget(name: "zhxTests", dependencies: ["zhx"]),

        // Fuzz targets (libFuzzer), one per input surface; `Scripts/fuzz.sh` builds and runs them
        // (`swift build --sanitize=fuzzer -Xswiftc -parse-as-library --product NAME`). In an
        // ordinary `swift build` or `swift test`, each `main.swift` is plain top-level code with
        // nothing to run: the binaries are built and do nothing, so the fuzz targets cost a few
        // seconds of compilation and break nothing. See `Fuzz/README.md`.
        .executableTarget(name: "FuzzDecoding", dependencies: ["ZhText"], path: "Fuzz/FuzzDecoding"),
        .executableTarget(name: "FuzzNormalization", dependencies: ["ZhText"], path: "Fuzz/FuzzNormalization"),
        .executableTarget(name: "FuzzNumberParser", dependencies: ["ZhText", "ZhTestSupport"], path: "Fuzz/FuzzNumberParser"),
        .executableTarget(name: "FuzzPatterns", dependencies: ["ZhPatterns", "ZhTokens", "ZhText", "ZhTestSupport"], path: "Fuzz/FuzzPatterns"),
        .executableTarget(name: "FuzzExtractor", dependencies: ["ZhRecords", "ZhOutput", "ZhText"], path: "Fuzz/FuzzExtractor"),
    ]
)
