import CodeSets
import Drill
import ExercisePacks
import Foundation
import Installation
import ProgressStore

/// REPL start to prompt, all code sets available: the whole process (start, show the pack
/// list, read `quit`, leave) and the same work in process.
@MainActor let replSuite = BenchSuite(name: "repl") {
    let binary = repositoryRoot.appendingPathComponent(".build/release/chartdrill").path
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("chartdrill-bench-repl-\(getpid())")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    try Data("Bench\n".utf8).write(to: home.appendingPathComponent("trainee"))
    let script = home.appendingPathComponent("script.txt")
    try Data("quit\n".utf8).write(to: script)
    let environment = ["CHARTDRILL_HOME": home.path, "CHARTDRILL_DATA": repositoryRoot.path]

    var lines: [BenchLine] = []
    // Whole process: the first run warms the page cache, as a trainee's second start would be.
    let first = try LookupBenchProcess.run(binary, [], stdin: script.path, extraEnvironment: environment)
    guard first.contains("Packs") else { throw CocoaError(.fileReadCorruptFile) }
    var samples: [Double] = []
    for _ in 0..<20 {
        let start = now()
        _ = try LookupBenchProcess.run(binary, [], stdin: script.path, extraEnvironment: environment)
        samples.append(now() - start)
    }
    let whole = LookupBenchProcess.median(samples) * 1000
    lines.append(BenchLine(
        label: "chartdrill start → pack list → quit, whole process, median of 20", value: whole, unit: "ms",
        target: "< 50 ms", met: whole < 50))

    // The same with a trainee's history on file: the start screen shows standing per pack,
    // which reads every attempt.
    for count in [5_000, 20_000] {
        let store = try ProgressStore(documentURL: ProgressStore.documentURL(home: home, trainee: "Bench"))
        try? FileManager.default.removeItem(at: store.documentURL)
        try? FileManager.default.removeItem(at: store.journalURL)
        let seeded = try ProgressStore(documentURL: ProgressStore.documentURL(home: home, trainee: "Bench"))
        let start = Date(timeIntervalSince1970: 1_780_000_000)
        var history: [Attempt] = []
        for index in 0..<count {
            let right = index % 3 != 0
            history.append(Attempt(
                time: start.addingTimeInterval(Double(index) * 600), mode: .drill, packId: "icd10cm-outpatient",
                packVersion: "1.0.0", itemId: "item-\(index % 37)", answer: "E11.42, Z79.4",
                findings: [AttemptFinding(kind: .correct, entered: "E11.42", key: "E11.42")],
                points: right ? 1 : 0.5, maxPoints: 1, chartCorrect: right, seconds: 60,
                tags: ["chapter:04", "skill:combination-codes"]))
        }
        try seeded.seed(ProgressDocument(trainee: "Bench", attempts: history))
        var withHistory: [Double] = []
        for _ in 0..<10 {
            let begin = now()
            _ = try LookupBenchProcess.run(binary, [], stdin: script.path, extraEnvironment: environment)
            withHistory.append(now() - begin)
        }
        let figure = LookupBenchProcess.median(withHistory) * 1000
        lines.append(BenchLine(
            label: "the same with \(count) attempts on file, median of 10", value: figure, unit: "ms",
            target: count <= 5_000 ? "< 50 ms" : nil, met: count <= 5_000 ? figure < 50 : nil))
    }
    try? FileManager.default.removeItem(at: ProgressStore.documentURL(home: home, trainee: "Bench"))

    // In process: code book, every bundled pack, the trainee's progress, the start screen.
    let locations = DataLocations(dataRoot: repositoryRoot, home: home)
    let inProcess = try medianSeconds(times: 20) {
        let book = try CodeBook.load(from: locations.codeSetsFolder)
        let library = PackLibrary.load(
            packSources: locations.packSources(), chartLibraries: [locations.chartsFolder], catalog: book)
        let session = DrillSession(
            packs: library.packs.map(DrillPack.init), codeBook: CodeBookAdapter(book: book, style: .plain),
            progress: try ProgressAdapter(home: home), clock: SystemClock())
        _ = session.start()
    } * 1000
    lines.append(BenchLine(
        label: "in process: code book + bundled packs + progress + start screen, median of 20", value: inProcess,
        unit: "ms", target: "< 50 ms", met: inProcess < 50))
    return lines
}
