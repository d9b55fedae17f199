// swift-tools-version:6.1
// Benchmarks for ZhExtract, kept in their own package so the main package has no dependencies.
// Run from this folder: `swift package benchmark` (see README.md).
import PackageDescription

let package = Package(
    name: "ZhExtractBenchmarks",
    dependencies: [
        .package(name: "ZhExtract", path: ".."),
        // MallocInterposer replaces the default RuntimeInterposer trait, whose repository is not
        // available here; malloc counts still work.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ZhExtractBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "ZhExtract", package: "ZhExtract"),
            ],
            path: "Benchmarks/ZhExtractBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
