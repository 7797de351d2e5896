/// Many scored answers added up: overall, per tag, per code system and per finding kind.
///
/// ```swift
/// var summary = ScoreSummary()
/// for attempt in attempts { summary.add(attempt.score, tags: attempt.tags, weight: attempt.points) }
/// print(summary.overall.microF1, summary.byTag["chapter:04"]?.percent ?? 0)
/// ```
public struct ScoreSummary: Codable, Sendable, Hashable {
    /// All answers together.
    public var overall = ScoreFigures()
    /// Per tag (`chapter:04`, `skill:laterality`): the answers to items with that tag.
    public var byTag: [String: ScoreFigures] = [:]
    /// Per code system (keyed by `CodeSystem.rawValue`): the codes of that system only.
    public var bySystem: [String: CodeFigures] = [:]
    /// How many findings of each kind (keyed by `FindingKind.rawValue`; kinds never found are absent).
    public var findings: [String: Int] = [:]

    public init() {}

    /// Adds up `scores` (answer, tags, weight).
    public init(_ scores: some Sequence<(score: ItemScore, tags: [String], weight: Double)>) {
        for entry in scores { add(entry.score, tags: entry.tags, weight: entry.weight) }
    }

    /// Adds one answer, under each of its item's tags.
    public mutating func add(_ score: ItemScore, tags: [String] = [], weight: Double = 1) {
        overall.add(score, weight: weight)
        for tag in tags { byTag[tag, default: ScoreFigures()].add(score, weight: weight) }
        for tally in score.tallies {
            guard let system = tally.system else { continue }
            bySystem[system.rawValue, default: CodeFigures()].add(tally)
        }
        for finding in score.findings { findings[finding.kind.rawValue, default: 0] += 1 }
    }

    /// Adds another summary's answers.
    public mutating func merge(_ other: ScoreSummary) {
        overall.merge(other.overall)
        for (tag, figures) in other.byTag { byTag[tag, default: ScoreFigures()].merge(figures) }
        for (system, figures) in other.bySystem { bySystem[system, default: CodeFigures()].merge(figures) }
        for (kind, count) in other.findings { findings[kind, default: 0] += count }
    }

    /// The count of one finding kind.
    public func count(_ kind: FindingKind) -> Int { findings[kind.rawValue] ?? 0 }

    /// The figures of one code system, if any answer touched it.
    public func figures(for system: CodeSystem) -> CodeFigures? { bySystem[system.rawValue] }
}
