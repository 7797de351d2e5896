import CodeSets
import CodingScore
import ExercisePacks
import Foundation

/// `lint`: 1,000 charts and 100 packs holding 10,000 items, generated in a temporary folder,
/// loaded from disk and linted whole (the PHI scan included) against the shipped code book,
/// as `chartdrill lint` does; the same without code look-ups (`ShapeOnlyCatalog`) is shown
/// beside it. Target: under 1 second.
@MainActor let lintSuite = BenchSuite(name: "lint", run: {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chartdrill-lint-bench-\(getpid())")
    try? FileManager.default.removeItem(at: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    let charts = folder.appendingPathComponent("Content/charts")
    let packs = folder.appendingPathComponent("Exercises")
    try FileManager.default.createDirectory(at: charts, withIntermediateDirectories: true)
    let settings = ["outpatient", "inpatient", "emergency", "observation", "ambulatory-surgery"]
    for number in 0..<1000 {
        let id = String(format: "bench-%04d", number)
        let text = """
            ---
            id: \(id)
            setting: \(settings[number % settings.count])
            document: office note
            specialty: family medicine
            title: Bench chart \(number)
            ---
            ## Chief complaint
            Cough and fever for three days; seen on hospital day 2 of a prior stay.

            ## History of present illness
            The patient is a 58-year-old with type 2 diabetes and hypertension, treated with
            insulin glargine and metformin. Burning feet for six months, worse at night.
            Denies chest pain, shortness of breath, nausea or vomiting. Smoker, 30 pack-years.

            ## Examination
            BP 128/82, pulse 76, respiratory rate 16, temperature 38.1 C, SpO2 95% on room air.
            Strength 5/5 throughout; a 2/6 systolic murmur; vision 20/20; pain 3/10.
            Crackles at the right base. Monofilament sensation absent at the toes.

            ## Assessment and plan
            1. Community-acquired pneumonia, right lower lobe: start antibiotics.
            2. Type 2 diabetes with diabetic polyneuropathy: A1c 8.4%, start gabapentin.
            3. Essential hypertension: continue lisinopril 10 mg daily.
            Return in 2 weeks or sooner if worse.

            """
        try Data(text.utf8).write(to: charts.appendingPathComponent("\(id).md"))
    }
    for packNumber in 0..<100 {
        let id = String(format: "bench-pack-%03d", packNumber)
        var text = "id: \(id)\ntitle: Bench pack \(packNumber)\nversion: 1.0.0\nauthor: Bench\ncodeSet: FY2026\nitems:\n"
        for itemNumber in 0..<100 {
            let chart = String(format: "bench-%04d", (packNumber * 100 + itemNumber) % 1000)
            if itemNumber % 10 == 9 {
                text += """
                      - id: q\(itemNumber)
                        type: multiple-choice
                        question: |
                          A patient with type 2 diabetes has a foot ulcer. Which code is listed first?
                        options: {A: E11.621, B: L97.421, C: E11.9, D: Z79.4}
                        answer: A
                        rationale: The combination code comes first; the ulcer code follows it.
                        tags: [chapter:04, domain:diagnosis-coding]

                    """
            } else {
                text += """
                      - id: i\(itemNumber)
                        chart: \(chart)
                        task: Assign the codes for this encounter.
                        systems: [icd10cm, cpt]
                        key:
                          - code: J18.9
                          - E11.42
                          - anyOf: [I10, I11.9]
                          - code: 99214-25
                          - code: Z79.4
                            optional: true
                        rationale: |
                          Pneumonia is the reason for the visit; the diabetes has a combination
                          code for its neuropathy; hypertension is coded as documented.
                        tags: [chapter:10, skill:sequencing]
                        points: 1

                    """
            }
        }
        let packFolder = packs.appendingPathComponent(id)
        try FileManager.default.createDirectory(at: packFolder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: packFolder.appendingPathComponent("pack.yaml"))
    }
    var report: LintReport?
    // A code book opened afresh for each run, as `chartdrill lint` does: no warm memo.
    let seconds = try medianSeconds(times: 5) {
        let book = try CodeBook.load(from: repositoryRoot.appendingPathComponent("Content/codesets"))
        report = Linter(catalog: book).lint(packSources: [packs], chartLibraries: [charts])
    }
    let shapeOnly = Linter(catalog: ShapeOnlyCatalog())
    let shapeSeconds = medianSeconds(times: 5) {
        _ = shapeOnly.lint(packSources: [packs], chartLibraries: [charts])
    }
    guard let report, report.itemCount == 10_000, report.chartCount == 1000, !report.hasErrors else {
        throw LintBenchFailure(message: "the generated library did not lint clean: \(report?.summary ?? "no report"); "
            + (report?.diagnostics.prefix(3).map(\.description).joined(separator: "; ") ?? ""))
    }
    return [
        BenchLine(label: "lint 1,000 charts + 100 packs / 10,000 items, shipped code book", value: seconds * 1000,
            unit: "ms", target: "< 1000 ms", met: seconds < 1),
        BenchLine(label: "the same without code look-ups (ShapeOnlyCatalog)", value: shapeSeconds * 1000, unit: "ms"),
        BenchLine(label: "per item", value: seconds * 1e6 / 10_000, unit: "µs", target: nil, met: nil),
    ]
})

/// The lint bench could not set up what it measures.
struct LintBenchFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
