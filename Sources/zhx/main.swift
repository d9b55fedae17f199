import Foundation

exit(runMain(Array(CommandLine.arguments.dropFirst())))
