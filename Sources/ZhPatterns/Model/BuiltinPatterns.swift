import Foundation
import ZhBuiltinPatterns

/// The built-in pattern folder: the repository's `Patterns/` compiled into the binary at build
/// time (every `*.zhp` and `*.tsv` file, by the `EmbedPatterns` plugin), so `zhx` runs anywhere
/// it is copied while the files stay the text an analyst edits. The environment variable
/// `ZHX_PATTERNS=DIR` replaces it by a folder on disk (`--patterns DIR` adds to it instead).
public enum BuiltinPatterns {
    /// The environment variable that names a folder replacing the built-in one.
    public static let environmentVariable = "ZHX_PATTERNS"

    /// The compiled-in files, by path, named as when read from the repository
    /// (`Patterns/money.zhp`) in error messages and `zhx test`.
    public static let sources: [PatternSource] = builtinPatternFiles.map {
        PatternSource(path: "Patterns/" + $0.path, text: $0.text)
    }

    /// The folder `ZHX_PATTERNS` names, or `nil` when it is unset or empty.
    public static var replacementDirectory: String? {
        guard let path = ProcessInfo.processInfo.environment[environmentVariable], !path.isEmpty else { return nil }
        return path
    }
}
