import CodingScore

/// An exercise pack: a titled set of items, played as a drill or sat as an exam.
///
/// Read from `<pack-id>/pack.yaml` by `PackLibrary`; see `Exercises/FORMAT.md`.
public struct Pack: Sendable, Hashable {
    /// Lower case, digits, hyphens; the pack's folder name.
    public var id: String
    public var title: String
    public var version: String
    public var author: String
    public var description: String?
    /// The code-set release the keys are written for ("FY2026").
    public var codeSet: String?
    /// Drill (feedback after each item) or exam (timed, feedback at the end).
    public var mode: PackMode
    /// Whether the trainee may use the code book (lookup, show) during the pack.
    public var codeBookAllowed: Bool
    /// The code systems open in the code book (`codeBook: [icd10cm, hcpcs]`, as the real CPC
    /// exam opens those books); nil opens every system the book holds.
    public var codeBookSystems: [CodeSystem]?
    /// The certification exam an exam pack mocks (`blueprint.yaml` beside `pack.yaml`).
    public var blueprint: ExamBlueprint?
    /// Exam time limit in minutes (exams).
    public var examTimeLimitMinutes: Int?
    /// Exam pass mark, percent of the points (exams).
    public var passMark: Double?
    /// Points per finding overriding the scoring defaults.
    public var scoringOverrides: [FindingKind: Double]
    public var items: [PackItem]
    /// The pack's `pack.yaml` (a path, or a name for in-memory text).
    public var sourceFile: String
    /// The pack's folder, when read from disk.
    public var folder: String?

    public init(
        id: String, title: String, version: String, author: String, description: String? = nil,
        codeSet: String? = nil, mode: PackMode = .drill, codeBookAllowed: Bool = true,
        examTimeLimitMinutes: Int? = nil, passMark: Double? = nil, scoringOverrides: [FindingKind: Double] = [:],
        items: [PackItem], sourceFile: String, folder: String? = nil
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.author = author
        self.description = description
        self.codeSet = codeSet
        self.mode = mode
        self.codeBookAllowed = codeBookAllowed
        self.examTimeLimitMinutes = examTimeLimitMinutes
        self.passMark = passMark
        self.scoringOverrides = scoringOverrides
        self.items = items
        self.sourceFile = sourceFile
        self.folder = folder
    }

    /// The item with `id`, if any.
    public func item(_ id: String) -> PackItem? { items.first { $0.id == id } }
}

/// How a pack is played by default.
public enum PackMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Untimed, feedback and rationale after each item.
    case drill
    /// Timed, the pack's time limit and pass mark, no feedback until submitted.
    case exam
}
