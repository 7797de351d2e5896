/// An item as the batch grader needs it: its key, tags, setting and weight.
///
/// The `grade` command builds these from a loaded pack; tests and tools build them directly.
public struct GradableItem: Sendable, Hashable {
    /// The key of a coding item, or of a multiple-choice item.
    public enum Key: Sendable, Hashable {
        case coding(AnswerKey)
        case multipleChoice(MultipleChoiceKey)
    }

    /// The item's id, unique in its pack.
    public var id: String
    public var key: Key
    /// `kind:value` tags (`chapter:04`, `skill:laterality`).
    public var tags: [String]
    /// The chart is an inpatient stay (the first diagnosis is the principal diagnosis).
    public var inpatient: Bool
    /// What the item is worth (the pack's `points:`, default 1).
    public var weight: Double

    public init(id: String, key: Key, tags: [String] = [], inpatient: Bool = false, weight: Double = 1) {
        self.id = id
        self.key = key
        self.tags = tags
        self.inpatient = inpatient
        self.weight = weight
    }
}
