import CodingScore

/// What `CodeBook.validate` says of one token, in a coder's words.
public struct CodeValidation: Codable, Sendable, Equatable {
    /// The token as typed.
    public var token: String
    /// The system the token was read as, if any.
    public var system: CodeSystem?
    /// The code in its normal form (`E11.65`, `0SR9019`).
    public var code: String
    /// Whether the code set has this code (or, for shape-only systems, whether its shape is right).
    public var exists: Bool
    /// Whether it may be reported as it stands.
    public var reportable: Bool
    /// `code`, `header`, `chapter`, `block`, `incomplete`, `unknown` or `shape`.
    public var kind: String
    /// The official title, when known.
    public var title: String?
    /// One sentence for the coder ("E11.6 is a subcategory: choose a 5th character (E11.61-E11.69)").
    public var message: String

    /// The status the scoring library uses.
    public var status: CodeStatus {
        if kind == "shape" { return .shapeOnly }
        if reportable { return .reportable }
        return exists ? .notReportable(reason: message) : .unknown
    }
}
