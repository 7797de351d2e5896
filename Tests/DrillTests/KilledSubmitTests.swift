import Foundation
import ProgressStore
import Testing
import TestSupport

/// An exam submit killed at any point (SIGKILL through the binary, at increasing delays after
/// "yes"): afterwards no answer is on disk twice, the sitting stays until every answer is, and
/// submitting again records each of the 30 answers exactly once.
@Suite(.serialized) struct KilledSubmitTests {
    static let pack = BuiltProducts.packageRoot.appendingPathComponent("Tests/Fixtures/mock-30").path

    func start(_ home: URL) throws -> PseudoTerminal {
        let terminal = try PseudoTerminal(
            product: "chartdrill", arguments: ["--packs", Self.pack],
            environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1", "PAGER": "cat"], columns: 100, rows: 60)
        #expect(terminal.waitFor("chartdrill> "))
        return terminal
    }

    @Test func aSubmitKilledAtAnyPointRecordsEachAnswerOnceWhenRetried() throws {
        let home = try makeTemporaryFolder("killed-submit")
        defer { try? FileManager.default.removeItem(at: home) }
        try Data("Robin\n".utf8).write(to: home.appendingPathComponent("trainee"))
        try ProgressStore(home: home, trainee: "Robin").setTrainee("Robin")
        let sitting = try start(home)
        sitting.type("exam mock-30\r")
        for (letter, item) in [("b", "q01"), ("a", "q02"), ("c", "q03")] {
            sitting.type("\(letter)\r")
            #expect(sitting.waitFor("Saved for \(item)"))
        }
        sitting.type("quit\r")
        #expect(sitting.waitForExit() == 0)

        var kills = 0
        for delay in [0, 1, 3, 6, 10, 20, 35, 60, 100] {
            let terminal = try start(home)
            terminal.type("exam mock-30\r")
            #expect(terminal.waitFor("Resuming your exam"))
            terminal.type("submit\r")
            #expect(terminal.waitFor("(yes/no)"))
            terminal.type("yes\r")
            usleep(useconds_t(delay * 1000))
            terminal.kill()
            _ = terminal.waitForExit()
            kills += 1
            let document = try ProgressStore(home: home, trainee: "Robin").load()
            let ids = document.attempts.map(\.id)
            #expect(Set(ids).count == ids.count, "no answer on disk twice after a kill \(delay) ms into submit")
            if document.examSessions.isEmpty {
                #expect(ids.count == 30, "the sitting is cleared only once every answer is on disk")
                break
            }
        }
        #expect(kills >= 2, "at least one kill landed before the submit finished")

        let document = try ProgressStore(home: home, trainee: "Robin").load()
        if !document.examSessions.isEmpty {
            let terminal = try start(home)
            terminal.type("exam mock-30\r")
            #expect(terminal.waitFor("Resuming your exam"))
            terminal.type("submit\r")
            terminal.type("yes\r")
            #expect(terminal.waitFor("Score: "))
            terminal.type("quit\r")
            #expect(terminal.waitForExit() == 0)
        }
        let after = try ProgressStore(home: home, trainee: "Robin").load()
        #expect(after.attempts.count == 30 && Set(after.attempts.map(\.id)).count == 30)
        #expect(after.attempts.first { $0.itemId == "q03" }?.answer == "c")
        #expect(after.examSessions.isEmpty)
    }
}
