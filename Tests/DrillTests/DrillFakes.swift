import CodingScore
import ProgressStore
@testable import Drill
import Presentation

/// A code book of a few real codes, enough for the REPL's checks.
struct FakeCodeBook: CodeBookService {
    struct Catalog: CodeCatalog {
        let reportable: Set<String> = ["E11.42", "E11.9", "Z79.4", "I10", "J45.909", "S52.521A", "S52.522A", "99213", "99214"]
        let headers: [String: String] = ["E11.6": "E11.6 is a subcategory: choose a 5th character", "E11": "E11 is a category"]
        func status(of code: String, in system: CodeSystem) -> CodeStatus {
            if system == .cpt { return .shapeOnly }
            if reportable.contains(code) { return .reportable }
            if let reason = headers[code] { return .notReportable(reason: reason) }
            return .unknown
        }
        func excludes1(_ a: String, _ b: String) -> Bool { false }
        func title(of code: String, in system: CodeSystem) -> String? { nil }
        func pcsAxisTitle(of code: String, position: Int) -> String? { nil }
        func pcsValueLabel(of code: String, position: Int) -> String? { nil }
    }

    var catalog: any CodeCatalog { Catalog() }
    func lookup(_ query: String, width: Int) -> String { "E11.42  Type 2 diabetes with polyneuropathy (for '\(query)')\n" }
    func pcsLookup(_ query: String, width: Int) -> String { "0DT  Resection (for '\(query)')\n" }
    func show(_ code: String, width: Int) -> String { "\(code.uppercased())  shown\n" }
    func reference(_ part: CodeBookPart, _ query: String, width: Int) -> String { "\(part.rawValue): \(query)\n" }
    func completions(prefix: String) -> [String] {
        ["E11.610", "E11.618", "E11.620", "E11.621"].filter { $0.hasPrefix(prefix.uppercased()) }
    }
}

/// Progress kept in memory, recording what the REPL hands it.
final class FakeProgress: ProgressService {
    var traineeName: String?
    var attempts: [AttemptRecord] = []
    var exams: [String: ExamSnapshot] = [:]
    var due: [DueItem] = []
    var warnings: [String] = []
    var failRecords = false

    struct Failure: Error {}

    func setTraineeName(_ name: String) throws { traineeName = name }
    func record(_ attempt: AttemptRecord) throws {
        if failRecords { throw Failure() }
        attempts.append(attempt)
    }
    func updateExam(_ snapshot: ExamSnapshot, change: ExamChange) throws -> ExamSnapshot {
        var saved = exams[snapshot.packId].flatMap { $0.id == snapshot.id ? $0 : nil } ?? snapshot
        switch change {
        case .answer(let item, let text): saved.answers[item] = text.isEmpty ? nil : text
        case .flag(let item, let on): if on { saved.flags.insert(item) } else { saved.flags.remove(item) }
        case .position: break
        }
        saved.currentItemId = snapshot.currentItemId
        saved.timeUsed = max(saved.timeUsed, snapshot.timeUsed)
        exams[snapshot.packId] = saved
        return saved
    }
    func finishExam(id: String) throws { exams = exams.filter { $0.value.id != id } }
    func exam(packId: String) -> ExamSnapshot? { exams[packId] }
    func standing(packId: String) -> PackProgress? {
        let mine = attempts.filter { $0.packId == packId }
        guard !mine.isEmpty else { return nil }
        return PackProgress(itemsAttempted: Set(mine.map(\.itemId)).count, score: 0.5)
    }
    func dueItems(now: Double) -> [DueItem] { due }
    func weakestTags(limit: Int) -> [(tag: String, score: Double)] {
        attempts.isEmpty ? [] : [("skill:combination-codes", 0.25)]
    }
    func report(width: Int, style: TextStyle) -> String { "Progress: \(attempts.count) attempts\n" }
    func takeWarnings() -> [String] {
        defer { warnings = [] }
        return warnings
    }
}

enum Fixtures {
    static func codingItem(_ id: String, key: [KeyEntry], systems: [CodeSystem] = [.icd10cm], hint: String? = nil,
                           tags: [String] = ["skill:combination-codes"]) -> DrillItem {
        DrillItem(
            id: id, chartHeading: "Office note · outpatient",
            chartBody: "## Chief complaint\nBurning feet.\n\n## Assessment\nType 2 diabetes with polyneuropathy.",
            task: "Assign the ICD-10-CM codes.", content: .coding(AnswerKey(entries: key, systems: systems), inpatient: false),
            rationale: "Diabetes with polyneuropathy is a combination code.", hint: hint, tags: tags)
    }

    static let drillPack = DrillPack(
        id: "dx-basics", title: "Diagnosis basics", version: "1.0.0", mode: .drill, codeBookAllowed: true,
        timeLimit: nil, passMark: nil,
        items: [
            codingItem("dm-neuro", key: [
                KeyEntry(KeyCode(system: .icd10cm, code: "E11.42"), role: .firstListed),
                KeyEntry(KeyCode(system: .icd10cm, code: "Z79.4"), role: .secondary),
            ], hint: "Look for a combination code."),
            codingItem("htn", key: [KeyEntry(KeyCode(system: .icd10cm, code: "I10"), role: .firstListed)]),
            codingItem("asthma", key: [KeyEntry(KeyCode(system: .icd10cm, code: "J45.909"), role: .firstListed)]),
        ])

    static func choice(_ id: String, answer: String, domain: String) -> DrillItem {
        DrillItem(
            id: id, chartHeading: "", chartBody: "", task: "",
            content: .multipleChoice(
                question: "Which code is right for \(id)?",
                options: [("A", "99212"), ("B", "99213"), ("C", "99214"), ("D", "99215")],
                key: MultipleChoiceKey(options: ["A", "B", "C", "D"], answer: answer)),
            rationale: "Two of three MDM elements.", tags: ["domain:\(domain)"])
    }

    static let examPack = DrillPack(
        id: "mock", title: "Mock exam", version: "1.0.0", mode: .exam, codeBookAllowed: false, timeLimit: 600,
        passMark: 70,
        items: [
            choice("q1", answer: "B", domain: "evaluation-and-management"),
            choice("q2", answer: "C", domain: "evaluation-and-management"),
            choice("q3", answer: "A", domain: "medicine"),
        ])
}
