import Foundation

/// A manual-credit override as the report shows it: the original result and the credited one
/// side by side, with who, when and why.
public struct CreditRecord: Codable, Sendable, Hashable {
    public var trainee: String
    public var attemptId: String
    public var packId: String
    public var itemId: String
    /// The answer exactly as typed.
    public var answer: String
    /// Points as scored.
    public var originalPoints: Double
    public var maxPoints: Double
    /// Chart-correct as scored.
    public var originalChartCorrect: Bool
    /// The points this override gives.
    public var creditedPoints: Double
    public var by: String
    public var time: Date
    public var reason: String
    /// Whether this is the attempt's latest override (the one that counts).
    public var inEffect: Bool

    public init(
        trainee: String, attemptId: String, packId: String, itemId: String, answer: String, originalPoints: Double,
        maxPoints: Double, originalChartCorrect: Bool, creditedPoints: Double, by: String, time: Date, reason: String,
        inEffect: Bool
    ) {
        self.trainee = trainee
        self.attemptId = attemptId
        self.packId = packId
        self.itemId = itemId
        self.answer = answer
        self.originalPoints = originalPoints
        self.maxPoints = maxPoints
        self.originalChartCorrect = originalChartCorrect
        self.creditedPoints = creditedPoints
        self.by = by
        self.time = time
        self.reason = reason
        self.inEffect = inEffect
    }
}
