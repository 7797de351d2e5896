import Drill
import Foundation
import Testing
import TestSupport

/// When progress cannot be kept, the session says so with every answer and in the prompt.
@Suite struct UnsavedPracticeTests {
    @Test func everyAnswerSaysItWasNotSaved() throws {
        // A home under a regular file can never be made, for root too.
        let file = try makeTemporaryFolder("unsaved").appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try runProduct(
            "chartdrill", ["--trainee", "Ro"], input: "drill icd10cm-outpatient\nr07.89\n\nr07.89\n\nquit\n",
            environment: ["CHARTDRILL_HOME": file.appendingPathComponent("home").path])
        #expect(result.stderr.contains("Answers are scored but not saved."), "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "Not saved: progress cannot be kept in").count - 1 == 2)
    }

    @Test func thePromptSaysSoToo() {
        let session = DrillSession(
            packs: [Fixtures.drillPack], codeBook: nil, progress: nil, clock: ManualClock(),
            progressProblem: "progress cannot be kept in /x (the folder cannot be created or written)")
        _ = session.start(askForName: false)
        _ = session.handle("drill \(Fixtures.drillPack.id)")
        #expect(session.prompt.hasSuffix(" (not saved)> "), "\(session.prompt)")
    }
}
