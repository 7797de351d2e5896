import CodingScore
import Foundation
import ProgressStore
import Testing
import TestSupport
@testable import Drill

/// Submitting an exam again after a kill part-way records each answer once.
@Suite struct ExamSubmitTests {
    func answer(_ item: String, session: String) -> AttemptRecord {
        AttemptRecord(
            mode: "exam", packId: "mock", packVersion: "1", itemId: item, answer: "A",
            score: ItemScore(findings: [], points: 1, maxPoints: 1, precision: 1, recall: 1, f1: 1, accuracy: 1, chartCorrect: true),
            weight: 1, seconds: 0, tags: [], time: 1_790_000_000, examSessionId: session, id: "\(session)/\(item)")
    }

    @Test func aRetriedSubmitRecordsEachAnswerOnce() throws {
        let home = try makeTemporaryFolder("resubmit")
        defer { try? FileManager.default.removeItem(at: home) }
        // The first submit is killed after two of three answers.
        let first = try ProgressAdapter(home: home)
        try first.record(answer("q1", session: "s1"))
        try first.record(answer("q2", session: "s1"))
        // A new process submits the whole sitting again.
        let second = try ProgressAdapter(home: home)
        for item in ["q1", "q2", "q3"] { try second.record(answer(item, session: "s1")) }
        let attempts = try ProgressStore(home: home).load().attempts
        #expect(attempts.map(\.itemId).sorted() == ["q1", "q2", "q3"])
        #expect(Set(attempts.map(\.id)) == ["s1/q1", "s1/q2", "s1/q3"])
        // A later sitting of the same exam is a new set of answers.
        try second.record(answer("q1", session: "s2"))
        #expect(try ProgressStore(home: home).load().attempts.count == 4)
    }
}

/// A submit whose answers cannot all be saved keeps the sitting and says what was not saved.
@Suite struct FailedSubmitTests {
    @Test func aFullDiskAtSubmitKeepsTheExamAndARetryFinishesIt() {
        let script = Script()
        script.type("exam mock")
        script.type("b")
        script.type("c")
        script.type("a")
        script.progress.failRecords = true
        script.type("submit")
        let failed = script.type("yes")
        #expect(failed.contains("3 of 3 answers could not be saved"))
        #expect(failed.contains("Your exam is kept as you left it"))
        #expect(!failed.contains("nothing confirmed earlier was lost"))
        let kept = script.progress.exams["mock"]
        #expect(kept != nil, "the sitting is not removed while its answers are not on disk")
        #expect(kept?.answers.count == 3)

        // Space is freed; the exam resumes with its answers and submits.
        script.progress.failRecords = false
        script.type("exam mock")
        script.type("submit")
        let done = script.type("yes")
        #expect(done.contains("Score: "))
        #expect(script.progress.attempts.count == 3)
        #expect(Set(script.progress.attempts.compactMap(\.id)).count == 3, "each answer has its fixed id")
        #expect(script.progress.exams["mock"] == nil)
    }
}
