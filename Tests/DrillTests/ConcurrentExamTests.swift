import Foundation
import ProgressStore
import Testing
import TestSupport

/// Two ChartDrill processes sitting the same exam for the same trainee: the second is told the
/// sitting is open elsewhere, answers from both are kept, the first submit records each answer
/// once, and the other session is then told the exam was submitted instead of saving into it.
@Suite(.serialized) struct ConcurrentExamTests {
    static let pack = BuiltProducts.packageRoot.appendingPathComponent("Tests/Fixtures/mock-30").path

    func session(home: URL) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            product: "chartdrill", arguments: ["--packs", Self.pack],
            environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1", "PAGER": "cat"], columns: 100, rows: 60, viaSetsid: true)
        #expect(terminal.waitFor("chartdrill> "))
        return terminal
    }

    @Test func twoSessionsOfOneExamKeepBothSetsOfAnswersAndSubmitOnce() throws {
        let home = try makeTemporaryFolder("two-exams")
        defer { try? FileManager.default.removeItem(at: home) }
        try Data("Robin\n".utf8).write(to: home.appendingPathComponent("trainee"))
        try ProgressStore(home: home, trainee: "Robin").setTrainee("Robin")

        let first = try session(home: home)
        first.type("exam mock-30\r")
        #expect(first.waitFor("] 1/30> "))
        first.type("b\r")
        #expect(first.waitFor("Saved for q01"))

        let second = try session(home: home)
        second.type("exam mock-30\r")
        #expect(second.waitFor("also open in another ChartDrill"), "\(second.output.suffix(600))")
        second.type("goto 20\r")
        #expect(second.waitFor("] 20/30> "))
        second.type("c\r")
        #expect(second.waitFor("Saved for q20"))

        // The first session has not seen q20's answer; its next answers must not drop it.
        var mark = first.output.count
        first.type("goto 2\r")
        #expect(first.waitFor("] 2/30> ", after: mark))
        first.type("a\r")
        #expect(first.waitFor("Saved for q02", after: mark))
        mark = first.output.count
        first.type("submit\r")
        #expect(first.waitFor("27 unanswered", after: mark), "\(first.output.suffix(400))")
        first.type("yes\r")
        #expect(first.waitFor("Score: ", after: mark))

        let attempts = try ProgressStore(home: home, trainee: "Robin").load().attempts
        #expect(attempts.count == 30, "each question of the sitting recorded once")
        #expect(Set(attempts.map(\.id)).count == 30)
        let answers = Dictionary(attempts.map { ($0.itemId, $0.answer) }, uniquingKeysWith: { a, _ in a })
        #expect(answers["q01"] == "b" && answers["q02"] == "a" && answers["q20"] == "c", "\(answers.filter { !$0.value.isEmpty })")

        // The second session answers on: it is told the sitting was submitted, and nothing is added.
        mark = second.output.count
        second.type("d\r")
        #expect(second.waitFor("submitted in another ChartDrill session", after: mark), "\(second.output.suffix(600))")
        #expect(try ProgressStore(home: home, trainee: "Robin").load().attempts.count == 30)
        #expect(try ProgressStore(home: home, trainee: "Robin").load().examSessions.isEmpty)

        for terminal in [first, second] {
            terminal.type("quit\r")
            #expect(terminal.waitForExit() == 0)
        }
    }
}
