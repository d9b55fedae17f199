/// The arguments of one verb after parsing.
struct ParsedArguments {
    /// Positional arguments, in order.
    var positionals: [String] = []
    /// The names (without dashes) of the options given, in first-given order; `values` holds
    /// their values at the same index (none for a flag). Two arrays searched in order rather than
    /// a dictionary: a command line has a handful of options, and a `[String: [String]]` costs a
    /// generic type instantiation at start-up.
    private var names: [String] = []
    private var optionValues: [[String]] = []

    /// Whether the flag or option `name` was given.
    func has(_ name: String) -> Bool { names.contains(name) }
    /// The last value given for `name`.
    func value(_ name: String) -> String? { values(name).last }
    /// Every value given for `name`, in order.
    func values(_ name: String) -> [String] { names.firstIndex(of: name).map { optionValues[$0] } ?? [] }

    /// Records `name` as given, with `value` appended to its values (`nil` for a flag).
    mutating func add(_ name: String, value: String?) {
        let index = names.firstIndex(of: name) ?? {
            names.append(name)
            optionValues.append([])
            return names.count - 1
        }()
        if let value { optionValues[index].append(value) }
    }
}

/// A command-line mistake; printed as `zhx: MESSAGE` with exit code 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}

/// Parses one verb's arguments against its ``OptionSpec``s: `--name value`, `--name=value`,
/// `-x value`, flags, and `--` to end options.
struct ArgumentParser {
    let command: any Command.Type

    func parse(_ arguments: [String]) throws -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                result.positionals.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let spec = lookup(name) else {
                throw UsageError(description: "unknown option '\(name)' for '\(command.name)' (see 'zhx \(command.name) --help')")
            }
            if spec.valueName == nil {
                if inlineValue != nil { throw UsageError(description: "option '--\(spec.name)' takes no value") }
                result.add(spec.name, value: nil)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else {
                    throw UsageError(description: "option '--\(spec.name)' needs a value \(spec.valueName!)")
                }
                value = arguments[index]
                index += 1
            }
            if !spec.repeatable, result.has(spec.name) {
                throw UsageError(description: "option '--\(spec.name)' given more than once")
            }
            result.add(spec.name, value: value)
        }
        if result.positionals.count < command.minimumPositionals {
            throw UsageError(description: "'\(command.name)' is missing its argument \(command.positionalsUsage) (see 'zhx \(command.name) --help')")
        }
        return result
    }

    private func lookup(_ written: String) -> OptionSpec? {
        if written.hasPrefix("--") {
            let name = written.dropFirst(2)
            return command.options.first { $0.name == name }
        }
        guard written.count == 2, let short = written.last else { return nil }
        return command.options.first { $0.short == short }
    }
}
