import Foundation

/// Why the code book could not be loaded or built.
public enum CodeSetError: Error, LocalizedError, CustomStringConvertible, Equatable {
    /// A file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// A file is not in the expected format.
    case corrupt(file: String, reason: String)
    /// A release file has a line the builder cannot read.
    case badLine(file: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read (\(reason)). Check the path; rebuild the code sets with `make codesets`."
        case let .corrupt(file, reason):
            return "\(file): \(reason). Rebuild the code sets with `make codesets`."
        case let .badLine(file, line, reason):
            return "\(file):\(line): \(reason). Check that the file is the release named in Content/codesets/SOURCES.md."
        }
    }

    public var errorDescription: String? { description }
}
