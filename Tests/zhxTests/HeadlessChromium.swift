import Foundation
import Testing

/// Chromium run headless on a local page, for the tests of `zhx inspect --html`'s page in a
/// real browser: the DOM after the scripts ran (`--dump-dom`), a screenshot, and the console's
/// errors, which Chromium writes on standard error (`INFO:CONSOLE… "Uncaught …"`) while it
/// still exits with 0.
///
/// The binary is `$ZHX_CHROMIUM`, else the first of `chromium`, `chromium-browser`,
/// `google-chrome`, `google-chrome-stable` on the `PATH`. Each run gets a fresh profile and
/// `--no-sandbox` (the sandbox cannot start as root or in most containers; the pages are the
/// tests' own).
struct HeadlessChromium {
    let executable: String

    /// Why the browser tests cannot run: they fail with this rather than pass unseen.
    static let missing: Comment = """
        chromium not found: zhx inspect's page is tested in a real headless browser. Install it with \
        'apt-get install -y chromium fonts-wqy-microhei' (.ci/run does), or set ZHX_CHROMIUM to a Chromium or Chrome binary.
        """

    /// The browser on this machine, if there is one.
    static func find() -> HeadlessChromium? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["ZHX_CHROMIUM"], !path.isEmpty {
            return FileManager.default.isExecutableFile(atPath: path) ? HeadlessChromium(executable: path) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return HeadlessChromium(executable: folder + "/" + name)
            }
        }
        return nil
    }

    /// What one run printed.
    struct Run {
        var output: String
        var log: String

        /// The console's error lines: uncaught exceptions and errors the page logged.
        var consoleErrors: [String] {
            log.split(separator: "\n").map(String.init).filter { $0.contains(":CONSOLE") && ($0.contains("Uncaught") || $0.contains("Error")) }
        }
    }

    /// The DOM of `page` once its scripts ran, in a window of `size`.
    func dumpDOM(_ page: URL, windowSize size: String = "1200,900") async throws -> Run {
        try await run(["--virtual-time-budget=10000", "--window-size=\(size)", "--dump-dom", page.absoluteString])
    }

    /// A PNG screenshot of `page` at `png`.
    func screenshot(_ page: URL, to png: URL, windowSize size: String = "1200,900") async throws -> Run {
        try await run(["--virtual-time-budget=10000", "--hide-scrollbars", "--window-size=\(size)", "--screenshot=\(png.path)", page.absoluteString])
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private func run(_ arguments: [String]) async throws -> Run {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhx-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outputFile = folder.appendingPathComponent("stdout"), logFile = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                             "--enable-logging=stderr", "--v=0"] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: logFile)
        // Waits without holding a thread of the test pool; kills the browser after 120 s.
        let running = RunningProcess(process: process)
        let watchdog = Task {
            try await Task.sleep(for: .seconds(120))
            running.process.terminate()
        }
        defer { watchdog.cancel() }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        if process.terminationReason == .uncaughtSignal {
            throw Failure(description: "\(executable) was stopped (signal \(process.terminationStatus)), after 120 s or by a crash: \(arguments.joined(separator: " "))")
        }
        let run = Run(output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
                      log: String(decoding: try Data(contentsOf: logFile), as: UTF8.self))
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(executable) exited with \(process.terminationStatus):\n\(run.log.suffix(2000))")
        }
        return run
    }
}

/// A running browser, for the watchdog task that may have to stop it.
private struct RunningProcess: @unchecked Sendable {
    let process: Process
}
