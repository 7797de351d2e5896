import CodeSets
import CodingScore
import Foundation

/// Scoring one very long answer (1,000, 10,000 and 100,000 codes) against the shipped code
/// book: time should grow about in proportion, not with the square (it once took minutes).
@MainActor let longAnswerSuite = BenchSuite(name: "long-answer") {
    let book = try CodeBook.load(from: repositoryRoot.appendingPathComponent("Content/codesets"))
    var pool: [String] = []
    for prefix in ["E11.", "E10.", "J44.", "J45.", "I10", "I11.", "K50.", "K51.", "N18.", "Z79.", "F32.", "M54.", "S52.", "O24."] {
        pool += book.completions(prefix: prefix, limit: 200)
    }
    let key = AnswerKey(entries: [
        KeyEntry(KeyCode(system: .icd10cm, code: "E11.42"), role: .firstListed),
        KeyEntry(KeyCode(system: .icd10cm, code: "Z79.4"), role: .secondary),
        KeyEntry(KeyCode(system: .cpt, code: "99213", modifiers: ["25"]), role: .procedure),
    ])
    let scorer = Scorer(catalog: book)
    var lines: [BenchLine] = []
    var previous: Double?
    for count in [1_000, 10_000, 100_000] {
        var random = SystemRandomNumberGenerator()
        let answer = (0..<count).map { index in
            index % 10 == 9 ? "99213-25" : pool[Int.random(in: 0..<pool.count, using: &random)]
        }.joined(separator: ", ")
        let seconds = try medianSeconds(times: count >= 100_000 ? 1 : 3) {
            let parsed = scorer.parser(for: key).parse(answer)
            let score = scorer.score(parsed, key: key, inpatient: false)
            guard score.findings.count >= count else { throw BenchError.wrongResult("\(score.findings.count) findings for \(count) codes") }
        }
        var label = "score one answer of \(count) codes (parse, pair, Excludes1)"
        if let previous { label += String(format: ", %.1f× the time of one tenth the size", seconds / previous) }
        lines.append(BenchLine(label: label, value: seconds * 1000, unit: "ms", target: nil, met: nil))
        previous = seconds
    }
    return lines
}
