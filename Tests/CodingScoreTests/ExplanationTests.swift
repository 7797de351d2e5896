import CodingScore
import Testing
import TestSupport

/// The one-line explanations a student reads, word for word.
@Suite struct ExplanationTests {
    let book = Scorer(catalog: FakeCatalog.standard)
    let bare = Scorer()

    func explanations(_ scorer: Scorer, key: String, _ systems: String, answer: String, inpatient: Bool = false) -> [String] {
        scorer.score(answer, key: makeKey(key, systems), inpatient: inpatient).findings.map(\.explanation)
    }

    // MARK: - Specificity

    @Test func lateralityFromTitles() {
        #expect(explanations(book, key: "S52.522A*", "cm", answer: "S52.521A")
            == ["S52.521A: wrong side: same category as the key's S52.522A; laterality differs: right vs left"])
    }

    @Test func unspecifiedSide() {
        #expect(explanations(book, key: "S52.522A*", "cm", answer: "S52.529A")
            == ["S52.529A: unspecified where more is documented: same category as the key's S52.522A; laterality differs: unspecified vs left"])
    }

    @Test func bilateral() {
        #expect(explanations(book, key: "M17.0*", "cm", answer: "M17.11")
            == ["M17.11: wrong side: same category as the key's M17.0; laterality differs: right vs bilateral"])
    }

    @Test func episodeFromTitles() {
        #expect(explanations(book, key: "S52.521A*", "cm", answer: "S52.521D")
            == ["S52.521D: wrong episode of care: same category as the key's S52.521A; episode differs: subsequent encounter for fracture "
                + "with routine healing vs initial encounter for closed fracture (7th character D vs A)"])
    }

    @Test func episodeWithoutTitles() {
        #expect(explanations(bare, key: "S52.521A*", "cm", answer: "S52.521S")
            == ["S52.521S: wrong episode of care: same category as the key's S52.521A; episode differs: sequela vs initial encounter (7th character S vs A)"])
    }

    @Test func combinationCodeInWords() {
        #expect(explanations(book, key: "E11.42*", "cm", answer: "E11.9")
            == ["E11.9: same category as the key's E11.42; 'without complications' vs the key's 'with diabetic polyneuropathy'"])
    }

    @Test func unspecifiedWhereSpecifiedWasDocumented() {
        #expect(explanations(book, key: "E11.42*", "cm", answer: "E11.40")
            == ["E11.40: unspecified where more is documented: same category as the key's E11.42; "
                + "the key's code: Type 2 diabetes mellitus with diabetic polyneuropathy"])
    }

    @Test func fetusCharacterIsNotAnEpisode() {
        #expect(explanations(book, key: "O36.60X1*", "cm", answer: "O36.60X0")
            == ["O36.60X0: same category as the key's O36.60X1; 'not applicable or unspecified' vs the key's 'fetus 1'"])
    }

    @Test func specificityWithoutACodeBook() {
        #expect(explanations(bare, key: "E11.42*", "cm", answer: "E11.9")
            == ["E11.9: same category as the key's E11.42; another code of that category"])
    }

    // MARK: - Level and axis

    @Test func upCoded() {
        #expect(explanations(book, key: "99213", "cpt", answer: "99214") == ["99214: one level above the key's 99213 (up-coded)"])
    }

    @Test func downCodedTwoLevels() {
        #expect(explanations(book, key: "99214", "cpt", answer: "99212") == ["99212: two levels below the key's 99214 (down-coded)"])
    }

    @Test func pcsDeviceInWords() {
        let score = book.score("0SR90J9", key: makeKey("0SR9019", "pcs"))
        #expect(score.findings.map(\.explanation)
            == ["0SR90J9: same root operation as the key's 0SR9019; Device differs (Synthetic Substitute vs Synthetic Substitute, Metal)"])
        #expect(score.findings.first?.details == ["Device"])
    }

    @Test func pcsTwoAxes() {
        let score = book.score("0SRB0J9", key: makeKey("0SR9019", "pcs"))
        #expect(score.findings.first?.details == ["Body Part", "Device"])
        #expect(score.findings.first?.explanation == "0SRB0J9: same root operation as the key's 0SR9019; "
            + "Body Part differs (Hip Joint, Left vs Hip Joint, Right); Device differs (Synthetic Substitute vs Synthetic Substitute, Metal)")
    }

    @Test func pcsApproach() {
        #expect(explanations(book, key: "0DTJ4ZZ", "pcs", answer: "0DTJ0ZZ")
            == ["0DTJ0ZZ: same root operation as the key's 0DTJ4ZZ; Approach differs (Open vs Percutaneous Endoscopic)"])
    }

    @Test func pcsWithoutACodeBookUsesSectionZeroTitlesAndCharacters() {
        let score = bare.score("0SR901A", key: makeKey("0SR9019", "pcs"))
        #expect(score.findings.map(\.explanation) == ["0SR901A: same root operation as the key's 0SR9019; Qualifier differs (A vs 9)"])
        #expect(score.findings.first?.details == ["Qualifier"])
    }

    // MARK: - Modifiers and units

    @Test func wrongSide() {
        #expect(explanations(book, key: "27447-RT", "cpt", answer: "27447-LT")
            == ["27447-LT: code right, modifiers differ from the key's 27447-RT: LT instead of RT"])
    }

    @Test func modifierMissing() {
        #expect(explanations(book, key: "99213-25", "cpt", answer: "99213")
            == ["99213: code right, modifiers differ from the key's 99213-25: missing 25"])
    }

    @Test func modifierNotWanted() {
        #expect(explanations(book, key: "27447", "cpt", answer: "27447-59")
            == ["27447-59: code right, modifiers differ from the key's 27447: 59 not wanted"])
    }

    @Test func modifierAndUnits() {
        #expect(explanations(book, key: "J3301x4", "hcpcs", answer: "J3301-JW x2")
            == ["J3301-JW x2: code right, modifiers differ from the key's J3301 x4: JW not wanted; units differ too: 2 vs the key's 4"])
    }

    @Test func units() {
        #expect(explanations(book, key: "J1885x2", "hcpcs", answer: "J1885")
            == ["J1885: code right, units differ: 1 vs the key's 2"])
    }

    // MARK: - Invalid, extra, missing, sequencing, Excludes1

    @Test func headerWithItsReason() {
        #expect(explanations(book, key: "E11.621*", "cm", answer: "E11.6")
            == ["E11.6: not reportable: E11.6 is a subcategory: choose a 5th character; the key's code in that category is E11.621"])
    }

    @Test func missingSeventhCharacter() {
        #expect(explanations(book, key: "S52.521A*", "cm", answer: "S52.521")
            == ["S52.521: not reportable: S52.521 needs a 7th character (A, D, G, K, P or S); the key's code in that category is S52.521A"])
    }

    @Test func unknownCode() {
        #expect(explanations(book, key: "E11.621*", "cm", answer: "E99.9")
            == ["E99.9: not in the ICD-10-CM code set", "missing: the key has E11.621, the first-listed diagnosis"])
    }

    @Test func deletedEvaluationAndManagementCode() {
        #expect(explanations(book, key: "99202", "cpt", answer: "99201")
            == ["99201: not in the CPT code set; the key's code in that family is 99202"])
    }

    @Test func pcsNotInTheTables() {
        #expect(explanations(book, key: "0SR9019", "pcs", answer: "0SR9ZZZ")
            == ["0SR9ZZZ: not in the ICD-10-PCS code set; the key's code with that root operation is 0SR9019"])
    }

    @Test func aWord() {
        #expect(explanations(book, key: "E11.42*", "cm", answer: "diabetes").first
            == "'DIABETES' is not an ICD-10-CM code: a letter, a digit, then one to five more characters")
    }

    @Test func unitsWithNoCode() {
        #expect(explanations(book, key: "96372", "cpt", answer: "x2 96372").first
            == "units (x2) go after a CPT or HCPCS code, as in 96372 x2")
    }

    @Test func extraKinds() {
        #expect(explanations(book, key: "I10*", "cm", answer: "I10 I10 E11.9 99213")
            == ["I10: correct", "I10: entered twice; a code is reported once", "E11.9: not in the key (over-coding)",
                "99213: this item asks for ICD-10-CM codes, not CPT"])
    }

    @Test func missingWithAlternatives() {
        #expect(explanations(book, key: "E11.9*, Z79.84|Z79.85", "cm", answer: "E11.9")
            == ["E11.9: correct", "missing: the key has Z79.84 (or Z79.85)"])
    }

    @Test func optionalCorrect() {
        #expect(explanations(book, key: "S52.521A*, Y93.01?", "cm", answer: "S52.521A Y93.01")
            == ["S52.521A: correct", "Y93.01: correct (an optional code)"])
    }

    @Test func sequencingOutpatient() {
        #expect(explanations(book, key: "E11.42*, Z79.4", "cm", answer: "Z79.4 E11.42").last
            == "E11.42 is the first-listed diagnosis: type it before Z79.4")
    }

    @Test func sequencingInpatient() {
        #expect(explanations(book, key: "J11.00!, R50.9", "cm", answer: "R50.9 J11.00", inpatient: true).last
            == "J11.00 is the principal diagnosis: type it before R50.9")
        #expect(explanations(book, key: "J11.00*, R50.9", "cm", answer: "R50.9 J11.00", inpatient: true).last
            == "J11.00 is the principal diagnosis: type it before R50.9")
    }

    @Test func excludes1() {
        #expect(explanations(book, key: "E11.9*", "cm", answer: "E11.9 E10.9").last
            == "E11.9 and E10.9: an Excludes1 note says they are never reported together")
    }
}
