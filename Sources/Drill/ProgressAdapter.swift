import CodingScore
import Foundation
import Presentation
import ProgressStore
import SafeText

/// The trainee's progress store, as the REPL uses it. Remembers who practises last in
/// `<home>/trainee` so the next start greets them; each trainee has a document of their own.
public final class ProgressAdapter: ProgressService {
    public let home: URL
    private var store: ProgressStore
    /// Standing per pack, computed once and dropped whenever an attempt is recorded.
    private var standings: [String: PackProgress]?
    private var pendingWarnings: [String] = []

    /// Opens the store of the trainee who practised last (or the unnamed default).
    public init(home: URL) throws {
        self.home = home
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let remembered = RememberedTrainee.read(home: home)
        store = try ProgressStore(home: home, trainee: remembered)
    }

    public var traineeName: String? {
        ((try? store.summary().trainee) ?? RememberedTrainee.read(home: home)).map(TerminalText.inert)
    }

    public func setTraineeName(_ name: String) throws {
        try RememberedTrainee.write(name, home: home)
        store = try ProgressStore(home: home, trainee: name)
        standings = nil
        try store.setTrainee(name)
    }

    public func record(_ attempt: AttemptRecord) throws {
        var stored = Attempt(
            id: attempt.id ?? Attempt.makeID(), time: Date(timeIntervalSince1970: attempt.time),
            mode: AttemptMode(rawValue: attempt.mode) ?? .drill, packId: attempt.packId,
            packVersion: attempt.packVersion, itemId: attempt.itemId, answer: attempt.answer, score: attempt.score,
            seconds: attempt.seconds, tags: attempt.tags, examSessionId: attempt.examSessionId, drg: attempt.drg)
        stored.skipped = attempt.skipped
        stored.weight = attempt.weight
        // The store checks ids against the document it has read: read it first (incremental
        // after the first time) so an answer recorded before a kill is found.
        if attempt.id != nil { _ = try store.load() }
        do {
            try store.record(stored)
        } catch ProgressError.duplicateAttempt where attempt.id != nil {
            // Recorded by an earlier submit that was cut short: it is on disk once, as confirmed.
        }
        standings = nil
    }

    public func updateExam(_ snapshot: ExamSnapshot, change: ExamChange) throws -> ExamSnapshot {
        let mine = ExamSession(
            id: snapshot.id, packId: snapshot.packId, packVersion: snapshot.packVersion,
            started: Date(timeIntervalSince1970: snapshot.startedAt), secondsUsed: snapshot.timeUsed,
            answers: snapshot.answers, flags: snapshot.flags.sorted(), currentItemId: snapshot.currentItemId)
        return Self.snapshot(try store.updateExamSession(mine, change))
    }

    public func finishExam(id: String) throws {
        try store.finishExamSession(id: id)
    }

    public func exam(packId: String) -> ExamSnapshot? {
        guard let session = (try? store.summary())?.examSessions.first(where: { $0.packId == packId }) else { return nil }
        return Self.snapshot(session)
    }

    private static func snapshot(_ session: ExamSession) -> ExamSnapshot {
        var snapshot = ExamSnapshot(
            id: session.id, packId: session.packId, packVersion: session.packVersion,
            startedAt: session.started.timeIntervalSince1970, timeUsed: session.secondsUsed, answers: session.answers,
            flags: Set(session.flags), currentItemId: session.currentItemId)
        if session.isOpenElsewhere { snapshot.openElsewhereBy = session.holderPid }
        return snapshot
    }

    /// The attempts: the store decodes them once and afterwards reads only what is new.
    private func loaded() -> ProgressDocument? {
        do {
            return try store.load()
        } catch {
            pendingWarnings.append("Your progress could not be read: \(error.localizedDescription)")
            return nil
        }
    }

    public func standing(packId: String) -> PackProgress? {
        if standings == nil { standings = computeStandings() }
        return standings?[packId]
    }

    /// Every pack's standing, by the store's one rule (`ProgressStats.perPack`): the start
    /// screen asks for each pack.
    private func computeStandings() -> [String: PackProgress] {
        guard let document = loaded() else { return [:] }
        let stats = ProgressStats(attempts: document.attempts)
        let exams = stats.examScoresByPack()
        var result: [String: PackProgress] = [:]
        for pack in stats.perPack() {
            result[pack.packId] = PackProgress(
                itemsAttempted: pack.accuracy.attempts, score: pack.accuracy.pointsRate,
                lastExamPercent: exams[pack.packId]?.first?.percent,
                answeredItemIds: Set(pack.answeredItemIds))
        }
        return result
    }

    public func dueItems(now: Double) -> [DueItem] {
        guard let document = loaded() else { return [] }
        return document.reviewQueue(now: Date(timeIntervalSince1970: now), scheduler: ReviewScheduler())
            .map { DueItem(packId: $0.item.packId, itemId: $0.item.itemId) }
    }

    public func weakestTags(limit: Int) -> [(tag: String, score: Double)] {
        guard let document = loaded() else { return [] }
        return ProgressStats(attempts: document.attempts).weakestTags(limit: limit, minimumAttempts: 1)
            .map { ($0.tag, $0.accuracy.pointsRate) }
    }

    public func report(width: Int, style: TextStyle) -> String {
        guard let document = loaded() else { return "No progress could be read.\n" }
        return StandingReport(document: document, now: Date()).text(bars: true, colour: style.colour)
            + ProgressText.trend(document.attempts, style: style)
    }

    public func takeWarnings() -> [String] {
        let warnings = pendingWarnings + store.takeWarnings().map(\.description) + store.takeNotes()
        pendingWarnings = []
        return warnings
    }
}

/// Progress drawn in the terminal, shared by the REPL and `chartdrill progress`.
public enum ProgressText {
    /// A trend line: one block per practice day (the last 30), the share of points that day.
    public static func trend(_ attempts: [Attempt], style: TextStyle) -> String {
        let trend = ProgressStats(attempts: attempts).trend(by: .day).suffix(30)
        guard trend.count >= 2 else { return "" }
        var text = "\n" + style.bold("Trend") + " (share of points per practice day, last \(trend.count) days)\n"
        text += "  " + TextLayout.sparkline(trend.map(\.accuracy.pointsRate)) + "  "
        text += trend.map { "\(Int(($0.accuracy.pointsRate * 100).rounded()))%" }.suffix(5).joined(separator: " → ")
        return text + "\n"
    }
}
