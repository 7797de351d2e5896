// The scoring suite: 100,000 answered items graded, through BatchGrader (JSON lines in,
// report out) and through the Scorer alone. Target: under one second.
import CodingScore
import Foundation
import TestSupport

@MainActor let scoringSuite = BenchSuite(name: "scoring", run: {
    let workload = ScoringWorkload(answers: 100_000, seed: 2026)
    let grader = BatchGrader(items: workload.items, scorer: Scorer(catalog: workload.catalog))
    // Timed like the command runs: the previous run's report is freed outside the clock.
    var report: BatchReport?
    var samples: [Double] = []
    for _ in 0..<5 {
        report = nil
        let start = now()
        report = grader.grade(workload.fileBytes)
        samples.append(now() - start)
    }
    let batchSeconds = samples.sorted()[samples.count / 2]
    guard let report, report.gradedCount == workload.lines.count, report.badLines.isEmpty else {
        throw BenchError.wrongResult("batch grading graded \(report?.gradedCount ?? 0) of \(workload.lines.count) answers")
    }

    let scorer = Scorer(catalog: workload.catalog)
    let parsers = workload.items.map { item -> AnswerParser? in
        if case .coding(let key) = item.key { return scorer.parser(for: key) }
        return nil
    }
    var correct = 0
    let scorerSeconds = medianSeconds(times: 5) {
        correct = 0
        for (position, answer) in workload.plain {
            let item = workload.items[position]
            let score: ItemScore
            switch item.key {
            case .coding(let key): score = scorer.score(parsers[position]!.parse(answer), key: key, inpatient: item.inpatient)
            case .multipleChoice(let key): score = scorer.score(choice: answer, key: key)
            }
            if score.chartCorrect { correct += 1 }
        }
    }
    let count = Double(workload.lines.count)
    return [
        BenchLine(label: "batch grading, 100,000 answers from JSON lines", value: batchSeconds * 1000, unit: "ms",
                  target: "< 1000 ms", met: batchSeconds < 1),
        BenchLine(label: "batch grading throughput", value: count / batchSeconds, unit: "items/s"),
        BenchLine(label: "Scorer alone, 100,000 answers", value: scorerSeconds * 1000, unit: "ms",
                  target: "< 1000 ms", met: scorerSeconds < 1),
        BenchLine(label: "Scorer throughput", value: count / scorerSeconds, unit: "items/s"),
        BenchLine(label: "chart-correct in the workload", value: 100 * Double(correct) / count, unit: "%"),
        BenchLine(label: "peak memory (workload, one report kept)", value: peakResidentMiB(), unit: "MiB"),
    ]
})

enum BenchError: Error, CustomStringConvertible {
    case wrongResult(String)
    var description: String {
        switch self {
        case .wrongResult(let what): return "wrong result: \(what)"
        }
    }
}

/// A realistic mixed workload: 40 items (ICD-10-CM, E/M with modifiers, injections with
/// units, ICD-10-PCS, multiple choice) and answers as trainees type them, right and wrong.
struct ScoringWorkload {
    var catalog = BenchCatalog()
    var items: [GradableItem] = []
    var lines: [String] = []
    var plain: [(Int, String)] = []
    var fileBytes: [UInt8] = []

    init(answers: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let specs: [(key: String, systems: [CodeSystem], inpatient: Bool)] = [
            ("E11.42* Z79.4", [.icd10cm], false), ("E11.621* L97.411 Z79.4", [.icd10cm], false),
            ("S52.521A* W01.0XXA? Y93.01?", [.icd10cm], false), ("M17.11* 27447-RT", [.icd10cm, .cpt], false),
            ("I12.9* N18.30", [.icd10cm], false), ("J45.901* 99213", [.icd10cm, .cpt], false),
            ("Z23* 90471 90686", [.icd10cm, .cpt], false), ("99213-25 11042 E11.621* L97.411", [.icd10cm, .cpt], false),
            ("96372 J1885x2 M54.50*", [.icd10cm, .cpt, .hcpcs], false), ("20610-RT J3301x4 M17.11*", [.icd10cm, .cpt, .hcpcs], false),
            ("0SR9019 M16.11!", [.icd10cm, .icd10pcs], true), ("0DTJ4ZZ K35.80!", [.icd10cm, .icd10pcs], true),
            ("O40.1XX0*", [.icd10cm], false), ("99284 S82.001A* W10.8XXA?", [.icd10cm, .cpt], false),
            ("64483-50 M54.16*", [.icd10cm, .cpt], false), ("J11.00! 3E0234Z", [.icd10cm, .icd10pcs], true),
            ("99223 J18.9! E11.65 I10", [.icd10cm, .cpt], true), ("97597-59 11042 L97.412*", [.icd10cm, .cpt], false),
        ]
        let parser = AnswerParser(catalog: catalog)
        var keys: [(AnswerKey, [String])] = []
        for spec in specs {
            var entries: [KeyEntry] = []
            var codes: [String] = []
            for token in spec.key.split(separator: " ") {
                var text = String(token)
                var optional = false
                var role: KeyRole?
                if text.hasSuffix("?") { optional = true; text.removeLast() }
                if text.hasSuffix("*") { role = .firstListed; text.removeLast() }
                if text.hasSuffix("!") { role = .principal; text.removeLast() }
                var reader = parser
                reader.systems = Set(spec.systems)
                let code = reader.read(text)
                entries.append(KeyEntry(KeyCode(system: code.system!, code: code.code, modifiers: code.modifiers, units: code.units),
                                        role: role ?? (code.system == .icd10cm ? .secondary : .procedure), optional: optional))
                codes.append(code.display)
            }
            keys.append((AnswerKey(entries: entries, systems: spec.systems), codes))
        }
        for (number, (key, _)) in keys.enumerated() {
            items.append(GradableItem(id: "item-\(number)", key: .coding(key), tags: ["chapter:\(number % 7)", "skill:s\(number % 4)"],
                                      inpatient: specs[number].inpatient))
        }
        for number in 0..<6 {
            items.append(GradableItem(id: "mc-\(number)", key: .multipleChoice(MultipleChoiceKey(options: ["A", "B", "C", "D"], answer: "B")),
                                      tags: ["domain:exam"]))
        }
        let near = ["E11.9", "E11.40", "S52.522A", "S52.521D", "M17.12", "99214", "99212", "0SR90J9", "0DTJ0ZZ", "N18.31", "E11.6",
                    "J45.909", "I10", "Z79.84", "R05.9", "xyz", "27447-LT", "J1885", "96372 x2", "11042-59", "E10.9"]
        var text = ""
        text.reserveCapacity(answers * 80)
        // A class answering every item: trainee n answers items in order, so no trainee answers an item twice.
        for line in 0..<answers {
            let position = line % items.count
            let trainee = "trainee-\(line / items.count)"
            var answer: String
            if position >= keys.count {
                answer = ["B", "b", "(b)", "A", "C", " d "][random.below(6)]
            } else {
                var codes = keys[position].1.map { $0.replacingOccurrences(of: " x", with: "x") }
                switch random.below(10) {
                case 0...3: break
                case 4: codes.removeLast()
                case 5: codes[random.below(codes.count)] = near[random.below(near.count)]
                case 6: codes.append(near[random.below(near.count)])
                case 7: codes = codes.map { $0.lowercased().replacingOccurrences(of: ".", with: "") }
                case 8: if codes.count > 2 { codes.swapAt(1, 2) }
                default: codes.swapAt(0, codes.count - 1)
                }
                answer = codes.joined(separator: random.below(2) == 0 ? ", " : " ")
            }
            let jsonLine = "{\"trainee\": \"\(trainee)\", \"item\": \"\(items[position].id)\", \"answer\": \"\(answer)\"}"
            lines.append(jsonLine)
            plain.append((position, answer))
            text += jsonLine
            text += "\n"
        }
        fileBytes = Array(text.utf8)
    }
}

/// The workload is the same on every run: drawn with the tests' seeded generator.
extension SeededGenerator {
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// A code book of the size scoring sees per answer: hashed look-ups of a few hundred codes.
struct BenchCatalog: CodeCatalog {
    let diagnoses: [String: CodeStatus]
    let procedures: Set<String>

    init() {
        var diagnoses: [String: CodeStatus] = [:]
        for code in ["E11.42", "E11.9", "E11.40", "E11.621", "E11.622", "E11.65", "L97.411", "L97.412", "Z79.4", "Z79.84",
                     "S52.521A", "S52.522A", "S52.521D", "W01.0XXA", "Y93.01", "W10.8XXA", "M17.11", "M17.12", "I12.9",
                     "N18.30", "N18.31", "J45.901", "J45.909", "Z23", "M54.50", "M16.11", "K35.80", "O40.1XX0", "S82.001A",
                     "M54.16", "J11.00", "J18.9", "I10", "R05.9", "E10.9"] {
            diagnoses[code] = .reportable
        }
        for header in ["E11", "E11.6", "E11.62", "N18", "S52.521"] { diagnoses[header] = .notReportable(reason: "\(header) is a header") }
        // Pad to a realistic table size.
        for number in 0..<5000 { diagnoses["Q\(number / 100).\(number % 100)"] = .reportable }
        self.diagnoses = diagnoses
        procedures = ["0SR9019", "0SR90J9", "0DTJ4ZZ", "0DTJ0ZZ", "3E0234Z"]
    }

    func status(of code: String, in system: CodeSystem) -> CodeStatus {
        switch system {
        case .icd10cm: return diagnoses[code] ?? .unknown
        case .icd10pcs: return procedures.contains(code) ? .reportable : .unknown
        case .cpt, .hcpcs: return .shapeOnly
        }
    }
    func excludes1(_ a: String, _ b: String) -> Bool { a.hasPrefix("E10") && b.hasPrefix("E11") || a.hasPrefix("E11") && b.hasPrefix("E10") }
    func title(of code: String, in system: CodeSystem) -> String? { nil }
    func pcsAxisTitle(of code: String, position: Int) -> String? { nil }
    func pcsValueLabel(of code: String, position: Int) -> String? { nil }
}
