import Foundation

/// What can go wrong keeping progress; each message names the file and what to do.
public enum ProgressError: Error, LocalizedError, CustomStringConvertible, Sendable, Equatable {
    /// Another ChartDrill held the trainee's lock for longer than the wait allowed.
    case lockTimeout(path: String, seconds: Double)
    /// A system call failed (disk full, permissions, a missing folder).
    case io(path: String, operation: String, errno: Int32)
    /// `addCredit` named an attempt that is not on file.
    case unknownAttempt(id: String, path: String)
    /// An attempt with this id is already on file.
    case duplicateAttempt(id: String, path: String)
    /// The file cannot be read as a progress document.
    case unreadable(path: String, reason: String)
    /// The path is not a trainee's progress document (a journal, a lock, a folder, a file
    /// set aside as damaged, something else): nothing was opened or changed.
    case notADocument(path: String, reason: String, instead: String)
    /// The exam sitting was submitted by another ChartDrill session: it cannot be changed now.
    case examSubmitted(id: String, path: String)

    public var description: String {
        switch self {
        case .lockTimeout(let path, let seconds):
            return "\(path): another ChartDrill has held this trainee's progress lock for \(seconds) s. "
                + "Finish or close the other session, then try again."
        case .io(let path, let operation, let code):
            return "\(path): \(operation) failed: \(String(cString: strerror(code))). "
                + Self.advice(errno: code) + " Nothing confirmed earlier was lost."
        case .unknownAttempt(let id, let path):
            return "\(path): no attempt with id \(id) is on file; check the id (chartdrill export --csv lists them)."
        case .duplicateAttempt(let id, let path):
            return "\(path): an attempt with id \(id) is already on file; give each attempt a fresh id."
        case .unreadable(let path, let reason):
            return "\(path): cannot be read as a progress document (\(reason)); check the path."
        case .notADocument(let path, let reason, let instead):
            return "\(path): \(reason); pass \(instead). Nothing was changed."
        case .examSubmitted(let id, let path):
            return "\(path): the exam sitting \(id) was submitted in another ChartDrill session; "
                + "its result is in 'progress'. Nothing was changed."
        }
    }

    /// What to do about a failed system call: only a full disk is told to free space.
    static func advice(errno code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "The disk is full: free some space and try again."
        case EROFS: return "The file system is read-only: set CHARTDRILL_HOME to a writable folder."
        case EACCES, EPERM: return "Check the permissions of the file and its folder."
        case ENOENT, ENOTDIR: return "A folder on the path is missing: check the path."
        default: return "Check the file and its folder."
        }
    }

    public var errorDescription: String? { description }
}
