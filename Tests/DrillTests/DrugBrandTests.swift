import Foundation
import Testing
import TestSupport

/// A brand name reaches the Table of Drugs through its generic (Content/lookup/drug-brands.tsv),
/// as a subcommand and in the REPL.
@Suite struct DrugBrandTests {
    @Test func tylenolFindsAcetaminophen() throws {
        let result = try runProduct("chartdrill", ["drug", "tylenol"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("tylenol is a brand name of acetaminophen"), "\(result.stdout)")
        #expect(result.stdout.contains("T39.1X1"), "acetaminophen's accidental poisoning row")
        let home = try makeTemporaryFolder("brand")
        defer { try? FileManager.default.removeItem(at: home) }
        let repl = try runProduct("chartdrill", ["--trainee", "Ana"], input: "drug Coumadin\nquit\n",
                                  environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"])
        #expect(repl.stdout.contains("Coumadin is a brand name of warfarin") && repl.stdout.contains("T45.511"), "\(repl.stdout.suffix(600))")
        let plain = try runProduct("chartdrill", ["drug", "acetaminophen"])
        #expect(!plain.stdout.contains("brand name"), "a generic is not called a brand")
    }
}
