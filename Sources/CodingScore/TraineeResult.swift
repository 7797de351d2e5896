/// One trainee's results in a batch.
public struct TraineeResult: Codable, Sendable {
    public var trainee: String
    /// Their graded answers, in file order.
    public var answers: [GradedAnswer]
    /// Items of the pack they did not answer (they earn 0 points).
    public var unanswered: [String]
    /// Weighted points earned over the whole pack.
    public var points: Double
    /// Points earned as a percentage of the pack's possible points (unanswered items count as 0).
    public var percent: Double
    /// Their answers added up, per tag, system and finding kind.
    public var summary: ScoreSummary

    public init(trainee: String, answers: [GradedAnswer], unanswered: [String], points: Double, percent: Double,
                summary: ScoreSummary) {
        self.trainee = trainee
        self.answers = answers
        self.unanswered = unanswered
        self.points = points
        self.percent = percent
        self.summary = summary
    }
}
