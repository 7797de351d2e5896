/// Figures over a group of scored answers: items, points, chart-correct, micro and macro.
///
/// Micro figures add the codes of all answers up first (`codes`); macro figures average the
/// answers' own figures, each answer counting once.
public struct ScoreFigures: Codable, Sendable, Hashable {
    /// Answers counted.
    public var items: Int = 0
    /// Answers with every finding `correct`.
    public var chartCorrect: Int = 0
    /// Weighted points earned: Σ weight × points ÷ maxPoints.
    public var points: Double = 0
    /// Weighted points possible: Σ weight.
    public var maxPoints: Double = 0
    /// Code counts, for the micro figures.
    public var codes = CodeFigures()
    /// Σ of the answers' precision, recall, F1 and accuracy, for the macro figures.
    public var precisionSum: Double = 0
    public var recallSum: Double = 0
    public var f1Sum: Double = 0
    public var accuracySum: Double = 0

    public init() {}

    /// Adds one answer.
    public mutating func add(_ score: ItemScore, weight: Double = 1) {
        items += 1
        if score.chartCorrect { chartCorrect += 1 }
        points += Self.weightedPoints(score, weight: weight)
        maxPoints += weight
        for tally in score.tallies { codes.add(tally) }
        precisionSum += score.precision
        recallSum += score.recall
        f1Sum += score.f1
        accuracySum += score.accuracy
    }

    public mutating func merge(_ other: ScoreFigures) {
        items += other.items
        chartCorrect += other.chartCorrect
        points += other.points
        maxPoints += other.maxPoints
        codes.merge(other.codes)
        precisionSum += other.precisionSum
        recallSum += other.recallSum
        f1Sum += other.f1Sum
        accuracySum += other.accuracySum
    }

    /// An answer's points scaled to the item's weight: weight × points ÷ maxPoints (when the
    /// key requires nothing, the whole weight if chart-correct, else 0).
    public static func weightedPoints(_ score: ItemScore, weight: Double) -> Double {
        weightedPoints(points: score.points, maxPoints: score.maxPoints, chartCorrect: score.chartCorrect, weight: weight)
    }

    /// The one rule for the points an answer earns, on every screen (run summary, pack list,
    /// progress, exam results, grade, class report): weight × points ÷ maxPoints, or for a key
    /// that requires nothing, the whole weight if chart-correct, else 0.
    public static func weightedPoints(points: Double, maxPoints: Double, chartCorrect: Bool, weight: Double) -> Double {
        if maxPoints > 0 { return weight * min(max(points, 0), maxPoints) / maxPoints }
        return chartCorrect ? weight : 0
    }

    /// Chart-correct answers ÷ answers.
    public var chartCorrectRate: Double { items == 0 ? 0 : Double(chartCorrect) / Double(items) }
    /// Points earned as a percentage of points possible.
    public var percent: Double { maxPoints == 0 ? 0 : 100 * points / maxPoints }
    public var microPrecision: Double { codes.precision }
    public var microRecall: Double { codes.recall }
    public var microF1: Double { codes.f1 }
    /// Σ correct ÷ Σ max(entered, key codes).
    public var accuracy: Double { codes.accuracy }
    public var macroPrecision: Double { items == 0 ? 0 : precisionSum / Double(items) }
    public var macroRecall: Double { items == 0 ? 0 : recallSum / Double(items) }
    /// The mean of the answers' F1.
    public var macroF1: Double { items == 0 ? 0 : f1Sum / Double(items) }
    public var macroAccuracy: Double { items == 0 ? 0 : accuracySum / Double(items) }

    private enum CodingKeys: String, CodingKey {
        case items, chartCorrect, points, maxPoints, codes, precisionSum, recallSum, f1Sum, accuracySum
        case chartCorrectRate, percent, microPrecision, microRecall, microF1, accuracy
        case macroPrecision, macroRecall, macroF1, macroAccuracy
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        items = try container.decode(Int.self, forKey: .items)
        chartCorrect = try container.decode(Int.self, forKey: .chartCorrect)
        points = try container.decode(Double.self, forKey: .points)
        maxPoints = try container.decode(Double.self, forKey: .maxPoints)
        codes = try container.decode(CodeFigures.self, forKey: .codes)
        precisionSum = try container.decode(Double.self, forKey: .precisionSum)
        recallSum = try container.decode(Double.self, forKey: .recallSum)
        f1Sum = try container.decode(Double.self, forKey: .f1Sum)
        accuracySum = try container.decode(Double.self, forKey: .accuracySum)
    }

    /// Encodes the sums and the figures they give.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(chartCorrect, forKey: .chartCorrect)
        try container.encode(points, forKey: .points)
        try container.encode(maxPoints, forKey: .maxPoints)
        try container.encode(codes, forKey: .codes)
        try container.encode(precisionSum, forKey: .precisionSum)
        try container.encode(recallSum, forKey: .recallSum)
        try container.encode(f1Sum, forKey: .f1Sum)
        try container.encode(accuracySum, forKey: .accuracySum)
        try container.encode(chartCorrectRate, forKey: .chartCorrectRate)
        try container.encode(percent, forKey: .percent)
        try container.encode(microPrecision, forKey: .microPrecision)
        try container.encode(microRecall, forKey: .microRecall)
        try container.encode(microF1, forKey: .microF1)
        try container.encode(accuracy, forKey: .accuracy)
        try container.encode(macroPrecision, forKey: .macroPrecision)
        try container.encode(macroRecall, forKey: .macroRecall)
        try container.encode(macroF1, forKey: .macroF1)
        try container.encode(macroAccuracy, forKey: .macroAccuracy)
    }
}
