import ClassReports
import ClassReportsDemo
import Foundation
import ProgressStore

/// A large class: 1,000 trainees with 200 attempts each, on file; reported (load every file,
/// compute, render terminal, HTML, CSV and JSON) in one go.
@MainActor let reportSuite = BenchSuite(name: "report", run: {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chartdrill-bench-report-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    let trainees = 1_000, perTrainee = 200
    try SyntheticClass(trainees: trainees, attemptsPerTrainee: perTrainee).write(to: folder)
    var size = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        size += (try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? Int) ?? 0
    }

    var attempts = 0
    var loadOnly = 0.0, computeRender = 0.0
    let whole = try medianSeconds(times: 3) {
        let start = now()
        let report = try ClassReport.load(folder: folder, packs: SyntheticClass.packs)
        let loaded = now()
        _ = TerminalReport(report).render()
        _ = HTMLReport(report).render()
        _ = CSVReport(report).roster()
        _ = CSVReport(report).items()
        _ = try report.jsonData()
        computeRender = now() - loaded
        loadOnly = loaded - start
        attempts = report.summary.attempts
    }
    guard attempts == trainees * perTrainee else {
        throw ReportError.folderUnreadable(path: folder.path, reason: "reported \(attempts) attempts of \(trainees * perTrainee)")
    }
    let (loadedTrainees, _) = try ProgressFolder.load(folder)
    let folderLoad = try medianSeconds(times: 3) { _ = try ProgressFolder.load(folder) }
    let compute = medianSeconds(times: 3) { _ = ClassReport(trainees: loadedTrainees, packs: SyntheticClass.packs) }
    return [
        BenchLine(label: "class files, 1,000 trainees x 200 attempts", value: Double(size) / 1_048_576, unit: "MiB"),
        BenchLine(
            label: "report 1,000 trainees x 200 attempts: load + compute + render (terminal, HTML, CSV, JSON)",
            value: whole * 1000, unit: "ms", target: "< 3 s", met: whole < 3),
        BenchLine(label: "  of which load and compute (ClassReport.load)", value: loadOnly * 1000, unit: "ms"),
        BenchLine(label: "  of which rendering", value: computeRender * 1000, unit: "ms"),
        BenchLine(label: "reading the files alone (ProgressFolder.load)", value: folderLoad * 1000, unit: "ms"),
        BenchLine(label: "computing the report alone (ClassReport.init)", value: compute * 1000, unit: "ms"),
        BenchLine(label: "peak resident memory (peakResidentMiB)", value: peakResidentMiB(), unit: "MiB"),
    ]
})
