import Foundation
import ProgressStore
import Testing
import TestSupport

/// The real binary, on the bundled code book and the three-item test pack.
@Suite(.serialized) struct EndToEndTests {
    static let testPack = BuiltProducts.packageRoot.appendingPathComponent("Tests/Fixtures/test-drill").path

    private func attempts(home: URL, trainee: String) throws -> [Attempt] {
        try ProgressStore(home: home, trainee: trainee).load().attempts
    }

    @Test func aScriptedSessionDrillsThreeItemsAndKeepsThem() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let script = """
            drill test-drill
            lookup atypical chest pain
            r0789

            e11.42, z794

            I10, E78.5
            quit

            """
        let result = try runProduct(
            "chartdrill", ["--packs", Self.testPack, "--trainee", "Sam"], input: script,
            environment: ["CHARTDRILL_HOME": home.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "no escapes in a scripted session")
        #expect(result.stdout.contains("Item 1 of 3 · chest-pain"))
        #expect(result.stdout.contains("R07.89    Other chest pain"), "the look-up answers inside the item")
        #expect(result.stdout.contains("Read: R07.89 (ICD-10-CM)"))
        #expect(result.stdout.contains("Read: E11.42 (ICD-10-CM), Z79.4 (ICD-10-CM)"))
        #expect(result.stdout.contains("✗ extra"), "E78.5 is over-coding on the third item")
        let saved = try attempts(home: home, trainee: "Sam")
        #expect(saved.map(\.itemId) == ["chest-pain", "diabetes-neuropathy", "hypertension"])
        #expect(saved.map(\.chartCorrect) == [true, true, false])
        #expect(saved[2].answer == "I10, E78.5")
    }

    @Test func aDrillUnderATerminalWithCompletionAndLookup() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try PseudoTerminal(
            product: "chartdrill", arguments: ["--packs", Self.testPack],
            environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"], columns: 100, rows: 50, viaSetsid: true)
        #expect(terminal.waitFor("your name> "))
        terminal.type("Robin\r")
        #expect(terminal.waitFor("chartdrill> "))
        terminal.type("drill test-d\t")
        #expect(terminal.waitFor("drill test-drill "), "Tab completes the pack id")
        terminal.type("\r")
        #expect(terminal.waitFor("test-drill 1/3> "))
        terminal.type("lookup atypical chest pain\r")
        #expect(terminal.waitFor("Other chest pain"))
        var mark = terminal.output.count
        terminal.type("R07.8\t")
        #expect(terminal.waitFor("R07.89", after: mark), "Tab lists the codes under R07.8")
        terminal.type("9\r")
        #expect(terminal.waitFor("All correct.", after: mark), "\(terminal.output)")
        terminal.type("\r")
        #expect(terminal.waitFor("test-drill 2/3> "))
        mark = terminal.output.count
        terminal.type("E11.42, Z79.4\r")
        #expect(terminal.waitFor("All correct.", after: mark))
        terminal.type("\r")
        #expect(terminal.waitFor("test-drill 3/3> "))
        mark = terminal.output.count
        terminal.type("i10\r")
        #expect(terminal.waitFor("All correct.", after: mark))
        terminal.type("quit\r")
        #expect(terminal.waitForExit() == 0)
        let saved = try attempts(home: home, trainee: "Robin")
        #expect(saved.count == 3)
        #expect(saved.allSatisfy { $0.chartCorrect })
    }

    @Test func gradeReportsTraineesItemsAndSkippedLines() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("answers.jsonl")
        try """
            {"trainee": "ana", "item": "chest-pain", "answer": "R07.89"}
            {"trainee": "ben", "item": "chest-pain", "answer": "R07.9"}
            this is not json
            {"trainee": "ana", "item": "diabetes-neuropathy", "answer": "E11.40, Z79.4"}

            """.write(to: answers, atomically: true, encoding: .utf8)
        let result = try runProduct("chartdrill", ["grade", "--pack", Self.testPack, "--answers", answers.path])
        #expect(result.status == 1, "a skipped line makes the exit code 1")
        #expect(result.stdout.contains("ana") && result.stdout.contains("ben"))
        #expect(result.stdout.contains("line 3:"))
        let json = try runProduct("chartdrill", ["grade", "--pack", Self.testPack, "--answers", answers.path, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["badLines"] as? [Any])?.count == 1)
        let missing = try runProduct("chartdrill", ["grade", "--pack", "no-such-pack", "--answers", answers.path])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no pack 'no-such-pack'"))
    }
}

/// Reading a trainee's attempts back from disk, for the end-to-end tests.
enum ProgressStoreFiles {
    static func attempts(home: URL, trainee: String) throws -> Int {
        try ProgressStore(home: home, trainee: trainee).load().attempts.count
    }
}
