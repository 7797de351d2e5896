import Foundation
import Testing
import TestSupport
@testable import LineEditor

// MARK: - Completion logic

@Suite struct CompletionTests {
    @Test func uniqueCandidateIsCompletedWithASpace() {
        let result = Completion.resolve(word: "he", candidates: ["help"])
        #expect(result.insert == "lp ")
        #expect(result.unique)
    }

    @Test func severalCandidatesCompleteTheirCommonPrefix() {
        let result = Completion.resolve(word: "E11.6", candidates: ["E11.610", "E11.618", "E11.620"])
        #expect(result.insert == "")
        let deeper = Completion.resolve(word: "E11.6", candidates: ["E11.610", "E11.618"])
        #expect(deeper.insert == "1")
        #expect(!deeper.unique)
    }

    @Test func completionIgnoresCaseOfWhatWasTyped() {
        #expect(Completion.resolve(word: "e11.6", candidates: ["E11.65"]).insert == "5 ")
    }

    @Test func columnsFitTheWidth() {
        let text = Completion.columns(["alpha", "beta", "gamma", "delta"], width: 20)
        for line in text.split(separator: "\n") { #expect(line.count <= 20) }
        #expect(text.contains("alpha") && text.contains("gamma"))
    }

    @Test func describedCandidatesShowTheirTitlesCutAtAWord() {
        let text = Completion.described(
            ["E11.40", "E11.42", "menu"],
            descriptions: ["E11.40": "Type 2 diabetes mellitus with diabetic neuropathy, unspecified",
                           "E11.42": "Type 2 diabetes mellitus with diabetic polyneuropathy"], width: 50)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 3 && lines.allSatisfy { $0.count <= 50 }, "\(lines)")
        #expect(lines[0].hasPrefix("E11.40  Type 2 diabetes mellitus with") && lines[0].hasSuffix("…"))
        #expect(!lines[0].dropLast().hasSuffix(" "), "cut after a whole word")
        #expect(lines[2] == "menu")
    }

    @Test func lastWordIsAfterTheLastSeparator() {
        #expect(LineEditor.lastWord(of: "show e11.6") == "e11.6")
        #expect(LineEditor.lastWord(of: "E11.9, I1") == "I1")
        #expect(LineEditor.lastWord(of: "he") == "he")
    }
}

// MARK: - The real binary under a pseudo-terminal

@Suite(.serialized) struct TerminalTests {
    /// Starts chartdrill in its own session with the pseudo-terminal as its controlling
    /// terminal (`setsid -c`), so Ctrl-C reaches it as a signal, as in a real terminal.
    private func start(home: URL) throws -> PseudoTerminal {
        try PseudoTerminal(
            product: "chartdrill", arguments: ["--trainee", "Tester"],
            environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"], viaSetsid: true)
    }

    @Test func tabCompletesACommandThroughLibedit() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try start(home: home)
        #expect(terminal.waitFor("chartdrill> "))
        terminal.type("hel\t")
        #expect(terminal.waitFor("help "), "Tab should complete 'hel' to 'help ': \(terminal.output)")
        terminal.type("\r")
        #expect(terminal.waitFor("Commands here:"))
        terminal.type("quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func tabListsCodesWithTheirTitles() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try PseudoTerminal(
            product: "chartdrill", arguments: ["--trainee", "Tester"],
            environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1", "PAGER": "cat"], columns: 100, rows: 60, viaSetsid: true)
        #expect(terminal.waitFor("chartdrill> "))
        terminal.type("drill icd10cm-outpatient\r")
        #expect(terminal.waitFor("1/37> "))
        terminal.type("E11.4\t")
        #expect(terminal.waitFor("E11.42  Type 2 diabetes mellitus with diabetic polyneuropathy"), "\(terminal.output.suffix(600))")
        terminal.type("\u{15}quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func ctrlRSaysItSearchesEarlierLinesAndFindsOne() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try start(home: home)
        #expect(terminal.waitFor("chartdrill> "))
        terminal.type("help quit\r")
        #expect(terminal.waitFor("Save and leave"))
        let mark = terminal.output.count
        terminal.type("\u{12}")
        #expect(terminal.waitFor("(search earlier lines: type", after: mark), "\(terminal.output.suffix(300))")
        terminal.type("hel\r")
        #expect(terminal.waitFor("Save and leave", after: mark), "the search found the earlier line and ran it")
        terminal.type("quit\r")
        #expect(terminal.waitForExit() == 0)
    }

    @Test func historyPersistsAcrossRunsAndUpRecallsIt() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let first = try start(home: home)
        #expect(first.waitFor("chartdrill> "))
        first.type("help quit\r")
        #expect(first.waitFor("Save and leave"))
        first.type("quit\r")
        #expect(first.waitForExit() == 0)
        let historyText = try String(contentsOf: home.appendingPathComponent("history"), encoding: .utf8)
        #expect(historyText.contains("help\\040quit"))

        let second = try start(home: home)
        #expect(second.waitFor("chartdrill> "))
        let before = second.output.count
        // Up twice: "quit", then "help quit" from the first run.
        second.type("\u{1B}[A\u{1B}[A\r")
        #expect(second.waitFor("Save and leave", after: before), "Up should recall the last run's commands: \(second.output)")
        second.type("quit\r")
        #expect(second.waitForExit() == 0)
    }

    @Test func ctrlCAbandonsTheLineAndCtrlDLeaves() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try start(home: home)
        #expect(terminal.waitFor("chartdrill> "))
        terminal.type("somethi")
        #expect(terminal.waitFor("somethi"))
        terminal.type("\u{03}")
        #expect(terminal.waitFor("^C"))
        let before = terminal.output.count
        terminal.type("help\r")
        // The abandoned text is gone: the command is 'help', not 'somethihelp'.
        #expect(terminal.waitFor("Commands here:", after: before), "after Ctrl-C: \(terminal.output)")
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }
}

// MARK: - Scripted (not a terminal)

@Suite struct ScriptedTests {
    @Test func pipedHelpPrintsCommandsWithoutEscapes() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try runProduct("chartdrill", input: "help\n", environment: ["CHARTDRILL_HOME": home.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("drill PACK"))
        #expect(result.stdout.contains("quit"))
        #expect(!result.stdout.contains("Who is practising?"), "a script is not asked for a name")
        #expect(!result.stdout.contains("\u{1B}"), "no escape sequences when stdin is a pipe")
    }
}
