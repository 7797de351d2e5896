import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A mock exam being sat: saved after every answer so a crash resumes where it stopped.
public struct ExamSession: Codable, Sendable, Hashable, Identifiable {
    /// Unique; attempts recorded when the exam is submitted carry it as `examSessionId`.
    public var id: String
    public var packId: String
    public var packVersion: String
    /// When the sitting began.
    public var started: Date
    /// Seconds of the time limit used so far (the clock stops while ChartDrill is not running).
    public var secondsUsed: Double
    /// The answer typed so far, per item id (skipped items are absent).
    public var answers: [String: String]
    /// Item ids flagged to return to.
    public var flags: [String]
    /// The item the trainee was on.
    public var currentItemId: String?
    /// When this state was saved.
    public var updated: Date
    /// The process that saved it last (pid and host), so a second session of the same exam
    /// can be told that one is open. Absent in files written before it was recorded.
    public var holderPid: Int32?
    public var holderHost: String?

    public init(
        id: String = Attempt.makeID(), packId: String, packVersion: String, started: Date, secondsUsed: Double = 0,
        answers: [String: String] = [:], flags: [String] = [], currentItemId: String? = nil, updated: Date? = nil
    ) {
        self.id = id
        self.packId = packId
        self.packVersion = packVersion
        self.started = started
        self.secondsUsed = secondsUsed
        self.answers = answers
        self.flags = flags
        self.currentItemId = currentItemId
        self.updated = updated ?? started
    }

    /// Whether another ChartDrill process, still running on this machine, saved it last.
    public var isOpenElsewhere: Bool {
        guard let pid = holderPid, pid != getpid(), holderHost == ExamSession.hostName else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// One change to a sitting, applied to the sitting as it is on disk at the time of saving, so
/// that two sessions of the same exam add to each other instead of overwriting.
public enum ExamChange: Sendable, Equatable {
    /// An answer typed (empty: cleared).
    case answer(itemId: String, text: String)
    /// A question flagged or unflagged.
    case flag(itemId: String, on: Bool)
    /// Only the question on screen and the time used.
    case position
}
