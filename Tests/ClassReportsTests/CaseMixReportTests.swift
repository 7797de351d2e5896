import CodingScore
import Foundation
@testable import ProgressStore
import Testing

@testable import ClassReports

/// The class report's MS-DRG section, computed by hand: first attempts only, per trainee
/// and per item, the item where the class loses most weight first.
@Suite struct CaseMixReportTests {
    static func attempt(_ id: String, item: String, minutes: Double, coded: Int, codedWeight: Double, key: Int, keyWeight: Double) -> Attempt {
        var a = Fixtures.attempt(id, item: item, right: coded == key, minutes: minutes)
        a.drg = DRGOutcome(coded: coded, codedWeight: codedWeight, key: key, keyWeight: keyWeight, rate: 1000)
        return a
    }

    @Test func drgAccuracyAndWeightLostPerItemAndTrainee() throws {
        let ann = Fixtures.trainee("Ann", [
            Self.attempt("a1", item: "sepsis", minutes: 0, coded: 689, codedWeight: 1.2, key: 872, keyWeight: 1.0),
            Self.attempt("a2", item: "sepsis", minutes: 5, coded: 872, codedWeight: 1.0, key: 872, keyWeight: 1.0),  // a retry: not counted
            Self.attempt("a3", item: "hf", minutes: 10, coded: 293, codedWeight: 0.6, key: 291, keyWeight: 1.3),
        ])
        let bo = Fixtures.trainee("Bo", [
            Self.attempt("b1", item: "sepsis", minutes: 0, coded: 872, codedWeight: 1.0, key: 872, keyWeight: 1.0),
            Self.attempt("b2", item: "hf", minutes: 1, coded: 292, codedWeight: 0.9, key: 291, keyWeight: 1.3),
            Fixtures.attempt("b3", item: "outpatient", right: true),  // no DRG: not a case
        ])
        let caseMix = try #require(ClassReport(trainees: [ann, bo]).caseMix)
        #expect(caseMix.overall.cases == 4)
        #expect(abs(caseMix.overall.rightDRGShare - 0.25) < 1e-12)
        #expect(abs(caseMix.overall.codedCaseMixIndex - (1.2 + 0.6 + 1.0 + 0.9) / 4) < 1e-12)
        #expect(abs(caseMix.overall.underCodedWeight - (0.7 + 0.4)) < 1e-12)
        #expect(abs(caseMix.overall.overCodedDollars - 200) < 1e-9)
        #expect(caseMix.trainees.map(\.trainee) == ["Ann", "Bo"])
        #expect(caseMix.trainees[0].figures.cases == 2)
        #expect(caseMix.items.map(\.itemId) == ["hf", "sepsis"], "the heart-failure item loses the most weight")
        let text = TerminalReport(ClassReport(trainees: [ann, bo])).render()
        #expect(text.contains("Inpatient MS-DRGs"))
        #expect(text.contains("p/hf: under-coded 1.1000, over-coded 0.0000, right DRG 0.0% of 2"))
        let html = HTMLReport(ClassReport(trainees: [ann, bo])).render()
        #expect(html.contains("<section id=\"drg\">"))
        #expect(ClassReport(trainees: [Fixtures.trainee("Cy", [Fixtures.attempt("c1", item: "x", right: true)])]).caseMix == nil)
    }
}
