import CodingScore
import Foundation

/// The mode an item was answered in.
public enum AttemptMode: String, Codable, Sendable, CaseIterable {
    /// Untimed practice with feedback after each item.
    case drill
    /// A timed mock exam; scored when submitted.
    case exam
    /// A spaced-repetition review of an item missed before.
    case review
}

/// One answer to one item, as scored: the unit of progress. Never changed once recorded,
/// except that manual-credit overrides may be added beside the original result.
public struct Attempt: Codable, Sendable, Hashable, Identifiable {
    /// Unique among all attempts of all trainees (`Attempt.makeID()` gives a UUID).
    public var id: String
    /// When the answer was confirmed.
    public var time: Date
    public var mode: AttemptMode
    public var packId: String
    public var packVersion: String
    public var itemId: String
    /// The answer exactly as typed.
    public var answer: String
    /// The auditor's findings, in the compact stored form.
    public var findings: [AttemptFinding]
    /// Points earned as scored (see `effectivePoints` for overrides).
    public var points: Double
    public var maxPoints: Double
    /// Every finding was `correct` (as scored).
    public var chartCorrect: Bool
    /// Seconds spent on the item.
    public var seconds: Double
    /// The item's tags (`chapter:04`, `skill:combination-codes`).
    public var tags: [String]
    /// The exam session the attempt belongs to (mode `exam`), so mock scores group by sitting.
    public var examSessionId: String?
    /// Manual-credit overrides, oldest first; the original result above is kept.
    public var overrides: [ManualCredit]
    /// For inpatient items: the MS-DRG the answer grouped to against the key's.
    public var drg: DRGOutcome?
    /// An exam question left unanswered: it counts 0 points in the exam's score, but it is no
    /// evidence of a weakness (no findings, left out of tag standings and item analysis).
    public var skipped: Bool = false
    /// The item's weight (`points:` in the pack) when it was answered: what the attempt is
    /// worth of the pack's points. 1 in files written before schema version 3.
    public var weight: Double = 1

    public init(
        id: String = Attempt.makeID(), time: Date, mode: AttemptMode, packId: String, packVersion: String,
        itemId: String, answer: String, findings: [AttemptFinding], points: Double, maxPoints: Double,
        chartCorrect: Bool, seconds: Double, tags: [String] = [], examSessionId: String? = nil,
        overrides: [ManualCredit] = [], drg: DRGOutcome? = nil
    ) {
        self.drg = drg
        self.id = id
        self.time = time
        self.mode = mode
        self.packId = packId
        self.packVersion = packVersion
        self.itemId = itemId
        self.answer = answer
        self.findings = findings
        self.points = points
        self.maxPoints = maxPoints
        self.chartCorrect = chartCorrect
        self.seconds = seconds
        self.tags = tags
        self.examSessionId = examSessionId
        self.overrides = overrides
    }

    /// An attempt from a `CodingScore.ItemScore`: findings, points and chart-correct taken from it.
    public init(
        id: String = Attempt.makeID(), time: Date, mode: AttemptMode, packId: String, packVersion: String,
        itemId: String, answer: String, score: ItemScore, seconds: Double, tags: [String] = [],
        examSessionId: String? = nil, drg: DRGOutcome? = nil
    ) {
        self.init(
            id: id, time: time, mode: mode, packId: packId, packVersion: packVersion, itemId: itemId,
            answer: answer, findings: score.findings.map(AttemptFinding.init), points: score.points,
            maxPoints: score.maxPoints, chartCorrect: score.chartCorrect, seconds: seconds, tags: tags,
            examSessionId: examSessionId, drg: drg)
    }

    /// A fresh unique id (a lower-case UUID).
    public static func makeID() -> String { UUID().uuidString.lowercased() }

    /// Points after manual credit: the latest override's points, else the points as scored.
    public var effectivePoints: Double { overrides.last?.points ?? points }

    /// Points earned of `weight`, manual credit included, by the one rule
    /// (`ScoreFigures.weightedPoints`). What every screen adds up.
    public var earnedPoints: Double {
        ScoreFigures.weightedPoints(points: effectivePoints, maxPoints: maxPoints, chartCorrect: effectiveChartCorrect, weight: weight)
    }

    /// Points earned as scored, before any manual credit.
    public var earnedPointsAsScored: Double {
        ScoreFigures.weightedPoints(points: points, maxPoints: maxPoints, chartCorrect: chartCorrect, weight: weight)
    }

    /// Chart-correct after manual credit: an override giving full points counts as correct.
    public var effectiveChartCorrect: Bool {
        guard let last = overrides.last else { return chartCorrect }
        return maxPoints > 0 && last.points >= maxPoints
    }

    /// The key the review scheduler and stats group attempts of one item by.
    public var itemKey: ItemKey { ItemKey(packId: packId, itemId: itemId) }

    enum CodingKeys: String, CodingKey {
        case id, time, mode, packId = "pack", packVersion, itemId = "item", answer, findings, points, maxPoints,
            chartCorrect, seconds, tags, examSessionId = "session", overrides, drg, skipped, weight
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        time = try c.decode(Date.self, forKey: .time)
        mode = try c.decode(AttemptMode.self, forKey: .mode)
        packId = try c.decode(String.self, forKey: .packId)
        packVersion = try c.decode(String.self, forKey: .packVersion)
        itemId = try c.decode(String.self, forKey: .itemId)
        answer = try c.decode(String.self, forKey: .answer)
        findings = try c.decode([AttemptFinding].self, forKey: .findings)
        points = try c.decode(Double.self, forKey: .points)
        maxPoints = try c.decode(Double.self, forKey: .maxPoints)
        chartCorrect = try c.decode(Bool.self, forKey: .chartCorrect)
        seconds = try c.decode(Double.self, forKey: .seconds)
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        examSessionId = try c.decodeIfPresent(String.self, forKey: .examSessionId)
        overrides = try c.decodeIfPresent([ManualCredit].self, forKey: .overrides) ?? []
        drg = try c.decodeIfPresent(DRGOutcome.self, forKey: .drg)
        skipped = try c.decodeIfPresent(Bool.self, forKey: .skipped) ?? false
        weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        guard weight.isFinite, weight > 0, weight <= 1_000 else {
            throw DecodingError.dataCorruptedError(forKey: .weight, in: c, debugDescription: "weight must be above 0 and at most 1000")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(time, forKey: .time)
        try c.encode(mode, forKey: .mode)
        try c.encode(packId, forKey: .packId)
        try c.encode(packVersion, forKey: .packVersion)
        try c.encode(itemId, forKey: .itemId)
        try c.encode(answer, forKey: .answer)
        try c.encode(findings, forKey: .findings)
        try c.encode(points, forKey: .points)
        try c.encode(maxPoints, forKey: .maxPoints)
        try c.encode(chartCorrect, forKey: .chartCorrect)
        try c.encode(seconds, forKey: .seconds)
        if !tags.isEmpty { try c.encode(tags, forKey: .tags) }
        try c.encodeIfPresent(examSessionId, forKey: .examSessionId)
        if !overrides.isEmpty { try c.encode(overrides, forKey: .overrides) }
        try c.encodeIfPresent(drg, forKey: .drg)
        if skipped { try c.encode(true, forKey: .skipped) }
        try c.encode(weight, forKey: .weight)
    }
}

/// An item of a pack: what attempts are grouped by for review and time per item.
public struct ItemKey: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var packId: String
    public var itemId: String

    public init(packId: String, itemId: String) {
        self.packId = packId
        self.itemId = itemId
    }

    public var description: String { "\(packId)/\(itemId)" }

    public static func < (lhs: ItemKey, rhs: ItemKey) -> Bool {
        (lhs.packId, lhs.itemId) < (rhs.packId, rhs.itemId)
    }
}

/// A finding in the compact form kept on disk: kind and the codes as a coder writes them.
/// The explanation is not stored (scoring gives it again from the pack).
public struct AttemptFinding: Codable, Sendable, Hashable {
    public var kind: FindingKind
    /// The entered code, as `EnteredCode.display` (`27447-RT`), or the token when unreadable.
    public var entered: String?
    /// The key code it was paired with, as `KeyCode.display`.
    public var key: String?
    /// For `excludes1`: the other entered code.
    public var other: String?
    /// Axis titles, or the second kind for a code with both `modifier` and `units`.
    public var details: [String]

    public init(kind: FindingKind, entered: String? = nil, key: String? = nil, other: String? = nil, details: [String] = []) {
        self.kind = kind
        self.entered = entered
        self.key = key
        self.other = other
        self.details = details
    }

    /// The compact form of a scoring finding.
    public init(_ finding: Finding) {
        self.init(
            kind: finding.kind,
            entered: finding.entered.map { $0.system == nil ? $0.token : $0.display },
            key: finding.key?.display,
            other: finding.other.map { $0.system == nil ? $0.token : $0.display },
            details: finding.details)
    }

    enum CodingKeys: String, CodingKey { case kind, entered, key, other, details }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(FindingKind.self, forKey: .kind)
        entered = try c.decodeIfPresent(String.self, forKey: .entered)
        key = try c.decodeIfPresent(String.self, forKey: .key)
        other = try c.decodeIfPresent(String.self, forKey: .other)
        details = try c.decodeIfPresent([String].self, forKey: .details) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(entered, forKey: .entered)
        try c.encodeIfPresent(key, forKey: .key)
        try c.encodeIfPresent(other, forKey: .other)
        if !details.isEmpty { try c.encode(details, forKey: .details) }
    }
}

/// A manual-credit override recorded beside an attempt's original result (an instructor's
/// or the trainee's own regrade): who, when, the points given, and why.
public struct ManualCredit: Codable, Sendable, Hashable {
    /// Unique, so a journal replayed twice never adds it twice.
    public var id: String
    public var by: String
    public var time: Date
    public var points: Double
    public var reason: String

    public init(id: String = Attempt.makeID(), by: String, time: Date, points: Double, reason: String) {
        self.id = id
        self.by = by
        self.time = time
        self.points = points
        self.reason = reason
    }
}
