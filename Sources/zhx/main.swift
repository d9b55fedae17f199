import CAllocator
import Foundation

zx_tune_allocator()
exit(runMain(Array(CommandLine.arguments.dropFirst())))
