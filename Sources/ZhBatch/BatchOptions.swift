import Foundation

/// How the batch engine runs: how many documents at once, and how much it reads and holds.
public struct BatchOptions: Sendable {
    /// Documents processed at the same time (`--jobs`), at least 1.
    public var jobs: Int
    /// Bytes read per chunk of a document; bigger documents are processed chunk by chunk, and
    /// several workers share their chunks. The default, 256 KB, keeps a chunk's arrays (scalars,
    /// offset map, tokens: about 9 bytes per byte of input) near each core's own cache: on one
    /// 188 MB file with two workers, 1 MB chunks took 5-8% more time and 1.8× the memory, and
    /// 128 KB chunks 4% more time.
    public var blockSize: Int
    /// Documents open at once: being read, drafted, settled or waiting to be written.
    public var window: Int
    /// Records a document behind the head may buffer before it waits for its turn, when the
    /// printer takes records (SQLite).
    public var recordLimit: Int
    /// Bytes of formatted output a document behind the head may buffer before it waits for its
    /// turn, when the printer formats on the workers (JSON Lines, CSV). The default holds the
    /// output of several chunks, so that a big file behind another big one keeps its worker busy.
    public var byteLimit: Int

    /// Options for `jobs` workers (default: every core), 256 KB chunks.
    public init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, blockSize: Int = 256 << 10,
                recordLimit: Int = 20_000, byteLimit: Int = 16 << 20) {
        self.jobs = max(1, jobs)
        self.blockSize = max(1 << 10, blockSize)
        self.window = max(16, 4 * self.jobs)
        self.recordLimit = recordLimit
        self.byteLimit = byteLimit
    }
}
