import CodingScore
import Testing

/// The exam result and its readiness estimate, against figures computed independently
/// (scipy.stats: betabinom.sf, beta.ppf and binom.sf with a uniform prior).
@Suite struct ExamResultTests {
    func questions(right: Int, of count: Int, tag: (Int) -> String = { _ in "domain:x" }) -> [ExamResult.Question] {
        (0..<count).map { ExamResult.Question(id: "q\($0)", tags: [tag($0)], earned: $0 < right ? 1 : 0, possible: 1) }
    }

    @Test(arguments: [
        // right, asked, exam, pass mark, P(pass), low, high, accuracy low, accuracy high
        (84, 100, 100, 70.0, 0.9914, 0.9580, 1.0000, 0.7694, 0.8898),
        (24, 30, 100, 70.0, 0.8488, 0.1914, 1.0000, 0.6533, 0.8889),
        (62, 100, 100, 70.0, 0.1276, 0.0007, 0.5067, 0.5375, 0.6951),
        (70, 100, 100, 70.0, 0.5186, 0.0579, 0.9558, 0.6193, 0.7684),
        (36, 42, 42, 70.0, 0.9481, 0.7327, 1.0000, 0.7431, 0.9210),
    ])
    func readinessMatchesTheIndependentFigures(
        _ figures: (Int, Int, Int, Double, Double, Double, Double, Double, Double)
    ) {
        let (right, asked, exam, mark, probability, low, high, accuracyLow, accuracyHigh) = figures
        let readiness = PassReadiness(correct: Double(right), of: asked, examQuestions: exam, passMark: mark)
        #expect(abs(readiness.probability - probability) < 0.001)
        #expect(abs(readiness.low - low) < 0.002 && abs(readiness.high - high) < 0.002)
        #expect(abs(readiness.accuracyLow - accuracyLow) < 0.001 && abs(readiness.accuracyHigh - accuracyHigh) < 0.001)
    }

    @Test func aShortMockIsLessSureThanAFullOneAtTheSameAccuracy() {
        let short = PassReadiness(correct: 24, of: 30, examQuestions: 100, passMark: 70)
        let full = PassReadiness(correct: 80, of: 100, examQuestions: 100, passMark: 70)
        #expect(short.high - short.low > full.high - full.low)
        #expect(short.sentence.contains("From 24 of 30 right") && short.sentence.contains("needing 70 right"))
    }

    @Test func sectionsFollowTheBlueprintAndTheWeakestComeFirst() {
        let shape = ExamShape(name: "T", questions: 10, passMark: 70, sections: [
            .init(tag: "domain:a", title: "A", questions: 4), .init(tag: "domain:b", title: "B", questions: 4),
            .init(tag: "domain:c", title: "C", questions: 2),
        ])
        // a: 4 of 4 right, b: 1 of 4, c: 1 of 2.
        let tags = ["domain:a", "domain:a", "domain:a", "domain:a", "domain:b", "domain:b", "domain:b", "domain:b", "domain:c", "domain:c"]
        let right: Set = [0, 1, 2, 3, 4, 8]
        let questions = tags.enumerated().map { ExamResult.Question(id: "q\($0.offset)", tags: [$0.element], earned: right.contains($0.offset) ? 1 : 0, possible: 1) }
        let result = ExamResult(questions: questions, passMark: 70, shape: shape)
        #expect(result.percent == 60 && !result.passed)
        #expect(result.sections.map(\.title) == ["A", "B", "C"])
        #expect(result.sections.map(\.share) == [1, 0.25, 0.5])
        #expect(result.sectionsToWorkOn().map(\.title) == ["B", "C"], "B lost 3 points, C 1; A lost none")
        #expect(result.readiness?.examQuestions == 10 && result.readiness?.needed == 7)
    }
}
