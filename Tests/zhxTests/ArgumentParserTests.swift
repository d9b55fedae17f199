import Testing
@testable import zhx

/// The command line behaves alike for every verb: options, values, errors that name the
/// problem, and exit code 2 for usage errors.
@Suite struct ArgumentParserTests {
    @Test func parsesFlagsValuesAndPositionals() throws {
        let parsed = try ArgumentParser(command: ExtractCommand.self)
            .parse(["Corpus/", "-f", "csv", "--jobs=3", "--include", "*.txt", "--include", "*.text", "-q", "--", "-odd"])
        #expect(parsed.positionals == ["Corpus/", "-odd"])
        #expect(parsed.value("format") == "csv")
        #expect(parsed.value("jobs") == "3")
        #expect(parsed.values("include") == ["*.txt", "*.text"])
        #expect(parsed.has("quiet"))
    }

    @Test func anUnknownOptionIsNamed() {
        #expect { try ArgumentParser(command: ExtractCommand.self).parse(["x", "--fromat", "csv"]) } throws: { error in
            "\(error)".contains("unknown option '--fromat' for 'extract'")
        }
    }

    @Test func aMissingArgumentOrValueIsNamed() {
        #expect { try ArgumentParser(command: TokensCommand.self).parse([]) } throws: { error in
            "\(error)".contains("'tokens' is missing its argument FILE")
        }
        #expect { try ArgumentParser(command: ExtractCommand.self).parse(["x", "--format"]) } throws: { error in
            "\(error)".contains("'--format' needs a value")
        }
        #expect { try ArgumentParser(command: ExtractCommand.self).parse(["x", "-q=1"]) } throws: { _ in true }
    }

    @Test func usageErrorsExitWithTwoAndHelpWithZero() {
        #expect(runMain(["frobnicate"]) == ExitCode.usage)
        #expect(runMain([]) == ExitCode.usage)
        #expect(runMain(["extract", "--nope", "x"]) == ExitCode.usage)
        #expect(runMain(["tokens"]) == ExitCode.usage)
        #expect(runMain(["--version"]) == ExitCode.success)
        #expect(runMain(["extract", "--help"]) == ExitCode.success)
    }

    @Test func everyVerbHasHelpThatListsItsOptions() {
        for command in commands {
            let help = Help.command(command)
            #expect(help.contains("USAGE: zhx \(command.name)"))
            for option in command.options { #expect(help.contains("--\(option.name)")) }
        }
        let global = Help.global(commands)
        for command in commands { #expect(global.contains(command.name)) }
    }
}
