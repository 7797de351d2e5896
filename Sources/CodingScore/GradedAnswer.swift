/// One graded line of an answers file.
public struct GradedAnswer: Codable, Sendable, Hashable {
    /// The 1-based line number in the answers file.
    public var line: Int
    public var item: String
    /// The answer as typed.
    public var answer: String
    /// Weighted points: the item's weight × points ÷ maxPoints.
    public var points: Double
    public var score: ItemScore

    public init(line: Int, item: String, answer: String, points: Double, score: ItemScore) {
        self.line = line
        self.item = item
        self.answer = answer
        self.points = points
        self.score = score
    }
}
