import Foundation

/// Why manual credit could not be recorded; each message names the file and what to do.
public enum CreditError: Error, LocalizedError, CustomStringConvertible, Sendable, Equatable {
    /// The progress file does not exist.
    case noSuchFile(path: String)
    /// No attempt with this id in the file.
    case unknownAttempt(id: String, path: String)
    /// Points below zero or above what the item is worth.
    case pointsOutOfRange(points: Double, maxPoints: Double, attemptId: String)
    /// No reason given.
    case missingReason
    /// No name for who gives the credit.
    case missingName
    /// The progress file could not be read (the store kept its bytes aside; see the warning).
    case damagedFile(warning: String)

    public var description: String {
        switch self {
        case .noSuchFile(let path):
            return "\(path): no such progress file; give a trainee's <name>.json with --progress FILE."
        case .unknownAttempt(let id, let path):
            return "\(path): no attempt with id \(id); `chartdrill export --csv` lists the attempt ids."
        case .pointsOutOfRange(let points, let maxPoints, let attemptId):
            return "attempt \(attemptId): \(ReportFormat.points(points)) points is outside 0 to \(ReportFormat.points(maxPoints)), "
                + "what the item is worth; give --points between them."
        case .missingReason:
            return "give the reason for the credit with --why TEXT (it is kept beside the original result)."
        case .missingName:
            return "give who grants the credit with --by NAME (USER is not set)."
        case .damagedFile(let warning):
            return "\(warning) No credit was recorded; repair the file or ask the trainee for a copy, then try again."
        }
    }

    public var errorDescription: String? { description }
}
