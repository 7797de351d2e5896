import CodingScore
import DRGImpact
import Presentation
import ProgressStore

/// The code book as the REPL uses it. `CodeBookAdapter` wraps the real `CodeSets.CodeBook`;
/// tests use small fakes.
public protocol CodeBookService: Sendable {
    /// Validity, Excludes1 and PCS axes, for scoring and for pointing out invalid codes.
    var catalog: any CodeCatalog { get }
    /// Ranked search, rendered for a terminal `width` wide.
    func lookup(_ query: String, width: Int) -> String
    /// One code in full (title, notes, 7th characters, CC/MCC), rendered.
    func show(_ code: String, width: Int) -> String
    /// Ranked search of ICD-10-PCS (tables, and full codes where the words settle every axis).
    func pcsLookup(_ query: String, width: Int) -> String
    /// Codes that extend `prefix` (`E11.6` → its children), for Tab completion.
    func completions(prefix: String) -> [String]
    /// The rest of the code book: the Alphabetic Index, the Neoplasm and Drug tables, the
    /// PCS tables and validation, rendered.
    func reference(_ part: CodeBookPart, _ query: String, width: Int) -> String
}

/// The parts of the code book a REPL command opens besides `lookup` and `show`.
public enum CodeBookPart: String, Sendable, CaseIterable {
    case index, neoplasm, drug, pcs, validate
}

/// One scored answer, as the REPL hands it to the progress store.
public struct AttemptRecord: Sendable {
    public var mode: String
    public var packId: String
    public var packVersion: String
    public var itemId: String
    public var answer: String
    public var score: ItemScore
    /// The item's weight: points earned are `score.points / score.maxPoints * weight`.
    public var weight: Double
    public var seconds: Double
    public var tags: [String]
    /// Seconds since 1970.
    public var time: Double
    /// For exam attempts: the sitting they belong to.
    public var examSessionId: String?
    /// For inpatient items: the coded DRG against the key's.
    public var drg: DRGOutcome?
    /// A fixed id (an exam's answers: the sitting and the item), so that recording it again
    /// after a kill during submit finds it already there instead of counting it twice.
    public var id: String?
    /// An exam question left unanswered: 0 points in the exam, no findings, no weakness.
    public var skipped = false

    public init(
        mode: String, packId: String, packVersion: String, itemId: String, answer: String, score: ItemScore,
        weight: Double, seconds: Double, tags: [String], time: Double, examSessionId: String? = nil,
        drg: DRGOutcome? = nil, id: String? = nil
    ) {
        self.examSessionId = examSessionId
        self.drg = drg
        self.id = id
        self.mode = mode
        self.packId = packId
        self.packVersion = packVersion
        self.itemId = itemId
        self.answer = answer
        self.score = score
        self.weight = weight
        self.seconds = seconds
        self.tags = tags
        self.time = time
    }
}

/// An exam in progress, saved after every answer so a crash or a quit resumes it.
public struct ExamSnapshot: Codable, Sendable, Equatable {
    /// The sitting's id, also recorded with each of its attempts.
    public var id: String
    public var packId: String
    public var packVersion: String
    /// Seconds since 1970 when the exam was first started.
    public var startedAt: Double
    /// Seconds of exam time used before this sitting.
    public var timeUsed: Double
    /// Answers so far, by item id, as typed.
    public var answers: [String: String]
    public var flags: Set<String>
    /// The item on screen, by id.
    public var currentItemId: String?
    /// The process id of another ChartDrill that has this sitting open now, if any.
    public var openElsewhereBy: Int32?

    public init(
        id: String, packId: String, packVersion: String, startedAt: Double, timeUsed: Double = 0,
        answers: [String: String] = [:], flags: Set<String> = [], currentItemId: String? = nil
    ) {
        self.id = id
        self.packId = packId
        self.packVersion = packVersion
        self.startedAt = startedAt
        self.timeUsed = timeUsed
        self.answers = answers
        self.flags = flags
        self.currentItemId = currentItemId
    }
}

/// A pack's standing for the trainee, for the start screen.
public struct PackProgress: Sendable, Equatable {
    public var itemsAttempted: Int
    /// Points earned ÷ points possible over the latest attempt of each item (0...1).
    public var score: Double
    /// The latest mock exam's score in percent, if the pack was sat as an exam.
    public var lastExamPercent: Double?
    /// The items answered at least once outside exams: a drill resumes at the first item not in it.
    public var answeredItemIds: Set<String>

    public init(itemsAttempted: Int, score: Double, lastExamPercent: Double? = nil, answeredItemIds: Set<String> = []) {
        self.itemsAttempted = itemsAttempted
        self.score = score
        self.lastExamPercent = lastExamPercent
        self.answeredItemIds = answeredItemIds
    }
}

/// An item due for review.
public struct DueItem: Sendable, Equatable {
    public var packId: String
    public var itemId: String

    public init(packId: String, itemId: String) {
        self.packId = packId
        self.itemId = itemId
    }
}

/// The trainee's progress as the REPL uses it. `ProgressAdapter` wraps `ProgressStore`.
public protocol ProgressService: AnyObject {
    var traineeName: String? { get }
    func setTraineeName(_ name: String) throws
    /// Records a confirmed answer: on disk before this returns.
    func record(_ attempt: AttemptRecord) throws
    /// Saves one change to the exam in progress, applied to the sitting as it is on disk now
    /// (a second session's answers are kept), and returns the sitting as saved.
    func updateExam(_ snapshot: ExamSnapshot, change: ExamChange) throws -> ExamSnapshot
    /// Ends a submitted sitting (once every answer of it is recorded).
    func finishExam(id: String) throws
    func exam(packId: String) -> ExamSnapshot?
    func standing(packId: String) -> PackProgress?
    /// Items due for review now, most overdue first.
    func dueItems(now: Double) -> [DueItem]
    /// The weakest tags, weakest first, with their score (0...1).
    func weakestTags(limit: Int) -> [(tag: String, score: Double)]
    /// The trainee's standing, rendered with bars and a trend.
    func report(width: Int, style: TextStyle) -> String
    /// Things the trainee must be told once (a damaged file moved aside, and where).
    func takeWarnings() -> [String]
}

/// Where the REPL reads the time: the system clock, or a manual one in tests.
public protocol DrillClock: Sendable {
    /// Seconds since 1970.
    func now() -> Double
}
