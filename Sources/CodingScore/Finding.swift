/// The kinds of finding an auditor names (the product brief's scoring table).
public enum FindingKind: String, Codable, Sendable, CaseIterable {
    /// Code, modifiers and units match.
    case correct
    /// ICD-10-CM: same category, another code (laterality, episode, unspecified vs specified).
    case specificity
    /// E/M: same family, another level (up- or down-coded).
    case level
    /// ICD-10-PCS: same section, body system and root operation; other axes differ.
    case axis
    /// Code right, modifiers differ.
    case modifier
    /// Code right, units differ.
    case units
    /// Not a valid reportable code (header, nonexistent, missing 7th character, a word).
    case invalid
    /// A valid entered code with no partner in the key.
    case extra
    /// A required key code with no partner.
    case missing
    /// The principal/first-listed key code was entered, but not as the first diagnosis.
    case sequencing
    /// Two entered codes an Excludes1 note says are never reported together.
    case excludes1
    /// A warranted provider query asked for another reason than the one the record shows.
    case query
    /// A code the documentation does not support until the provider is queried.
    case unsupported
    /// A diagnosis's present-on-admission indicator wrong or left out (when the item asks for them).
    case poa
}

/// One finding of an audit of one answer.
public struct Finding: Codable, Sendable, Hashable {
    public var kind: FindingKind
    /// The entered code this finding is about (nil for `missing`).
    public var entered: EnteredCode?
    /// The key code it was paired with (nil for `extra`, unpaired `invalid`).
    public var key: KeyCode?
    /// For `excludes1`: the other entered code.
    public var other: EnteredCode?
    /// For `axis`: the titles of the PCS axes that differ ("Approach", "Device").
    /// For `specificity`: its reason (`SpecificityReason`: laterality, episode, unspecified, detail).
    /// For `modifier`/`units` both may apply to one code: the second kind goes here.
    public var details: [String]
    /// One line a student understands.
    public var explanation: String
    /// The points this finding earned under the scoring policy (negative for a penalty).
    /// Decoded as 0 from JSON written before the field existed.
    public var points: Double

    public init(
        kind: FindingKind, entered: EnteredCode? = nil, key: KeyCode? = nil, other: EnteredCode? = nil,
        details: [String] = [], explanation: String, points: Double = 0
    ) {
        self.kind = kind
        self.entered = entered
        self.key = key
        self.other = other
        self.details = details
        self.explanation = explanation
        self.points = points
    }

    private enum CodingKeys: String, CodingKey {
        case kind, entered, key, other, details, explanation, points, reason
    }

    /// As decoded, plus `reason` for a `specificity` finding (laterality, episode,
    /// unspecified, detail), so that `grade --json` names it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(entered, forKey: .entered)
        try container.encodeIfPresent(key, forKey: .key)
        try container.encodeIfPresent(other, forKey: .other)
        try container.encode(details, forKey: .details)
        try container.encode(explanation, forKey: .explanation)
        try container.encode(points, forKey: .points)
        try container.encodeIfPresent(specificityReason, forKey: .reason)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(FindingKind.self, forKey: .kind)
        entered = try container.decodeIfPresent(EnteredCode.self, forKey: .entered)
        key = try container.decodeIfPresent(KeyCode.self, forKey: .key)
        other = try container.decodeIfPresent(EnteredCode.self, forKey: .other)
        details = try container.decodeIfPresent([String].self, forKey: .details) ?? []
        explanation = try container.decode(String.self, forKey: .explanation)
        points = try container.decodeIfPresent(Double.self, forKey: .points) ?? 0
    }
}
