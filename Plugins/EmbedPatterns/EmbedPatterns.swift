import Foundation
import PackagePlugin

/// Compiles the package's `Patterns/` folder into the target it is applied to: one build command
/// runs `PatternEmbedder` on every `*.zhp` and `*.tsv` file below `Patterns/`, writing a Swift
/// file with the files' paths (relative to `Patterns/`) and texts.
///
/// The target sees the folder as its own subfolder `Patterns` (a symbolic link), so its files are
/// the target's files: SwiftPM replans the build when one is added or removed (a folder outside
/// every target would be listed once and never again), and skips hidden ones (editors' locks), as
/// the loader of folders on disk does. Every embedded file is an input of the command, so editing
/// one rebuilds.
@main
struct EmbedPatterns: BuildToolPlugin {
    /// The extensions of embedded files: rules and lists, and gazetteer tables.
    static let extensions: Set<String> = ["zhp", "tsv"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Patterns")
        let prefix = folder.standardizedFileURL.pathComponents
        // The files as the target lists them (through the link): so declared, they are the
        // command's inputs and not files SwiftPM would warn about as unhandled.
        let paths = (target.sourceModule.map { Array($0.sourceFiles) } ?? [])
            .map { $0.url.standardizedFileURL.pathComponents }
            .filter { $0.starts(with: prefix) && Self.extensions.contains(($0.last! as NSString).pathExtension) }
            .map { $0.dropFirst(prefix.count).joined(separator: "/") }
            .sorted()
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinPatternFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(paths.count) files of Patterns/ in \(target.name)",
                executable: try context.tool(named: "PatternEmbedder").url,
                arguments: [output.path, folder.path] + paths,
                inputFiles: paths.map { folder.appending(path: $0) },
                outputFiles: [output]
            ),
        ]
    }
}
