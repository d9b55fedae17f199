import Benchmark

/// The benchmarks, one per pipeline stage and one for the whole pipeline, each one pass over the
/// corpus per iteration. Throughput is corpus passes per second: MB/s of UTF-8 input is that
/// times the corpus size (`summary.py` prints it).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(2),
        maxIterations: 100_000
    )
    registerTextBenchmarks()
    registerTokenBenchmarks()
    registerPatternBenchmarks()
    registerRecordBenchmarks()
}
