import Foundation
import ProgressStore
import Testing
import TestSupport

@testable import ClassReports
@testable import ClassReportsDemo

/// The synthetic class: deterministic, shaped like the bundled packs, and reported to HTML
/// from files on disk as a real class would be.
@Suite struct SyntheticClassTests {
    /// `id`, `answer` and the first tag of each item of a pack.yaml: a tiny reader of the
    /// few lines it needs (two-space items, four-space fields), not a YAML parser.
    static func packShape(_ url: URL) throws -> [(id: String, answer: String, tag: String)] {
        var shape: [(id: String, answer: String, tag: String)] = []
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            if line.hasPrefix("  - id: ") {
                shape.append((String(line.dropFirst(8)).trimmingCharacters(in: .whitespaces), "", ""))
            } else if line.hasPrefix("    answer: "), !shape.isEmpty {
                shape[shape.count - 1].answer = String(line.dropFirst(12)).trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("    tags: ["), !shape.isEmpty {
                let first = line.dropFirst(11).split(separator: ",").first.map(String.init) ?? ""
                shape[shape.count - 1].tag = first.trimmingCharacters(in: CharacterSet(charactersIn: " ]"))
            }
        }
        return shape
    }

    @Test func mockShapeMatchesTheBundledPack() throws {
        let url = BuiltProducts.packageRoot.appendingPathComponent("Exercises/cpc-mock-a/pack.yaml")
        let real = try Self.packShape(url)
        // The demo class sits the mock's first 30 questions (the mock it was made for).
        let first = Array(try Self.packShape(url).prefix(SyntheticClass.mockExamShape.count))
        #expect(real.count >= 30 && first.count == 30)
        #expect(first.map(\.id) == SyntheticClass.mockExamShape.map(\.id))
        #expect(first.map(\.answer) == SyntheticClass.mockExamShape.map(\.answer))
        #expect(first.map(\.tag) == SyntheticClass.mockExamShape.map(\.tag))
    }

    @Test func codingShapeUsesTheBundledPacksItemIds() throws {
        let url = BuiltProducts.packageRoot.appendingPathComponent("Exercises/icd10cm-outpatient/pack.yaml")
        let ids = Set(try Self.packShape(url).map(\.id))
        for item in SyntheticClass.codingShape { #expect(ids.contains(item.id), "\(item.id)") }
    }

    @Test func sameSeedSameClass() {
        #expect(SyntheticClass(trainees: 5).documents() == SyntheticClass(trainees: 5).documents())
        #expect(SyntheticClass(trainees: 5, seed: 1).documents() != SyntheticClass(trainees: 5, seed: 2).documents())
        #expect(SyntheticClass(trainees: 3, attemptsPerTrainee: 200).documents().allSatisfy { $0.attempts.count == 200 })
    }

    @Test func thirtyFiveTraineesFromFilesToHTML() throws {
        let folder = try TemporaryFolder("synthetic")
        defer { folder.remove() }
        let files = try SyntheticClass(trainees: 35).write(to: folder.file("progress"))
        #expect(files.count == 35)
        let report = try ClassReport.load(folder: folder.file("progress"), packs: SyntheticClass.packs)
        #expect(report.roster.count == 35 && report.damagedFiles.isEmpty)
        #expect(report.items.count == 37)
        // The simulated mis-key is found; the easy and hard items are flagged.
        let q17 = try #require(report.items.first { $0.itemId == SyntheticClass.misKeyedItem.id })
        #expect(q17.flags.contains(.negativeDiscrimination))
        #expect(report.items.first { $0.itemId == "q01" }?.flags.contains(.tooEasy) == true)
        #expect(report.items.first { $0.itemId == "q11" }?.flags.contains(.tooHard) == true)
        #expect(report.summary.readiness.first?.sat == 35)
        let fracture = try #require(report.items.first { $0.itemId == "colles-fracture-routine-healing" })
        #expect(fracture.wrongAnswers.first?.text == "S52.531A instead of S52.531D")
        let html = HTMLReport(report).render()
        RendererTests.checkSelfContained(html)
        try Data(html.utf8).write(to: folder.file("class.html"))
        #expect(html.contains("S52.531A instead of S52.531D"))
        #expect(html.contains("<section id=\"tags\""))
        #expect(html.components(separatedBy: "<tr>").count - 1 >= 35)
    }

    /// The HTML check's path: the `synthetic-class` tool writes the class, `chartdrill report`
    /// reports it with the bundled packs (the binary itself carries no demonstration data).
    @Test func theToolWritesAClassThatChartdrillReports() throws {
        let folder = try TemporaryFolder("synthetic-tool")
        defer { folder.remove() }
        let progress = folder.file("progress")
        let written = try runProduct("synthetic-class", ["6", progress.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.contains("Wrote a synthetic class of 6 trainees"))
        #expect(try ProgressFolder.load(progress).0.count == 6)
        let report = try runProduct("chartdrill", ["report", "--progress", progress.path], environment: ["NO_COLOR": "1"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains(SyntheticClass.name(0)) && report.stdout.contains("cpc-mock-a"))

        let again = try runProduct("synthetic-class", ["6", progress.path])
        #expect(again.status == 1 && again.stderr.contains("already holds progress files"))
        #expect(try runProduct("synthetic-class", ["0", progress.path]).status == 64)
        #expect(try runProduct("chartdrill", ["report", "--demo-class", "3", "--progress", folder.file("x").path]).status != 0)
    }
}
