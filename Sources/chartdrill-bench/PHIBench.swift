import ExercisePacks
import Foundation

/// The PHI scan on the independent corpus (`Tests/Fixtures/phi-corpus/`), written by someone
/// who had not seen the scanner: recall per Safe Harbor category and false alarms per kind of
/// clean line, on the held-out part (the tuning part is the scanner's own test).
@MainActor let phiSuite = BenchSuite(name: "phi") {
    let scanner = PHIScanner()
    var lines: [BenchLine] = []
    for part in ["heldout", "tuning"] {
        let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/phi-corpus/\(part).tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var caught: [String: (hit: Int, all: Int)] = [:]
        var alarms: [String: (hit: Int, all: Int)] = [:]
        var missed: [String] = []
        for row in text.split(separator: "\n") {
            let f = row.split(separator: "\t", maxSplits: 2).map(String.init)
            guard f.count == 3 else { continue }
            let found = !scanner.scan(line: f[2]).isEmpty
            if f[1] == "phi" {
                caught[f[0], default: (0, 0)].all += 1
                if found { caught[f[0], default: (0, 0)].hit += 1 } else { missed.append("\(f[0]): \(f[2])") }
            } else {
                alarms[f[0], default: (0, 0)].all += 1
                if found { alarms[f[0], default: (0, 0)].hit += 1 }
            }
        }
        let phi = caught.values.reduce((0, 0)) { ($0.0 + $1.hit, $0.1 + $1.all) }
        let clean = alarms.values.reduce((0, 0)) { ($0.0 + $1.hit, $0.1 + $1.all) }
        let recall = Double(phi.0) / Double(max(1, phi.1)) * 100
        let falseAlarms = Double(clean.0) / Double(max(1, clean.1)) * 100
        let heldOut = part == "heldout"
        lines.append(BenchLine(label: "\(part): recall over \(phi.1) identifier lines", value: recall, unit: "%",
                               target: heldOut ? "≥ 99%" : nil, met: heldOut ? recall >= 99 : nil))
        lines.append(BenchLine(label: "\(part): false alarms over \(clean.1) clean lines", value: falseAlarms, unit: "%",
                               target: heldOut ? "≤ 1%" : nil, met: heldOut ? falseAlarms <= 1 : nil))
        guard heldOut else { continue }
        for (category, figure) in caught.sorted(by: { $0.key < $1.key }) {
            lines.append(BenchLine(label: "  recall \(category) (\(figure.hit) of \(figure.all))",
                                   value: Double(figure.hit) / Double(figure.all) * 100, unit: "%", target: nil, met: nil))
        }
        for (category, figure) in alarms.sorted(by: { $0.key < $1.key }) where figure.hit > 0 {
            lines.append(BenchLine(label: "  false alarms \(category) (\(figure.hit) of \(figure.all))",
                                   value: Double(figure.hit) / Double(figure.all) * 100, unit: "%", target: nil, met: nil))
        }
    }
    return lines
}
