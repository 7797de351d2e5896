import Foundation
import Testing
import TestSupport

@testable import ProgressStore

/// A fixed clock for tests.
struct FixedClock: Sendable {
    let date: Date
    var now: @Sendable () -> Date { { [date] in date } }
}

let baseDate = Date(timeIntervalSince1970: 1_750_000_000)  // 2025-06-15T15:06:40Z

func sampleAttempt(
    _ id: String, pack: String = "icd10cm-outpatient", item: String = "dm2-neuropathy", points: Double = 1,
    maxPoints: Double = 1, correct: Bool? = nil, time: Date = baseDate, mode: AttemptMode = .drill,
    tags: [String] = ["chapter:04"], seconds: Double = 30, session: String? = nil
) -> Attempt {
    Attempt(
        id: id, time: time, mode: mode, packId: pack, packVersion: "1.0.0", itemId: item, answer: "E11.42, Z79.4",
        findings: [AttemptFinding(kind: (correct ?? (points >= maxPoints)) ? .correct : .specificity, entered: "E11.40", key: "E11.42")],
        points: points, maxPoints: maxPoints, chartCorrect: correct ?? (points >= maxPoints), seconds: seconds,
        tags: tags, examSessionId: session)
}

@Suite struct ProgressStoreTests {
    // MARK: - Recording and reading back

    @Test func recordedAttemptsSurviveANewStore() throws {
        let folder = try TemporaryFolder("store")
        defer { folder.remove() }
        let store = try ProgressStore(home: folder.url, trainee: "Ana Lima")
        try store.setTrainee("Ana Lima")
        try store.record(sampleAttempt("a1"))
        try store.record(sampleAttempt("a2", points: 0))
        #expect(store.documentURL.lastPathComponent == "ana-lima.json")

        let reopened = try ProgressStore(home: folder.url, trainee: "Ana Lima")
        let document = try reopened.load()
        #expect(document.attempts.map(\.id) == ["a1", "a2"])
        #expect(document.trainee == "Ana Lima")
        #expect(document.attempts[1].findings.first?.kind == .specificity)
        #expect(abs(document.attempts[0].time.timeIntervalSince(baseDate)) < 0.001)
    }

    @Test func compactionKeepsEverythingAndEmptiesTheJournal() throws {
        let folder = try TemporaryFolder("compact")
        defer { folder.remove() }
        let store = try ProgressStore(documentURL: folder.file("p.json"), options: .init(compactJournalBytes: 2_000))
        for index in 0..<40 { try store.record(sampleAttempt("c\(index)")) }
        try store.compact()
        #expect(try Data(contentsOf: store.journalURL).isEmpty)
        let snapshot = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.file("p.json"))) as? [String: Any]
        #expect(snapshot?["schemaVersion"] as? Int == ProgressDocument.currentSchemaVersion)
        #expect((snapshot?["attempts"] as? [Any])?.count == 40)
        let other = try ProgressStore(documentURL: folder.file("p.json"))
        #expect(try other.load().attempts.map(\.id) == (0..<40).map { "c\($0)" })
    }

    @Test func aSecondStoreSeesTheFirstStoresNewAttempts() throws {
        let folder = try TemporaryFolder("two")
        defer { folder.remove() }
        let first = try ProgressStore(documentURL: folder.file("p.json"), options: .init(compactJournalBytes: 1_500))
        let second = try ProgressStore(documentURL: folder.file("p.json"), options: .init(compactJournalBytes: 1_500))
        _ = try first.load()
        _ = try second.load()
        for index in 0..<10 {
            try first.record(sampleAttempt("f\(index)"))
            try second.record(sampleAttempt("s\(index)"))
        }
        #expect(Set(try first.load().attempts.map(\.id)).count == 20)
        #expect(Set(try second.load().attempts.map(\.id)).count == 20)
    }

    @Test func aDuplicateAttemptIdIsRefused() throws {
        let folder = try TemporaryFolder("dup")
        defer { folder.remove() }
        let store = try ProgressStore(documentURL: folder.file("p.json"))
        _ = try store.load()
        try store.record(sampleAttempt("same"))
        #expect(throws: ProgressError.self) { try store.record(sampleAttempt("same")) }
        #expect(try store.load().attempts.count == 1)
    }

    // MARK: - Exam sessions, trainee, credit

    @Test func anExamInProgressResumesAfterReopeningAndEndsWhenFinished() throws {
        let folder = try TemporaryFolder("exam")
        defer { folder.remove() }
        let url = folder.file("p.json")
        var session = ExamSession(id: "sit-1", packId: "cpc-mock", packVersion: "2.0.0", started: baseDate)
        try ProgressStore(documentURL: url).saveExamSession(session)
        session.answers["q01"] = "A"
        session.flags = ["q02"]
        session.secondsUsed = 95
        session.currentItemId = "q03"
        try ProgressStore(documentURL: url).saveExamSession(session)

        let resumed = try ProgressStore(documentURL: url).load().examSessions
        #expect(resumed == [session])

        let store = try ProgressStore(documentURL: url)
        try store.record(sampleAttempt("e1", pack: "cpc-mock", item: "q01", mode: .exam, session: "sit-1"))
        try store.finishExamSession(id: "sit-1")
        try store.compact()
        let after = try ProgressStore(documentURL: url).load()
        #expect(after.examSessions.isEmpty)
        #expect(after.attempts.map(\.id) == ["e1"])
    }

    /// A change is applied to the sitting as it is on file (another store's answers stay), and
    /// a sitting submitted meanwhile refuses changes instead of coming back to life.
    @Test func anExamChangeMergesWithTheSittingOnFileAndASubmittedSittingRefusesIt() throws {
        let folder = try TemporaryFolder("exam-merge")
        defer { folder.remove() }
        let url = folder.file("p.json")
        let one = try ProgressStore(documentURL: url), two = try ProgressStore(documentURL: url)
        let start = ExamSession(id: "sit-1", packId: "cpc-mock", packVersion: "1", started: baseDate, currentItemId: "q01")
        try one.updateExamSession(start, .answer(itemId: "q01", text: "A"))
        var stale = start
        stale.secondsUsed = 60
        stale.currentItemId = "q20"
        let merged = try two.updateExamSession(stale, .answer(itemId: "q20", text: "C"))
        #expect(merged.answers == ["q01": "A", "q20": "C"])
        #expect(merged.currentItemId == "q20" && merged.secondsUsed == 60)
        try one.updateExamSession(start, .flag(itemId: "q05", on: true))
        let onFile = try #require(try ProgressStore(documentURL: url).load().examSessions.first)
        #expect(onFile.answers == ["q01": "A", "q20": "C"] && onFile.flags == ["q05"])
        #expect(onFile.secondsUsed == 60, "the time used never goes back")

        try one.record(sampleAttempt("sit-1/q01", pack: "cpc-mock", item: "q01", mode: .exam, session: "sit-1"))
        try one.finishExamSession(id: "sit-1")
        #expect(throws: ProgressError.examSubmitted(id: "sit-1", path: url.path)) {
            try two.updateExamSession(stale, .answer(itemId: "q21", text: "D"))
        }
        #expect(try ProgressStore(documentURL: url).load().examSessions.isEmpty)
    }

    @Test func theSummaryGivesNameAndSittingsFromHeaderAndJournal() throws {
        let folder = try TemporaryFolder("summary")
        defer { folder.remove() }
        let url = folder.file("p.json")
        let store = try ProgressStore(documentURL: url)
        try store.setTrainee("Ana")
        var first = ExamSession(id: "one", packId: "cpc-mock", packVersion: "1", started: baseDate)
        try store.saveExamSession(first)
        try store.saveExamSession(ExamSession(id: "two", packId: "cca-mock", packVersion: "1", started: baseDate))
        try store.record(sampleAttempt("s1"))
        try store.compact()
        first.answers = ["q1": "B"]
        try store.saveExamSession(first)
        try store.finishExamSession(id: "two")
        try store.record(sampleAttempt("s2"))

        let summary = try ProgressStore(documentURL: url).summary()
        #expect(summary.trainee == "Ana")
        #expect(summary.examSessions == [first])
        #expect(summary.attemptsSinceCompaction == 1)
        #expect(try ProgressStore(documentURL: folder.file("none.json")).summary() == ProgressSummary(trainee: nil, examSessions: [], attemptsSinceCompaction: 0))
    }

    @Test func manualCreditIsKeptBesideTheOriginalResult() throws {
        let folder = try TemporaryFolder("credit")
        defer { folder.remove() }
        let store = try ProgressStore(documentURL: folder.file("p.json"))
        try store.record(sampleAttempt("m1", points: 0.5, maxPoints: 2))
        let credit = ManualCredit(by: "instructor", time: baseDate, points: 2, reason: "Key accepted E11.40 as well")
        try store.addCredit(credit, toAttempt: "m1")
        #expect(throws: ProgressError.self) { try store.addCredit(credit, toAttempt: "nope") }
        try store.compact()
        let attempt = try ProgressStore(documentURL: folder.file("p.json")).load().attempts[0]
        #expect(attempt.points == 0.5)
        #expect(attempt.overrides == [credit])
        #expect(attempt.effectivePoints == 2)
        #expect(attempt.effectiveChartCorrect)
    }

    // MARK: - Files: mode, symlink, lock

    @Test func compactionKeepsTheFileModeAndWritesThroughASymlink() throws {
        let folder = try TemporaryFolder("link")
        defer { folder.remove() }
        let real = folder.file("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let target = real.appendingPathComponent("mine.json")
        let seed = try ProgressStore(documentURL: target)
        try seed.record(sampleAttempt("x0"))
        try seed.compact()
        chmod(target.path, 0o600)
        let link = folder.file("link.json")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)

        let store = try ProgressStore(documentURL: link)
        try store.record(sampleAttempt("x1"))
        try store.compact()
        let attributes = try FileManager.default.attributesOfItem(atPath: link.path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect((try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int) == 0o600)
        #expect(try ProgressStore(documentURL: target).load().attempts.map(\.id) == ["x0", "x1"])
    }

    @Test func aHeldLockGivesAClearErrorInTime() throws {
        let folder = try TemporaryFolder("lock")
        defer { folder.remove() }
        let store = try ProgressStore(documentURL: folder.file("p.json"), options: .init(lockTimeout: 0.05))
        let held = try FileLock(path: store.lockPath, exclusive: true, timeout: 1)
        defer { held.unlock() }
        do {
            try store.record(sampleAttempt("l1"))
            Issue.record("recorded while another holder had the lock")
        } catch let error as ProgressError {
            guard case .lockTimeout(let path, _) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(path.hasSuffix("p.json.lock"))
            #expect(error.description.contains("another ChartDrill"))
        }
    }
}
