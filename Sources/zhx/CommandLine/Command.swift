/// A verb of `zhx` (`extract`, `tokens`, `test` …): its help text, its options, and how it runs.
///
/// Every verb is parsed by the same ``ArgumentParser``, so `--help`, unknown options and missing
/// arguments behave alike everywhere.
protocol Command {
    /// The verb as typed: `zhx NAME …`.
    static var name: String { get }
    /// One line for `zhx --help`.
    static var summary: String { get }
    /// The positional arguments, for the usage line (`PATH...`, `FILE`).
    static var positionalsUsage: String { get }
    /// How many positional arguments the verb needs at least.
    static var minimumPositionals: Int { get }
    /// Longer help printed after the options by `zhx VERB --help`.
    static var discussion: String { get }
    /// The options the verb accepts (besides `--help`).
    static var options: [OptionSpec] { get }
    /// Runs the verb; returns the process exit code (see ``ExitCode``).
    static func run(_ arguments: ParsedArguments) throws -> Int32
}

extension Command {
    static var discussion: String { "" }
    static var minimumPositionals: Int { 0 }
}

/// An option a verb accepts: a flag (`--quiet`) or one that takes a value (`--format jsonl`).
struct OptionSpec: Sendable {
    var name: String
    var short: Character? = nil
    /// The value's placeholder in help (`FORMAT`), or `nil` for a flag.
    var valueName: String? = nil
    var help: String
    /// Whether the option may be given more than once (`--patterns A --patterns B`).
    var repeatable: Bool = false
    /// Computes the default shown in help only when help is printed (a default such as the core
    /// count costs a system query that a run need not pay).
    private let computeDefault: @Sendable () -> String?

    init(name: String, short: Character? = nil, valueName: String? = nil, help: String,
         defaultValue: @autoclosure @escaping @Sendable () -> String? = nil, repeatable: Bool = false) {
        self.name = name
        self.short = short
        self.valueName = valueName
        self.help = help
        self.computeDefault = defaultValue
        self.repeatable = repeatable
    }

    /// Shown as the default in help.
    var defaultValue: String? { computeDefault() }
}

/// The process exit codes of `zhx`, documented in the README.
enum ExitCode {
    /// Success: every file was read and every check passed.
    static let success: Int32 = 0
    /// Some input failed (a file that could not be read or decoded), a test failed, or the
    /// audit found a contradiction.
    static let failure: Int32 = 1
    /// The command line was wrong: unknown verb or option, missing or bad argument.
    static let usage: Int32 = 2
}
