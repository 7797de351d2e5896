import CodingScore
import Testing

/// Case-mix figures over inpatient answers, computed by hand.
@Suite struct CaseMixTests {
    @Test func figuresOverThreeCases() throws {
        let outcomes = [
            DRGOutcome(coded: 193, codedWeight: 1.2, key: 193, keyWeight: 1.2, rate: 7000),
            DRGOutcome(coded: 195, codedWeight: 0.7, key: 193, keyWeight: 1.2, rate: 7000),
            DRGOutcome(coded: 871, codedWeight: 1.9, key: 872, keyWeight: 1.0, rate: 7000),
        ]
        let figures = try #require(CaseMixFigures(outcomes))
        #expect(figures.cases == 3)
        #expect(abs(figures.codedCaseMixIndex - 3.8 / 3) < 1e-12)
        #expect(abs(figures.keyCaseMixIndex - 3.4 / 3) < 1e-12)
        #expect(abs(figures.rightDRGShare - 1.0 / 3) < 1e-12)
        #expect(abs(figures.underCodedWeight - 0.5) < 1e-12)
        #expect(abs(figures.overCodedWeight - 0.9) < 1e-12)
        #expect(abs(figures.underCodedDollars - 3500) < 1e-6)
        #expect(abs(figures.overCodedDollars - 6300) < 1e-6)
        #expect(figures.summary == "case-mix index coded 1.2667 vs key 1.1333 · right DRG 1 of 3 (33%) · over-coded $6,300 · under-coded $3,500")
        #expect(CaseMixFigures([]) == nil)
    }

    @Test func dollarsAreGroupedByThousands() {
        #expect(CaseMixFigures.dollars(0) == "$0")
        #expect(CaseMixFigures.dollars(999.4) == "$999")
        #expect(CaseMixFigures.dollars(1234567) == "$1,234,567")
        #expect(CaseMixFigures.dollars(-5000) == "-$5,000")
    }
}
