/// Code-level counts added over many answers, and the micro figures they give.
public struct CodeFigures: Codable, Sendable, Hashable {
    /// Codes entered.
    public var entered: Int = 0
    /// Entered codes found `correct`.
    public var correct: Int = 0
    /// Required key codes.
    public var required: Int = 0
    /// Required key codes found `correct`.
    public var recalled: Int = 0
    /// Σ over answers of max(entered, key codes): the denominator of Practicode's accuracy.
    public var accuracyBase: Int = 0

    public init() {}

    /// Adds one answer's tally.
    public mutating func add(_ tally: CodeTally) {
        entered += tally.entered
        correct += tally.correct
        required += tally.required
        recalled += tally.recalled
        accuracyBase += tally.accuracyBase
    }

    public mutating func merge(_ other: CodeFigures) {
        entered += other.entered
        correct += other.correct
        required += other.required
        recalled += other.recalled
        accuracyBase += other.accuracyBase
    }

    /// Σ correct ÷ Σ entered (0 when nothing was entered).
    public var precision: Double { entered == 0 ? 0 : Double(correct) / Double(entered) }
    /// Σ recalled ÷ Σ required (1 when nothing was required).
    public var recall: Double { required == 0 ? 1 : Double(recalled) / Double(required) }
    /// Harmonic mean of the micro precision and recall.
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    /// Σ correct ÷ Σ max(entered, key codes) (1 when both are 0).
    public var accuracy: Double { accuracyBase == 0 ? 1 : Double(correct) / Double(accuracyBase) }

    private enum CodingKeys: String, CodingKey {
        case entered, correct, required, recalled, accuracyBase, precision, recall, f1, accuracy
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entered = try container.decode(Int.self, forKey: .entered)
        correct = try container.decode(Int.self, forKey: .correct)
        required = try container.decode(Int.self, forKey: .required)
        recalled = try container.decode(Int.self, forKey: .recalled)
        accuracyBase = try container.decode(Int.self, forKey: .accuracyBase)
    }

    /// Encodes the counts and the figures they give.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entered, forKey: .entered)
        try container.encode(correct, forKey: .correct)
        try container.encode(required, forKey: .required)
        try container.encode(recalled, forKey: .recalled)
        try container.encode(accuracyBase, forKey: .accuracyBase)
        try container.encode(precision, forKey: .precision)
        try container.encode(recall, forKey: .recall)
        try container.encode(f1, forKey: .f1)
        try container.encode(accuracy, forKey: .accuracy)
    }
}
