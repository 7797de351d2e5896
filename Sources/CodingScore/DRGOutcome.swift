import Foundation

/// Where one inpatient answer's codes grouped against the key's: the figures kept with the
/// attempt, so progress and class reports give case-mix figures without the grouper.
public struct DRGOutcome: Codable, Sendable, Hashable {
    /// The MS-DRG the trainee's codes group to, and its relative weight.
    public var coded: Int
    public var codedWeight: Double
    /// The MS-DRG the key's codes group to, and its relative weight.
    public var key: Int
    public var keyWeight: Double
    /// Dollars per unit of weight at the illustrative base rate used, if one was.
    public var rate: Double?

    public init(coded: Int, codedWeight: Double, key: Int, keyWeight: Double, rate: Double? = nil) {
        self.coded = coded
        self.codedWeight = codedWeight
        self.key = key
        self.keyWeight = keyWeight
        self.rate = rate
    }

    public var sameDRG: Bool { coded == key }
    /// Coded weight minus the key's: above 0 is over-coding, below 0 under-coding.
    public var weightDifference: Double { codedWeight - keyWeight }
    /// The weight difference in dollars at the rate, if there is one.
    public var dollarDifference: Double? { rate.map { $0 * weightDifference } }
}

/// Case-mix figures over a set of inpatient answers: the one place they are computed, for
/// the exam result, `progress` and the class report alike.
public struct CaseMixFigures: Codable, Sendable, Hashable {
    public var cases: Int
    /// Mean relative weight of the DRGs the trainee's codes group to.
    public var codedCaseMixIndex: Double
    /// Mean relative weight of the key's DRGs.
    public var keyCaseMixIndex: Double
    /// Share of cases (0...1) whose coded DRG is the key's.
    public var rightDRGShare: Double
    /// Sum of positive weight differences, and of negative ones (as a positive number).
    public var overCodedWeight: Double
    public var underCodedWeight: Double
    /// The same in dollars, over the cases that carry a rate.
    public var overCodedDollars: Double
    public var underCodedDollars: Double

    /// - Returns: nil when there is no case.
    public init?(_ outcomes: [DRGOutcome]) {
        guard !outcomes.isEmpty else { return nil }
        let n = Double(outcomes.count)
        cases = outcomes.count
        codedCaseMixIndex = outcomes.reduce(0) { $0 + $1.codedWeight } / n
        keyCaseMixIndex = outcomes.reduce(0) { $0 + $1.keyWeight } / n
        rightDRGShare = Double(outcomes.filter(\.sameDRG).count) / n
        overCodedWeight = outcomes.reduce(0) { $0 + max(0, $1.weightDifference) }
        underCodedWeight = outcomes.reduce(0) { $0 + max(0, -$1.weightDifference) }
        overCodedDollars = outcomes.reduce(0) { $0 + max(0, $1.dollarDifference ?? 0) }
        underCodedDollars = outcomes.reduce(0) { $0 + max(0, -($1.dollarDifference ?? 0)) }
    }

    /// "CMI coded 1.2345 vs key 1.4567 · right DRG 3 of 4 (75%) · over-coded $1,234 · under-coded $5,678".
    public var summary: String {
        var text = "case-mix index coded \(Self.weight(codedCaseMixIndex)) vs key \(Self.weight(keyCaseMixIndex))"
        text += " · right DRG \(Int((rightDRGShare * Double(cases)).rounded())) of \(cases)"
        text += " (\(Int((rightDRGShare * 100).rounded()))%)"
        if overCodedDollars > 0 || underCodedDollars > 0 {
            text += " · over-coded \(Self.dollars(overCodedDollars)) · under-coded \(Self.dollars(underCodedDollars))"
        } else {
            text += " · weight over-coded \(Self.weight(overCodedWeight)), under-coded \(Self.weight(underCodedWeight))"
        }
        return text
    }

    /// A relative weight with four decimals, as Table 5 prints it.
    public static func weight(_ value: Double) -> String { String(format: "%.4f", value) }

    /// Whole dollars with thousands separators: `$12,345`; negative as `-$12,345`.
    public static func dollars(_ value: Double) -> String {
        let whole = Int(abs(value).rounded())
        var digits = String(whole)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (value < 0 && whole != 0 ? "-$" : "$") + groups.joined(separator: ",")
    }
}
