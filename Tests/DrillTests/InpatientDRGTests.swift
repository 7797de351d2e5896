import ExercisePacks
import Foundation
import ProgressStore
import Testing
import TestSupport

/// The DRG impact through the real binary: after an inpatient item, in the attempt kept,
/// in `progress`, in `drg`, and in `lint`; and every inpatient item without the library.
@Suite(.serialized) struct InpatientDRGTests {
    static var inpatientPacks: [Pack] {
        // Drill packs: an exam gives no feedback (nor DRG figures) until it is submitted.
        BundledPacksTests.library.packs.filter { pack in pack.mode == .drill && pack.items.contains { $0.drg != nil } }
    }

    @Test(.enabled(if: GrouperFixtures.shouldTest, "needs the grouper"))
    func anInpatientItemShowsBothDRGsAndKeepsThemWithTheAttempt() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let script = "drill inpatient-pcs\ngoto 7\nN10, A41.51, 02HV33Z\n\nquit\n"
        let result = try runProduct("chartdrill", ["--trainee", "Ada"], input: script, environment: ["CHARTDRILL_HOME": home.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("What the codes are worth (MS-DRG v43.1):"))
        #expect(result.stdout.contains("You: DRG 689 Kidney and Urinary Tract Infections with MCC"))
        #expect(result.stdout.contains("Key: DRG 872 Septicemia or Severe Sepsis without MV >96 Hours without MCC"))
        #expect(result.stdout.contains("· Principal diagnosis N10 instead of A41.51: MDC 11 instead of MDC 18"))
        #expect(result.stdout.contains("over-coded."))
        let attempts = try ProgressStore(home: home, trainee: "Ada").load().attempts
        let drg = try #require(attempts.first?.drg)
        #expect(drg.coded == 689 && drg.key == 872)
        let progress = try runProduct("chartdrill", ["progress", "--trainee", "Ada"], environment: ["CHARTDRILL_HOME": home.path])
        #expect(progress.stdout.contains("Inpatient MS-DRGs: case-mix index coded 1.1603 vs key 1.0233 · right DRG 0 of 1 (0%)"),
                "\(progress.stdout)")
    }

    @Test(.enabled(if: GrouperFixtures.shouldTest, "needs the grouper"))
    func theDrgCommandGroupsAClaim() throws {
        let text = try runProduct("chartdrill", ["drg", "A41.51", "N10", "R65.20", "N17.9", "02HV33Z", "--age", "72", "--sex", "female"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("DRG 872 Septicemia or Severe Sepsis without MV >96 Hours without MCC\n"))
        #expect(text.stdout.contains("weight 1.0233 · medical"))
        #expect(text.stdout.contains("secondary  R65.20  MCC, excluded by the principal (counts as non-CC)"))
        let json = try runProduct("chartdrill", ["drg", "j18.9", "j96.01", "--json", "--poa", "J96.01=N"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["drg"] as? Int == 193)
        #expect(object["grouperVersion"] as? String == "MS-DRG v43.1")
        let bad = try runProduct("chartdrill", ["drg", "pneumonia"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("'PNEUMONIA' cannot be read as a code") || bad.stderr.contains("cannot be read as a code"))
        let usage = try runProduct("chartdrill", ["drg", "J18.9", "--poa", "J18.9=X"])
        #expect(usage.status == 64)
    }

    @Test(.enabled(if: GrouperFixtures.shouldTest, "needs the grouper"))
    func theReplsDrgTakesThePatientOfTheItemOnScreenAndIsClosedInExams() throws {
        let home = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let script = "drg j18.9 j96.01 --age 70\ndrill inpatient-pcs\ngoto 7\ndrg a41.51 n10\nmenu\nexam cpc-mock-a\ndrg j18.9\nmenu\nquit\n"
        let result = try runProduct("chartdrill", ["--trainee", "Ada"], input: script, environment: ["CHARTDRILL_HOME": home.path])
        #expect(result.stdout.contains("DRG 193 Simple Pneumonia and Pleurisy with MCC"))
        #expect(result.stdout.contains("patient: age 70, sex unknown, discharge status 1"))
        #expect(result.stdout.contains("patient: age 58, female, discharge status 6"), "the sepsis item's drg: block")
        let examPart = result.stdout
        #expect(examPart.contains("The code book is closed for this pack.") || examPart.contains("drg is not open during an exam"))
        #expect(result.stdout.components(separatedBy: "DRG 193 ").count == 2, "grouped once, at the start screen")
    }

    @Test(.enabled(if: GrouperFixtures.shouldTest, "needs the grouper"))
    func lintRefusesAnExpectedDRGTheKeyDoesNotGroupTo() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("inpatient-pcs")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        let original = try String(contentsOf: BuiltProducts.packageRoot.appendingPathComponent("Exercises/inpatient-pcs/pack.yaml"), encoding: .utf8)
        let lines = original.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.contains("expected: 872") })
        try original.replacingOccurrences(of: "expected: 872", with: "expected: 871")
            .write(to: pack.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        let result = try runProduct("chartdrill", ["lint", pack.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("pack.yaml:\(line + 1):7: error: the key of item 'severe-sepsis-pyelonephritis-picc' groups to MS-DRG 872"),
                "\(result.stdout)")
        #expect(result.stdout.contains("fix-it: if the key is right, write 'expected: 872'"))
    }

    /// Every inpatient item, typed as its key, on a machine without the grouper: each gets
    /// its score and the one line saying how to get DRG figures; nothing crashes.
    @Test func withoutTheGrouperEveryInpatientItemRunsWithOneNotice() throws {
        let root = try GrouperFixtures.dataRootWithoutGrouper()
        defer { try? FileManager.default.removeItem(at: root) }
        for pack in Self.inpatientPacks {
            let home = try makeTemporaryFolder()
            defer { try? FileManager.default.removeItem(at: home) }
            let answers = pack.items.map(BundledPacksTests.typedKey)
            let script = (["drill \(pack.id)"] + answers.flatMap { [$0, ""] } + ["quit"]).joined(separator: "\n") + "\n"
            let result = try runProduct(
                "chartdrill", ["--trainee", "Tester"], input: script,
                environment: ["CHARTDRILL_HOME": home.path, "CHARTDRILL_DATA": root.path, "CHARTDRILL_GROUPER": ""])
            #expect(result.status == 0, "\(pack.id): \(result.stderr)")
            let withDRG = pack.items.filter { $0.drg != nil }.count
            let notices = result.stdout.components(separatedBy: "MS-DRG figures are off: the MS-DRG grouper is not installed").count - 1
            #expect(notices == withDRG, "\(pack.id): \(notices) notices for \(withDRG) inpatient items")
            #expect(result.stdout.components(separatedBy: "All correct.").count - 1 == pack.items.count)
            #expect(!result.stdout.contains("What the codes are worth"))
            #expect(try ProgressStoreFiles.attempts(home: home, trainee: "Tester") == pack.items.count)
        }
        let drg = try runProduct("chartdrill", ["drg", "J18.9"], environment: ["CHARTDRILL_DATA": root.path, "CHARTDRILL_GROUPER": ""])
        #expect(drg.status == 1)
        #expect(drg.stderr.contains("the MS-DRG grouper is not installed"))
    }
}
