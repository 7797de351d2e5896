import Foundation
import Testing
import TestSupport

/// The command line's conventions, through the binary: a mistyped command is named with the
/// nearest one; a problem met while running exits 1 in one line without a usage block (64 is
/// for mistakes in the command line); TERM=dumb gets no colour.
@Suite struct CommandLineConventionTests {
    @Test func aMistypedCommandGetsTheNearestOneNotTheREPLsUsage() throws {
        let result = try runProduct("chartdrill", ["lokup", "chest", "pain"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("'lokup' is not a command. Did you mean 'lookup'?"), "\(result.stderr)")
        #expect(!result.stderr.contains("unexpected arguments"))
    }

    @Test func aRunTimeProblemExitsOneWithoutAUsageBlock() throws {
        let pack = BuiltProducts.packageRoot.appendingPathComponent("Exercises/cpc-mock-a").path
        let result = try runProduct("chartdrill", ["grade", "--pack", pack, "--answers", "/no/such/answers.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/no/such/answers.jsonl: cannot be read"), "\(result.stderr)")
        #expect(!result.stderr.contains("Usage:"), "the usage block is for mistakes in the command line")
        let usage = try runProduct("chartdrill", ["grade", "--pack"])
        #expect(usage.status == 64 && usage.stderr.contains("Usage:"), "a command-line mistake still gets its usage")
    }

    @Test func aDumbTerminalGetsNoColour() throws {
        let home = try makeTemporaryFolder("dumb")
        defer { try? FileManager.default.removeItem(at: home) }
        for (term, coloured) in [("dumb", false), ("xterm", true)] {
            let terminal = try PseudoTerminal(
                product: "chartdrill", arguments: ["--trainee", "Robin"],
                environment: ["CHARTDRILL_HOME": home.path, "TERM_FOR_TESTS": term, "NO_COLOR": ""],
                columns: 100, rows: 40)
            #expect(terminal.waitFor("chartdrill> "))
            terminal.type("quit\r")
            _ = terminal.waitForExit()
            #expect(terminal.rawOutput.contains("\u{1B}[1m") == coloured, "TERM=\(term): \(terminal.rawOutput.prefix(200).debugDescription)")
        }
    }
}

/// Nothing found exits alike in text and JSON.
@Suite struct JSONExitTests {
    @Test(arguments: [["drug", "zzqqxx"], ["neoplasm", "zzqqxx"], ["index", "zzqqxx"], ["lookup", "zzqqxx"]])
    func nothingFoundExitsOneInBothModes(_ arguments: [String]) throws {
        let text = try runProduct("chartdrill", arguments)
        let json = try runProduct("chartdrill", arguments + ["--json"])
        #expect(text.status == 1 && json.status == 1, "\(arguments): text \(text.status), json \(json.status)")
    }
}
