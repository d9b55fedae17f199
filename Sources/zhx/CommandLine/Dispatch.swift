import Foundation

/// The verbs of `zhx`, in the order `zhx --help` lists them.
var commands: [any Command.Type] {
    [ExtractCommand.self, InspectCommand.self, AuditCommand.self, PanelCommand.self, TestCommand.self, TokensCommand.self]
}

/// Dispatches `zhx VERB …` and exits with the verb's code.
func runMain(_ arguments: [String]) -> Int32 {
    guard let verb = arguments.first else {
        printError(Help.global(commands))
        return ExitCode.usage
    }
    switch verb {
    case "-h", "--help", "help":
        print(Help.global(commands))
        return ExitCode.success
    case "--version":
        print(Help.versionLine)
        return ExitCode.success
    default:
        break
    }
    guard let command = commands.first(where: { $0.name == verb }) else {
        printError("zhx: unknown verb '\(verb)' (see 'zhx --help')")
        return ExitCode.usage
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
        print(Help.command(command))
        return ExitCode.success
    }
    do {
        let parsed = try ArgumentParser(command: command).parse(rest)
        return try command.run(parsed)
    } catch let error as UsageError {
        printError("zhx: \(error)")
        return ExitCode.usage
    } catch {
        printError("zhx \(verb): \(error)")
        return ExitCode.failure
    }
}
