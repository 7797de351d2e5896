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
    /// Per code system, in `CodeSystem.allCases` order; nil for a system no answer touched.
    private var systems: [CodeFigures?] = Array(repeating: nil, count: CodeSystem.allCases.count)
    /// Per finding kind, in `FindingKind.allCases` order.
    private var kinds: [Int] = Array(repeating: 0, count: FindingKind.allCases.count)

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
            let index = Self.index(system)
            if systems[index] == nil { systems[index] = CodeFigures() }
            systems[index]!.add(tally)
        }
        score.findings.withUnsafeBufferPointer { findings in
            for index in findings.indices { kinds[Self.index(findings[index].kind)] += 1 }
        }
    }

    /// Adds another summary's answers.
    public mutating func merge(_ other: ScoreSummary) {
        overall.merge(other.overall)
        for (tag, figures) in other.byTag { byTag[tag, default: ScoreFigures()].merge(figures) }
        for index in systems.indices {
            guard let figures = other.systems[index] else { continue }
            if systems[index] == nil { systems[index] = CodeFigures() }
            systems[index]!.merge(figures)
        }
        for index in kinds.indices { kinds[index] += other.kinds[index] }
    }

    /// The count of one finding kind.
    public func count(_ kind: FindingKind) -> Int { kinds[Self.index(kind)] }

    /// The figures of one code system's codes, if any answer touched it.
    public func figures(for system: CodeSystem) -> CodeFigures? { systems[Self.index(system)] }

    /// Per code system (keyed by `CodeSystem.rawValue`): the codes of that system only.
    public var bySystem: [String: CodeFigures] {
        var result: [String: CodeFigures] = [:]
        for system in CodeSystem.allCases { if let figures = figures(for: system) { result[system.rawValue] = figures } }
        return result
    }

    /// How many findings of each kind (keyed by `FindingKind.rawValue`; kinds never found are absent).
    public var findings: [String: Int] {
        var result: [String: Int] = [:]
        for kind in FindingKind.allCases where count(kind) > 0 { result[kind.rawValue] = count(kind) }
        return result
    }

    private static func index(_ system: CodeSystem) -> Int {
        switch system {
        case .icd10cm: return 0
        case .icd10pcs: return 1
        case .cpt: return 2
        case .hcpcs: return 3
        }
    }

    private static func index(_ kind: FindingKind) -> Int {
        switch kind {
        case .correct: return 0
        case .specificity: return 1
        case .level: return 2
        case .axis: return 3
        case .modifier: return 4
        case .units: return 5
        case .invalid: return 6
        case .extra: return 7
        case .missing: return 8
        case .sequencing: return 9
        case .excludes1: return 10
        case .query: return 11
        case .unsupported: return 12
        case .poa: return 13
        }
    }

    // MARK: - Codable: systems and kinds as JSON objects

    private enum CodingKeys: String, CodingKey {
        case overall, byTag, bySystem, findings
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        overall = try container.decode(ScoreFigures.self, forKey: .overall)
        byTag = try container.decodeIfPresent([String: ScoreFigures].self, forKey: .byTag) ?? [:]
        for (name, figures) in try container.decodeIfPresent([String: CodeFigures].self, forKey: .bySystem) ?? [:] {
            if let system = CodeSystem(rawValue: name) { systems[Self.index(system)] = figures }
        }
        for (name, count) in try container.decodeIfPresent([String: Int].self, forKey: .findings) ?? [:] {
            if let kind = FindingKind(rawValue: name) { kinds[Self.index(kind)] = count }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(overall, forKey: .overall)
        try container.encode(byTag, forKey: .byTag)
        try container.encode(bySystem, forKey: .bySystem)
        try container.encode(findings, forKey: .findings)
    }
}
