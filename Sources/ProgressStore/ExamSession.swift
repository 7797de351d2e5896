import Foundation

/// A mock exam being sat: saved after every answer so a crash resumes where it stopped.
public struct ExamSession: Codable, Sendable, Hashable, Identifiable {
    /// Unique; attempts recorded when the exam is submitted carry it as `examSessionId`.
    public var id: String
    public var packId: String
    public var packVersion: String
    /// When the sitting began.
    public var started: Date
    /// Seconds of the time limit used so far (the clock stops while ChartDrill is not running).
    public var secondsUsed: Double
    /// The answer typed so far, per item id (skipped items are absent).
    public var answers: [String: String]
    /// Item ids flagged to return to.
    public var flags: [String]
    /// The item the trainee was on.
    public var currentItemId: String?
    /// When this state was saved.
    public var updated: Date

    public init(
        id: String = Attempt.makeID(), packId: String, packVersion: String, started: Date, secondsUsed: Double = 0,
        answers: [String: String] = [:], flags: [String] = [], currentItemId: String? = nil, updated: Date? = nil
    ) {
        self.id = id
        self.packId = packId
        self.packVersion = packVersion
        self.started = started
        self.secondsUsed = secondsUsed
        self.answers = answers
        self.flags = flags
        self.currentItemId = currentItemId
        self.updated = updated ?? started
    }
}
