/// One item of a `ReportPack`.
public struct ReportItem: Codable, Sendable, Hashable {
    /// How the item is answered.
    public enum Kind: Codable, Sendable, Hashable {
        /// Codes typed against an answer key.
        case coding
        /// The certification exam's shape: option letters in order and the right one.
        case multipleChoice(options: [String], answer: String)
    }

    public var id: String
    public var kind: Kind
    public var tags: [String]
    /// What the item is worth.
    public var points: Double

    public init(id: String, kind: Kind, tags: [String] = [], points: Double = 1) {
        self.id = id
        self.kind = kind
        self.tags = tags
        self.points = points
    }
}
