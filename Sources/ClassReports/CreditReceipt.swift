import Foundation
import ProgressStore

/// What `ManualCreditRecorder.record` wrote: the override and the attempt's original result.
public struct CreditReceipt: Codable, Sendable, Hashable {
    public var file: String
    public var trainee: String?
    public var attemptId: String
    public var packId: String
    public var itemId: String
    public var answer: String
    public var originalPoints: Double
    public var maxPoints: Double
    public var originalChartCorrect: Bool
    /// Overrides recorded before this one (the original result is never replaced).
    public var earlierOverrides: Int
    public var credit: ManualCredit

    /// Two lines for the terminal.
    public var text: String {
        let who = trainee.map { " of \($0)" } ?? ""
        return "Recorded manual credit on attempt \(attemptId)\(who) (\(packId)/\(itemId)): "
            + "\(ReportFormat.points(credit.points)) of \(ReportFormat.points(maxPoints)) points, "
            + "by \(credit.by) at \(ReportFormat.dateTime(credit.time)): \(credit.reason)\n"
            + "The original result is kept beside it: \(ReportFormat.points(originalPoints)) of \(ReportFormat.points(maxPoints)) points"
            + (originalChartCorrect ? ", chart-correct" : "") + ", answer \"\(answer)\""
            + (earlierOverrides > 0 ? "; \(earlierOverrides) earlier override(s) kept too." : ".") + "\n"
    }
}
