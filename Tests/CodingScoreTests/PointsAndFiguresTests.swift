import CodingScore
import Foundation
import Testing
import TestSupport

/// Points under a policy, the figures of one answer, and multiple-choice items.
@Suite struct PointsAndFiguresTests {
    let scorer = Scorer(catalog: FakeCatalog.standard)

    func score(_ answer: String, key: String, _ systems: String, policy: ScoringPolicy = .default) -> ItemScore {
        Scorer(catalog: FakeCatalog.standard, policy: policy).score(answer, key: makeKey(key, systems))
    }

    // MARK: - Points

    @Test func theKeyEarnsMaxPoints() {
        let result = score("E11.621, L97.411, Z79.4", key: "E11.621*, L97.411, Z79.4", "cm")
        #expect(result.points == 3 && result.maxPoints == 3)
        #expect(result.findings.map(\.points) == [1, 1, 1])
    }

    @Test func defaultPointsPerKind() {
        let result = score("E11.622 E11.6 I10 Z79.4", key: "E11.621*, L97.411, Z79.4, E11.65", "cm")
        // specificity +0.5 (E11.622 for E11.621), invalid −0.5 (E11.6 paired with E11.65), extra −0.5, correct +1, missing 0
        #expect(result.findings.map(describe) == ["specificity E11.622>E11.621", "invalid E11.6>E11.65", "extra I10",
                                                  "correct Z79.4", "missing L97.411"])
        #expect(result.findings.map(\.points) == [0.5, -0.5, -0.5, 1, 0])
        #expect(result.points == 0.5 && result.maxPoints == 4)
    }

    @Test func itemPointsNeverGoBelowZero() {
        let result = score("I10 R05.9 R50.9", key: "E11.42*", "cm")
        #expect(result.findings.map(\.points).reduce(0, +) == -1.5)
        #expect(result.points == 0)
    }

    @Test func sequencingAndExcludes1Penalties() {
        let sequenced = score("Z79.4 E11.42", key: "E11.42*, Z79.4", "cm")
        #expect(sequenced.points == 1.5)
        let excluded = score("E11.9 E10.9", key: "E11.9*", "cm")
        #expect(excluded.findings.map(\.points) == [1, -0.5, -0.5])
        #expect(excluded.points == 0)
    }

    @Test func optionalCodesEarnNoCreditButKeepPenalties() {
        let right = score("S52.521A, Y93.01", key: "S52.521A*, Y93.01?", "cm")
        #expect(right.points == 1 && right.maxPoints == 1)
        #expect(right.findings.map(\.points) == [1, 0])
        let wrong = score("S52.521A, Y92.00", key: "S52.521A*, Y92.009?", "cm")
        #expect(wrong.findings.map(\.points) == [1, -0.5])
        #expect(wrong.points == 0.5)
    }

    @Test func modifierAndUnitsTogether() {
        #expect(score("J3301-JW x2", key: "J3301x4", "hcpcs").points == 0)
        var policy = ScoringPolicy.default
        policy.modifier = 0.75
        policy.units = 0.75
        #expect(policy.modifierAndUnits == 0.5)
        #expect(score("J3301-JW x2", key: "J3301x4", "hcpcs", policy: policy).points == 0.5)
        #expect(score("J3301-JW x4", key: "J3301x4", "hcpcs", policy: policy).points == 0.75)
    }

    @Test func aPackPolicyChangesThePoints() {
        let policy = ScoringPolicy(overrides: [.extra: -1, .specificity: 0.25])
        let result = score("E11.9 I10", key: "E11.42*, I10", "cm", policy: policy)
        #expect(result.findings.map(\.points) == [0.25, 1])
        #expect(score("E11.42 I10 R05.9", key: "E11.42*, I10", "cm", policy: policy).points == 1)
    }

    // MARK: - Policy as a pack writes it

    @Test func partialOverrideKeepsTheDefaults() throws {
        let policy = try JSONDecoder().decode(ScoringPolicy.self, from: Data(#"{"extra": -1, "axis": 0.25}"#.utf8))
        #expect(policy.extra == -1 && policy.axis == 0.25)
        #expect(policy.correct == 1 && policy.specificity == 0.5 && policy.missing == 0 && policy.excludes1 == -0.5)
    }

    @Test func anEmptyMapIsTheDefault() throws {
        #expect(try JSONDecoder().decode(ScoringPolicy.self, from: Data("{}".utf8)) == .default)
    }

    @Test func anUnknownKindIsRefusedByName() {
        #expect {
            try JSONDecoder().decode(ScoringPolicy.self, from: Data(#"{"extras": -1}"#.utf8))
        } throws: { error in
            "\(error)".contains("'extras' is not a finding kind; use one of correct, specificity")
        }
    }

    @Test func encodesEveryKind() throws {
        let data = try JSONEncoder().encode(ScoringPolicy.default)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Double]
        #expect(object?.count == FindingKind.allCases.count)
        #expect(try JSONDecoder().decode(ScoringPolicy.self, from: data) == .default)
    }

    @Test func theDocumentedDefaults() {
        let policy = ScoringPolicy.default
        let values = FindingKind.allCases.map { policy[$0] }
        #expect(values == [1, 0.5, 0.5, 0.5, 0.5, 0.5, -0.5, -0.5, 0, -0.5, -0.5, 0.5, -0.5, -0.5])
    }

    // MARK: - Figures

    @Test func precisionRecallF1Accuracy() {
        let result = score("E11.621, L97.412, I10, Z79.4", key: "E11.621*, L97.411, Z79.4", "cm")
        #expect(result.precision == 0.5)
        #expect(abs(result.recall - 2.0 / 3) < 1e-12)
        #expect(abs(result.f1 - 4.0 / 7) < 1e-12)
        #expect(result.accuracy == 0.5)  // 2 correct ÷ max(4 entered, 3 key codes)
        #expect(!result.chartCorrect)
    }

    @Test func nothingEntered() {
        let result = score("", key: "E11.42*, Z79.4", "cm")
        #expect(result.precision == 0 && result.recall == 0 && result.f1 == 0 && result.accuracy == 0)
        #expect(!result.chartCorrect && result.points == 0)
    }

    @Test func optionalCodesCountInPrecisionAndAccuracyNotRecall() {
        let with = score("S52.521A W01.0XXA", key: "S52.521A*, W01.0XXA?", "cm")
        #expect(with.precision == 1 && with.recall == 1 && with.accuracy == 1 && with.chartCorrect)
        let only = score("W01.0XXA", key: "S52.521A*, W01.0XXA?", "cm")
        #expect(only.precision == 1 && only.recall == 0 && only.accuracy == 0.5)
    }

    @Test func chartCorrectNeedsEveryFindingCorrect() {
        #expect(score("E11.42, Z79.4", key: "E11.42*, Z79.4", "cm").chartCorrect)
        #expect(!score("Z79.4, E11.42", key: "E11.42*, Z79.4", "cm").chartCorrect)  // sequencing
        #expect(!score("E11.9, E10.9", key: "E11.9*, E10.9", "cm").chartCorrect)  // Excludes1
    }

    @Test func talliesPerSystem() {
        let result = score("M17.11 27447-LT J1885x2 ???", key: "M17.11*, 27447-RT, J1885x2, J3301x4", "cm cpt hcpcs")
        let bySystem = Dictionary(uniqueKeysWithValues: result.tallies.map { ($0.system?.rawValue ?? "unreadable", $0) })
        #expect(bySystem["icd10cm"] == CodeTally(system: .icd10cm, entered: 1, correct: 1, required: 1, recalled: 1, keyCodes: 1))
        #expect(bySystem["cpt"] == CodeTally(system: .cpt, entered: 1, correct: 0, required: 1, recalled: 0, keyCodes: 1))
        #expect(bySystem["hcpcs"] == CodeTally(system: .hcpcs, entered: 1, correct: 1, required: 2, recalled: 1, keyCodes: 2))
        #expect(bySystem["unreadable"] == CodeTally(system: nil, entered: 1))
        #expect(result.total.entered == 4 && result.total.required == 4)
    }

    @Test func itemScoreRoundTripsAndReadsOlderJSON() throws {
        let result = score("E11.9 I10", key: "E11.42*, I10", "cm")
        let data = try JSONEncoder().encode(result)
        #expect(try JSONDecoder().decode(ItemScore.self, from: data) == result)
        // Written before `tallies` and `points` existed.
        var object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        object["tallies"] = nil
        object["findings"] = (object["findings"] as! [[String: Any]]).map { finding in
            var finding = finding
            finding["points"] = nil
            return finding
        }
        let old = try JSONDecoder().decode(ItemScore.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(old.tallies.isEmpty && old.findings.map(\.points) == [0, 0])
        #expect(old.findings.map(\.kind) == result.findings.map(\.kind))
    }

    @Test func aKeyEntryWithNoAlternativesIsSkippedNotACrash() {
        var key = makeKey("E11.42*", "cm")
        key.entries.append(KeyEntry(alternatives: [], role: .secondary))
        let result = scorer.score("E11.42", key: key)
        #expect(result.findings.map(describe) == ["correct E11.42"])
        #expect(result.chartCorrect && result.maxPoints == 1)
    }

    // MARK: - The README's examples

    @Test func readmeFiveLines() {
        let key = AnswerKey(entries: [
            KeyEntry(KeyCode(system: .icd10cm, code: "E11.42"), role: .firstListed),
            KeyEntry(KeyCode(system: .icd10cm, code: "Z79.4"), role: .secondary),
        ])
        let result = scorer.score("z794, E11.9", key: key)
        #expect(result.findings.map(\.explanation) == [
            "Z79.4: correct",
            "E11.9: same category as the key's E11.42; 'without complications' vs the key's 'with diabetic polyneuropathy'",
        ])
        #expect(result.points == 1.5 && result.maxPoints == 2 && result.f1 == 0.5)
    }

    @Test func readmeWorkedExamples() {
        let first = score("L97.412 E11.6 I10 I10 xyz", key: "E11.621*, L97.411, Z79.4", "cm")
        #expect(first.findings.map(\.points) == [0.5, -0.5, -0.5, -0.5, -0.5, 0])
        #expect(first.points == 0 && first.maxPoints == 3 && first.precision == 0 && first.recall == 0 && first.accuracy == 0)
        let second = score("99214 11042", key: "99213-25, 11042", "cpt")
        #expect(second.findings.map(describe) == ["level 99214>99213-25", "correct 11042"])
        #expect(second.points == 1.5 && second.precision == 0.5 && second.recall == 0.5 && second.accuracy == 0.5)
    }

    // MARK: - Multiple choice

    @Test(arguments: ["b", "B", " B ", "(b)", "B.", "(B)\n"])
    func theRightLetterHoweverTyped(_ choice: String) {
        let result = scorer.score(choice: choice, key: MultipleChoiceKey(options: ["A", "B", "C", "D"], answer: "B"))
        #expect(result.findings.map(\.kind) == [.correct])
        #expect(result.points == 1 && result.maxPoints == 1 && result.chartCorrect && result.accuracy == 1)
    }

    @Test func anotherOption() {
        let result = scorer.score(choice: "c", key: MultipleChoiceKey(options: ["A", "B", "C", "D"], answer: "B"))
        #expect(result.findings.map(\.kind) == [.extra])
        #expect(result.findings[0].details == ["B"])
        #expect(result.findings[0].explanation == "C is not the right option: the answer is B")
        #expect(result.points == 0 && !result.chartCorrect && result.precision == 0 && result.recall == 0)
    }

    @Test(arguments: ["E", "AB", "b c", "99213"])
    func notAnOption(_ choice: String) {
        let result = scorer.score(choice: choice, key: MultipleChoiceKey(options: ["A", "B", "C", "D"], answer: "B"))
        #expect(result.findings.map(\.kind) == [.invalid])
        #expect(result.points == 0)
    }

    @Test func blank() {
        let result = scorer.score(choice: "  ", key: MultipleChoiceKey(options: ["A", "B", "C", "D"], answer: "B"))
        #expect(result.findings.map(\.kind) == [.missing])
        #expect(result.findings[0].explanation == "no option chosen: the answer is B")
        #expect(result.total.entered == 0 && result.total.required == 1)
    }

    @Test func allOrNothingUnderAnyPolicy() {
        let generous = Scorer(policy: ScoringPolicy(overrides: [.extra: 0.5, .correct: 2]))
        let key = MultipleChoiceKey(options: ["A", "B", "C", "D"], answer: "A")
        #expect(generous.score(choice: "B", key: key).points == 0)
        #expect(generous.score(choice: "a", key: key).points == 2)
    }
}
