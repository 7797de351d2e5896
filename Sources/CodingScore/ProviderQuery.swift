/// Why a coder asks the provider before coding (AHIMA/ACDIS query practice): the three
/// reasons an item can expect, as a trainee types them after `query`.
public enum QueryReason: String, Codable, Sendable, CaseIterable {
    /// Two providers, or two parts of the record, disagree.
    case conflict
    /// A diagnosis is documented without the acuity, type, stage or specificity its indicators suggest.
    case acuity
    /// Clinical indicators, treatment or monitoring point at a condition no provider has documented.
    case indicators

    /// The reason a typed word names: the reason itself or a word coders use for it.
    public init?(word: String) {
        switch word.lowercased() {
        case "conflict", "conflicting", "contradiction", "contradictory", "conflicts": self = .conflict
        case "acuity", "specificity", "type", "stage", "severity": self = .acuity
        case "indicators", "indicator", "clinical-indicators", "clinical", "undocumented": self = .indicators
        default: return nil
        }
    }

    /// In a sentence: "a documentation conflict".
    public var phrase: String {
        switch self {
        case .conflict: return "a documentation conflict"
        case .acuity: return "missing acuity or specificity"
        case .indicators: return "clinical indicators without a documented diagnosis"
        }
    }
}

/// What an item expects about a provider query: whether one is warranted, for which reason,
/// and which codes the documentation does not support until the provider answers.
public struct QueryExpectation: Codable, Sendable, Hashable {
    public var warranted: Bool
    /// The reason, when warranted.
    public var reason: QueryReason?
    /// What to ask and why (or why no query is needed), shown in feedback.
    public var about: String
    /// Codes a trainee may assign that the documentation does not yet support.
    public var needsQueryFirst: [KeyCode]

    public init(warranted: Bool, reason: QueryReason?, about: String, needsQueryFirst: [KeyCode] = []) {
        self.warranted = warranted
        self.reason = reason
        self.about = about
        self.needsQueryFirst = needsQueryFirst
    }

    /// Whether `code` is one of `needsQueryFirst` (modifiers and units aside).
    public func needsQuery(_ code: EnteredCode) -> Bool {
        needsQueryFirst.contains { $0.system == code.system && $0.code == code.code }
    }
}

/// A query as the trainee typed it: `query acuity`, `query:conflict`, or `query` alone.
public struct EnteredQuery: Codable, Sendable, Hashable {
    public var reason: QueryReason?

    public init(reason: QueryReason?) { self.reason = reason }
}

/// Present-on-admission indicators as they go on an inpatient claim.
public enum POAIndicator {
    /// `Y`, `N`, `U`, `W`, and `1` for a code exempt from POA reporting.
    public static let values: Set<String> = ["Y", "N", "U", "W", "1"]

    /// In words, for feedback.
    public static func meaning(_ indicator: String) -> String {
        switch indicator {
        case "Y": return "present at the time of admission"
        case "N": return "not present at admission"
        case "U": return "documentation insufficient to tell"
        case "W": return "clinically undetermined"
        case "1": return "exempt from POA reporting"
        default: return indicator
        }
    }
}
