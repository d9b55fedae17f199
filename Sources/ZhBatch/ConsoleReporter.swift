import ZhModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ZhOutput
import ZhRecords

/// What a run tells the user on standard error: a problem line per failed document
/// (`zhx: PATH: MESSAGE`) and a note per skipped one, a progress line redrawn in place while
/// standard error is a terminal (files, MB, records, MB/s, ETA) unless the records themselves go
/// to that terminal, and a summary at the end. With `quiet`, only the problem lines remain.
/// MB are 10⁶ bytes.
public final class ConsoleReporter: BatchObserver, @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private let totalFiles: Int
    private let totalBytes: Int
    private let quiet: Bool
    private let showsProgress: Bool
    private let started = Date()
    private var files = 0
    private var bytes = 0
    private var records = 0
    private var lastDraw = Date.distantPast
    private var progressShown = false

    /// A reporter for `totalFiles` documents of `totalBytes` bytes (for the ETA); `toStandardOutput`
    /// says whether the records are printed on standard output.
    public init(totalFiles: Int, totalBytes: Int, quiet: Bool, toStandardOutput: Bool) {
        self.totalFiles = totalFiles
        self.totalBytes = totalBytes
        self.quiet = quiet
        showsProgress = !quiet && isatty(2) == 1 && !(toStandardOutput && isatty(1) == 1)
    }

    public func progressed(bytes: Int, records: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.bytes += bytes
        self.records += records
        drawProgress(force: false)
    }

    public func finished(_ report: DocumentReport) {
        lock.lock()
        defer { lock.unlock() }
        files += 1
        if let line = Self.problemLine(report), report.status == .failed || !quiet { say(line) }
        drawProgress(force: false)
    }

    /// The line for a document that failed (`zhx: PATH: MESSAGE`) or was skipped
    /// (`zhx: PATH: skipped: REASON`); `nil` for one that was read.
    public static func problemLine(_ report: DocumentReport) -> String? {
        switch report.status {
        case .read: return nil
        case .failed: return "zhx: \(report.path): \(report.message ?? "failed")"
        case .skipped: return "zhx: \(report.path): skipped: \(report.message ?? "")"
        }
    }

    /// Clears the progress line and prints the run's summary (unless quiet, or the run stopped).
    public func finish(_ summary: RunSummary?) {
        lock.lock()
        defer { lock.unlock() }
        clearProgress()
        guard !quiet, let summary else { return }
        Self.write(Self.summaryText(summary) + "\n")
    }

    /// Writes `line` to standard error, for messages outside a run's progress.
    public static func say(_ line: String) {
        write(line + "\n")
    }

    /// `zhx: 40 files read, 1 failed, 0 skipped; 1234 records (money 300, …); 1.20 s, 3.4 MB/s`
    /// (a run under a second in milliseconds: `4 ms`).
    public static func summaryText(_ summary: RunSummary) -> String {
        let seconds = max(summary.finished.timeIntervalSince(summary.started), 1e-6)
        let byType = RecordType.allCases.compactMap { type in
            summary.recordsByType[type].map { "\(type.rawValue) \($0)" }
        }
        var text = "zhx: \(summary.filesRead) \(summary.filesRead == 1 ? "file" : "files") read, \(summary.filesFailed) failed, \(summary.filesSkipped) skipped; "
        text += "\(summary.records) records"
        if !byType.isEmpty { text += " (" + byType.joined(separator: ", ") + ")" }
        let time = seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
        text += "; " + time + String(format: ", %.1f MB/s", Double(summary.bytes) / 1e6 / seconds)
        return text
    }

    /// Prints a line above the progress line.
    private func say(_ line: String) {
        clearProgress()
        Self.write(line + "\n")
        drawProgress(force: true)
    }

    private func drawProgress(force: Bool) {
        guard showsProgress else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(started), 1e-6)
        let rate = Double(bytes) / 1e6 / seconds
        var line = String(format: "zhx: %d/%d files, %.1f/%.1f MB, %d records, %.1f MB/s",
                          files, totalFiles, Double(bytes) / 1e6, Double(totalBytes) / 1e6, records, rate)
        if bytes > 0, totalBytes > bytes {
            let remaining = Int(Double(totalBytes - bytes) / (Double(bytes) / seconds))
            line += String(format: ", ETA %d:%02d", remaining / 60, remaining % 60)
        }
        Self.write("\r\u{1B}[K" + line)
        progressShown = true
    }

    private func clearProgress() {
        guard progressShown else { return }
        Self.write("\r\u{1B}[K")
        progressShown = false
    }

    private static func write(_ text: String) {
        var text = text
        // A failed write to standard error has nowhere to be reported.
        _ = text.withUTF8 { FileDescriptorWriter.writeAll(UnsafeRawBufferPointer($0), to: 2) }
    }
}
