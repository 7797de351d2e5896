/// The result of scoring one answer to one item.
public struct ItemScore: Codable, Sendable, Hashable {
    /// Every finding: one per entered code, one per missing key code, plus sequencing and excludes1.
    public var findings: [Finding]
    /// Points earned under the policy (never below zero for an item).
    public var points: Double
    /// Points the key itself would earn.
    public var maxPoints: Double
    /// Entered codes found `correct` ÷ entered codes (0 when nothing was entered).
    public var precision: Double
    /// Required key codes found `correct` ÷ required key codes.
    public var recall: Double
    /// Harmonic mean of precision and recall (0 when both are 0).
    public var f1: Double
    /// AAPC Practicode's code-over-code accuracy: correct ÷ max(entered, key codes).
    public var accuracy: Double
    /// Every finding is `correct` (and nothing required is missing).
    public var chartCorrect: Bool

    public init(
        findings: [Finding], points: Double, maxPoints: Double, precision: Double, recall: Double, f1: Double,
        accuracy: Double, chartCorrect: Bool
    ) {
        self.findings = findings
        self.points = points
        self.maxPoints = maxPoints
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.accuracy = accuracy
        self.chartCorrect = chartCorrect
    }
}
