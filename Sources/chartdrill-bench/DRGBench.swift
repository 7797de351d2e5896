import CodingScore
import DRGImpact
import Foundation

/// MS-DRG grouping through the msdrg library: 10,000 claims, against the package's own
/// Python API on the same claims, and the latency a drill adds to an inpatient item.
@MainActor let drgSuite = BenchSuite(name: "drg") {
    let grouperFolder = repositoryRoot.appendingPathComponent(".build/msdrg")
    let service = DRGService(
        grouperFolders: [grouperFolder], codeSetsFolder: repositoryRoot.appendingPathComponent("Content/codesets"),
        baseRatesFile: repositoryRoot.appendingPathComponent("Content/payment/ipps-base-rates.tsv"))
    let grouper = try service.grouper(codeSet: "FY2026")
    let parser = AnswerParser(systems: [.icd10cm, .icd10pcs])
    let answers = [
        "A41.51 N10 R65.20 N17.9 02HV33Z", "N10 A41.51 N17.9", "I50.23 I10 N18.30", "I50.9 I10", "J18.9 J96.01 E11.9",
        "J96.01 J18.9 5A1955Z 0BH17EZ", "I63.512 G81.91 R47.01 I10 3E03317", "K26.4 D62 0W3P8ZZ",
        "M17.11 D62 I10 0SRC0J9 30233N1", "S72.142A I48.0 Z79.01 0QS736Z", "I21.4 I25.10 E11.9 02100Z9 021109W 06BQ4ZZ",
        "K35.32 0DTJ4ZZ", "L89.154 E43 0JBL0ZZ", "G93.41 N39.0 B96.20", "N17.0 N18.4 E87.1", "F10.239 F10.20",
    ]
    let claims: [Claim] = (0..<10_000).map { index in
        ClaimBuilder.answer(parser.parse(answers[index % answers.count]), key: AnswerKey(entries: []),
                            patient: Patient(age: 40 + index % 50, sex: index % 2 == 0 ? .male : .female))
    }
    var lines: [BenchLine] = []
    let start = now()
    var checksum = 0
    for claim in claims { checksum &+= try grouper.group(claim).grouping.drg }
    let seconds = now() - start
    lines.append(BenchLine(label: "group 10,000 claims with the code editor (ChartDrill through libmsdrg)", value: seconds * 1000,
                           unit: "ms", target: nil, met: nil))
    lines.append(BenchLine(label: "  claims per second", value: Double(claims.count) / seconds, unit: "claims/s", target: nil, met: nil))

    // Where the time goes: the library calls alone, without reading their JSON.
    let jsons = claims.map { $0.json(version: 431, dischargeDate: 20260401) }
    let rawStart = now()
    for json in jsons { _ = grouper.library.rawGroup(json); _ = grouper.library.rawEdit(json) }
    lines.append(BenchLine(label: "  of which the library's own group + edit calls", value: (now() - rawStart) * 1000, unit: "ms",
                           target: nil, met: nil))

    // The peer: the package's own Python API, grouping and editing the same claims in one process.
    let python = grouperFolder.appendingPathComponent("venv/bin/python")
    if FileManager.default.isExecutableFile(atPath: python.path) {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("chartdrill-bench-claims-\(getpid()).jsonl")
        defer { try? FileManager.default.removeItem(at: input) }
        try Data(claims.map { $0.json(version: 431, dischargeDate: 20260401) }.joined(separator: "\n").utf8).write(to: input)
        let script = """
            import json, sys, time
            from msdrg import MsdrgGrouper, MceEditor
            claims = [json.loads(l) for l in open(sys.argv[1])]
            with MsdrgGrouper() as g, MceEditor() as m:
                t = time.perf_counter()
                for c in claims:
                    g.group({k: v for k, v in c.items() if k not in ("discharge_date", "icd_version")}); m.edit(c)
                print(time.perf_counter() - t)
            """
        let output = try LookupBenchProcess.run(python.path, ["-c", script, input.path], stdin: nil, extraEnvironment: [:])
        if let peer = Double(output.trimmingCharacters(in: .whitespacesAndNewlines)) {
            lines.append(BenchLine(label: "  msdrg's Python API on the same claims (group + edit)", value: peer * 1000, unit: "ms",
                                   target: nil, met: nil))
            lines.append(BenchLine(label: "  ChartDrill ÷ Python time", value: seconds / peer, unit: "×", target: nil, met: nil))
        }
    }

    // What a drill adds after an inpatient answer: both claims grouped and edited, compared.
    let key = AnswerKey(entries: [
        KeyEntry(KeyCode(system: .icd10cm, code: "A41.51"), role: .principal),
        KeyEntry(KeyCode(system: .icd10cm, code: "N10"), role: .secondary),
        KeyEntry(KeyCode(system: .icd10cm, code: "R65.20"), role: .secondary),
        KeyEntry(KeyCode(system: .icd10cm, code: "N17.9"), role: .secondary),
        KeyEntry(KeyCode(system: .icd10pcs, code: "02HV33Z"), role: .procedure),
    ])
    let typed = parser.parse("N10, A41.51, N17.9, Z38.00, 02HV33Z")
    let patient = Patient(age: 72, sex: .female)
    let perItem = try medianSeconds(times: 200) {
        _ = try service.impact(answer: typed, key: key, patient: patient, codeSet: "FY2026").lines()
    }
    lines.append(BenchLine(label: "drill's added latency per inpatient item (impact with a code-editor edit), median of 200",
                           value: perItem * 1000, unit: "ms", target: "< 5 ms", met: perItem < 0.005))
    if checksum == 0 { print("  (no DRG grouped)") }
    return lines
}
