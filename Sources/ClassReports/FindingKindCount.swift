import CodingScore

/// How often the class makes one kind of finding.
public struct FindingKindCount: Codable, Sendable, Hashable {
    public var kind: FindingKind
    /// Findings of this kind.
    public var findings: Int
    /// Attempts with at least one (class-wide), or trainees whose first attempt had one (per item).
    public var attempts: Int

    public init(kind: FindingKind, findings: Int, attempts: Int) {
        self.kind = kind
        self.findings = findings
        self.attempts = attempts
    }
}
