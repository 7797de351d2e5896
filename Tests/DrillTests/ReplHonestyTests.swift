import Foundation
import ProgressStore
import Testing
import TestSupport

/// Where you are and what counts, through the binary: an exam pack is sat as an exam however it
/// is chosen; an exam in progress says so on the pack list; a drill resumes at the first item
/// not answered; a near miss of a command is asked about, never scored.
@Suite struct ReplHonestyTests {
    static let exam = BuiltProducts.packageRoot.appendingPathComponent("Tests/Fixtures/mock-30").path
    static let drill = BuiltProducts.packageRoot.appendingPathComponent("Tests/Fixtures/test-drill").path

    /// The session's output with the wrapping to 80 columns taken out (words joined by one space).
    func run(_ home: URL, _ lines: [String], packs: [String]) throws -> CommandResult {
        var result = try runProduct(
            "chartdrill", ["--trainee", "Robin"] + packs.flatMap { ["--packs", $0] },
            input: lines.joined(separator: "\n") + "\n", environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"])
        result.stdout = result.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
            .joined(separator: "\n").replacingOccurrences(of: "\n", with: " ")
        return result
    }

    /// The number the pack list gives a pack (packs are listed by id, so it moves as packs are added).
    func number(of pack: String, home: URL) throws -> String {
        let list = try runProduct("chartdrill", ["--trainee", "Robin"], input: "quit\n",
                                  environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"]).stdout
        let line = try #require(list.split(separator: "\n").first { $0.contains(". \(pack) ") })
        return String(line.split(separator: ".")[0].trimmingCharacters(in: .whitespaces))
    }

    @Test func anExamPackChosenByNumberIsSatAsAnExamAndShowsInProgress() throws {
        let home = try makeTemporaryFolder("exam-by-number")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(home, [try number(of: "cpc-mock-a", home: home), "b", "menu", "drill cpc-mock-a", "quit"], packs: [])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No feedback until you submit"), "\(result.stdout.prefix(2000))")
        #expect(result.stdout.contains("pass mark 70%"), "the exam's rules are given")
        #expect(!result.stdout.contains("feedback after each"), "not opened as a drill")
        // The 4-hour clock has barely moved: 4:00:00 or 3:59:59 left.
        #expect(result.stdout.contains("in progress: 1 answered, 4:00:00 left") || result.stdout.contains("in progress: 1 answered, 3:59:"),
                "\(result.stdout.suffix(1500))")
        let byId = try run(home, ["cpc-mock-a", "quit"], packs: [])
        #expect(byId.stdout.contains("Resuming your exam: 1 answered"), "chosen by its id, it is the same sitting")
        #expect(result.stdout.contains("is a mock exam: sit it first with 'exam cpc-mock-a'"))
        #expect(try ProgressStore(home: home, trainee: "Robin").load().attempts.isEmpty, "nothing scored before submit")
    }

    @Test func aDrillResumesAtTheFirstItemNotAnsweredAndGotoOneStartsOver() throws {
        let home = try makeTemporaryFolder("resume")
        defer { try? FileManager.default.removeItem(at: home) }
        _ = try run(home, ["drill test-drill", "r07.89", "", "quit"], packs: [Self.drill])
        let again = try run(home, ["drill test-drill", "goto 1", "quit"], packs: [Self.drill])
        #expect(again.stdout.contains("Resuming at item 2, the first you have not answered yet (1 of 3 done). 'goto 1' starts over."),
                "\(again.stdout.prefix(1500))")
        let resumed = try #require(again.stdout.range(of: "Resuming at item 2"))
        let tail = again.stdout[resumed.upperBound...]
        #expect(tail.contains("Item 2 of 3 · diabetes-neuropathy"))
        #expect(tail.contains("Item 1 of 3 · chest-pain"), "goto 1 goes back to the start")
    }

    @Test func aMistypedCommandAtAnItemIsAskedAboutAndNotScored() throws {
        let home = try makeTemporaryFolder("mistyped")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(home, ["drill test-drill", "lookpu chest pain", "", "quit"], packs: [Self.drill])
        #expect(result.stdout.contains("'lookpu' is neither a code nor a command, so nothing was scored. Did you mean 'lookup chest pain'?"),
                "\(result.stdout.suffix(1500))")
        #expect(!result.stdout.contains("submit as typed"))
        #expect(try ProgressStore(home: home, trainee: "Robin").load().attempts.isEmpty)
    }

    @Test func aSkippedExamQuestionIsRecordedAsSkippedNotAsAWrongAnswer() throws {
        let home = try makeTemporaryFolder("skipped")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try run(home, ["exam mock-30", "b", "submit", "yes", "quit"], packs: [Self.exam])
        #expect(result.stdout.contains("Score: "), "\(result.stdout.suffix(1500))")
        let attempts = try ProgressStore(home: home, trainee: "Robin").load().attempts
        #expect(attempts.count == 30, "every question of the sitting is in its score")
        let skipped = attempts.filter(\.skipped)
        #expect(skipped.count == 29 && skipped.allSatisfy { $0.findings.isEmpty && $0.points == 0 })
        #expect(attempts.first { $0.itemId == "q01" }?.skipped == false)
        let answeredTags = Set(attempts.first { $0.itemId == "q01" }?.tags ?? [])
        #expect(Set(ProgressStats(attempts: attempts).perTag().map(\.tag)) == answeredTags,
                "only the answered question says anything about strengths and weaknesses")
    }
}
