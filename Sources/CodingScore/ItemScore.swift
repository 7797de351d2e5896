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
    /// The counts behind the figures, one per code system touched (see `CodeTally`); what
    /// `ScoreSummary` adds up. Empty when decoded from JSON written before the field existed.
    public var tallies: [CodeTally]

    public init(
        findings: [Finding], points: Double, maxPoints: Double, precision: Double, recall: Double, f1: Double,
        accuracy: Double, chartCorrect: Bool, tallies: [CodeTally] = []
    ) {
        self.tallies = tallies
        self.findings = findings
        self.points = points
        self.maxPoints = maxPoints
        self.precision = precision
        self.recall = recall
        self.f1 = f1
        self.accuracy = accuracy
        self.chartCorrect = chartCorrect
    }

    /// All systems' counts added together.
    public var total: CodeTally {
        var sum = CodeTally(system: nil)
        for tally in tallies {
            sum.entered += tally.entered
            sum.correct += tally.correct
            sum.required += tally.required
            sum.recalled += tally.recalled
            sum.keyCodes += tally.keyCodes
        }
        return sum
    }

    /// The findings of one kind, in order.
    public func findings(_ kind: FindingKind) -> [Finding] { findings.filter { $0.kind == kind } }

    private enum CodingKeys: String, CodingKey {
        case findings, points, maxPoints, precision, recall, f1, accuracy, chartCorrect, tallies
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        findings = try container.decode([Finding].self, forKey: .findings)
        points = try container.decode(Double.self, forKey: .points)
        maxPoints = try container.decode(Double.self, forKey: .maxPoints)
        precision = try container.decode(Double.self, forKey: .precision)
        recall = try container.decode(Double.self, forKey: .recall)
        f1 = try container.decode(Double.self, forKey: .f1)
        accuracy = try container.decode(Double.self, forKey: .accuracy)
        chartCorrect = try container.decode(Bool.self, forKey: .chartCorrect)
        tallies = try container.decodeIfPresent([CodeTally].self, forKey: .tallies) ?? []
    }
}
