import Foundation
import Testing
import TestSupport

/// What an answer accepts, the other readers accept, through the binary.
@Suite struct AnswerSyntaxTests {
    @Test func validateReadsModifiersAndUnitsAsAnAnswerDoes() throws {
        let result = try runProduct("chartdrill", ["validate", "99213-25", "J1885", "x", "2", "20610-RT"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("99213  CPT") && result.stdout.contains("with modifier 25"))
        #expect(result.stdout.contains("J1885  HCPCS") && result.stdout.contains("with 2 units"), "\(result.stdout)")
        #expect(!result.stdout.contains("J18.85"), "units are not read into an ICD-10-CM code")
    }

    @Test func oneCodeOnEachSideIsNotADuplicateEvenWhenBothAreWrong() throws {
        let home = try makeTemporaryFolder("sides")
        defer { try? FileManager.default.removeItem(at: home) }
        let script = "drill outpatient-procedures\n20610-RT, 20610-LT, 96372 x 2\n\nquit\n"
        let result = try runProduct("chartdrill", ["--trainee", "Robin"], input: script,
                                    environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"])
        #expect(result.stdout.contains("Read: 20610-RT (CPT), 20610-LT (CPT), 96372 x2 (CPT)"), "\(result.stdout.suffix(1200))")
        #expect(!result.stdout.contains("entered twice"), "\(result.stdout.suffix(1200))")
    }
}
