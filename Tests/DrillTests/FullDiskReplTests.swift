import Foundation
import ProgressStore
import Testing
import TestSupport

/// The REPL on a real disk that fills up (a small tmpfs): a practice answer that cannot be
/// saved says so; an exam submitted on a full disk is kept, says what was not saved, and a
/// retry after space is freed records every answer exactly once.
@Suite(.serialized, .enabled(if: SmallDisk.available, "mounting a tmpfs needs root, as make test has"))
struct FullDiskReplTests {
    static let packs = ["Tests/Fixtures/mock-30", "Tests/Fixtures/test-drill"]
        .map { BuiltProducts.packageRoot.appendingPathComponent($0).path }

    @Test func anExamSubmittedOnAFullDiskIsKeptAndARetryRecordsEachAnswerOnce() throws {
        let disk = try SmallDisk(kilobytes: 1024)
        defer { disk.remove() }
        let home = disk.url
        try Data("Robin\n".utf8).write(to: home.appendingPathComponent("trainee"))
        try ProgressStore(home: home, trainee: "Robin").setTrainee("Robin")
        let terminal = try PseudoTerminal(
            product: "chartdrill", arguments: Self.packs.flatMap { ["--packs", $0] },
            environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1", "PAGER": "cat"], columns: 100, rows: 60, viaSetsid: true)
        #expect(terminal.waitFor("chartdrill> "))
        terminal.type("exam mock-30\r")
        #expect(terminal.waitFor("] 1/30> "))
        terminal.type("b\r")
        #expect(terminal.waitFor("Saved for q01"))
        terminal.type("a\r")
        #expect(terminal.waitFor("Saved for q02"))

        disk.fill()
        var mark = terminal.output.count
        terminal.type("submit\r")
        #expect(terminal.waitFor("(yes/no)", after: mark))
        terminal.type("yes\r")
        #expect(terminal.waitFor("could not be saved", after: mark), "\(terminal.output.suffix(800))")
        #expect(terminal.waitFor("Your exam is kept as you left it", after: mark))
        #expect(terminal.waitFor("The disk is full", after: mark))
        let partial = try ProgressStore(home: home, trainee: "Robin").load()
        #expect(partial.attempts.count < 30)
        #expect(partial.examSessions.count == 1, "the sitting stays while answers are missing")

        // In a drill, an answer that cannot be saved says so on the spot.
        mark = terminal.output.count
        terminal.type("drill test-drill\r")
        #expect(terminal.waitFor("test-drill 1/3> ", after: mark))
        terminal.type("r07.89\r")
        #expect(terminal.waitFor("could not be saved", after: mark), "\(terminal.output.suffix(800))")
        terminal.type("menu\r")

        disk.free()
        mark = terminal.output.count
        terminal.type("exam mock-30\r")
        #expect(terminal.waitFor("Resuming your exam", after: mark))
        terminal.type("submit\r")
        #expect(terminal.waitFor("28 unanswered", after: mark))
        terminal.type("yes\r")
        #expect(terminal.waitFor("Score: ", after: mark), "\(terminal.output.suffix(800))")
        terminal.type("quit\r")
        #expect(terminal.waitForExit() == 0)

        let after = try ProgressStore(home: home, trainee: "Robin").load()
        let exam = after.attempts.filter { $0.packId == "mock-30" }
        #expect(exam.count == 30 && Set(exam.map(\.id)).count == 30, "each answer of the sitting on disk exactly once")
        #expect(exam.first { $0.itemId == "q01" }?.answer == "b" && exam.first { $0.itemId == "q02" }?.answer == "a")
        #expect(after.examSessions.isEmpty)
        #expect(!after.attempts.contains { $0.packId == "test-drill" }, "the unsaved drill answer was said to be unsaved")
    }
}

/// On a read-only file system, the read-only commands still read the trainee's own file, and
/// make nothing.
@Suite(.serialized, .enabled(if: SmallDisk.available, "mounting a tmpfs needs root, as make test has"))
struct ReadOnlyDiskTests {
    @Test func progressAndExportReadATraineeOnAReadOnlyFileSystem() throws {
        let disk = try SmallDisk(kilobytes: 512)
        defer { disk.remove() }
        let home = disk.url
        let store = try ProgressStore(home: home, trainee: "Ben")
        try store.setTrainee("Ben")
        try store.record(Attempt(
            id: "b1", time: Date(timeIntervalSince1970: 1_790_000_000), mode: .drill, packId: "icd10cm-outpatient",
            packVersion: "1.0.0", itemId: "dm2-neuropathy", answer: "E11.42", findings: [], points: 1, maxPoints: 1,
            chartCorrect: true, seconds: 20, tags: []))
        try disk.makeReadOnly()
        let before = try FileManager.default.contentsOfDirectory(atPath: home.path).sorted()
        let environment = ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"]

        let progress = try runProduct("chartdrill", ["progress", "--trainee", "Ben"], environment: environment)
        #expect(progress.status == 0, "\(progress.stderr)")
        #expect(progress.stdout.contains("icd10cm-outpatient"), "\(progress.stdout)")
        let export = try runProduct("chartdrill", ["export", "--csv", "--trainee", "Ben"], environment: environment)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("b1") && export.stdout.contains("E11.42"), "\(export.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).sorted() == before)
    }
}
