import CodingScore
import Foundation
import Testing
import TestSupport
@testable import Drill

/// The REPL's view of the real progress store.
@Suite struct ProgressAdapterTests {
    func score(_ points: Double, of max: Double) -> ItemScore {
        ItemScore(
            findings: [], points: points, maxPoints: max, precision: 1, recall: 1, f1: 1, accuracy: 1,
            chartCorrect: points == max)
    }

    func record(_ adapter: ProgressAdapter, _ mode: String, _ pack: String, _ item: String, _ points: Double,
                at time: Double, session: String? = nil) throws {
        try adapter.record(AttemptRecord(
            mode: mode, packId: pack, packVersion: "1.0.0", itemId: item, answer: "x", score: score(points, of: 2),
            weight: 1, seconds: 30, tags: ["skill:test"], time: time, examSessionId: session))
    }

    @Test func standingCountsTheLatestAttemptOfEachItemAndTheLastMockExam() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let adapter = try ProgressAdapter(home: home)
        try adapter.setTraineeName("Ana")
        try record(adapter, "drill", "p", "a", 0, at: 100)
        try record(adapter, "drill", "p", "a", 2, at: 200)  // the retry counts, not the first miss
        try record(adapter, "drill", "p", "b", 1, at: 300)
        try record(adapter, "exam", "mock", "q1", 2, at: 400, session: "s1")
        try record(adapter, "exam", "mock", "q2", 0, at: 400, session: "s1")

        let pack = try #require(adapter.standing(packId: "p"))
        #expect(pack.itemsAttempted == 2)
        #expect(pack.score == 0.75)
        #expect(adapter.standing(packId: "mock")?.lastExamPercent == 50)
        #expect(adapter.standing(packId: "never") == nil)

        // A new attempt shows at once, and the name is remembered for the next start.
        try record(adapter, "drill", "p", "b", 2, at: 500)
        #expect(adapter.standing(packId: "p")?.score == 1)
        #expect(try ProgressAdapter(home: home).traineeName == "Ana")
    }

    @Test func anExamInProgressRoundTrips() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let adapter = try ProgressAdapter(home: home)
        let snapshot = ExamSnapshot(
            id: "s1", packId: "mock", packVersion: "1.0.0", startedAt: 1000, timeUsed: 125, answers: ["q1": "B"],
            flags: ["q2"], currentItemId: "q2")
        _ = try adapter.updateExam(snapshot, change: .position)
        #expect(try ProgressAdapter(home: home).exam(packId: "mock") == snapshot)
        try adapter.finishExam(id: "s1")
        #expect(adapter.exam(packId: "mock") == nil)
    }

    /// Two sessions of one sitting (two REPLs on the same home): each answer is applied to the
    /// sitting as it is on disk, so neither overwrites the other from a stale copy.
    @Test func twoSessionsOfOneExamKeepEachOthersAnswers() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let first = try ProgressAdapter(home: home), second = try ProgressAdapter(home: home)
        let start = ExamSnapshot(id: "s1", packId: "mock", packVersion: "1.0.0", startedAt: 1000, currentItemId: "q1")
        var mine = try first.updateExam(start, change: .position)
        var theirs = try #require(second.exam(packId: "mock"))
        mine.answers["q1"] = "A"
        mine = try first.updateExam(mine, change: .answer(itemId: "q1", text: "A"))
        theirs.answers["q20"] = "C"   // this copy has not seen q1's answer
        theirs = try second.updateExam(theirs, change: .answer(itemId: "q20", text: "C"))
        #expect(theirs.answers == ["q1": "A", "q20": "C"])
        mine = try first.updateExam(mine, change: .flag(itemId: "q5", on: true))
        #expect(mine.answers == ["q1": "A", "q20": "C"] && mine.flags == ["q5"])
        #expect(try ProgressAdapter(home: home).exam(packId: "mock")?.answers == ["q1": "A", "q20": "C"])
    }
}
