import ZhModel

/// Help and version texts of `zhx`.
enum Help {
    static let version = "0.1.0"
    /// The record contract, in the repository (`zhx --version` and `zhx extract --help` cite it).
    static let recordContract = "docs/RECORDS.md"

    /// `zhx --version`: the version and the record contract it writes.
    static var versionLine: String {
        "zhx \(version) (records: schema \(Record.schemaVersion), \(recordContract))"
    }

    static func global(_ commands: [any Command.Type]) -> String {
        var lines = [
            "zhx \(version): extract normalized records (money, quantities, percentages, dates …) from Chinese reports",
            "",
            "USAGE: zhx VERB [OPTIONS] [ARGUMENTS]",
            "",
            "VERBS:",
        ]
        let width = (commands.map { $0.name.count }.max() ?? 0) + 2
        for command in commands {
            lines.append("  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0) + command.summary)
        }
        lines += [
            "",
            "OPTIONS:",
            "  -h, --help     Show help (also 'zhx VERB --help')",
            "  --version      Show the version",
            "",
            "EXIT CODES: 0 success, 1 some input failed, a test failed or the audit found a contradiction, 2 usage error",
        ]
        return lines.joined(separator: "\n")
    }

    static func command(_ command: any Command.Type) -> String {
        var lines = [
            "\(command.summary)",
            "",
            "USAGE: zhx \(command.name) [OPTIONS] \(command.positionalsUsage)",
            "",
            "OPTIONS:",
        ]
        var rows: [(String, String)] = command.options.map { spec in
            var left = spec.short.map { "-\($0), " } ?? "    "
            left += "--\(spec.name)"
            if let valueName = spec.valueName { left += " \(valueName)" }
            var right = spec.help
            if let defaultValue = spec.defaultValue { right += " (default: \(defaultValue))" }
            return (left, right)
        }
        rows.append(("-h, --help", "Show this help"))
        let width = (rows.map { $0.0.count }.max() ?? 0) + 2
        for (left, right) in rows {
            lines.append("  " + left.padding(toLength: width, withPad: " ", startingAt: 0) + right)
        }
        if !command.discussion.isEmpty { lines += ["", command.discussion] }
        return lines.joined(separator: "\n")
    }
}
