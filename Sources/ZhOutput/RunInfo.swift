import Foundation

/// What a printer is told about a run before the first document: when it started, which `zhx`
/// build ran, and with which arguments.
public struct RunInfo: Sendable {
    /// When the run started.
    public var started: Date
    /// The `zhx` version (`zhx --version`).
    public var version: String
    /// The command-line arguments after the program name.
    public var arguments: [String]

    /// The facts of a run.
    public init(started: Date, version: String, arguments: [String]) {
        self.started = started
        self.version = version
        self.arguments = arguments
    }
}
