/// One entry of the list of documents to process: a file to read, or a path that could not be
/// walked (it does not exist, a folder cannot be listed), which is reported as a failed document
/// in its place in the order.
public struct WalkItem: Sendable, Equatable {
    /// The path as walked (relative if given relative), or `-` for standard input.
    public var path: String
    /// Why the path cannot be read, if it cannot.
    public var problem: String?
    /// The file's size in bytes when it was walked (for the progress line); `nil` for standard
    /// input, a path with a problem, or an item not made by the walker.
    public var size: Int?

    /// An item for `path`, with the reason it cannot be read if there is one, and its size.
    public init(path: String, problem: String? = nil, size: Int? = nil) {
        self.path = path
        self.problem = problem
        self.size = size
    }
}
