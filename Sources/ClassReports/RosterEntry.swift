import Foundation

/// One trainee in the roster.
public struct RosterEntry: Codable, Sendable, Hashable {
    /// The name the trainee gave, else the file's name.
    public var trainee: String
    /// The progress file's name.
    public var file: String
    public var attempts: Int
    /// Distinct items attempted.
    public var items: Int
    /// Points earned ÷ points possible over the attempts, manual credit counted (0–1).
    public var score: Double
    /// The same as scored, before manual credit.
    public var scoreAsScored: Double
    /// Attempts coded entirely right ÷ attempts (credit giving full points counts).
    public var chartCorrectRate: Double
    /// Attempts with manual credit.
    public var credited: Int
    /// Readiness for each exam pack with a known pass mark.
    public var readiness: [TraineeReadiness]
    /// The latest attempt's time (nil with no attempt).
    public var lastActivity: Date?

    public init(
        trainee: String, file: String, attempts: Int, items: Int, score: Double, scoreAsScored: Double,
        chartCorrectRate: Double, credited: Int, readiness: [TraineeReadiness], lastActivity: Date?
    ) {
        self.trainee = trainee
        self.file = file
        self.attempts = attempts
        self.items = items
        self.score = score
        self.scoreAsScored = scoreAsScored
        self.chartCorrectRate = chartCorrectRate
        self.credited = credited
        self.readiness = readiness
        self.lastActivity = lastActivity
    }
}

/// A trainee's readiness for one exam pack: the latest mock exam sittings against the pass mark
/// (as `ProgressStats.readiness` computes it, latest three sittings).
public struct TraineeReadiness: Codable, Sendable, Hashable {
    public var packId: String
    public var passMark: Double
    /// Mock exam sittings of the pack.
    public var sittings: Int
    /// The newest sitting's percent.
    public var latestPercent: Double?
    /// The mean of the latest (up to three) sittings' percents.
    public var averagePercent: Double?
    /// Whether both the mean and the newest reach the pass mark (false with no sitting).
    public var ready: Bool

    public init(packId: String, passMark: Double, sittings: Int, latestPercent: Double?, averagePercent: Double?, ready: Bool) {
        self.packId = packId
        self.passMark = passMark
        self.sittings = sittings
        self.latestPercent = latestPercent
        self.averagePercent = averagePercent
        self.ready = ready
    }
}
