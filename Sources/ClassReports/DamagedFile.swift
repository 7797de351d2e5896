/// A progress file that could not be read and was left out of the report.
public struct DamagedFile: Codable, Sendable, Hashable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}
