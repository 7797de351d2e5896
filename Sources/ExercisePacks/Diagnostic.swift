/// One problem the loader or the linter found, with its place, as a compiler reports it.
///
/// `description` is `file:line:column: error: message`, followed by a `fix-it:` line when
/// there is a suggested change. Lines and columns count from 1; 0 means "the whole file".
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How bad the problem is: errors make `chartdrill lint` fail, warnings do not.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error
        case warning
        case note

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            let order: [Severity] = [.error, .warning, .note]
            return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        }
    }

    public var severity: Severity
    /// The file as it was found (a path, or a name for in-memory text).
    public var file: String
    public var line: Int
    public var column: Int
    /// What is wrong, in words an instructor understands.
    public var message: String
    /// A suggested change ("write `rationale`"), when there is one.
    public var fixIt: String?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, fixIt: String? = nil) {
        self.severity = severity
        self.file = location.file
        self.line = location.line
        self.column = location.column
        self.message = message
        self.fixIt = fixIt
    }

    /// Where the problem is.
    public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let fixIt { text += "\n    fix-it: \(fixIt)" }
        return text
    }
}

/// A place in a file: `file:line:column`, counting from 1.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The start of `file`.
    public static func start(of file: String) -> SourceLocation { SourceLocation(file: file, line: 1, column: 1) }

    public var description: String { "\(file):\(line):\(column)" }
}
