import Foundation

/// One trainee's progress as a value: every attempt, the exam sittings in progress and the
/// trainee's name. Derived views (`stats`, `reviewQueue`) are computed from it, never stored.
public struct ProgressDocument: Sendable, Hashable {
    /// The schema version this ChartDrill writes and reads (older versions migrate forward).
    public static let currentSchemaVersion = 3

    /// The trainee's name as they gave it (remembered between sessions).
    public var trainee: String?
    /// Every attempt, in the order recorded.
    public var attempts: [Attempt]
    /// Mock exams being sat (saved after every answer; removed when submitted).
    public var examSessions: [ExamSession]
    /// The last journal sequence number folded into this document (internal bookkeeping).
    public var journalSeq: Int

    public init(trainee: String? = nil, attempts: [Attempt] = [], examSessions: [ExamSession] = [], journalSeq: Int = 0) {
        self.trainee = trainee
        self.attempts = attempts
        self.examSessions = examSessions
        self.journalSeq = journalSeq
    }

    /// Statistics over the attempts.
    public func stats(calendar: Calendar = .current) -> ProgressStats {
        ProgressStats(attempts: attempts, calendar: calendar)
    }

    /// Items due for review at `now`, most overdue first (FSRS; see `ReviewScheduler`).
    public func reviewQueue(now: Date, scheduler: ReviewScheduler = ReviewScheduler()) -> [ReviewCard] {
        scheduler.reviewQueue(attempts: attempts, now: now)
    }
}

/// Applies journal events to a document, idempotently (an attempt id or credit id already
/// present is skipped), keeping an index from attempt id to position.
struct DocumentBuilder {
    var document: ProgressDocument
    private var index: [String: Int] = [:]

    init(_ document: ProgressDocument) {
        self.document = document
        index.reserveCapacity(document.attempts.count)
        for (position, attempt) in document.attempts.enumerated() { index[attempt.id] = position }
    }

    func contains(attemptId: String) -> Bool { index[attemptId] != nil }

    /// Whether any attempt was recorded for this exam sitting (it was submitted, at least in part).
    func hasAttempts(ofExamSession id: String) -> Bool {
        document.attempts.contains { $0.examSessionId == id }
    }

    mutating func apply(_ event: JournalEvent) {
        document.journalSeq = max(document.journalSeq, event.seq)
        switch event.op {
        case .attempt:
            guard let attempt = event.attempt, index[attempt.id] == nil else { return }
            index[attempt.id] = document.attempts.count
            document.attempts.append(attempt)
        case .exam:
            guard let session = event.session else { return }
            if let at = document.examSessions.firstIndex(where: { $0.id == session.id }) {
                document.examSessions[at] = session
            } else {
                document.examSessions.append(session)
            }
        case .examEnd:
            document.examSessions.removeAll { $0.id == event.id }
        case .trainee:
            document.trainee = event.trainee
        case .credit:
            guard let id = event.id, let credit = event.credit, let at = index[id] else { return }
            if !document.attempts[at].overrides.contains(where: { $0.id == credit.id }) {
                document.attempts[at].overrides.append(credit)
            }
        }
    }
}
