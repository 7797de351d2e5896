import ClassReports
import CodingScore
import Foundation
import ProgressStore
import TestSupport

/// A deterministic synthetic class for demonstrations, tests and the bench: trainees of
/// varied ability who sit mock exams of a pack shaped like the first 30 questions of the bundled `cpc-mock-a` (its 30
/// item ids, answer letters and domain tags) and drill coding items shaped like the bundled
/// `icd10cm-outpatient` (real item ids and key codes, with the wrong answers the pack's
/// rationales warn about).
///
/// Results follow a simple item-response model (a logistic of ability minus item difficulty),
/// so stronger trainees do better. Everything here is simulated: no real trainee, and one
/// multiple-choice item (`q17`) is deliberately simulated as mis-keyed (the ablest trainees
/// choose C, which the key marks wrong) so that the report's negative-discrimination flag
/// has something to find. Same seed, same class.
public struct SyntheticClass: Sendable {
    public var trainees: Int
    public var seed: UInt64
    /// Exactly this many attempts per trainee when set (more drill and review attempts, or
    /// fewer, cut at the end); the natural number otherwise (one to three mock exams, each
    /// coding item once or twice).
    public var attemptsPerTrainee: Int?
    /// When the first attempt happens.
    public var start: Date

    public init(trainees: Int, seed: UInt64 = 2026, attemptsPerTrainee: Int? = nil, start: Date = Date(timeIntervalSince1970: 1_767_225_600)) {
        self.trainees = trainees
        self.seed = seed
        self.attemptsPerTrainee = attemptsPerTrainee
        self.start = start
    }

    /// The mock exam pack's shape: `cpc-mock-a`'s item ids, answers and first domain tag.
    public static let mockExamShape: [(id: String, answer: String, tag: String)] = [
        ("q01", "B", "domain:evaluation-and-management"), ("q02", "C", "domain:evaluation-and-management"),
        ("q03", "B", "domain:evaluation-and-management"), ("q04", "D", "domain:anesthesia"), ("q05", "A", "domain:anesthesia"),
        ("q06", "A", "domain:integumentary"), ("q07", "A", "domain:integumentary"), ("q08", "B", "domain:musculoskeletal"),
        ("q09", "D", "domain:musculoskeletal"), ("q10", "C", "domain:respiratory-cardiovascular"),
        ("q11", "C", "domain:respiratory-cardiovascular"), ("q12", "D", "domain:digestive"), ("q13", "C", "domain:digestive"),
        ("q14", "D", "domain:urinary-reproductive"), ("q15", "A", "domain:urinary-reproductive"),
        ("q16", "A", "domain:nervous-eye-ear"), ("q17", "B", "domain:nervous-eye-ear"), ("q18", "B", "domain:nervous-eye-ear"),
        ("q19", "D", "domain:radiology"), ("q20", "C", "domain:radiology"), ("q21", "C", "domain:pathology-lab"),
        ("q22", "D", "domain:pathology-lab"), ("q23", "A", "domain:medicine"), ("q24", "B", "domain:medicine"),
        ("q25", "B", "domain:medicine"), ("q26", "A", "domain:icd10cm"), ("q27", "A", "domain:icd10cm"),
        ("q28", "B", "domain:hcpcs"), ("q29", "D", "domain:compliance-coding-guidelines"),
        ("q30", "C", "domain:compliance-coding-guidelines"),
    ]

    /// The item simulated as mis-keyed, and the option the ablest trainees choose.
    public static let misKeyedItem = (id: "q17", chosen: "C")

    /// One way to get a coding item wrong: the findings for the slots it touches.
    struct Mistake {
        var weight: Double
        /// Key codes this mistake replaces or leaves out (the rest are typed right).
        var touches: [String]
        var findings: [AttemptFinding]
    }

    struct CodingShape {
        var id: String
        var key: [String]
        var tags: [String]
        var difficulty: Double
        var mistakes: [Mistake]
    }

    static func spec(_ entered: String, _ key: String) -> AttemptFinding { AttemptFinding(kind: .specificity, entered: entered, key: key) }

    /// Coding items shaped like `icd10cm-outpatient`.
    static let codingShape: [CodingShape] = [
        CodingShape(
            id: "dm2-polyneuropathy-insulin", key: ["E11.42"],
            tags: ["chapter:04", "chapter:21", "skill:combination-codes", "skill:use-additional-code"], difficulty: 0.2,
            mistakes: [
                Mistake(weight: 5, touches: ["E11.42"], findings: [spec("E11.40", "E11.42")]),
                Mistake(weight: 2, touches: ["E11.42"], findings: [spec("E11.9", "E11.42"), AttemptFinding(kind: .extra, entered: "G62.9")]),
            ]),
        CodingShape(
            id: "htn-heart-failure-ckd", key: ["I13.0", "I50.32", "N18.4"],
            tags: ["chapter:09", "chapter:14", "skill:hypertension-combination"], difficulty: 0.9,
            mistakes: [
                Mistake(weight: 5, touches: ["I13.0"], findings: [AttemptFinding(kind: .extra, entered: "I10"), AttemptFinding(kind: .missing, key: "I13.0")]),
                Mistake(weight: 3, touches: ["N18.4"], findings: [spec("N18.9", "N18.4")]),
                Mistake(weight: 2, touches: ["I50.32"], findings: [spec("I50.9", "I50.32")]),
            ]),
        CodingShape(
            id: "uti-ecoli", key: ["N39.0", "B96.20"], tags: ["chapter:14", "chapter:01", "skill:use-additional-code", "skill:organism"],
            difficulty: -0.3,
            mistakes: [
                Mistake(weight: 5, touches: ["B96.20"], findings: [AttemptFinding(kind: .missing, key: "B96.20")]),
                Mistake(weight: 2, touches: ["B96.20"], findings: [AttemptFinding(kind: .invalid, entered: "B96.2", key: "B96.20")]),
                Mistake(weight: 1, touches: [], findings: [AttemptFinding(kind: .extra, entered: "R30.0")]),
            ]),
        CodingShape(
            id: "depression-recurrent-moderate", key: ["F33.1"], tags: ["chapter:05", "skill:specificity"], difficulty: 0.1,
            mistakes: [
                Mistake(weight: 4, touches: ["F33.1"], findings: [AttemptFinding(kind: .extra, entered: "F32.1"), AttemptFinding(kind: .missing, key: "F33.1")]),
                Mistake(weight: 3, touches: ["F33.1"], findings: [spec("F33.9", "F33.1")]),
            ]),
        CodingShape(
            id: "otitis-media-bilateral", key: ["H66.003"], tags: ["chapter:08", "skill:laterality"], difficulty: -0.6,
            mistakes: [
                Mistake(weight: 5, touches: ["H66.003"], findings: [spec("H66.009", "H66.003")]),
                Mistake(weight: 2, touches: ["H66.003"], findings: [spec("H66.001", "H66.003")]),
            ]),
        CodingShape(
            id: "cataract-right-eye", key: ["H25.11"], tags: ["chapter:07", "skill:laterality"], difficulty: -2.8,
            mistakes: [Mistake(weight: 1, touches: ["H25.11"], findings: [spec("H25.12", "H25.11")])]),
        CodingShape(
            id: "colles-fracture-routine-healing", key: ["S52.531D"],
            tags: ["chapter:19", "skill:seventh-character", "skill:fracture-healing"], difficulty: 0.5,
            mistakes: [
                Mistake(weight: 6, touches: ["S52.531D"], findings: [spec("S52.531A", "S52.531D")]),
                Mistake(weight: 2, touches: ["S52.531D"], findings: [spec("S52.532D", "S52.531D")]),
                Mistake(weight: 2, touches: ["S52.531D"], findings: [AttemptFinding(kind: .invalid, entered: "S52.531", key: "S52.531D")]),
            ]),
    ]

    /// Item difficulties of the mock exam (logits), fixed so the demo has an easy and a hard item.
    static func mockDifficulty(_ index: Int) -> Double {
        switch index {
        case 0: return -3.2  // q01: almost everyone right (too easy)
        case 10: return 3.0  // q11: almost no one right (too hard)
        default: return -1.7 + Double((index * 7) % 23) / 11.0  // spread from -1.7 to 0.3
        }
    }

    /// The packs as a report should know them.
    public static var packs: [ReportPack] {
        [
            ReportPack(
                id: "cpc-mock-a", title: "CPC mock exam A", version: "1.0.0", passMark: 70,
                items: mockExamShape.map {
                    ReportItem(id: $0.id, kind: .multipleChoice(options: ["A", "B", "C", "D"], answer: $0.answer), tags: [$0.tag])
                }),
            ReportPack(
                id: "icd10cm-outpatient", title: "ICD-10-CM outpatient diagnosis coding", version: "1.0.0",
                items: codingShape.map { ReportItem(id: $0.id, kind: .coding, tags: $0.tags) }),
        ]
    }

    static let firstNames = ["Ana", "Ben", "Chloé", "Dev", "Ema", "Farid", "Grace", "Hiro", "Inès", "Jonah", "Kemi", "Liam", "Mei", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tariq"]
    static let lastNames = ["Lima", "O'Neil", "Novak", "Okafor", "Berg", "Haddad", "Kim", "Tanaka", "Moreau", "Reyes", "Adeyemi", "Walsh", "Chen", "Petrova", "Said", "Nair", "Lund", "Costa", "Park", "Aziz"]

    /// The name of trainee `index` (distinct for the first 400, numbered after).
    public static func name(_ index: Int) -> String {
        let base = "\(firstNames[index % 20]) \(lastNames[(index / 20 + index * 7) % 20])"
        return index < 400 ? base : "\(base) \(index / 400 + 1)"
    }

    /// The trainees' progress documents.
    public func documents() -> [ProgressDocument] {
        (0..<trainees).map(document)
    }

    /// Writes each trainee's progress as `<slug>.json` in `folder` (created if needed) through
    /// `ProgressStore.seed`, as a trainee's ChartDrill would leave it.
    /// - Returns: the files written.
    @discardableResult
    public func write(to folder: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var urls: [URL] = []
        for (index, document) in documents().enumerated() {
            let url = folder.appendingPathComponent("\(ProgressStore.slug(Self.name(index)))-\(index).json")
            try ProgressStore(documentURL: url).seed(document)
            try? FileManager.default.removeItem(atPath: url.path + ".lock")
            urls.append(url)
        }
        return urls
    }

    func document(_ index: Int) -> ProgressDocument {
        var rng = SeededGenerator(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let ability = rng.normal()
        var attempts: [Attempt] = []
        var time = start.addingTimeInterval(Double(index % 7) * 3600)
        func next(_ seconds: Double) -> Date {
            time = time.addingTimeInterval(seconds)
            return time
        }
        func id(_ n: Int) -> String { String(format: "t%04d-a%05d", index, n) }

        // Coding drill: each item once, in pack order, over the first days.
        var codingResults: [Bool] = []
        for item in Self.codingShape {
            let attempt = coding(item, ability: ability, rng: &rng, id: id(attempts.count), time: next(600 + rng.uniform() * 1800), mode: .drill)
            codingResults.append(attempt.chartCorrect)
            attempts.append(attempt)
        }
        // Mock exams: one to three sittings a few days apart, ability growing a little.
        let sittings = 1 + Int(rng.uniform() * 3)
        for sitting in 0..<sittings {
            let session = String(format: "t%04d-exam%d", index, sitting)
            _ = next(86_400 * (2 + rng.uniform() * 3))
            for (itemIndex, item) in Self.mockExamShape.enumerated() {
                let growth = ability + 0.25 * Double(sitting)
                let answer = mockAnswer(itemIndex, ability: growth, rng: &rng)
                let right = answer == item.answer
                attempts.append(
                    Attempt(
                        id: id(attempts.count), time: next(60 + rng.uniform() * 120), mode: .exam, packId: "cpc-mock-a",
                        packVersion: "1.0.0", itemId: item.id, answer: answer, findings: [], points: right ? 1 : 0,
                        maxPoints: 1, chartCorrect: right, seconds: 60 + rng.uniform() * 120, tags: [item.tag], examSessionId: session))
            }
        }
        // Review of the coding items missed, once each.
        for (item, right) in zip(Self.codingShape, codingResults) where !right {
            attempts.append(coding(item, ability: ability + 0.5, rng: &rng, id: id(attempts.count), time: next(86_400), mode: .review))
        }
        // A fixed number of attempts: more drill, cycling over the coding items, or cut.
        if let target = attemptsPerTrainee {
            var cycle = 0
            while attempts.count < target {
                let item = Self.codingShape[cycle % Self.codingShape.count]
                attempts.append(coding(item, ability: ability + 0.6, rng: &rng, id: id(attempts.count), time: next(900), mode: .drill))
                cycle += 1
            }
            if attempts.count > target { attempts.removeLast(attempts.count - target) }
        }
        // An instructor's manual credit now and then: a defensible answer to the fracture item.
        if index % 9 == 4, let wrong = attempts.firstIndex(where: { $0.itemId == "colles-fracture-routine-healing" && $0.answer == "S52.531A" }) {
            attempts[wrong].overrides.append(
                ManualCredit(
                    id: String(format: "t%04d-credit", index), by: "instructor", time: attempts[wrong].time.addingTimeInterval(86_400),
                    points: attempts[wrong].maxPoints,
                    reason: "The note reads as if treatment were still active; S52.531A is defensible from it."))
        }
        return ProgressDocument(trainee: Self.name(index), attempts: attempts)
    }

    /// The option a trainee of `ability` chooses on mock item `index`.
    func mockAnswer(_ index: Int, ability: Double, rng: inout SeededGenerator) -> String {
        let item = Self.mockExamShape[index]
        let letters = ["A", "B", "C", "D"]
        if item.id == Self.misKeyedItem.id {
            // The simulated mis-key: the ablest trainees pick C, the option a sound reading supports.
            if rng.uniform() < Self.logistic(2.5 * ability) { return Self.misKeyedItem.chosen }
            return rng.uniform() < 0.7 ? item.answer : "A"
        }
        if rng.uniform() < Self.logistic(1.7 * (ability - Self.mockDifficulty(index))) { return item.answer }
        // Wrong: one attractive distractor (the next letter), the others less often.
        let distractors = letters.filter { $0 != item.answer }
        let roll = rng.uniform()
        return roll < 0.6 ? distractors[(index) % 3] : roll < 0.85 ? distractors[(index + 1) % 3] : distractors[(index + 2) % 3]
    }

    func coding(_ item: CodingShape, ability: Double, rng: inout SeededGenerator, id: String, time: Date, mode: AttemptMode) -> Attempt {
        let right = rng.uniform() < Self.logistic(1.7 * (ability - item.difficulty))
        var findings: [AttemptFinding] = []
        var touched = Set<String>()
        var wrong: [AttemptFinding] = []
        if !right {
            let total = item.mistakes.map(\.weight).reduce(0, +)
            var roll = rng.uniform() * total
            var mistake = item.mistakes[item.mistakes.count - 1]
            for candidate in item.mistakes {
                if roll < candidate.weight {
                    mistake = candidate
                    break
                }
                roll -= candidate.weight
            }
            touched = Set(mistake.touches)
            wrong = mistake.findings
        }
        for code in item.key where !touched.contains(code) { findings.append(AttemptFinding(kind: .correct, entered: code, key: code)) }
        findings += wrong
        let correct = findings.filter { $0.kind == .correct }.count
        let extras = findings.filter { $0.kind == .extra }.count
        let maxPoints = Double(item.key.count)
        let points = max(0, Double(correct) - 0.5 * Double(extras))
        let answer = findings.compactMap(\.entered).joined(separator: ", ")
        return Attempt(
            id: id, time: time, mode: mode, packId: "icd10cm-outpatient", packVersion: "1.0.0", itemId: item.id, answer: answer,
            findings: findings, points: points, maxPoints: maxPoints, chartCorrect: right, seconds: 90 + rng.uniform() * 240,
            tags: item.tags)
    }

    static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
}

/// The draws the simulation makes from the tests' seeded generator (SplitMix64): the same seed
/// gives the same class on every platform.
extension SeededGenerator {
    /// Uniform in [0, 1).
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u1 = max(uniform(), 1e-12), u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }
}
