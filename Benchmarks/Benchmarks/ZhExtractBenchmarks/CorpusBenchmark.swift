import Benchmark

/// Registers a benchmark whose every iteration is one pass of `pass` over the whole corpus.
///
/// `prepare` turns the corpus into the stage's input (bytes, decoded text, scalars …) in the
/// benchmark's setup, outside the measurement, so only the stage itself is timed and its
/// allocations counted. `pass` returns a count derived from its output, which is kept alive with
/// `blackHole` so the optimizer cannot drop the work.
func corpusBenchmark<Input>(
    _ name: String,
    prepare: @escaping (BenchmarkCorpus) throws -> Input,
    pass: @escaping (Input) -> Int
) {
    Benchmark(
        name,
        closure: { benchmark, input in
            for _ in benchmark.scaledIterations {
                blackHole(pass(input))
            }
        },
        setup: { try prepare(BenchmarkCorpus.load()) }
    )
}
