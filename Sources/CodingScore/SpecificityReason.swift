/// Why an ICD-10-CM code of the key's category is not the key's code. An auditor counts a
/// wrong side or a wrong episode of care as a wrong code (no credit by default); an
/// unspecified code where the chart documents more, or another detail of the same category,
/// earns the policy's `specificity` share.
public enum SpecificityReason: String, Codable, Sendable, CaseIterable {
    /// Both codes name a side, and the sides differ.
    case laterality
    /// The 7th characters (initial, subsequent, sequela; healing) differ.
    case episode
    /// The entered code leaves unspecified what the key's code specifies (a side, a type).
    case unspecified
    /// Another detail of the same category.
    case detail

    /// What the screen says before the explanation.
    public var label: String {
        switch self {
        case .laterality: return "wrong side"
        case .episode: return "wrong episode of care"
        case .unspecified: return "unspecified where more is documented"
        case .detail: return "another detail"
        }
    }
}

extension Finding {
    /// For a `specificity` finding, why the code differs (kept as the first of `details`).
    public var specificityReason: SpecificityReason? {
        guard kind == .specificity, let first = details.first else { return nil }
        return SpecificityReason(rawValue: first)
    }
}
