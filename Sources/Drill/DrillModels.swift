import CodingScore
import DRGImpact

/// A pack as the REPL presents it: loaded and checked elsewhere, flattened here.
public struct DrillPack: Sendable {
    public enum Mode: String, Sendable { case drill, exam }

    public var id: String
    public var title: String
    public var version: String
    public var mode: Mode
    /// Whether `lookup`, `show` and code completion are open during the pack.
    public var codeBookAllowed: Bool
    /// Exam time limit in seconds (exam packs).
    public var timeLimit: Double?
    /// Pass mark in percent of points (exam packs).
    public var passMark: Double?
    public var policy: ScoringPolicy
    public var items: [DrillItem]
    /// The code-set release the keys are written for (`FY2026`): it picks the grouper version.
    public var codeSet: String?
    /// The systems open in the code book during the pack; nil opens all.
    public var codeBookSystems: Set<CodeSystem>?
    /// The certification exam an exam pack follows (its blueprint), for sections and readiness.
    public var examShape: ExamShape?

    public init(
        id: String, title: String, version: String, mode: Mode, codeBookAllowed: Bool, timeLimit: Double?,
        passMark: Double?, policy: ScoringPolicy = .default, items: [DrillItem], codeSet: String? = nil
    ) {
        self.codeSet = codeSet
        self.id = id
        self.title = title
        self.version = version
        self.mode = mode
        self.codeBookAllowed = codeBookAllowed
        self.timeLimit = timeLimit
        self.passMark = passMark
        self.policy = policy
        self.items = items
    }
}

extension DrillPack {
    /// The exam's time limit in seconds: the pack's, else `ExamDefaults`.
    public var examTimeLimit: Double { timeLimit ?? ExamDefaults.timeLimit(questions: items.count) }
    /// The exam's pass mark in percent: the pack's, else `ExamDefaults`.
    public var examPassMark: Double { passMark ?? ExamDefaults.passMark }
}

/// One item: a chart, a task and its key.
public struct DrillItem: Sendable {
    public enum Content: Sendable {
        case coding(AnswerKey, inpatient: Bool)
        case multipleChoice(question: String, options: [(letter: String, text: String)], key: MultipleChoiceKey)
    }

    public var id: String
    /// What stands above the chart ("Office note · outpatient · family medicine").
    public var chartHeading: String
    /// The chart's Markdown body, or empty when the question carries the vignette.
    public var chartBody: String
    public var task: String
    public var content: Content
    public var rationale: String
    public var hint: String?
    public var tags: [String]
    /// What the item is worth.
    public var points: Double
    /// For an inpatient item with a `drg:` block: the patient facts grouping needs.
    public var patient: Patient?

    public init(
        id: String, chartHeading: String, chartBody: String, task: String, content: Content, rationale: String,
        hint: String? = nil, tags: [String] = [], points: Double = 1, patient: Patient? = nil
    ) {
        self.patient = patient
        self.id = id
        self.chartHeading = chartHeading
        self.chartBody = chartBody
        self.task = task
        self.content = content
        self.rationale = rationale
        self.hint = hint
        self.tags = tags
        self.points = points
    }

    /// The key's systems, for the answer parser.
    public var systems: Set<CodeSystem> {
        if case .coding(let key, _) = content { return Set(key.systems) }
        return []
    }
}
