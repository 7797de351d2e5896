import CodingScore
import Testing
import TestSupport

/// Every rule of "Answers as a trainee types them".
@Suite struct AnswerParserTests {
    let all = AnswerParser(catalog: FakeCatalog.standard)
    let diagnosesOnly = AnswerParser(systems: [.icd10cm], catalog: FakeCatalog.standard)

    func read(_ text: String, _ parser: AnswerParser? = nil) -> [String] {
        (parser ?? all).parse(text).map { code in
            guard let system = code.system else { return "?\(code.token)" }
            return "\(system.prefix):\(code.display)"
        }
    }

    // MARK: - Separators

    @Test(arguments: ["E11.42, I10", "E11.42; I10", "E11.42 I10", "E11.42\nI10", "E11.42\tI10", "E11.42,;  \n\n ;I10",
                      " E11.42 , I10 ", "E11.42\r\nI10\r\n"])
    func separators(_ text: String) {
        #expect(read(text) == ["cm:E11.42", "cm:I10"])
    }

    @Test func nothingButSeparators() {
        #expect(all.parse(" ,; \n\t").isEmpty)
        #expect(all.parse("").isEmpty)
    }

    @Test func nonASCIIWhitespaceSeparates() {
        #expect(read("E11.42\u{00A0}I10") == ["cm:E11.42", "cm:I10"])
    }

    @Test func positionsInTypedOrder() {
        let codes = all.parse("99213-25 E11.42 96372 x2 I10")
        #expect(codes.map(\.position) == [0, 1, 2, 3])
        #expect(codes.map(\.code) == ["99213", "E11.42", "96372", "I10"])
    }

    // MARK: - Case and the dot

    @Test(arguments: ["E11.621", "e11.621", "E11621", "e11621"])
    func caseAndDotAreOptional(_ token: String) {
        let code = all.read(token)
        #expect(code.system == .icd10cm && code.code == "E11.621")
        #expect(code.token == token)
    }

    @Test func threeCharacterCodesHaveNoDot() {
        #expect(all.read("i10").code == "I10")
        #expect(all.read("Z23").code == "Z23")
    }

    @Test func theDotGoesAfterTheThirdCharacter() {
        let code = all.read("E1.1621")
        #expect(code.system == nil)
        #expect(code.problem == "'E1.1621': the ICD-10-CM dot goes after the third character")
    }

    @Test func normalize() {
        #expect(AnswerParser.normalize("s52521a", system: .icd10cm) == "S52.521A")
        #expect(AnswerParser.normalize("0sr9019", system: .icd10pcs) == "0SR9019")
        #expect(AnswerParser.normalize("j1885", system: .hcpcs) == "J1885")
    }

    // MARK: - Modifiers

    @Test func modifiersFollowAHyphen() {
        #expect(all.read("27447-RT").modifiers == ["RT"])
        #expect(all.read("99213-25").modifiers == ["25"])
        #expect(all.read("64483-50").modifiers == ["50"])
    }

    @Test func modifiersAreASetInAnyOrder() {
        #expect(all.read("11042-RT-59").modifiers == all.read("11042-59-rt").modifiers)
        #expect(all.read("11042-59-59").modifiers == ["59"])
        #expect(all.read("11042-rt").display == "11042-RT")
    }

    @Test func aModifierIsTwoLettersOrDigits() {
        let code = all.read("27447-R")
        #expect(code.system == nil)
        #expect(code.problem == "modifier 'R' is not two letters or digits (as in 27447-RT, 99213-25)")
        #expect(all.read("27447-RTX").system == nil)
    }

    @Test func diagnosesTakeNoModifiers() {
        let code = all.read("E11.42-RT")
        #expect(code.system == nil)
        #expect(code.problem == "ICD-10-CM codes take no modifiers or units")
    }

    @Test func aHyphenWithNoCode() {
        #expect(all.read("-RT").problem == "no code before '-'")
    }

    // MARK: - Units

    @Test func unitsAsTheirOwnToken() {
        let codes = all.parse("96372 x2")
        #expect(codes.count == 1)
        #expect(codes[0].units == 2 && codes[0].token == "96372 x2" && codes[0].display == "96372 x2")
        #expect(all.parse("J1885 X3")[0].units == 3)
    }

    /// Units as coders write them apart from the code: `J1885 x 4`, `J1885 4 units`.
    @Test(arguments: ["J1885 x 4", "J1885 X 4", "J1885 4 units", "J1885 4 UNITS", "J1885, x 4"])
    func unitsWrittenApart(_ text: String) {
        let codes = all.parse(text)
        #expect(codes.count == 1 && codes[0].code == "J1885" && codes[0].units == 4, "\(codes.map(\.token))")
    }

    @Test func aFiveDigitCodeBeforeUnitsIsACodeNotUnits() {
        let codes = all.parse("96372 99213 x 2")
        #expect(codes.map(\.code) == ["96372", "99213"] && codes[1].units == 2 && codes[0].units == 1)
        #expect(all.parse("1 unit")[0].problem?.contains("go after a CPT or HCPCS code") == true)
    }

    @Test func unitsGluedToAFiveCharacterCode() {
        let code = all.read("J1885x4")
        #expect(code.system == .hcpcs && code.code == "J1885" && code.units == 4)
        #expect(all.read("96372x2").units == 2)
        #expect(all.read("cpt:96372X10").units == 10)
    }

    @Test func unitsDefaultToOne() {
        #expect(all.read("96372").units == 1)
        #expect(all.read("E11.42").units == 1)
    }

    @Test func unitsGoToTheCodeBeforeOnly() {
        let codes = all.parse("96372 J1885 x4")
        #expect(codes.map(\.units) == [1, 4])
        #expect(codes[1].code == "J1885")
    }

    @Test(arguments: ["O40.1XX0", "o40.1xx0", "O401XX0", "o401xx0"])
    func placeholderXIsNeverUnits(_ token: String) {
        let code = all.read(token)
        #expect(code.system == .icd10cm && code.code == "O40.1XX0" && code.units == 1)
    }

    @Test func dotlessFetusCharacterIsNotHCPCSWithUnits() {
        // O36.60X1 typed without its dot looks like HCPCS "O3660" with one glued unit.
        #expect(diagnosesOnly.read("O3660X1").code == "O36.60X1")
        #expect(all.read("O3660X1").code == "O36.60X1")  // the code book knows the diagnosis
        #expect(AnswerParser(systems: [.icd10cm, .hcpcs]).read("O3660X1").system == .hcpcs)  // no code book: HCPCS shape wins
        #expect(AnswerParser(systems: [.icd10cm]).read("O3660X0").code == "O36.60X0")
    }

    @Test func unitsAfterADiagnosisAreUnreadable() {
        let codes = all.parse("E11.42 x2")
        #expect(codes.count == 2)
        #expect(codes[1].system == nil && codes[1].problem == "units (x2) go after a CPT or HCPCS code, as in 96372 x2")
    }

    @Test func unitsGivenTwice() {
        let codes = all.parse("J1885x2 x3")
        #expect(codes.map(\.units) == [2, 1])
        #expect(codes[1].system == nil)
    }

    @Test func zeroUnits() {
        #expect(all.read("J1885x0").problem == "units must be at least 1")
    }

    // MARK: - Prefixes

    @Test(arguments: [("cm:J1100", CodeSystem.icd10cm, "J11.00"), ("hcpcs:J1100", .hcpcs, "J1100"),
                      ("cpt:99213", .cpt, "99213"), ("pcs:0SR9019", .icd10pcs, "0SR9019"), ("CM:e1142", .icd10cm, "E11.42"),
                      ("icd10cm:E11.42", .icd10cm, "E11.42")])
    func prefixSettlesTheSystem(_ token: String, _ system: CodeSystem, _ code: String) {
        let read = all.read(token)
        #expect(read.system == system && read.code == code)
        #expect(read.readAs.hasPrefix("prefix "))
    }

    @Test func prefixAsItsOwnToken() {
        #expect(read("cm: J1100 hcpcs: J1100") == ["cm:J11.00", "hcpcs:J1100"])
    }

    @Test func prefixAppliesToOneCodeOnly() {
        #expect(read("cm: J1100 J1100") == ["cm:J11.00", "hcpcs:J1100"])
    }

    @Test func unknownPrefix() {
        let code = all.read("icd:E11.42")
        #expect(code.system == nil && code.problem == "unknown prefix 'icd:' (use cm:, pcs:, cpt: or hcpcs:)")
    }

    @Test func prefixWithNoCodeAfterIt() {
        let codes = all.parse("E11.42 pcs:")
        #expect(codes.count == 2 && codes[1].system == nil)
        #expect(codes[1].problem == "the prefix pcs: has no code after it")
    }

    @Test func prefixThatContradictsTheShape() {
        #expect(all.read("cpt:E11.42").problem == "'E11.42' is not a CPT code: five digits, or four digits and F or T")
        #expect(all.read("pcs:E11.42").system == nil)
    }

    @Test func keyCodesReadAsTheTraineeTypesThem() {
        #expect(KeyCode(all.read("27447-rt")) == KeyCode(system: .cpt, code: "27447", modifiers: ["RT"]))
        #expect(KeyCode(all.read("J1885x2")) == KeyCode(system: .hcpcs, code: "J1885", units: 2))
        #expect(KeyCode(all.read("hcpcs:J1100"))?.system == .hcpcs)
        #expect(KeyCode(all.read("not-a-code")) == nil)
    }

    // MARK: - Shape

    @Test func fiveDigitsAreCPT() {
        let code = all.read("99213")
        #expect(code.system == .cpt && code.readAs == "five digits: CPT")
    }

    @Test func fourDigitsAndFOrTAreCPT() {
        #expect(all.read("3046F").system == .cpt && all.read("3046f").code == "3046F")
        #expect(all.read("0042T").readAs == "four digits and T: CPT")
    }

    @Test func sevenCharactersFromADigitArePCS() {
        let code = all.read("0sr9019")
        #expect(code.system == .icd10pcs && code.code == "0SR9019" && code.readAs == "seven characters from a digit: ICD-10-PCS")
    }

    @Test func sevenCharactersWithALetterSecondArePCS() {
        #expect(AnswerParser().read("BW03ZZZ").system == .icd10pcs)
        #expect(AnswerParser().read("XW033E5").system == .icd10pcs)
    }

    @Test func letterFirstPCSWhenOnlyThePCSTablesHoldIt() {
        let code = all.read("B020ZZZ")
        #expect(code.system == .icd10pcs && code.readAs == "seven characters in the PCS tables only: ICD-10-PCS")
        // Without a code book it reads as a (dotless) diagnosis.
        #expect(AnswerParser().read("B020ZZZ").system == .icd10cm)
        // A seven-character diagnosis the code book knows stays a diagnosis.
        #expect(all.read("S52521A").system == .icd10cm)
    }

    @Test func letterAndFourDigitsIsHCPCSOnlyWhenTheItemTakesHCPCS() {
        #expect(AnswerParser(systems: [.icd10cm, .hcpcs]).read("J1100").system == .hcpcs)
        let diagnosis = diagnosesOnly.read("J1100")
        #expect(diagnosis.system == .icd10cm && diagnosis.code == "J11.00")
        #expect(diagnosis.readAs == "a letter and four digits, item takes no HCPCS: ICD-10-CM")
        #expect(AnswerParser(systems: [.icd10cm, .hcpcs]).read("J11.00").system == .icd10cm)
    }

    @Test func letterAndFourDigitsTheCodeBookKnowsOnlyAsADiagnosis() {
        let parser = AnswerParser(systems: [.icd10cm, .hcpcs], catalog: FakeCatalog.standard)
        let code = parser.read("m5450")
        #expect(code.system == .icd10cm && code.code == "M54.50")
        #expect(code.readAs == "a letter and four digits, in ICD-10-CM and not in HCPCS: ICD-10-CM")
        #expect(parser.read("J1100").system == .hcpcs)  // in both: HCPCS, as the item takes it
        #expect(parser.read("Z9999").system == .hcpcs)  // in neither: the item's HCPCS wins
    }

    @Test func otherLetterFirstCodesAreICD10CM() {
        #expect(all.read("Z794").code == "Z79.4")
        #expect(all.read("W010XXA").code == "W01.0XXA")
        #expect(all.read("Z79.4").readAs == "has a dot: ICD-10-CM")
    }

    @Test(arguments: ["diabetes", "???", "123", "E11.42E11.9", "1234567890", "E", "ÉÀ1", "0SR.9019"])
    func unreadableTokensAreKeptWithAProblem(_ token: String) {
        let codes = all.parse(token)
        #expect(codes.count == 1)
        #expect(codes[0].system == nil && codes[0].problem != nil && codes[0].token == token)
    }
}
