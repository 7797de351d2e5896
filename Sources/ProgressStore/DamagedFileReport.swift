import Foundation

/// A progress file that could not be read: where it was, where its bytes are now, and why.
/// The REPL prints `description` as a warning; practice goes on with a fresh document.
public struct DamagedFileReport: Sendable, Hashable, CustomStringConvertible {
    /// The file as it was found.
    public var original: URL
    /// Where the original bytes were moved (nil when only reported, as `ProgressFolder` does).
    public var movedTo: URL?
    /// What was wrong ("not JSON", "schemaVersion 9 is newer than this ChartDrill reads (2)").
    public var reason: String

    public init(original: URL, movedTo: URL?, reason: String) {
        self.original = original
        self.movedTo = movedTo
        self.reason = reason
    }

    public var description: String {
        if let movedTo {
            return "warning: \(original.path) could not be read (\(reason)); its bytes were kept in "
                + "\(movedTo.path) and practice goes on with a fresh document. Send that file to your instructor "
                + "or repair it by hand."
        }
        return "warning: \(original.path) could not be read (\(reason)); left as it is."
    }
}
