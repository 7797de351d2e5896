import CodingScore
import ExercisePacks
import Foundation
import Testing

@Suite struct PackLibraryTests {
    // MARK: - Discovery

    @Test func findsPacksInSeveralRootsAndChartsInPackFolders() throws {
        let folder = try TemporaryFolder()
        try folder.write("charts/c1.md", chartText("c1"))
        try folder.write("bundled/alpha/pack.yaml", packText(id: "alpha"))
        try folder.write("home/packs/beta/pack.yaml", packText(id: "beta", chart: "own-chart"))
        try folder.write("home/packs/beta/charts/sub/own.md", chartText("own-chart"))
        try folder.write("extra/gamma/pack.yaml", packText(id: "gamma", chart: "charts/g.md"))
        try folder.write("extra/gamma/charts/g.md", chartText("g-chart", setting: "inpatient"))
        let library = PackLibrary.load(
            packSources: ["bundled", "home/packs", "extra/gamma/pack.yaml"].map { folder.url.appendingPathComponent($0) },
            chartLibraries: [folder.url.appendingPathComponent("charts")])
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics)")
        #expect(library.packs.map(\.id) == ["alpha", "beta", "gamma"])
        #expect(library.pack("beta")?.items.first?.chart?.id == "own-chart")
        let gamma = try #require(library.pack("gamma")?.items.first)
        #expect(gamma.chart?.id == "g-chart")
        #expect(gamma.answerKey?.entries.first?.role == .principal)
        #expect(Set(library.charts.map(\.id)) == ["c1", "own-chart", "g-chart"])
    }

    @Test func aMalformedPackIsReportedAndTheOthersStillLoad() throws {
        let folder = try TemporaryFolder()
        try folder.write("charts/c1.md", chartText("c1"))
        try folder.write("packs/good/pack.yaml", packText(id: "good"))
        try folder.write("packs/broken/pack.yaml", "id: broken\nitems:\n  - id: [\n\t\u{0}garbage")
        try folder.write("packs/binary/pack.yaml", String(decoding: [0xFF, 0xFE, 0x00, 0x41] as [UInt8], as: UTF8.self))
        try Data([0xC3, 0x28, 0xFF]).write(to: folder.url.appendingPathComponent("packs/binary/pack.yaml"))
        let library = PackLibrary.load(
            packSources: [folder.url.appendingPathComponent("packs")], chartLibraries: [folder.url.appendingPathComponent("charts")])
        #expect(library.packs.map(\.id) == ["good"])
        #expect(library.diagnostics.contains { $0.file.hasSuffix("broken/pack.yaml") && $0.severity == .error && $0.line >= 3 })
        #expect(library.diagnostics.contains { $0.file.hasSuffix("binary/pack.yaml") && $0.message.contains("UTF-8") })
    }

    @Test func duplicatePackAndChartIdsAreErrors() throws {
        let folder = try TemporaryFolder()
        try folder.write("charts/a/c1.md", chartText("c1"))
        try folder.write("charts/b/c1.md", chartText("c1"))
        try folder.write("one/same/pack.yaml", packText(id: "same"))
        try folder.write("two/same/pack.yaml", packText(id: "same"))
        let library = PackLibrary.load(
            packSources: [folder.url.appendingPathComponent("one"), folder.url.appendingPathComponent("two")],
            chartLibraries: [folder.url.appendingPathComponent("charts")])
        #expect(library.packs.count == 1)
        #expect(library.diagnostics.errors.containing("pack id 'same' is already used").count == 1)
        #expect(library.diagnostics.errors.containing("chart id 'c1' is already used").count == 1)
    }

    // MARK: - Chart paths stay inside

    @Test func chartPathsLeavingThePackAreRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("outside/secret.md", chartText("secret"))
        try folder.write("packs/p/pack.yaml", packText(id: "p", chart: "../../outside/secret.md"))
        try folder.write("packs/q/pack.yaml", packText(id: "q", chart: "../../etc/passwd"))
        try folder.write("packs/r/pack.yaml", packText(id: "r", chart: "charts/link.md"))
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("packs/r/charts"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: folder.url.appendingPathComponent("packs/r/charts/link.md"),
            withDestinationURL: folder.url.appendingPathComponent("outside/secret.md"))
        let library = PackLibrary.load(packSources: [folder.url.appendingPathComponent("packs")], chartLibraries: [])
        let escapes = library.diagnostics.errors.containing("leaves the pack's folder and the chart library")
        #expect(escapes.count == 3, "\(library.diagnostics)")
        #expect(library.diagnostics.errors.containing("links to a file outside").count == 1)
        #expect(library.packs.allSatisfy { $0.items.first?.chart == nil })
        #expect(!library.charts.contains { $0.id == "secret" })
    }

    @Test func chartPathsIntoTheChartLibraryAreAllowed() throws {
        let folder = try TemporaryFolder()
        try folder.write("Content/charts/x/c9.md", chartText("c9"))
        try folder.write("Exercises/p/pack.yaml", packText(id: "p", chart: "../../Content/charts/x/c9.md"))
        let library = PackLibrary.load(
            packSources: [folder.url.appendingPathComponent("Exercises")],
            chartLibraries: [folder.url.appendingPathComponent("Content/charts")])
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics)")
        #expect(library.pack("p")?.items.first?.chart?.id == "c9")
    }

    // MARK: - Skeletons

    @Test func newPackAndChartSkeletonsPassTheLinter() throws {
        let folder = try TemporaryFolder()
        let packFile = try Skeleton.writePack(id: "my-pack", in: folder.url)
        try Skeleton.writeChart(id: Skeleton.firstChartID(ofPack: "my-pack"), in: packFile.deletingLastPathComponent().appendingPathComponent("charts"))
        let report = Linter(catalog: ShapeOnlyCatalog()).lint(packSources: [packFile.deletingLastPathComponent()], chartLibraries: [])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.packCount == 1 && report.itemCount == 1 && report.chartCount == 1)
        #expect(throws: Skeleton.Failure.self) { try Skeleton.writePack(id: "my-pack", in: folder.url) }
        #expect(throws: Skeleton.Failure.invalidID("My Pack")) { try Skeleton.writeChart(id: "My Pack", in: folder.url) }
    }

    @Test func aPackSkeletonWithoutItsChartFailsTheLinter() throws {
        let folder = try TemporaryFolder()
        let packFile = try Skeleton.writePack(id: "lonely", in: folder.url)
        let report = Linter(catalog: ShapeOnlyCatalog()).lint(packSources: [packFile], chartLibraries: [])
        #expect(report.hasErrors)
        #expect(!report.diagnostics.containing("no chart with id 'lonely-01'").isEmpty)
    }

    // MARK: - Coverage

    @Test func coverageCountsItemsPerTagSettingAndDocument() throws {
        let folder = try TemporaryFolder()
        try folder.write("charts/c1.md", chartText("c1"))
        try folder.write("charts/c2.md", chartText("c2", setting: "inpatient"))
        let second = "  - id: i2\n    chart: c2\n    task: T.\n    key: [I10]\n    rationale: R.\n    tags: [chapter:09, skill:htn]\n"
        try folder.write("packs/p/pack.yaml", packText(id: "p", extraItem: second)
            .replacingOccurrences(of: "    rationale: Because.", with: "    rationale: Because.\n    tags: [chapter:04, skill:htn]"))
        let library = PackLibrary.load(
            packSources: [folder.url.appendingPathComponent("packs")], chartLibraries: [folder.url.appendingPathComponent("charts")])
        let coverage = Coverage(library: library)
        #expect(coverage.itemCount == 2 && coverage.packCount == 1)
        #expect(coverage.table("items per pack")?.rows.map(\.items) == [2])
        #expect(coverage.table("ICD-10-CM chapter (chapter: tag)")?.rows.map(\.value) == ["04", "09"])
        #expect(coverage.table("skill (skill: tag)")?.rows.first?.items == 2)
        #expect(coverage.table("chart setting")?.rows.map(\.value).sorted() == ["inpatient", "outpatient"])
        #expect(coverage.rendered().hasPrefix("1 pack, 2 items, 2 charts"))
    }
}
