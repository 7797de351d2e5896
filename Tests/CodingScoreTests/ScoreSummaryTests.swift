import CodingScore
import Foundation
import Testing
import TestSupport

/// Adding many answers up: micro and macro, per tag, per system, per finding kind.
@Suite struct ScoreSummaryTests {
    let scorer = Scorer(catalog: FakeCatalog.standard)

    var perfect: ItemScore { scorer.score("E11.42 Z79.4", key: makeKey("E11.42*, Z79.4", "cm")) }
    /// 1 of 4 entered correct, 1 of 1 required found.
    var noisy: ItemScore { scorer.score("99213 R05.9 I10 J45.909", key: makeKey("99213", "cm cpt")) }

    @Test func microAndMacroDiffer() {
        var summary = ScoreSummary()
        summary.add(perfect)
        summary.add(noisy)
        let figures = summary.overall
        #expect(figures.items == 2 && figures.chartCorrect == 1 && figures.chartCorrectRate == 0.5)
        #expect(figures.codes.entered == 6 && figures.codes.correct == 3)
        #expect(figures.microPrecision == 0.5)  // 3 ÷ 6
        #expect(figures.macroPrecision == 0.625)  // (1 + 0.25) ÷ 2
        #expect(figures.microRecall == 1 && figures.macroRecall == 1)
        #expect(abs(figures.microF1 - 2.0 / 3) < 1e-12)
        #expect(abs(figures.macroF1 - (1 + 0.4) / 2) < 1e-12)
        #expect(figures.accuracy == 0.5)  // 3 ÷ (2 + 4)
    }

    @Test func weightedPoints() {
        var summary = ScoreSummary()
        summary.add(perfect, weight: 2)
        let half = scorer.score("E11.42", key: makeKey("E11.42*, Z79.4", "cm"))
        summary.add(half, weight: 1)
        #expect(summary.overall.points == 2.5 && summary.overall.maxPoints == 3)
        #expect(abs(summary.overall.percent - 250.0 / 3) < 1e-9)
    }

    @Test func perTag() {
        var summary = ScoreSummary()
        summary.add(perfect, tags: ["chapter:04", "skill:combination-codes"])
        summary.add(noisy, tags: ["chapter:04"])
        #expect(summary.byTag["chapter:04"]?.items == 2)
        #expect(summary.byTag["skill:combination-codes"]?.items == 1)
        #expect(summary.byTag["skill:combination-codes"]?.chartCorrectRate == 1)
        #expect(summary.byTag.count == 2)
    }

    @Test func perSystem() {
        var summary = ScoreSummary()
        summary.add(perfect)
        summary.add(noisy)
        #expect(summary.figures(for: .cpt)?.precision == 1)
        #expect(summary.figures(for: .icd10cm)?.entered == 5)
        #expect(summary.figures(for: .icd10cm)?.correct == 2)
        #expect(summary.figures(for: .icd10pcs) == nil)
        #expect(Set(summary.bySystem.keys) == ["icd10cm", "cpt"])
    }

    @Test func perFindingKind() {
        var summary = ScoreSummary()
        summary.add(perfect)
        summary.add(noisy)
        #expect(summary.count(.correct) == 3 && summary.count(.extra) == 3 && summary.count(.missing) == 0)
        #expect(summary.findings == ["correct": 3, "extra": 3])
    }

    @Test func mergeEqualsAddingEverything() {
        var left = ScoreSummary()
        left.add(perfect, tags: ["a"])
        var right = ScoreSummary()
        right.add(noisy, tags: ["a", "b"], weight: 2)
        var all = ScoreSummary()
        all.add(perfect, tags: ["a"])
        all.add(noisy, tags: ["a", "b"], weight: 2)
        left.merge(right)
        #expect(left == all)
    }

    @Test func sequenceInitializer() {
        let summary = ScoreSummary([(score: perfect, tags: ["x"], weight: 1.0), (score: noisy, tags: [], weight: 1.0)])
        #expect(summary.overall.items == 2 && summary.byTag["x"]?.items == 1)
    }

    @Test func jsonCarriesTheFiguresAndRoundTrips() throws {
        var summary = ScoreSummary()
        summary.add(perfect, tags: ["chapter:04"])
        summary.add(noisy)
        let data = try JSONEncoder().encode(summary)
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let overall = object["overall"] as! [String: Any]
        #expect(overall["microPrecision"] as? Double == 0.5)
        #expect(overall["chartCorrectRate"] as? Double == 0.5)
        #expect((object["findings"] as? [String: Int])?["extra"] == 3)
        #expect((object["bySystem"] as? [String: Any])?.keys.sorted() == ["cpt", "icd10cm"])
        #expect(try JSONDecoder().decode(ScoreSummary.self, from: data) == summary)
    }

    @Test func emptySummary() {
        let figures = ScoreSummary().overall
        #expect(figures.items == 0 && figures.percent == 0 && figures.macroF1 == 0 && figures.chartCorrectRate == 0)
    }
}
