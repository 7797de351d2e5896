import CodingScore
import Foundation
import ProgressStore
import Testing

@testable import ClassReports

/// Item statistics of a small class, checked against figures computed by hand.
///
/// Ten trainees, five items of pack `p`, each worth 1 point (1 = entirely right on the first attempt):
///
///     trainee  I1 I2 I3 I4 I5  total
///     T01       1  1  1  0  1    4
///     T02       1  1  1  0  1    4
///     T03       1  1  0  0  1    3
///     T04       1  1  1  0  0    3
///     T05       1  1  1  1  1    5
///     T06       1  1  0  1  0    3
///     T07       1  0  0  1  1    3
///     T08       0  0  0  1  0    1
///     T09       1  0  0  1  0    2
///     T10       0  0  0  1  0    1
///
/// I4 is right for the weaker trainees: it discriminates negatively. I5 is multiple choice
/// (key B); I2 is a coding item whose wrong answers carry findings.
@Suite struct ItemStatisticsTests {
    static let matrix: [[Int]] = [
        [1, 1, 1, 0, 1], [1, 1, 1, 0, 1], [1, 1, 0, 0, 1], [1, 1, 1, 0, 0], [1, 1, 1, 1, 1],
        [1, 1, 0, 1, 0], [1, 0, 0, 1, 1], [0, 0, 0, 1, 0], [1, 0, 0, 1, 0], [0, 0, 0, 1, 0],
    ]
    /// Wrong answers to the multiple-choice I5 (T06 typed lower case; T10 typed a letter that is no option).
    static let wrongChoice = [3: "A", 5: "c", 7: "C", 8: "C", 9: "E"]

    static func classOfTen() -> [TraineeProgress] {
        (0..<10).map { t in
            var attempts: [Attempt] = []
            for i in 0..<5 {
                let right = matrix[t][i] == 1
                let id = "t\(t)-i\(i)"
                let item = "I\(i + 1)"
                switch i {
                case 4:
                    attempts.append(Fixtures.attempt(id, item: item, right: right, answer: right ? "B" : wrongChoice[t]!, findings: [], minutes: Double(i)))
                case 1 where !right:
                    let findings: [AttemptFinding] = t == 9
                        ? [AttemptFinding(kind: .missing, key: "S52.522A"), AttemptFinding(kind: .extra, entered: "W19.XXXA")]
                        : [AttemptFinding(kind: .specificity, entered: "S52.521A", key: "S52.522A")]
                    attempts.append(Fixtures.attempt(id, item: item, right: false, answer: findings.compactMap(\.entered).joined(separator: ", "), findings: findings, minutes: Double(i)))
                default:
                    attempts.append(Fixtures.attempt(id, item: item, right: right, minutes: Double(i)))
                }
            }
            // A later attempt never changes the item statistics: T10 gets I1 right a day later.
            if t == 9 { attempts.append(Fixtures.attempt("t9-i0-again", item: "I1", right: true, minutes: 1440, mode: .review)) }
            return Fixtures.trainee(String(format: "T%02d", t + 1), attempts)
        }
    }

    static let pack = ReportPack(
        id: "p", title: "Pack P", version: "1.0.0",
        items: [
            ReportItem(id: "I1", kind: .coding), ReportItem(id: "I2", kind: .coding), ReportItem(id: "I3", kind: .coding),
            ReportItem(id: "I4", kind: .coding),
            ReportItem(id: "I5", kind: .multipleChoice(options: ["A", "B", "C", "D"], answer: "B")),
        ])

    func item(_ report: ClassReport, _ id: String) throws -> ItemAnalysis {
        try #require(report.items.first { $0.itemId == id })
    }

    // MARK: - Difficulty

    @Test func difficultyIsTheShareOfFirstAttemptsRight() throws {
        let report = ClassReport(trainees: Self.classOfTen(), packs: [Self.pack])
        // By hand, counting the 1s of each column: 8, 6, 4, 6, 5 of 10.
        #expect(try item(report, "I1").difficulty == 0.8)  // T10's later right answer does not count
        #expect(try item(report, "I2").difficulty == 0.6)
        #expect(try item(report, "I3").difficulty == 0.4)
        #expect(try item(report, "I4").difficulty == 0.6)
        #expect(try item(report, "I5").difficulty == 0.5)
        #expect(try item(report, "I1").respondents == 10)
        #expect(try item(report, "I1").attempts == 11)
    }

    // MARK: - Discrimination

    @Test func pointBiserialWithTheRestScoreMatchesTheHandComputation() throws {
        let report = ClassReport(trainees: Self.classOfTen(), packs: [Self.pack])
        // I1. Rest score Y = total − I1 (the fraction of 4 items; the correlation is the same
        // on counts): Y = 3,3,2,2,4,2,2,1,1,1 for x = 1,1,1,1,1,1,1,0,1,0.
        //   M1 = (3+3+2+2+4+2+2+1)/8 = 19/8 = 2.375      M0 = (1+1)/2 = 1.0
        //   mean = 21/10 = 2.1   ΣY² = 53   s² = 53/10 − 2.1² = 0.89   s = 0.943398
        //   p = 0.8, q = 0.2, √(pq) = 0.4
        //   r = (2.375 − 1.0) / 0.943398 × 0.4 = 0.58300
        #expect(abs(try #require(item(report, "I1").discrimination) - 0.58300) < 0.00005)
        // I4. Y = 4,4,3,3,4,2,2,0,1,0 for x = 0,0,0,0,1,1,1,1,1,1.
        //   M1 = (4+2+2+0+1+0)/6 = 1.5      M0 = (4+4+3+3)/4 = 3.5
        //   mean = 23/10 = 2.3   ΣY² = 75   s² = 7.5 − 5.29 = 2.21   s = 1.486607
        //   √(0.6 × 0.4) = 0.489898
        //   r = (1.5 − 3.5) / 1.486607 × 0.489898 = −0.65908
        #expect(abs(try #require(item(report, "I4").discrimination) - (-0.65908)) < 0.00005)
        // I5. Y = 3,3,2,3,4,3,2,1,2,1 for x = 1,1,1,0,1,0,1,0,0,0.
        //   M1 = (3+3+2+4+2)/5 = 2.8      M0 = (3+3+1+2+1)/5 = 2.0
        //   mean = 2.4   ΣY² = 66   s² = 6.6 − 5.76 = 0.84   s = 0.916515   √(0.25) = 0.5
        //   r = 0.8 / 0.916515 × 0.5 = 0.43644
        #expect(abs(try #require(item(report, "I5").discrimination) - 0.43644) < 0.00005)
    }

    @Test func pointBiserialEqualsPearsonOnZeroOne() throws {
        let right = [true, false, true, true, false, false, true]
        let scores = [0.9, 0.2, 0.7, 0.4, 0.5, 0.1, 0.8]
        let xs = right.map { $0 ? 1.0 : 0.0 }
        let mx = xs.reduce(0, +) / 7, my = scores.reduce(0, +) / 7
        let cov = zip(xs, scores).map { ($0 - mx) * ($1 - my) }.reduce(0, +)
        let pearson = cov / (xs.map { ($0 - mx) * ($0 - mx) }.reduce(0, +).squareRoot() * scores.map { ($0 - my) * ($0 - my) }.reduce(0, +).squareRoot())
        #expect(abs(try #require(Psychometrics.pointBiserial(right: right, scores: scores)) - pearson) < 1e-12)
        #expect(Psychometrics.pointBiserial(right: [true, true, true], scores: [0.1, 0.5, 0.9]) == nil)
        #expect(Psychometrics.pointBiserial(right: [true, false], scores: [0.5, 0.5]) == nil)
    }

    // MARK: - Flags

    @Test func negativelyDiscriminatingItemIsFlaggedAndOnlyIt() throws {
        let report = ClassReport(trainees: Self.classOfTen(), packs: [Self.pack])
        #expect(try item(report, "I4").flags == [.negativeDiscrimination])
        for id in ["I1", "I2", "I3", "I5"] { #expect(try item(report, id).flags.isEmpty, "\(id)") }
    }

    @Test func tooEasyAndTooHardFollowTheThresholds() {
        #expect(ItemAnalysis.flags(difficulty: 0.95, discrimination: 0.3, respondents: 20) == [.tooEasy])
        #expect(ItemAnalysis.flags(difficulty: 0.9, discrimination: 0.3, respondents: 20) == [])
        #expect(ItemAnalysis.flags(difficulty: 0.15, discrimination: 0.3, respondents: 20) == [.tooHard])
        #expect(ItemAnalysis.flags(difficulty: 0.2, discrimination: -0.1, respondents: 3) == [.negativeDiscrimination, .fewResponses])
    }

    // MARK: - Options and wrong answers

    @Test func multipleChoiceOptionCounts() throws {
        let report = ClassReport(trainees: Self.classOfTen(), packs: [Self.pack])
        let options = try item(report, "I5").options
        // B: T01, T02, T03, T05, T07; A: T04; C: T06 (typed "c"), T08, T09; "E" is no option.
        #expect(options.map(\.option) == ["A", "B", "C", "D", "(other)"])
        #expect(options.map(\.chosen) == [1, 5, 3, 0, 1])
        #expect(options.map(\.isKey) == [false, true, false, false, false])
        #expect(try item(report, "I5").kind == .multipleChoice)
    }

    @Test func multipleChoiceIsRecognisedWithoutPackInformation() throws {
        let report = ClassReport(trainees: Self.classOfTen())
        let i5 = try item(report, "I5")
        #expect(i5.kind == .multipleChoice)
        #expect(i5.key == "B")  // inferred from the answers scored right
        #expect(i5.options.first { $0.option == "C" }?.chosen == 3)
        #expect(try item(report, "I2").kind == .coding)
        #expect(report.packs.first?.described == false)
    }

    @Test func commonWrongAnswersCountTrainees() throws {
        let report = ClassReport(trainees: Self.classOfTen(), packs: [Self.pack])
        let wrong = try item(report, "I2").wrongAnswers
        #expect(wrong.map(\.text) == ["S52.521A instead of S52.522A", "S52.522A left out", "W19.XXXA added (not in the key)"])
        #expect(wrong.map(\.trainees) == [3, 1, 1])
        let text = TerminalReport(report).render()
        #expect(text.contains("S52.521A instead of S52.522A: 3 trainees"))
        let kinds = try item(report, "I2").findingKinds
        #expect(kinds.first?.kind == .specificity)
        #expect(kinds.first?.attempts == 3)
    }

    @Test func wrongAnswerPhrases() {
        typealias W = ItemAnalysis.WrongAnswer
        #expect(W.phrase(for: AttemptFinding(kind: .level, entered: "99214", key: "99213")) == "99214 instead of 99213")
        #expect(W.phrase(for: AttemptFinding(kind: .modifier, entered: "27447-LT", key: "27447-RT")) == "27447-LT instead of 27447-RT")
        #expect(W.phrase(for: AttemptFinding(kind: .axis, entered: "0SRC0JZ", key: "0SRC07Z", details: ["Device"])) == "0SRC0JZ instead of 0SRC07Z (device)")
        #expect(W.phrase(for: AttemptFinding(kind: .invalid, entered: "E11")) == "E11 (not a valid code)")
        #expect(W.phrase(for: AttemptFinding(kind: .sequencing, entered: "I13.0", key: "I13.0")) == "I13.0 not listed first")
        #expect(W.phrase(for: AttemptFinding(kind: .excludes1, entered: "E10.9", other: "E11.9")) == "E10.9 with E11.9 (Excludes1)")
        #expect(W.phrase(for: AttemptFinding(kind: .correct, entered: "E11.9", key: "E11.9")) == nil)
    }

    // MARK: - Roster and tags

    @Test func rosterScoresAndTagMastery() throws {
        let trainees = [
            Fixtures.trainee("Ana", [
                Fixtures.attempt("a1", item: "x", right: true, tags: ["chapter:04"]),
                Fixtures.attempt("a2", item: "y", right: true, minutes: 5, tags: ["chapter:04", "skill:laterality"]),
                Fixtures.attempt("a3", item: "z", right: false, minutes: 9, tags: ["skill:laterality"]),
            ]),
            Fixtures.trainee("Ben", [Fixtures.attempt("b1", item: "x", right: false, tags: ["chapter:04"])]),
            Fixtures.trainee("Cy", []),
        ]
        let report = ClassReport(trainees: trainees)
        let ana = try #require(report.roster.first { $0.trainee == "Ana" })
        #expect(abs(ana.score - 2.0 / 3.0) < 1e-12)
        #expect(ana.attempts == 3 && ana.items == 3)
        #expect(ana.lastActivity == Fixtures.start.addingTimeInterval(9 * 60))
        #expect(report.roster.first { $0.trainee == "Cy" }?.lastActivity == nil)
        // Mean over trainees with attempts: (2/3 + 0) / 2.
        #expect(abs(report.summary.meanScore - 1.0 / 3.0) < 1e-12)
        let chapter = try #require(report.tags.first { $0.tag == "chapter:04" })
        // Ana 2 of 2 (mastered), Ben 0 of 1: 2 of 3 points across the class.
        #expect(chapter.trainees == 2 && chapter.mastered == 1 && chapter.attempts == 3)
        #expect(abs(chapter.pointsRate - 2.0 / 3.0) < 1e-12)
        let laterality = try #require(report.tags.first { $0.tag == "skill:laterality" })
        #expect(laterality.mastered == 0 && laterality.pointsRate == 0.5)
    }

    @Test func readinessAgainstThePassMark() throws {
        func sitting(_ prefix: String, _ session: String, right: Int, day: Double) -> [Attempt] {
            (0..<10).map { Fixtures.attempt("\(prefix)-\(session)-\($0)", pack: "mock", item: "q\($0)", right: $0 < right, minutes: day * 1440 + Double($0), mode: .exam, session: session) }
        }
        let trainees = [
            Fixtures.trainee("Ready", sitting("r", "s1", right: 6, day: 0) + sitting("r", "s2", right: 8, day: 1) + sitting("r", "s3", right: 8, day: 2)),
            Fixtures.trainee("Slipping", sitting("s", "s1", right: 9, day: 0) + sitting("s", "s2", right: 9, day: 1) + sitting("s", "s3", right: 6, day: 2)),
            Fixtures.trainee("Never sat", [Fixtures.attempt("n1", pack: "mock", item: "q1", right: true)]),
        ]
        let pack = ReportPack(id: "mock", title: "Mock", version: "1", passMark: 70, items: [])
        let report = ClassReport(trainees: trainees, packs: [pack])
        let ready = try #require(report.roster.first { $0.trainee == "Ready" }?.readiness.first)
        // Latest three sittings 60, 80, 80: mean 73.3 ≥ 70 and the newest 80 ≥ 70.
        #expect(ready.ready && ready.sittings == 3 && ready.latestPercent == 80)
        // 90, 90, 60: mean 80, but the newest is under the mark.
        #expect(report.roster.first { $0.trainee == "Slipping" }?.readiness.first?.ready == false)
        #expect(report.roster.first { $0.trainee == "Never sat" }?.readiness.first?.sittings == 0)
        #expect(report.summary.readiness == [PackReadiness(packId: "mock", passMark: 70, sat: 2, ready: 1)])
        // Without a pass mark, readiness is left out.
        #expect(ClassReport(trainees: trainees).roster.allSatisfy { $0.readiness.isEmpty })
    }
}
