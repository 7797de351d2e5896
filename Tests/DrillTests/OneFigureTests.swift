import Foundation
import ProgressStore
import Testing
import TestSupport

/// One rule, one owner, through the binary: a fixed set of weighted answers shows the same
/// share of points on every screen that reports it (run summary, pack list, `progress`,
/// `grade`, `report`), and a retried item counts as last answered on each of them.
@Suite struct OneFigureTests {
    /// The test drill with weights 2, 2 and 1 (points: in the pack), under its own id.
    func weightedPack(in folder: URL) throws -> URL {
        let source = BuiltProducts.packageRoot.appendingPathComponent("Tests/Fixtures/test-drill")
        let pack = folder.appendingPathComponent("weighted")
        try FileManager.default.copyItem(at: source, to: pack)
        let file = pack.appendingPathComponent("pack.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "id: test-drill", with: "id: weighted-drill")
        for id in ["chest-pain", "diabetes-neuropathy"] {
            text = text.replacingOccurrences(of: "  - id: \(id)\n", with: "  - id: \(id)\n    points: 2\n")
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
        return pack
    }

    /// Every percentage after `label` on the lines that hold `marker`.
    func percents(_ text: String, line marker: String) -> [Double] {
        text.split(separator: "\n").filter { $0.contains(marker) }.flatMap { line in
            line.split(separator: " ").compactMap { word -> Double? in
                guard word.hasSuffix("%") else { return nil }
                return Double(word.dropLast())
            }
        }
    }

    @Test func weightedAnswersShowOneShareOfPointsOnEveryScreen() throws {
        let folder = try makeTemporaryFolder("one-figure")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = try weightedPack(in: folder)
        let home = folder.appendingPathComponent("home")
        let environment = ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"]
        // Chest pain half right (1 of 2), diabetes right (2 of 2), hypertension right (1 of 1): 4 of 5 = 80%.
        let answers = ["r07.9", "e11.42, z79.4", "i10"]
        let script = (["drill weighted-drill"] + answers.flatMap { [$0, ""] } + ["packs", "quit"]).joined(separator: "\n") + "\n"
        let session = try runProduct("chartdrill", ["--trainee", "Ana", "--packs", pack.path], input: script, environment: environment)
        #expect(session.stdout.contains("This run: 2 of 3 items fully right; 80% of the points."), "\(session.stdout.suffix(1500))")
        #expect(percents(session.stdout, line: "weighted-drill ").contains(80), "the pack list")

        let progress = try runProduct("chartdrill", ["progress", "--trainee", "Ana"], environment: environment)
        #expect(percents(progress.stdout, line: "weighted-drill").first == 80, "\(progress.stdout)")
        #expect(progress.stdout.contains("80.0% of points"), "the overall line")

        let lines = zip(["chest-pain", "diabetes-neuropathy", "hypertension"], ["R07.9", "E11.42, Z79.4", "I10"])
            .map { #"{"trainee":"Ana","item":"\#($0)","answer":"\#($1)"}"# }.joined(separator: "\n")
        let answersFile = folder.appendingPathComponent("answers.jsonl")
        try lines.write(to: answersFile, atomically: true, encoding: .utf8)
        let graded = try runProduct("chartdrill", ["grade", "--pack", "weighted-drill", "--packs", pack.path, "--answers", answersFile.path])
        let gradedRow = graded.stdout.split(separator: "\n").first { $0.hasPrefix("  Ana ") }.map(String.init) ?? ""
        #expect(gradedRow.split(separator: " ").contains("80.0"), "\(graded.stdout)")

        let report = try runProduct("chartdrill", ["report", "--progress", home.appendingPathComponent("progress").path])
        #expect(report.stdout.contains("Mean score 80.0%"), "\(report.stdout.prefix(600))")

        // A retry of the half-right item: last answered is what counts, on every screen.
        let retry = "drill weighted-drill\ngoto 1\nr07.89\nmenu\nquit\n"
        let again = try runProduct("chartdrill", ["--trainee", "Ana", "--packs", pack.path], input: retry, environment: environment)
        #expect(percents(again.stdout, line: "weighted-drill ").contains(100), "\(again.stdout.suffix(800))")
        let progressAgain = try runProduct("chartdrill", ["progress", "--trainee", "Ana"], environment: environment)
        #expect(percents(progressAgain.stdout, line: "weighted-drill").first == 100, "\(progressAgain.stdout)")
        let reportAgain = try runProduct("chartdrill", ["report", "--progress", home.appendingPathComponent("progress").path])
        #expect(reportAgain.stdout.contains("Mean score 100.0%"), "\(reportAgain.stdout.prefix(600))")
    }

    /// The exam's result screen and the pack list under it give the same score, and the pack
    /// list's "last mock" is the latest sitting.
    @Test func anExamsResultAndThePackListAgreeOnTheLatestSitting() throws {
        let folder = try makeTemporaryFolder("one-exam")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = try weightedPack(in: folder)
        let file = pack.appendingPathComponent("pack.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "mode: drill", with: "mode: exam\nexam:\n  timeLimitMinutes: 30\n  passMark: 70")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let environment = ["CHARTDRILL_HOME": folder.appendingPathComponent("home").path, "NO_COLOR": "1"]
        func sit(_ answers: [String]) throws -> String {
            let script = (["exam weighted-drill"] + answers + ["submit", "yes", "quit"]).joined(separator: "\n") + "\n"
            return try runProduct("chartdrill", ["--trainee", "Ana", "--packs", pack.path], input: script, environment: environment).stdout
        }
        // First sitting: only hypertension right, 1 of 5 = 20%; the second: 4 of 5 = 80%.
        let first = try sit(["j06.9", "j06.9", "i10"])
        #expect(first.contains("Score: 1 of 5 (20%)") && first.contains("FAIL"), "\(first.suffix(1200))")
        let second = try sit(["r07.9", "e11.42, z79.4", "i10"])
        #expect(second.contains("Score: 4 of 5 (80%)") && second.contains("PASS"), "\(second.suffix(1200))")
        let list = second.split(separator: "\n").last { $0.contains("weighted-drill ") }.map(String.init) ?? ""
        #expect(list.contains("last mock 80% pass"), "the pack list under the result: \(list)")
    }
}
