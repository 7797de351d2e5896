import CodingScore
import Testing
import TestSupport

/// One coding situation: a key, what the trainee typed, and the exact findings expected.
struct ScoringCase: Sendable, CustomTestStringConvertible {
    var name: String
    var key: String
    var systems: String
    var answer: String
    var expected: [String]
    var inpatient = false

    init(_ name: String, key: String, _ systems: String, answer: String, _ expected: [String]) {
        self.name = name
        self.key = key
        self.systems = systems
        self.answer = answer
        self.expected = expected
    }

    var testDescription: String { name }
}

/// The table-driven suite: real coding situations, each with its exact findings (kinds and
/// the codes paired), in the order the scorer reports them: entered codes in typed order,
/// then missing key codes in key order, then sequencing, then Excludes1.
@Suite struct ScoringCaseTests {
    let scorer = Scorer(catalog: FakeCatalog.standard)

    func check(_ scoringCase: ScoringCase) {
        let key = makeKey(scoringCase.key, scoringCase.systems)
        let score = scorer.score(scoringCase.answer, key: key, inpatient: scoringCase.inpatient)
        #expect(score.findings.map(describe) == scoringCase.expected, "\(scoringCase.name)")
        // Every finding explains itself in one line.
        for finding in score.findings {
            #expect(!finding.explanation.isEmpty && !finding.explanation.contains("\n"))
        }
    }

    // MARK: - ICD-10-CM: diabetes, combination codes, headers

    static let diabetes: [ScoringCase] = [
        ScoringCase("exact first-listed", key: "E11.42*", "cm", answer: "E11.42", ["correct E11.42"]),
        ScoringCase("dotless lower case", key: "E11.42*", "cm", answer: "e1142", ["correct E11.42"]),
        ScoringCase("upper case without dot", key: "E11.42*", "cm", answer: "E1142", ["correct E11.42"]),
        ScoringCase("with long-term insulin", key: "E11.42*, Z79.4", "cm", answer: "E11.42, Z79.4",
                    ["correct E11.42", "correct Z79.4"]),
        ScoringCase("secondaries in any order", key: "E11.42*, Z79.4, I10", "cm", answer: "E11.42 I10 Z79.4",
                    ["correct E11.42", "correct I10", "correct Z79.4"]),
        ScoringCase("semicolons and new lines", key: "E11.42*, Z79.4, I10", "cm", answer: "E11.42;\nI10;;Z79.4",
                    ["correct E11.42", "correct I10", "correct Z79.4"]),
        ScoringCase("first-listed typed second", key: "E11.42*, Z79.4", "cm", answer: "Z79.4, E11.42",
                    ["correct Z79.4", "correct E11.42", "sequencing E11.42"]),
        ScoringCase("combination code missed: without complications", key: "E11.42*", "cm", answer: "E11.9",
                    ["specificity E11.9>E11.42"]),
        ScoringCase("unspecified neuropathy for polyneuropathy", key: "E11.42*", "cm", answer: "E11.40",
                    ["specificity E11.40>E11.42"]),
        ScoringCase("subcategory header", key: "E11.621*", "cm", answer: "E11.6", ["invalid E11.6>E11.621"]),
        ScoringCase("six-character header", key: "E11.621*", "cm", answer: "E11.62", ["invalid E11.62>E11.621"]),
        ScoringCase("category header", key: "E11.621*", "cm", answer: "E11", ["invalid E11>E11.621"]),
        ScoringCase("nonexistent code in the category", key: "E11.621*", "cm", answer: "E11.99", ["invalid E11.99>E11.621"]),
        ScoringCase("nonexistent code elsewhere", key: "E11.621*", "cm", answer: "E99.9",
                    ["invalid E99.9", "missing E11.621"]),
        ScoringCase("foot ulcer vs other skin ulcer", key: "E11.621*, L97.411", "cm", answer: "E11.622, L97.411",
                    ["specificity E11.622>E11.621", "correct L97.411"]),
        ScoringCase("ulcer depth", key: "E11.621*, L97.411", "cm", answer: "E11.621, L97.412",
                    ["correct E11.621", "specificity L97.412>L97.411"]),
        ScoringCase("near code takes the slot sharing most characters", key: "E11.42*, E11.621", "cm",
                    answer: "E11.42, E11.622", ["correct E11.42", "specificity E11.622>E11.621"]),
        ScoringCase("tie goes to key order", key: "E11.42*, E11.621", "cm", answer: "E11.9, E11.65",
                    ["specificity E11.9>E11.42", "specificity E11.65>E11.621"]),
        ScoringCase("near code with its slot already taken is extra", key: "E11.42*", "cm", answer: "E11.42, E11.9",
                    ["correct E11.42", "extra E11.9"]),
        ScoringCase("exact pass runs before near pass", key: "E11.42*, E11.65", "cm", answer: "E11.9, E11.65, E11.42",
                    ["extra E11.9", "correct E11.65", "correct E11.42", "sequencing E11.42"]),
        ScoringCase("hyperglycemia", key: "E11.65*, Z79.4", "cm", answer: "E11.65 Z79.4", ["correct E11.65", "correct Z79.4"]),
        ScoringCase("insulin for oral drugs", key: "E11.9*, Z79.84", "cm", answer: "E11.9, Z79.4",
                    ["correct E11.9", "specificity Z79.4>Z79.84"]),
        ScoringCase("over-coding hypertension", key: "E11.9*", "cm", answer: "E11.9, I10", ["correct E11.9", "extra I10"]),
        ScoringCase("under-coding", key: "E11.9*, Z79.4, I10", "cm", answer: "E11.9",
                    ["correct E11.9", "missing Z79.4", "missing I10"]),
        ScoringCase("diabetic CKD", key: "E11.22*, N18.30", "cm", answer: "E11.22, N18.30",
                    ["correct E11.22", "correct N18.30"]),
        ScoringCase("diabetic CKD: stage typed as header", key: "E11.22*, N18.30", "cm", answer: "E11.22, N18",
                    ["correct E11.22", "invalid N18>N18.30"]),
    ]

    @Test(arguments: diabetes) func diabetesCase(_ scoringCase: ScoringCase) { check(scoringCase) }

    // MARK: - ICD-10-CM: laterality, 7th characters, obstetrics, external causes

    static let injuries: [ScoringCase] = [
        ScoringCase("exact fracture", key: "S52.521A*", "cm", answer: "S52.521A", ["correct S52.521A"]),
        ScoringCase("dotless fracture", key: "S52.521A*", "cm", answer: "s52521a", ["correct S52.521A"]),
        ScoringCase("laterality: right for left", key: "S52.522A*", "cm", answer: "S52.521A", ["specificity S52.521A>S52.522A"]),
        ScoringCase("laterality: unspecified side", key: "S52.522A*", "cm", answer: "S52.529A",
                    ["specificity S52.529A>S52.522A"]),
        ScoringCase("episode: subsequent for initial", key: "S52.521A*", "cm", answer: "S52.521D",
                    ["specificity S52.521D>S52.521A"]),
        ScoringCase("episode: sequela for initial", key: "S52.521A*", "cm", answer: "S52.521S",
                    ["specificity S52.521S>S52.521A"]),
        ScoringCase("missing 7th character", key: "S52.521A*", "cm", answer: "S52.521", ["invalid S52.521>S52.521A"]),
        ScoringCase("missing 7th character, dotless", key: "S52.521A*", "cm", answer: "S52521", ["invalid S52.521>S52.521A"]),
        ScoringCase("subcategory for fracture", key: "S52.521A*", "cm", answer: "S52.52", ["invalid S52.52>S52.521A"]),
        ScoringCase("wrong 7th character that does not exist", key: "S52.521A*", "cm", answer: "S52.521B",
                    ["invalid S52.521B>S52.521A"]),
        ScoringCase("another bone entirely", key: "S52.521A*", "cm", answer: "S82.001A",
                    ["extra S82.001A", "missing S52.521A"]),
        ScoringCase("optional external causes left out", key: "S52.521A*, W01.0XXA?, Y93.01?", "cm", answer: "S52.521A",
                    ["correct S52.521A"]),
        ScoringCase("optional external causes entered", key: "S52.521A*, W01.0XXA?, Y93.01?", "cm",
                    answer: "S52.521A, W01.0XXA, Y93.01", ["correct S52.521A", "correct W01.0XXA", "correct Y93.01"]),
        ScoringCase("optional external cause: another mechanism", key: "S52.521A*, W01.0XXA?", "cm",
                    answer: "S52.521A, W10.8XXA", ["correct S52.521A", "extra W10.8XXA"]),
        ScoringCase("optional place code typed short", key: "S52.521A*, Y92.009?", "cm", answer: "S52.521A, Y92.00",
                    ["correct S52.521A", "invalid Y92.00>Y92.009"]),
        ScoringCase("external cause typed first is sequencing", key: "S52.521A*, W01.0XXA?", "cm",
                    answer: "W01.0XXA, S52.521A", ["correct W01.0XXA", "correct S52.521A", "sequencing S52.521A"]),
        ScoringCase("placeholder X dotted", key: "O40.1XX0*", "cm", answer: "O40.1XX0", ["correct O40.1XX0"]),
        ScoringCase("placeholder X dotless lower case", key: "O40.1XX0*", "cm", answer: "o401xx0", ["correct O40.1XX0"]),
        ScoringCase("fetus character, dotless, not units", key: "O36.60X1*", "cm", answer: "O3660X1", ["correct O36.60X1"]),
        ScoringCase("fetus character wrong", key: "O36.60X1*", "cm", answer: "O36.60X0", ["specificity O36.60X0>O36.60X1"]),
        ScoringCase("placeholder left out", key: "O40.1XX0*", "cm", answer: "O40.10", ["invalid O40.10>O40.1XX0"]),
        ScoringCase("bilateral knee osteoarthritis", key: "M17.0*", "cm", answer: "M17.0", ["correct M17.0"]),
        ScoringCase("right knee for bilateral", key: "M17.0*", "cm", answer: "M17.11", ["specificity M17.11>M17.0"]),
        ScoringCase("both unilateral codes for bilateral", key: "M17.0*", "cm", answer: "M17.11, M17.12",
                    ["specificity M17.11>M17.0", "extra M17.12"]),
        ScoringCase("left knee for right", key: "M17.11*", "cm", answer: "M17.12", ["specificity M17.12>M17.11"]),
        ScoringCase("unspecified knee", key: "M17.11*", "cm", answer: "M17.9", ["specificity M17.9>M17.11"]),
        ScoringCase("asthma exacerbation", key: "J45.901*", "cm", answer: "J45.909", ["specificity J45.909>J45.901"]),
        ScoringCase("asthma severity", key: "J45.20*", "cm", answer: "J45.909", ["specificity J45.909>J45.20"]),
        ScoringCase("symptom codes for a diagnosis", key: "J02.9*", "cm", answer: "J02.9, R05.9, R50.9",
                    ["correct J02.9", "extra R05.9", "extra R50.9"]),
        ScoringCase("low back pain", key: "M54.50*", "cm", answer: "m5450", ["correct M54.50"]),
    ]

    @Test(arguments: injuries) func injuriesCase(_ scoringCase: ScoringCase) { check(scoringCase) }

    // MARK: - Alternatives, duplicates, Excludes1, sequencing

    static let rules: [ScoringCase] = [
        ScoringCase("alternative: second one", key: "E11.9*, Z79.84|Z79.85", "cm", answer: "E11.9, Z79.85",
                    ["correct E11.9", "correct Z79.85"]),
        ScoringCase("alternative: first one", key: "E11.9*, Z79.84|Z79.85", "cm", answer: "E11.9, Z79.84",
                    ["correct E11.9", "correct Z79.84"]),
        ScoringCase("alternatives fill one slot", key: "E11.9*, Z79.84|Z79.85", "cm", answer: "E11.9, Z79.84, Z79.85",
                    ["correct E11.9", "correct Z79.84", "extra Z79.85"]),
        ScoringCase("alternative slot missing", key: "E11.9*, Z79.84|Z79.85", "cm", answer: "E11.9",
                    ["correct E11.9", "missing Z79.84"]),
        ScoringCase("alternative slot near", key: "E11.9*, Z79.84|Z79.85", "cm", answer: "E11.9, Z79.4",
                    ["correct E11.9", "specificity Z79.4>Z79.84"]),
        ScoringCase("alternatives for the first-listed code", key: "J45.901|J45.909*", "cm", answer: "J45.909",
                    ["correct J45.909"]),
        ScoringCase("duplicate", key: "I10*", "cm", answer: "I10, I10", ["correct I10", "extra I10"]),
        ScoringCase("duplicate typed two ways", key: "E11.42*", "cm", answer: "E11.42 e1142", ["correct E11.42", "extra E11.42"]),
        ScoringCase("duplicate of a wrong code", key: "E11.42*", "cm", answer: "E11.9 E11.9",
                    ["specificity E11.9>E11.42", "extra E11.9"]),
        ScoringCase("Excludes1: type 1 and type 2", key: "E11.9*", "cm", answer: "E11.9, E10.9",
                    ["correct E11.9", "extra E10.9", "excludes1 E11.9+E10.9"]),
        ScoringCase("Excludes1 between two wrong codes", key: "E11.65*", "cm", answer: "E10.65, E11.9",
                    ["extra E10.65", "specificity E11.9>E11.65", "excludes1 E10.65+E11.9"]),
        ScoringCase("Excludes1: hypertension with hypertensive CKD", key: "I12.9*, N18.30", "cm", answer: "I10, I12.9, N18.30",
                    ["extra I10", "correct I12.9", "correct N18.30", "sequencing I12.9", "excludes1 I10+I12.9"]),
        ScoringCase("no Excludes1 for a duplicate", key: "E11.9*", "cm", answer: "E11.9 E11.9", ["correct E11.9", "extra E11.9"]),
        ScoringCase("hypertensive CKD: stage near", key: "I12.9*, N18.30", "cm", answer: "I12.9, N18.31",
                    ["correct I12.9", "specificity N18.31>N18.30"]),
        ScoringCase("CKD stage 4 for 3", key: "I12.9*, N18.30", "cm", answer: "I12.9, N18.4",
                    ["correct I12.9", "specificity N18.4>N18.30"]),
        ScoringCase("sequencing: principal second", key: "J11.00!, R50.9?", "cm", answer: "R50.9, J11.00",
                    ["correct R50.9", "correct J11.00", "sequencing J11.00"]),
        ScoringCase("sequencing: procedures before it do not count", key: "E11.42*, 99213", "cm cpt",
                    answer: "99213, E11.42", ["correct 99213", "correct E11.42"]),
        ScoringCase("sequencing: an unreadable token before it does not count", key: "E11.42*", "cm",
                    answer: "??, E11.42", ["invalid ??", "correct E11.42"]),
        ScoringCase("sequencing: only when the first-listed code is exact", key: "E11.42*, I10", "cm", answer: "I10, E11.40",
                    ["correct I10", "specificity E11.40>E11.42"]),
        ScoringCase("sequencing: an invalid diagnosis typed first counts", key: "E11.42*, I10", "cm",
                    answer: "E11.4, E11.42, I10", ["invalid E11.4", "correct E11.42", "correct I10", "sequencing E11.42"]),
        ScoringCase("sequencing: first-listed typed last of three", key: "Z00.00*, I10, E11.9", "cm",
                    answer: "I10 E11.9 Z00.00", ["correct I10", "correct E11.9", "correct Z00.00", "sequencing Z00.00"]),
        ScoringCase("no sequenced role: order free", key: "I10, E11.9", "cm", answer: "E11.9, I10", ["correct E11.9", "correct I10"]),
        ScoringCase("sequencing and a duplicate", key: "E11.42*, I10", "cm", answer: "I10, E11.42, I10",
                    ["correct I10", "correct E11.42", "extra I10", "sequencing E11.42"]),
    ]

    @Test(arguments: rules) func rulesCase(_ scoringCase: ScoringCase) { check(scoringCase) }

    // MARK: - E/M levels and CPT

    static let evaluationAndManagement: [ScoringCase] = [
        ScoringCase("established level 3", key: "99213", "cpt", answer: "99213", ["correct 99213"]),
        ScoringCase("up-coded one level", key: "99213", "cpt", answer: "99214", ["level 99214>99213"]),
        ScoringCase("up-coded two levels", key: "99213", "cpt", answer: "99215", ["level 99215>99213"]),
        ScoringCase("down-coded", key: "99214", "cpt", answer: "99212", ["level 99212>99214"]),
        ScoringCase("new patient level", key: "99203", "cpt", answer: "99204", ["level 99204>99203"]),
        ScoringCase("new vs established is another family", key: "99203", "cpt", answer: "99213",
                    ["extra 99213", "missing 99203"]),
        ScoringCase("deleted level 1 new patient", key: "99202", "cpt", answer: "99201", ["invalid 99201>99202"]),
        ScoringCase("initial hospital care", key: "99223", "cpt", answer: "99222", ["level 99222>99223"]),
        ScoringCase("emergency department", key: "99284", "cpt", answer: "99285", ["level 99285>99284"]),
        ScoringCase("subsequent hospital care", key: "99232", "cpt", answer: "99232", ["correct 99232"]),
        ScoringCase("non-E/M CPT never near-pairs", key: "11042", "cpt", answer: "11043", ["extra 11043", "missing 11042"]),
        ScoringCase("arthrocentesis: another joint size", key: "20610", "cpt", answer: "20605", ["extra 20605", "missing 20610"]),
        ScoringCase("E/M and procedure", key: "99213-25, 11042", "cpt", answer: "99213-25, 11042",
                    ["correct 99213-25", "correct 11042"]),
        ScoringCase("E/M up-coded with its modifier", key: "99213-25, 11042", "cpt", answer: "99214-25, 11042",
                    ["level 99214-25>99213-25", "correct 11042"]),
        ScoringCase("E/M up-coded without its modifier", key: "99213-25, 11042", "cpt", answer: "99214, 11042",
                    ["level 99214>99213-25", "correct 11042"]),
        ScoringCase("two E/M codes for one visit", key: "99213", "cpt", answer: "99213, 99214", ["correct 99213", "extra 99214"]),
        ScoringCase("Category II code", key: "3046F", "cpt", answer: "3046f", ["correct 3046F"]),
        ScoringCase("Category III code", key: "0042T", "cpt", answer: "0042T", ["correct 0042T"]),
        ScoringCase("diagnosis in a CPT-only item", key: "99213", "cpt", answer: "99213, I10", ["correct 99213", "extra I10"]),
        ScoringCase("E/M with diagnosis", key: "I10*, 99213", "cm cpt", answer: "I10, 99213", ["correct I10", "correct 99213"]),
        ScoringCase("E/M with diagnosis, both wrong", key: "M17.11*, 99214", "cm cpt", answer: "99213 M17.12",
                    ["level 99213>99214", "specificity M17.12>M17.11"]),
        ScoringCase("preventive visit codes", key: "Z00.00*, 99396", "cm cpt", answer: "Z00.00 99396",
                    ["correct Z00.00", "correct 99396"]),
        ScoringCase("preventive visit: another age band", key: "Z00.00*, 99396", "cm cpt", answer: "Z00.00 99395",
                    ["correct Z00.00", "level 99395>99396"]),
    ]

    @Test(arguments: evaluationAndManagement) func evaluationAndManagementCase(_ scoringCase: ScoringCase) { check(scoringCase) }

    // MARK: - Modifiers

    static let modifiers: [ScoringCase] = [
        ScoringCase("knee replacement, right", key: "27447-RT", "cpt", answer: "27447-RT", ["correct 27447-RT"]),
        ScoringCase("modifier lower case", key: "27447-RT", "cpt", answer: "27447-rt", ["correct 27447-RT"]),
        ScoringCase("wrong side", key: "27447-RT", "cpt", answer: "27447-LT", ["modifier 27447-LT>27447-RT"]),
        ScoringCase("side left out", key: "27447-RT", "cpt", answer: "27447", ["modifier 27447>27447-RT"]),
        // One code on each side is two services, not a duplicate.
        ScoringCase("both knees injected", key: "20610-RT, 20610-LT", "cpt", answer: "20610-RT, 20610-LT",
                    ["correct 20610-RT", "correct 20610-LT"]),
        ScoringCase("both knees, typed left first", key: "20610-RT, 20610-LT", "cpt", answer: "20610-LT 20610-RT",
                    ["correct 20610-LT", "correct 20610-RT"]),
        ScoringCase("both sides on one line", key: "27447-RT", "cpt", answer: "27447-RT-LT", ["modifier 27447-LT-RT>27447-RT"]),
        ScoringCase("modifier not wanted", key: "27447", "cpt", answer: "27447-RT", ["modifier 27447-RT>27447"]),
        ScoringCase("modifier 25 missing", key: "99213-25, 11042", "cpt", answer: "99213, 11042",
                    ["modifier 99213>99213-25", "correct 11042"]),
        ScoringCase("modifier 25 on the procedure", key: "99213-25, 11042", "cpt", answer: "99213, 11042-25",
                    ["modifier 99213>99213-25", "modifier 11042-25>11042"]),
        ScoringCase("modifiers in any order", key: "11042-59-RT", "cpt", answer: "11042-RT-59", ["correct 11042-59-RT"]),
        ScoringCase("repeated modifier counts once", key: "11042-59", "cpt", answer: "11042-59-59", ["correct 11042-59"]),
        ScoringCase("59 on the second procedure", key: "11042, 97597-59", "cpt", answer: "11042, 97597-59",
                    ["correct 11042", "correct 97597-59"]),
        ScoringCase("59 left out", key: "11042, 97597-59", "cpt", answer: "11042, 97597", ["correct 11042", "modifier 97597>97597-59"]),
        ScoringCase("XS for 59", key: "11042, 97597-59", "cpt", answer: "11042 97597-XS", ["correct 11042", "modifier 97597-XS>97597-59"]),
        ScoringCase("bilateral 50", key: "64483-50", "cpt", answer: "64483-50", ["correct 64483-50"]),
        ScoringCase("bilateral as RT and LT lines", key: "64483-50", "cpt", answer: "64483-RT, 64483-LT",
                    ["modifier 64483-RT>64483-50", "extra 64483-LT"]),
        ScoringCase("bilateral as RT and LT lines, key", key: "64483-RT, 64483-LT", "cpt", answer: "64483-LT, 64483-RT",
                    ["correct 64483-LT", "correct 64483-RT"]),
        ScoringCase("bilateral 50 for RT/LT key", key: "64483-RT, 64483-LT", "cpt", answer: "64483-50",
                    ["modifier 64483-50>64483-RT", "missing 64483-LT"]),
        ScoringCase("same code twice, modifiers swapped", key: "20610-RT, 20610-LT", "cpt", answer: "20610-LT 20610-RT",
                    ["correct 20610-LT", "correct 20610-RT"]),
        ScoringCase("exact pairs before modifier pairs", key: "20610-RT, 20610-LT", "cpt", answer: "20610, 20610-LT",
                    ["modifier 20610>20610-RT", "correct 20610-LT"]),
        ScoringCase("a one-letter modifier is unreadable", key: "27447-RT", "cpt", answer: "27447-R",
                    ["invalid 27447-R", "missing 27447-RT"]),
        ScoringCase("a modifier on a diagnosis is unreadable", key: "E11.42*", "cm", answer: "E11.42-RT",
                    ["invalid E11.42-RT>E11.42"]),
        ScoringCase("HCPCS modifier", key: "J1885-JW", "hcpcs", answer: "j1885-jw", ["correct J1885-JW"]),
        ScoringCase("finger modifiers", key: "26055-F2", "cpt", answer: "26055-F3", ["modifier 26055-F3>26055-F2"]),
        ScoringCase("knee replacement with diagnosis", key: "M17.11*, 27447-RT", "cm cpt", answer: "M17.11, 27447-LT",
                    ["correct M17.11", "modifier 27447-LT>27447-RT"]),
    ]

    @Test(arguments: modifiers) func modifiersCase(_ scoringCase: ScoringCase) { check(scoringCase) }

    // MARK: - Units, injections, HCPCS

    static let units: [ScoringCase] = [
        ScoringCase("injection and drug units", key: "96372, J1885x2", "cpt hcpcs", answer: "96372, J1885 x2",
                    ["correct 96372", "correct J1885 x2"]),
        ScoringCase("units glued", key: "96372, J1885x2", "cpt hcpcs", answer: "96372 J1885x2", ["correct 96372", "correct J1885 x2"]),
        ScoringCase("units with capital X", key: "96372, J1885x2", "cpt hcpcs", answer: "96372 J1885 X2",
                    ["correct 96372", "correct J1885 x2"]),
        ScoringCase("units left out", key: "96372, J1885x2", "cpt hcpcs", answer: "96372, J1885", ["correct 96372", "units J1885>J1885 x2"]),
        ScoringCase("units wrong", key: "96372, J1885x2", "cpt hcpcs", answer: "96372, J1885 x3",
                    ["correct 96372", "units J1885 x3>J1885 x2"]),
        ScoringCase("units on a single-unit code", key: "96372", "cpt", answer: "96372 x2", ["units 96372 x2>96372"]),
        ScoringCase("explicit one unit", key: "96372", "cpt", answer: "96372 x1", ["correct 96372"]),
        ScoringCase("dexamethasone by the milligram", key: "96372, J1100x10", "cpt hcpcs", answer: "96372 J1100x10",
                    ["correct 96372", "correct J1100 x10"]),
        ScoringCase("triamcinolone units", key: "20610-RT, J3301x4", "cpt hcpcs", answer: "20610-RT, J3301 x4",
                    ["correct 20610-RT", "correct J3301 x4"]),
        ScoringCase("modifier and units both wrong", key: "20610-RT, J3301x4", "cpt hcpcs", answer: "20610-RT, J3301-JW x2",
                    ["correct 20610-RT", "modifier+units J3301-JW x2>J3301 x4"]),
        ScoringCase("units before any code", key: "96372", "cpt", answer: "x2 96372", ["invalid X2", "correct 96372"]),
        ScoringCase("units given twice", key: "J1885x2", "hcpcs", answer: "J1885x2 x3", ["correct J1885 x2", "invalid X3"]),
        ScoringCase("zero units", key: "J1885x2", "hcpcs", answer: "J1885x0", ["invalid J1885X0", "missing J1885 x2"]),
        ScoringCase("units after a diagnosis", key: "E11.42*", "cm", answer: "E11.42 x2", ["correct E11.42", "invalid X2"]),
        ScoringCase("HCPCS never near-pairs", key: "J1885x2", "hcpcs", answer: "J1886x2", ["invalid J1886 x2", "missing J1885 x2"]),
        ScoringCase("another valid drug", key: "J1885x2", "hcpcs", answer: "J1100", ["extra J1100", "missing J1885 x2"]),
        ScoringCase("J1100 is HCPCS when the item takes HCPCS", key: "J11.00*, J1100", "cm hcpcs", answer: "J11.00, J1100",
                    ["correct J11.00", "correct J1100"]),
        ScoringCase("J1100 twice in a HCPCS item", key: "J11.00*, J1100", "cm hcpcs", answer: "J1100, J1100",
                    ["correct J1100", "extra J1100", "missing J11.00"]),
        ScoringCase("prefixes settle J1100", key: "J11.00*, J1100", "cm hcpcs", answer: "cm:J1100, hcpcs:J1100",
                    ["correct J11.00", "correct J1100"]),
        ScoringCase("J1100 is J11.00 when the item takes no HCPCS", key: "J11.00*", "cm", answer: "J1100", ["correct J11.00"]),
        ScoringCase("vaccine administration", key: "Z23*, 90471, 90686", "cm cpt", answer: "Z23 90471 90686",
                    ["correct Z23", "correct 90471", "correct 90686"]),
        ScoringCase("procedures first, Z23 still first-listed", key: "Z23*, 90471, 90686", "cm cpt", answer: "90686, 90471, Z23",
                    ["correct 90686", "correct 90471", "correct Z23"]),
        ScoringCase("Medicare flu administration", key: "Z23*, G0008, 90686", "cm cpt hcpcs", answer: "Z23, 90471, 90686",
                    ["correct Z23", "extra 90471", "correct 90686", "missing G0008"]),
        ScoringCase("ceftriaxone", key: "J0696x4, 96372", "cpt hcpcs", answer: "96372 j0696 x4", ["correct 96372", "correct J0696 x4"]),
        ScoringCase("HCPCS code in a CPT-only item", key: "96372", "cpt", answer: "96372, J1885", ["correct 96372", "extra J18.85"]),
    ]

    @Test(arguments: units) func unitsCase(_ scoringCase: ScoringCase) { check(scoringCase) }

    // MARK: - ICD-10-PCS

    static let procedures: [ScoringCase] = [
        ScoringCase("hip replacement", key: "0SR9019", "pcs", answer: "0SR9019", ["correct 0SR9019"]),
        ScoringCase("hip replacement lower case", key: "0SR9019", "pcs", answer: "0sr9019", ["correct 0SR9019"]),
        ScoringCase("device differs", key: "0SR9019", "pcs", answer: "0SR90J9", ["axis 0SR90J9>0SR9019"]),
        ScoringCase("qualifier differs", key: "0SR9019", "pcs", answer: "0SR901A", ["axis 0SR901A>0SR9019"]),
        ScoringCase("body part differs", key: "0SR9019", "pcs", answer: "0SRB019", ["axis 0SRB019>0SR9019"]),
        ScoringCase("approach differs", key: "0DTJ4ZZ", "pcs", answer: "0DTJ0ZZ", ["axis 0DTJ0ZZ>0DTJ4ZZ"]),
        ScoringCase("code not in the tables", key: "0SR9019", "pcs", answer: "0SR9ZZZ", ["invalid 0SR9ZZZ>0SR9019"]),
        ScoringCase("another root operation", key: "0SR9019", "pcs", answer: "0SQ9019", ["invalid 0SQ9019", "missing 0SR9019"]),
        ScoringCase("six characters", key: "0SR9019", "pcs", answer: "0SR901", ["invalid 0SR901>0SR9019"]),
        ScoringCase("a dot in a PCS code", key: "0SR9019", "pcs", answer: "0SR.9019", ["invalid 0SR.9019>0SR9019"]),
        ScoringCase("imaging, letter first", key: "BW03ZZZ", "pcs", answer: "bw03zzz", ["correct BW03ZZZ"]),
        ScoringCase("new technology", key: "XW033E5", "pcs", answer: "XW033E5", ["correct XW033E5"]),
        ScoringCase("vaccine introduction", key: "3E0234Z", "pcs", answer: "pcs:3E0234Z", ["correct 3E0234Z"]),
        ScoringCase("both hips, any order", key: "0SR9019, 0SRB019", "pcs", answer: "0SRB019, 0SR9019",
                    ["correct 0SRB019", "correct 0SR9019"]),
        ScoringCase("both hips, device wrong on each", key: "0SR9019, 0SRB019", "pcs", answer: "0SRB0J9, 0SR90J9",
                    ["axis 0SRB0J9>0SRB019", "axis 0SR90J9>0SR9019"]),
        ScoringCase("knee replacement with diagnosis", key: "M17.11!, 0SRC0J9", "cm pcs", answer: "0SRC0J9, M17.11",
                    ["correct 0SRC0J9", "correct M17.11"]),
        ScoringCase("knee replacement, wrong side twice", key: "M17.11!, 0SRC0J9", "cm pcs", answer: "M17.12, 0SRD0J9",
                    ["specificity M17.12>M17.11", "axis 0SRD0J9>0SRC0J9"]),
        ScoringCase("PCS in an outpatient CPT item", key: "27447-RT", "cpt", answer: "0SRC0J9", ["extra 0SRC0J9", "missing 27447-RT"]),
        ScoringCase("CPT in a PCS item", key: "0SRC0J9", "pcs", answer: "27447", ["extra 27447", "missing 0SRC0J9"]),
        ScoringCase("appendectomy with diagnosis", key: "J11.00!, 0DTJ4ZZ", "cm pcs", answer: "J11.00 0DTJ4ZZ 0DTJ4ZZ",
                    ["correct J11.00", "correct 0DTJ4ZZ", "extra 0DTJ4ZZ"]),
        ScoringCase("PCS code in an ICD-10-CM item", key: "E11.42*", "cm", answer: "E11.42, 0SR9019", ["correct E11.42", "extra 0SR9019"]),
        ScoringCase("resection typed with no approach", key: "0DTJ4ZZ", "pcs", answer: "0DTJZZ", ["invalid 0DTJZZ>0DTJ4ZZ"]),
    ]

    @Test(arguments: procedures) func proceduresCase(_ scoringCase: ScoringCase) { check(scoringCase) }

    // MARK: - Empty answers, garbage, prefixes

    static let input: [ScoringCase] = [
        ScoringCase("empty answer", key: "E11.42*, Z79.4", "cm", answer: "", ["missing E11.42", "missing Z79.4"]),
        ScoringCase("separators only", key: "E11.42*, Z79.4", "cm", answer: "  ,;\n ,, ", ["missing E11.42", "missing Z79.4"]),
        ScoringCase("empty answer, optional code", key: "S52.521A*, W01.0XXA?", "cm", answer: "", ["missing S52.521A"]),
        ScoringCase("a word", key: "E11.42*", "cm", answer: "diabetes", ["invalid DIABETES", "missing E11.42"]),
        ScoringCase("punctuation", key: "E11.42*", "cm", answer: "E11.42, ???", ["correct E11.42", "invalid ???"]),
        ScoringCase("digits only", key: "E11.42*", "cm", answer: "123", ["invalid 123", "missing E11.42"]),
        ScoringCase("two codes run together", key: "E11.42*", "cm", answer: "E11.42E11.9", ["invalid E11.42E11.9>E11.42"]),
        ScoringCase("dot in the wrong place", key: "E11.42*", "cm", answer: "E1.142", ["invalid E1.142>E11.42"]),
        ScoringCase("prefix cm:", key: "E11.42*", "cm", answer: "cm:e1142", ["correct E11.42"]),
        ScoringCase("prefix as its own token", key: "E11.42*", "cm", answer: "cm: E11.42", ["correct E11.42"]),
        ScoringCase("prefix upper case", key: "E11.42*", "cm", answer: "CM:E11.42", ["correct E11.42"]),
        ScoringCase("unknown prefix", key: "E11.42*", "cm", answer: "icd:E11.42", ["invalid ICD:E11.42>E11.42"]),
        ScoringCase("prefix with nothing after it", key: "E11.42*", "cm", answer: "E11.42 cm:", ["correct E11.42", "invalid CM:"]),
        ScoringCase("cpt: prefix", key: "99213", "cpt", answer: "cpt:99213", ["correct 99213"]),
        ScoringCase("hcpcs: prefix with units", key: "J1885x2", "hcpcs", answer: "hcpcs:J1885 x2", ["correct J1885 x2"]),
        ScoringCase("prefix contradicting the shape", key: "E11.42*", "cm", answer: "cpt:E11.42", ["invalid CPT:E11.42>E11.42"]),
        ScoringCase("pcs: prefix on a diagnosis-shaped code", key: "0SR9019", "pcs", answer: "pcs:E11.42", ["invalid PCS:E11.42", "missing 0SR9019"]),
        ScoringCase("tabs and CRLF", key: "E11.42*, Z79.4", "cm", answer: "E11.42\t\r\nZ79.4\r\n", ["correct E11.42", "correct Z79.4"]),
        ScoringCase("everything wrong at once", key: "E11.621*, L97.411, Z79.4", "cm", answer: "L97.412 E11.6 I10 I10 xyz",
                    ["specificity L97.412>L97.411", "invalid E11.6>E11.621", "extra I10", "extra I10", "invalid XYZ", "missing Z79.4"]),
        ScoringCase("everything right, shuffled secondaries", key: "E11.621*, L97.411, Z79.4, I10", "cm",
                    answer: "e11621 i10 z794 l97411", ["correct E11.621", "correct I10", "correct Z79.4", "correct L97.411"]),
    ]

    @Test(arguments: input) func inputCase(_ scoringCase: ScoringCase) { check(scoringCase) }

    @Test func theTableHasAtLeast150Cases() {
        let count = Self.diabetes.count + Self.injuries.count + Self.rules.count + Self.evaluationAndManagement.count
            + Self.modifiers.count + Self.units.count + Self.procedures.count + Self.input.count
        #expect(count >= 150)
    }
}
