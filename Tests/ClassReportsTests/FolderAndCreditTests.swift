import ClassReportsDemo
import CodingScore
import Foundation
import ProgressStore
import Testing
import TestSupport

@testable import ClassReports

/// Reading a class folder (damaged files included) and manual credit, through the library
/// and the built `chartdrill` binary.
@Suite struct FolderAndCreditTests {
    static func smallClass() -> [TraineeProgress] {
        [
            Fixtures.trainee("Ana Lima", [
                Fixtures.attempt("ana-1", item: "fx", right: false, answer: "S52.531A",
                                 findings: [AttemptFinding(kind: .specificity, entered: "S52.531A", key: "S52.531D")]),
                Fixtures.attempt("ana-2", item: "dm", right: true, minutes: 3),
            ]),
            Fixtures.trainee("Ben Okafor", [
                Fixtures.attempt("ben-1", item: "fx", right: true, answer: "S52.531D"),
                Fixtures.attempt("ben-2", item: "dm", right: true, minutes: 3),
            ]),
            Fixtures.trainee("Cy Novak", [Fixtures.attempt("cy-1", item: "fx", right: false, minutes: 1)]),
        ]
    }

    func chartdrill() throws -> URL {
        try #require(BuiltProducts.builtExecutable("chartdrill"), "build the package first (swift build)")
    }

    // MARK: - Damaged files

    @Test func damagedFileIsReportedAndSkippedTheRestReported() throws {
        let folder = try TemporaryFolder("report-damaged")
        defer { folder.remove() }
        try Fixtures.write(Self.smallClass(), to: folder.url)
        let broken = Data(#"{"schemaVersion":2,"trainee":"Dee","journalSeq":0,"examSessions":[],"attempts":[{"id":"#.utf8)
        try broken.write(to: folder.file("dee.json"))
        let report = try ClassReport.load(folder: folder.url)
        #expect(report.roster.map(\.trainee) == ["Ana Lima", "Ben Okafor", "Cy Novak"])
        #expect(report.damagedFiles.count == 1)
        #expect(report.damagedFiles.first?.path.hasSuffix("dee.json") == true)
        #expect(report.summary.damagedFiles == 1)
        // Nothing in the folder changed: the damaged file is left as it was.
        #expect(try Data(contentsOf: folder.file("dee.json")) == broken)
        #expect(TerminalReport(report).render().contains("dee.json"))
        #expect(HTMLReport(report).render().contains("id=\"damaged\""))
    }

    @Test func damagedFileThroughTheCommand() throws {
        _ = try chartdrill()
        let folder = try TemporaryFolder("report-damaged-cli")
        defer { folder.remove() }
        try Fixtures.write(Self.smallClass(), to: folder.url)
        try Data("not json at all".utf8).write(to: folder.file("zed.json"))
        let html = folder.file("class.html")
        let result = try runProduct("chartdrill", ["report", "--progress", folder.url.path, "--html", html.path], environment: ["NO_COLOR": "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("zed.json") && result.stderr.contains("left out"))
        for name in ["Ana Lima", "Ben Okafor", "Cy Novak"] { #expect(result.stdout.contains(name)) }
        #expect(!result.stdout.contains("\u{1B}["))
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("zed.json") && page.contains("Ana Lima"))
    }

    @Test func theReportReadsEveryTraineeProgressFolderReadsAndChangesNothing() throws {
        let folder = try TemporaryFolder("report-folder")
        defer { folder.remove() }
        try SyntheticClass(trainees: 40).write(to: folder.url)
        try Data("{}".utf8).write(to: folder.file("broken.json"))
        let before = folder.names()
        let (plain, plainDamaged) = try ProgressFolder.load(folder.url)
        let report = try ClassReport.load(folder: folder.url)
        #expect(report.roster.map(\.trainee).sorted() == plain.map { $0.trainee }.sorted())
        #expect(report.damagedFiles.count == plainDamaged.count)
        #expect(plainDamaged.count == 1)
        #expect(folder.names() == before)
    }

    @Test func unreadableFolderAndUnknownPackAreClearErrors() throws {
        #expect(throws: ReportError.self) { try ClassReport.load(folder: URL(fileURLWithPath: "/nonexistent/class")) }
        let folder = try TemporaryFolder("report-pack")
        defer { folder.remove() }
        try Fixtures.write(Self.smallClass(), to: folder.url)
        do {
            _ = try ClassReport.load(folder: folder.url, packId: "nope")
            Issue.record("an unknown pack must be refused")
        } catch let error as ReportError {
            #expect(error.description.contains("nope") && error.description.contains("attempts of p"))
        }
        #expect(try ClassReport.load(folder: folder.url, packId: "p").roster.count == 3)
    }

    // MARK: - Manual credit

    @Test func creditIsRecordedBesideTheOriginal() throws {
        let folder = try TemporaryFolder("credit")
        defer { folder.remove() }
        try Fixtures.write(Self.smallClass(), to: folder.url)
        let file = folder.file("ana-lima.json")
        let when = Fixtures.start.addingTimeInterval(86_400)
        let receipt = try ManualCreditRecorder.record(
            file: file, attemptId: "ana-1", points: 1, reason: "Cast-removal note reads as active treatment", by: "Dr Reyes", now: when)
        #expect(receipt.originalPoints == 0 && receipt.credit.points == 1 && receipt.trainee == "Ana Lima")
        #expect(receipt.text.contains("original result is kept"))
        let attempt = try #require(try ProgressStore(documentURL: file).load().attempts.first { $0.id == "ana-1" })
        #expect(attempt.points == 0 && attempt.chartCorrect == false)  // the original, untouched
        #expect(attempt.overrides.map(\.by) == ["Dr Reyes"])
        #expect(attempt.effectivePoints == 1 && attempt.effectiveChartCorrect)

        // A second credit is added, never replacing the first.
        _ = try ManualCreditRecorder.record(file: file, attemptId: "ana-1", points: 0.5, reason: "Second look: half", by: "Dr Lund", now: when)
        #expect(try ProgressStore(documentURL: file).load().attempts.first { $0.id == "ana-1" }?.overrides.count == 2)

        #expect(throws: CreditError.pointsOutOfRange(points: 2, maxPoints: 1, attemptId: "ana-1")) {
            try ManualCreditRecorder.record(file: file, attemptId: "ana-1", points: 2, reason: "x", by: "y")
        }
        #expect(throws: CreditError.unknownAttempt(id: "nope", path: file.path)) {
            try ManualCreditRecorder.record(file: file, attemptId: "nope", points: 1, reason: "x", by: "y")
        }
        #expect(throws: CreditError.missingReason) {
            try ManualCreditRecorder.record(file: file, attemptId: "ana-1", points: 1, reason: "  ", by: "y")
        }
        #expect(throws: CreditError.noSuchFile(path: folder.file("nobody.json").path)) {
            try ManualCreditRecorder.record(file: folder.file("nobody.json"), attemptId: "a", points: 1, reason: "x", by: "y")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file("nobody.json").path))
    }

    @Test func reportShowsOriginalAndCreditedResults() throws {
        let folder = try TemporaryFolder("credit-report")
        defer { folder.remove() }
        try Fixtures.write(Self.smallClass(), to: folder.url)
        _ = try ManualCreditRecorder.record(
            file: folder.file("ana-lima.json"), attemptId: "ana-1", points: 1, reason: "Defensible <from> the note", by: "Dr Reyes",
            now: Fixtures.start.addingTimeInterval(86_400))
        let report = try ClassReport.load(folder: folder.url)
        let ana = try #require(report.roster.first { $0.trainee == "Ana Lima" })
        #expect(ana.score == 1 && ana.scoreAsScored == 0.5 && ana.credited == 1)
        let fx = try #require(report.items.first { $0.itemId == "fx" })
        // First attempts at fx: Ana (credited to right), Ben right, Cy wrong.
        #expect(abs(try #require(fx.difficulty) - 2.0 / 3.0) < 1e-12)
        #expect(abs(try #require(fx.difficultyAsScored) - 1.0 / 3.0) < 1e-12)
        #expect(fx.credited == 1)
        // A credited answer is no longer listed among the wrong answers.
        #expect(!fx.wrongAnswers.contains { $0.text.contains("S52.531A") })
        let credit = try #require(report.credits.first)
        #expect(credit.originalPoints == 0 && credit.creditedPoints == 1 && credit.by == "Dr Reyes" && credit.inEffect)
        let text = TerminalReport(report).render()
        #expect(text.contains("100.0% (50.0%)"))
        #expect(text.contains("0 → 1 of 1 by Dr Reyes"))
        let html = HTMLReport(report).render()
        #expect(html.contains("as scored 50.0%"))
        #expect(html.contains("Defensible &lt;from&gt; the note"))
    }

    @Test func creditThroughTheCommand() throws {
        _ = try chartdrill()
        let folder = try TemporaryFolder("credit-cli")
        defer { folder.remove() }
        try Fixtures.write(Self.smallClass(), to: folder.url)
        let file = folder.file("cy-novak.json")
        let result = try runProduct(
            "chartdrill", ["credit", "--progress", file.path, "--attempt", "cy-1", "--points", "0.5", "--why", "Partly defensible"],
            environment: ["USER": "instructor-kim"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0.5 of 1 points") && result.stdout.contains("by instructor-kim"))
        let attempt = try #require(try ProgressStore(documentURL: file).load().attempts.first)
        #expect(attempt.points == 0 && attempt.overrides.first?.points == 0.5 && attempt.overrides.first?.reason == "Partly defensible")

        let bad = try runProduct("chartdrill", ["credit", "--progress", file.path, "--attempt", "cy-1", "--points", "3", "--why", "x", "--by", "k"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("outside 0 to 1"))
        #expect(try ProgressStore(documentURL: file).load().attempts.first?.overrides.count == 1)
    }

    @Test func jsonAndCSVThroughTheCommand() throws {
        _ = try chartdrill()
        let folder = try TemporaryFolder("report-json")
        defer { folder.remove() }
        try Fixtures.write(Self.smallClass(), to: folder.url)
        let csv = folder.file("out/class.csv")
        try FileManager.default.createDirectory(at: csv.deletingLastPathComponent(), withIntermediateDirectories: true)
        let result = try runProduct("chartdrill", ["report", "--progress", folder.url.path, "--json", "--csv", csv.path])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try ClassReport.decode(json: Data(result.stdout.utf8))
        #expect(report.roster.count == 3 && report.items.count == 2)
        let roster = try String(contentsOf: csv, encoding: .utf8)
        #expect(roster.hasPrefix("trainee,file,attempts"))
        #expect(roster.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 4)
        let items = try String(contentsOf: folder.file("out/class-items.csv"), encoding: .utf8)
        #expect(items.contains("p,fx,coding"))
    }
}
