/// A failure to read input, with the system's message.
public struct ReadError: Error, Sendable, CustomStringConvertible {
    /// The system's reason (`No such file or directory`).
    public let message: String

    /// An error with the system's reason.
    public init(_ message: String) {
        self.message = message
    }

    /// The reason, for messages.
    public var description: String { message }
}
