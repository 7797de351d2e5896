import Foundation
import ProgressStore

/// Progress with 100,000 attempts on file: open, record one more (fsynced), and the cost of
/// everything that reads all attempts (full decode, compaction), with memory and file size.
@MainActor let progressSuite = BenchSuite(name: "progress", run: {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chartdrill-bench-progress-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    let document = folder.appendingPathComponent("trainee.json")
    let count = 100_000
    let start = Date(timeIntervalSince1970: 1_700_000_000)

    func attempt(_ index: Int) -> Attempt {
        let correct = index % 3 != 0
        return Attempt(
            id: "a\(index)-\(UUID().uuidString.prefix(8))", time: start.addingTimeInterval(Double(index) * 97),
            mode: index % 10 == 0 ? .exam : .drill, packId: "pack-\(index % 12)", packVersion: "1.2.0",
            itemId: "item-\(index % 40)", answer: "E11.42, Z79.4, Z79.84",
            findings: [
                AttemptFinding(kind: .correct, entered: "E11.42", key: "E11.42"),
                AttemptFinding(kind: correct ? .correct : .specificity, entered: "Z79.4", key: "Z79.4"),
                AttemptFinding(kind: correct ? .correct : .missing, key: "Z79.84"),
            ],
            points: correct ? 3 : 1.5, maxPoints: 3, chartCorrect: correct, seconds: Double(30 + index % 90),
            tags: ["chapter:04", "skill:combination-codes"])
    }

    let seeder = try ProgressStore(documentURL: document)
    try seeder.seed(ProgressDocument(trainee: "Bench", attempts: (0..<count).map(attempt)))
    let size = Double((try FileManager.default.attributesOfItem(atPath: document.path)[.size] as? Int) ?? 0)

    // Open a store (as a new process would), record one more attempt, on disk when it returns.
    var next = count
    let openRecord = try medianSeconds(times: 21) {
        let store = try ProgressStore(documentURL: document)
        try store.record(attempt(next))
        next += 1
    }

    // What the REPL reads at start: name and exam sittings, no attempt decoded.
    let summary = try medianSeconds(times: 11) { _ = try ProgressStore(documentURL: document).summary() }

    // Everything that reads every attempt: a full load (decode) in a fresh store.
    var loaded = 0
    let fullLoad = try medianSeconds(times: 3) {
        loaded = try ProgressStore(documentURL: document).load().attempts.count
    }
    guard loaded == next else { throw ProgressError.unreadable(path: document.path, reason: "loaded \(loaded) of \(next)") }

    // With the document loaded (the REPL's case), recording keeps it current without re-reading.
    let loadedStore = try ProgressStore(documentURL: document)
    _ = try loadedStore.load()
    let recordLoaded = try medianSeconds(times: 21) {
        try loadedStore.record(attempt(next))
        next += 1
    }

    // Folding the journal into the document (every 4 MiB of journal, about 8,000 attempts).
    let compaction = try medianSeconds(times: 3) { try loadedStore.compact() }
    let stats = try medianSeconds(times: 3) {
        let doc = try loadedStore.load()
        _ = doc.stats().perTag()
        _ = doc.reviewQueue(now: Date())
    }

    return [
        BenchLine(label: "file size, 100,000 attempts", value: size / 1_048_576, unit: "MiB"),
        BenchLine(
            label: "open + record one more + save (fsync), 100,000 on file", value: openRecord * 1000, unit: "ms",
            target: "< 50 ms", met: openRecord < 0.050),
        BenchLine(label: "open + summary (name, exam sittings; no attempt decoded)", value: summary * 1000, unit: "ms"),
        BenchLine(label: "record one more with the document loaded", value: recordLoaded * 1000, unit: "ms"),
        BenchLine(label: "full load: decode all 100,000 attempts", value: fullLoad * 1000, unit: "ms"),
        BenchLine(label: "compaction: write all 100,000 attempts", value: compaction * 1000, unit: "ms"),
        BenchLine(label: "per-tag stats + review queue over 100,000", value: stats * 1000, unit: "ms"),
        BenchLine(label: "peak resident memory (peakResidentMiB)", value: peakResidentMiB(), unit: "MiB"),
    ]
})
