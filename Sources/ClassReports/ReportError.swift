import Foundation

/// What can stop a class report; each message names the place and what to do.
public enum ReportError: Error, LocalizedError, CustomStringConvertible, Sendable, Equatable {
    /// The progress folder cannot be listed.
    case folderUnreadable(path: String, reason: String)
    /// `--pack` names a pack that neither the pack list nor any attempt knows.
    case unknownPack(id: String, folder: String, seen: [String])
    /// A report file cannot be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .folderUnreadable(let path, let reason):
            return "\(path): cannot read the progress folder (\(reason)). Give the folder holding the trainees' "
                + "<name>.json files with --progress DIR."
        case .unknownPack(let id, let folder, let seen):
            let known = seen.isEmpty ? "no attempts at all" : "attempts of " + seen.joined(separator: ", ")
            return "\(folder): no attempt of pack \(id) (the folder holds \(known)); check the pack id given with --pack."
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write the report (\(reason)); check the folder exists and is writable."
        }
    }

    public var errorDescription: String? { description }
}
