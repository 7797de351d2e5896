/// What a class report needs to know about an exercise pack: its items, their kind, key
/// (for multiple choice), tags and points, and the exam's pass mark.
///
/// The report works without it (items are then known only from the attempts, and readiness
/// is left out); the executable maps the pack loader's model to this in one place.
public struct ReportPack: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var version: String
    /// The exam's pass mark, percent of the points (nil: not an exam pack, no readiness).
    public var passMark: Double?
    /// The items in the pack's order.
    public var items: [ReportItem]

    public init(id: String, title: String, version: String, passMark: Double? = nil, items: [ReportItem]) {
        self.id = id
        self.title = title
        self.version = version
        self.passMark = passMark
        self.items = items
    }
}
