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
