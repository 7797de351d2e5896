import Foundation
import Testing
import TestSupport

/// A code on the wrong side is a wrong code, through the binary: the REPL marks it ✗ with its
/// reason and gives no credit; `grade --json` names the reason; an unspecified side keeps
/// half credit.
@Suite struct WrongSideTests {
    @Test func aWrongSideShowsItsReasonAndEarnsNothingWhileAnUnspecifiedSideEarnsHalf() throws {
        let home = try makeTemporaryFolder("wrong-side")
        defer { try? FileManager.default.removeItem(at: home) }
        let script = ["drill icd10cm-outpatient", "goto colles-fracture-initial", "S52.532A", "again", "S52.539A", "quit"]
        let result = try runProduct("chartdrill", ["--trainee", "Robin"], input: script.joined(separator: "\n") + "\n",
                                    environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"])
        let wrong = try #require(result.stdout.range(of: "Read: S52.532A"))
        // Feedback is wrapped to the terminal: compare it with the wrapping taken out.
        let afterWrong = result.stdout[wrong.upperBound...].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(afterWrong.contains("✗ specificity S52.532A: wrong side: same category as the key's S52.531A; laterality differs: left vs right"),
                "\(afterWrong.prefix(800))")
        #expect(afterWrong.contains("0 of 1 point"), "\(afterWrong.prefix(800))")
        let unspecified = try #require(result.stdout.range(of: "Read: S52.539A"))
        let afterUnspecified = result.stdout[unspecified.upperBound...].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(afterUnspecified.contains("~ specificity S52.539A: unspecified where more is documented"), "\(afterUnspecified.prefix(800))")
        #expect(afterUnspecified.contains("0.50 of 1 point"))

        let answers = home.appendingPathComponent("answers.jsonl")
        try Data(#"{"trainee":"ana","item":"colles-fracture-initial","answer":"S52.532A"}"#.utf8).write(to: answers)
        let pack = BuiltProducts.packageRoot.appendingPathComponent("Exercises/icd10cm-outpatient").path
        let graded = try runProduct("chartdrill", ["grade", "--pack", pack, "--answers", answers.path, "--json"])
        #expect(graded.status == 0, "\(graded.stderr)")
        #expect(graded.stdout.contains(#""reason":"laterality""#) || graded.stdout.contains(#""reason" : "laterality""#), "\(graded.stdout.prefix(1500))")
    }
}
