import CodingScore
import Testing
import TestSupport

/// A provider query is scored like one key code; a code that needed a query first is an
/// audit finding of its own; POA indicators are scored when the item asks for them.
@Suite struct ProviderQueryTests {
    let scorer = Scorer(catalog: FakeCatalog.standard)

    func key(_ spec: String, query: QueryExpectation? = nil, asksPoa: Bool = false) -> AnswerKey {
        var key = makeKey(spec, "cm")
        key.query = query
        key.asksPoa = asksPoa
        return key
    }

    var acuityQuery: QueryExpectation {
        QueryExpectation(warranted: true, reason: .acuity, about: "CKD is documented without its stage; eGFR is 38",
                         needsQueryFirst: [KeyCode(system: .icd10cm, code: "N18.31")])
    }

    @Test func theQueryIsReadWithItsReasonAndIsNotACode() {
        let parser = AnswerParser(systems: [.icd10cm])
        let typed = parser.parse("I10, query acuity; query:conflict, QUERY")
        #expect(typed.map(\.display) == ["I10", "query acuity", "query conflict", "query"])
        #expect(typed.dropFirst().allSatisfy { $0.system == nil && $0.problem == nil })
        let wrong = parser.parse("query:maybe")
        #expect(wrong.first?.problem?.contains("not a query reason") == true)
    }

    @Test func aWarrantedQueryWithTheRightReasonEarnsAKeyCodesPoints() {
        let score = scorer.score("I12.9, query acuity", key: key("I12.9*", query: acuityQuery))
        #expect(score.points == 2 && score.maxPoints == 2)
        #expect(score.chartCorrect)
        #expect(score.findings.last?.explanation.contains("eGFR is 38") == true)
    }

    @Test func anotherReasonEarnsHalfAndNoQueryEarnsNothing() {
        let other = scorer.score("I12.9, query conflict", key: key("I12.9*", query: acuityQuery))
        #expect(other.points == 1.5 && other.findings.map(\.kind).contains(.query))
        let none = scorer.score("I12.9", key: key("I12.9*", query: acuityQuery))
        #expect(none.points == 1 && none.maxPoints == 2)
        #expect(none.findings.contains { $0.kind == .missing && $0.details == ["query"] })
    }

    @Test func aCodeThatNeededAQueryIsUnsupportedNotASpecificityNearMiss() {
        // N18.31 shares N18.30's category: without the query expectation it would earn half.
        let score = scorer.score("I12.9, N18.31", key: key("I12.9*, N18.30", query: acuityQuery))
        let finding = score.findings.first { $0.entered?.code == "N18.31" }
        #expect(finding?.kind == .unsupported)
        #expect(finding?.explanation.contains("needs a provider query first") == true)
        #expect(score.findings.contains { $0.kind == .missing && $0.key?.code == "N18.30" })
        #expect(score.points == 0.5, "1 for I12.9, −0.5 for the unsupported code, nothing for the missed query")
    }

    @Test func aQueryWhereNoneIsWarrantedIsPenalisedLikeAnExtraCode() {
        let adequate = QueryExpectation(warranted: false, reason: nil, about: "The progress note gives the stage")
        let score = scorer.score("I12.9, N18.30, query acuity", key: key("I12.9*, N18.30", query: adequate))
        #expect(score.points == 1.5 && score.maxPoints == 2)
        #expect(score.findings.last?.explanation.contains("no query is needed") == true)
        let plain = scorer.score("I12.9, query", key: key("I12.9*"))
        #expect(plain.points == 0.5 && plain.maxPoints == 1)
    }

    @Test func poaIndicatorsAreScoredOnlyWhenTheItemAsksForThem() {
        var asked = key("E11.65!, I10", asksPoa: true)
        asked.entries[1].poa = "Y"
        asked.entries[0].poa = "N"
        let right = scorer.score("E11.65:N, I10:y", key: asked)
        #expect(right.chartCorrect && right.points == 2)
        let wrong = scorer.score("E11.65:Y, I10", key: asked)
        let poa = wrong.findings.filter { $0.kind == .poa }
        #expect(poa.count == 2)
        #expect(poa.first?.explanation.contains("the key has N (not present at admission)") == true)
        #expect(poa.last?.explanation.contains("no POA indicator typed") == true)
        #expect(wrong.points == 1)
        var notAsked = asked
        notAsked.asksPoa = false
        #expect(scorer.score("E11.65:Y, I10", key: notAsked).chartCorrect)
    }
}
