/// One item's results in a batch.
public struct ItemResult: Codable, Sendable {
    public var item: String
    public var tags: [String]
    public var weight: Double
    /// The answers to this item added up (its `overall.items` is how many answered it).
    public var summary: ScoreSummary

    public init(item: String, tags: [String], weight: Double, summary: ScoreSummary) {
        self.item = item
        self.tags = tags
        self.weight = weight
        self.summary = summary
    }
}
