import Foundation
@testable import ProgressStore
import Testing
import TestSupport

@testable import ClassReports

/// A class folder as users leave it: a FIFO, a link and a copy of a trainee's file, a name
/// that is not UTF-8. The report names each, counts every trainee once and never blocks.
@Suite struct FolderEdgeTests {
    @Test func fifosLinksAndCopiesAreNamedAndCountedOnce() throws {
        let folder = try TemporaryFolder("class-edges")
        defer { folder.remove() }
        try Fixtures.write([
            Fixtures.trainee("Ann", [Fixtures.attempt("a1", item: "x", right: true), Fixtures.attempt("a2", item: "y", right: false)]),
            Fixtures.trainee("Bo", [Fixtures.attempt("b1", item: "x", right: true)]),
        ], to: folder.url)
        #expect(mkfifo(folder.file("pipe.json").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.file("ann-link.json").path, withDestinationPath: folder.file("ann.json").path)
        try FileManager.default.copyItem(at: folder.file("bo.json"), to: folder.file("bo-copy.json"))

        let report = try ClassReport.load(folder: folder.url)
        #expect(report.roster.map(\.trainee) == ["Ann", "Bo"])
        #expect(report.summary.attempts == 3, "each attempt counted once")
        let reasons = Dictionary(report.damagedFiles.map { (URL(fileURLWithPath: $0.path).lastPathComponent, $0.reason) },
                                 uniquingKeysWith: { a, _ in a })
        #expect(reasons["pipe.json"] == "not a regular file; left out")
        #expect(reasons["ann.json"]?.contains("(a link); counted once") == true || reasons["ann-link.json"]?.contains("(a link); counted once") == true)
        #expect(reasons.values.contains { $0.hasPrefix("a copy of bo") && $0.hasSuffix("counted once") }, "\(reasons)")
    }
}
