import ExercisePacks
import Foundation

/// The PHI scan on the independent corpus (`Tests/Fixtures/phi-corpus/`), written by someone
/// who had not seen the scanner: recall per Safe Harbor category and false alarms per kind of
/// clean line, on the held-out part (the tuning part is the scanner's own test). A missing part is
/// skipped with a notice; `PHI_BENCH_VERBOSE=1` lists the missed lines and the false alarms of the tuning parts.
@MainActor let phiSuite = BenchSuite(name: "phi") {
    let scanner = PHIScanner()
    var lines: [BenchLine] = []
    // `PHI_BENCH_EXTRA=file.tsv` measures one more corpus in the same format.
    let extra = ProcessInfo.processInfo.environment["PHI_BENCH_EXTRA"]
    // `PHI_BENCH_PARTS=tuning,tuning-2` measures only those parts (while tuning, so as not to see the held-out figure).
    let parts = ProcessInfo.processInfo.environment["PHI_BENCH_PARTS"].map { $0.split(separator: ",").map(String.init) }
        ?? ["heldout", "tuning", "tuning-2", "tuning-3", "tuning-4", "tuning-5", "tuning-6", "tuning-7", "tuning-8", "tuning-9", "tuning-10", "tuning-11", "tuning-12", "tuning-13", "tuning-14", "tuning-15", "tuning-16", "tuning-17", "tuning-18", "tuning-19", "tuning-20", "tuning-21", "tuning-22", "tuning-23", "tuning-24", "tuning-25", "tuning-26", "tuning-27", "tuning-28", "tuning-29", "tuning-30", "tuning-31", "tuning-32", "tuning-33", "tuning-34", "tuning-35", "tuning-36", "tuning-37", "tuning-38", "unsolved"]
    for part in parts + (extra.map { [$0] } ?? []) {
        let url = part.hasSuffix(".tsv") ? URL(fileURLWithPath: part)
            : repositoryRoot.appendingPathComponent("Tests/Fixtures/phi-corpus/\(part).tsv")
        guard FileManager.default.fileExists(atPath: url.path) else {
            print("  (\(part).tsv is missing: skipped)")
            continue
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        let verbose = ProcessInfo.processInfo.environment["PHI_BENCH_VERBOSE"] != nil
        var caught: [String: (hit: Int, all: Int)] = [:]
        var alarms: [String: (hit: Int, all: Int)] = [:]
        var missed: [String] = []
        var alarmLines: [String] = []
        for row in text.split(separator: "\n") {
            let f = row.split(separator: "\t", maxSplits: 2).map(String.init)
            guard f.count == 3 else { continue }
            let findings = scanner.scan(line: f[2])
            if ProcessInfo.processInfo.environment["PHI_BENCH_EXPLAIN"] != nil, part.hasSuffix(".tsv") {
                print("  \(f[2])  <- \(findings.map { "\($0.kind.rawValue) '\($0.text)'" })")
                for token in scanner.tokenReport(line: f[2]) { print("    \(token)") }
            }
            let found = !findings.isEmpty
            if f[1] == "phi" {
                caught[f[0], default: (0, 0)].all += 1
                if found { caught[f[0], default: (0, 0)].hit += 1 } else { missed.append("\(f[0]): \(f[2])") }
            } else {
                alarms[f[0], default: (0, 0)].all += 1
                if found {
                    alarms[f[0], default: (0, 0)].hit += 1
                    alarmLines.append("\(f[0]): \(f[2])  <- \(findings.map { "\($0.kind.rawValue) '\($0.text)'" })")
                }
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
        // The held-out lines are never listed: whoever reads them would tune to them.
        if verbose, !heldOut {
            for line in missed { print("  missed \(part) \(line)") }
            for line in alarmLines { print("  alarm \(part) \(line)") }
        }
        for (category, figure) in caught.sorted(by: { $0.key < $1.key }) {
            lines.append(BenchLine(label: "  recall \(category) (\(figure.hit) of \(figure.all))",
                                   value: Double(figure.hit) / Double(figure.all) * 100, unit: "%", target: nil, met: nil))
        }
        for (category, figure) in alarms.sorted(by: { $0.key < $1.key }) where figure.hit > 0 {
            lines.append(BenchLine(label: "  false alarms \(category) (\(figure.hit) of \(figure.all))",
                                   value: Double(figure.hit) / Double(figure.all) * 100, unit: "%", target: nil, met: nil))
        }
    }
    // The scan's cost per line, over the tuning lines (the lint bench scans every chart and item line).
    let tuning = repositoryRoot.appendingPathComponent("Tests/Fixtures/phi-corpus/tuning.tsv")
    if let text = try? String(contentsOf: tuning, encoding: .utf8) {
        let rows = text.split(separator: "\n").compactMap { $0.split(separator: "\t", maxSplits: 2).last.map(String.init) }
        var found = 0
        let seconds = medianSeconds(times: 5) { for row in rows { found &+= scanner.scan(line: row).count } }
        lines.append(BenchLine(label: "scan cost per line (\(rows.count) lines, \(found / 5) findings)",
                               value: seconds / Double(max(1, rows.count)) * 1e6, unit: "µs", target: nil, met: nil))
    }
    return lines
}
