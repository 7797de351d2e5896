/// Why a line of an answers file could not be read.
public struct AnswerLineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and what to do.
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
