import Foundation

/// A progress file that could not be read: where it was, where its bytes are now, and why.
/// The REPL prints `description` as a warning. A damaged document is replaced by a fresh one;
/// a journal with bad lines is copied aside and its readable changes are kept.
public struct DamagedFileReport: Sendable, Hashable, CustomStringConvertible {
    /// The file as it was found.
    public var original: URL
    /// Where the original bytes were moved (nil when only reported, as `ProgressFolder` does).
    public var movedTo: URL?
    /// What was wrong ("not JSON", "schemaVersion 9 is newer than this ChartDrill reads (2)").
    public var reason: String

    /// What was kept of it: nil when practice goes on with a fresh document; otherwise said
    /// in words ("its 212 readable changes were kept").
    public var kept: String?

    public init(original: URL, movedTo: URL?, reason: String, kept: String? = nil) {
        self.original = original
        self.movedTo = movedTo
        self.reason = reason
        self.kept = kept
    }

    /// Line numbers for a message, summarised: "line 4", "lines 4, 9 and 12", or for many
    /// "1,204 lines (4, 9, 12, … 90,112)", so a badly damaged file gives one short line.
    public static func lines(_ numbers: [Int]) -> String {
        let shown = numbers.map { $0.formatted(.number.grouping(.automatic)) }
        switch numbers.count {
        case 0: return "no lines"
        case 1: return "line \(shown[0])"
        case 2...6: return "lines " + shown.dropLast().joined(separator: ", ") + " and " + shown.last!
        default:
            return "\(numbers.count.formatted(.number.grouping(.automatic))) lines ("
                + shown.prefix(3).joined(separator: ", ") + ", … " + shown.last! + ")"
        }
    }

    public var description: String {
        if let movedTo, let kept {
            return "warning: \(original.path) could not be read whole (\(reason)); a copy of its bytes is in "
                + "\(movedTo.path) and \(kept). Send that copy to your instructor if something is missing."
        }
        if let movedTo {
            return "warning: \(original.path) could not be read (\(reason)); its bytes were kept in "
                + "\(movedTo.path) and practice goes on with a fresh document. Send that file to your instructor "
                + "or repair it by hand."
        }
        return "warning: \(original.path) could not be read (\(reason)); left as it is."
    }
}
