/// One tag's mastery across the class (`chapter:04`, `skill:laterality`).
public struct TagMastery: Codable, Sendable, Hashable {
    public var tag: String
    /// Trainees with an attempt at an item of the tag.
    public var trainees: Int
    public var attempts: Int
    /// Points earned ÷ possible over every attempt of the tag, credit counted (0–1).
    public var pointsRate: Double
    /// Attempts entirely right ÷ attempts.
    public var chartCorrectRate: Double
    /// Trainees whose own points rate on the tag reaches `TagMastery.masteryThreshold`.
    public var mastered: Int

    /// The points rate a trainee needs on a tag to count as having mastered it (80 %).
    public static let masteryThreshold = 0.8

    public init(tag: String, trainees: Int, attempts: Int, pointsRate: Double, chartCorrectRate: Double, mastered: Int) {
        self.tag = tag
        self.trainees = trainees
        self.attempts = attempts
        self.pointsRate = pointsRate
        self.chartCorrectRate = chartCorrectRate
        self.mastered = mastered
    }
}
