import CodingScore
import DRGImpact
import Foundation

/// Checks packs and charts before anyone practises on them.
///
/// On top of what loading finds (YAML syntax, schema, unknown fields, duplicate ids, missing
/// charts, path escapes, exam settings, multiple-choice shape, missing rationales), the
/// linter checks every key code against the code book (valid, reportable, of the item's
/// systems; Excludes1 pairs inside one key) and runs the PHI scan over every chart and every
/// multiple-choice question.
public struct Linter: Sendable {
    /// The code book key codes are checked against.
    public var catalog: any CodeCatalog
    public var scanner: PHIScanner
    /// The MS-DRG grouper inpatient items' `drg: expected:` is checked against; without it
    /// (or when it is not installed) each pack with DRG expectations gets one note.
    public var drg: DRGService?

    /// Messages about unknown codes name the pack's own `codeSet` (see `KeyCodeCheck`).
    public init(catalog: any CodeCatalog, drg: DRGService? = nil) {
        self.catalog = catalog
        self.scanner = PHIScanner()
        self.drg = drg
    }

    /// Lints everything a library loaded: its loading problems, then every pack and every chart.
    public func lint(_ library: PackLibrary) -> LintReport {
        var diagnostics = library.diagnostics
        for found in PackLibrary.concurrentMap(library.packs, { lint(pack: $0) }) { diagnostics += found }
        for found in PackLibrary.concurrentMap(library.charts, { lint(chart: $0) }) { diagnostics += found }
        diagnostics += Self.sharedQuestions(library.packs)
        return LintReport(
            diagnostics: Self.sorted(diagnostics), packCount: library.packs.count, itemCount: library.itemCount,
            chartCount: library.charts.count)
    }

    /// Loads and lints: the convenience `chartdrill lint` uses.
    public func lint(packSources: [URL], chartLibraries: [URL]) -> LintReport {
        lint(PackLibrary.load(packSources: packSources, chartLibraries: chartLibraries, catalog: catalog))
    }

    /// The fast in-memory path: parses and lints one pack's text, its chart ids resolved among
    /// `charts`. Used by tests and the fuzzer; touches no file.
    public func lint(packText: String, file: String = "pack.yaml", charts: [Chart] = []) -> [Diagnostic] {
        let byID = Dictionary(charts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let parser = PackParser(catalog: catalog) { reference, _ in
            if let chart = byID[reference] { return .found(chart) }
            return .failed(message: "no chart with id '\(reference)'", fixIt: nil)
        }
        let (pack, found) = parser.parse(packText, file: file)
        var diagnostics = found
        if let pack { diagnostics += lint(pack: pack) }
        return Self.sorted(diagnostics)
    }

    // MARK: - Mocks of one exam

    /// Two mocks of the same exam (the same blueprint `exam:`) share no question: the same
    /// question text, or the same chart, in both is an error at the later one.
    static func sharedQuestions(_ packs: [Pack]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let byExam = Dictionary(grouping: packs.filter { $0.blueprint != nil }, by: { $0.blueprint!.shape.name })
        for (_, mocks) in byExam where mocks.count > 1 {
            var questions: [String: (pack: String, item: String)] = [:]
            var charts: [String: (pack: String, item: String)] = [:]
            for pack in mocks.sorted(by: { $0.id < $1.id }) {
                for item in pack.items {
                    // A case question's stem is often the same few words ("Which codes are reported?"):
                    // its chart is compared instead.
                    if case .multipleChoice(let question, _, _) = item.kind, item.chartReference == nil {
                        let text = question.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
                        if let first = questions[text], first.pack != pack.id {
                            diagnostics.append(Diagnostic(.error, item.location,
                                "question '\(item.id)' of '\(pack.id)' repeats question '\(first.item)' of '\(first.pack)': mocks of one exam share no question"))
                        } else if questions[text] == nil, text.count > 40 {
                            questions[text] = (pack.id, item.id)
                        }
                    }
                    if let chart = item.chart?.id {
                        if let first = charts[chart], first.pack != pack.id {
                            diagnostics.append(Diagnostic(.error, item.location,
                                "question '\(item.id)' of '\(pack.id)' uses chart '\(chart)', as question '\(first.item)' of '\(first.pack)' does: mocks of one exam share no case"))
                        } else if charts[chart] == nil {
                            charts[chart] = (pack.id, item.id)
                        }
                    }
                }
            }
        }
        return diagnostics
    }

    // MARK: - Packs

    /// The checks that need the code book, and the PHI scan of multiple-choice questions.
    public func lint(pack: Pack) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var drgNoted = false
        for item in pack.items {
            switch item.kind {
            case .coding(let key):
                diagnostics += lintKey(key, item: item, pack: pack)
                if let found = lintDRG(key, item: item, pack: pack, noted: &drgNoted) { diagnostics.append(found) }
            case .multipleChoice(let question, _, _):
                if let place = item.questionPlace {
                    diagnostics += scanField(question, at: place.location, block: place.block, what: "the question of item '\(item.id)'")
                }
            }
        }
        return diagnostics
    }

    /// An inpatient item's expected MS-DRG against what the grouper makes of its key.
    private func lintDRG(_ key: AnswerKey, item: PackItem, pack: Pack, noted: inout Bool) -> Diagnostic? {
        let inpatient = item.chart?.setting.isInpatient ?? false
        guard let expectation = item.drg else {
            if inpatient, key.systems.contains(.icd10cm) {
                return Diagnostic(.warning, item.location, "inpatient item '\(item.id)' has no 'drg:' with the MS-DRG its key groups to",
                    fixIt: "add 'drg: {expected: N, age: A, sex: male|female, discharge: 1}'; 'chartdrill drg' with the key's codes gives N")
            }
            return nil
        }
        // A linter given no grouper (the in-memory checks) leaves DRGs to the one that has one.
        guard let expected = expectation.expected, let drg else { return nil }
        let grouped: GroupedClaim
        do {
            let patient = Patient(age: expectation.age, sex: Claim.Sex(rawValue: expectation.sex) ?? .unknown,
                                  dischargeStatus: expectation.dischargeStatus)
            grouped = try drg.groupKey(key, patient: patient, codeSet: pack.codeSet)
        } catch {
            if noted { return nil }
            noted = true
            return Diagnostic(.note, expectation.location,
                "MS-DRG expectations in pack '\(pack.id)' are not checked: \(error.localizedDescription)")
        }
        guard grouped.grouping.drg != expected else { return nil }
        return Diagnostic(.error, expectation.location,
            "the key of item '\(item.id)' groups to MS-DRG \(grouped.grouping.drg) (\(grouped.title)), not \(expected)",
            fixIt: "if the key is right, write 'expected: \(grouped.grouping.drg)'; if not, correct the key")
    }

    /// The key's warnings; its errors (codes that may not be reported) are found where the pack
    /// is read (`KeyCodeCheck`), so every command that loads it says the same.
    private func lintKey(_ key: AnswerKey, item: PackItem, pack: Pack) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [KeyCode: Int] = [:]
        for (entryIndex, entry) in key.entries.enumerated() {
            for (alternativeIndex, code) in entry.alternatives.enumerated() {
                let at = item.keyCodeLocation(entryIndex, alternativeIndex)
                if let first = seen[code], first != entryIndex {
                    diagnostics.append(Diagnostic(.warning, at, "\(code.display) is in the key twice"))
                }
                seen[code] = seen[code] ?? entryIndex
            }
        }
        for first in key.entries.indices {
            for second in key.entries.indices where second > first {
                let pairs = key.entries[first].alternatives.flatMap { a in key.entries[second].alternatives.map { (a, $0) } }
                if let (a, b) = pairs.first(where: { $0.system == .icd10cm && $1.system == .icd10cm && $0.code != $1.code && catalog.excludes1($0.code, $1.code) }) {
                    diagnostics.append(Diagnostic(.warning, item.keyCodeLocation(second, 0),
                        "\(a.code) and \(b.code) are an Excludes1 pair: never reported together, yet both are in the key of item '\(item.id)'",
                        fixIt: "check the tabular note; keep the one the documentation supports"))
                }
            }
        }
        return diagnostics
    }

    // MARK: - Charts

    /// The PHI scan of a chart's title and body.
    public func lint(chart: Chart) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let title = chart.title {
            for finding in scanner.scan(line: title) {
                diagnostics.append(phi(finding, SourceLocation(file: chart.sourceFile, line: 1, column: 1), in: "the title"))
            }
        }
        for (line, finding) in scanner.scan(text: chart.body, firstLine: chart.bodyStartLine) {
            diagnostics.append(phi(finding, SourceLocation(file: chart.sourceFile, line: line, column: finding.column), in: "chart '\(chart.id)'"))
        }
        return diagnostics
    }

    private func scanField(_ text: String, at location: SourceLocation, block: Bool, what: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let first = block ? location.line + 1 : location.line
        for (line, finding) in scanner.scan(text: text, firstLine: first) {
            let column = line == location.line ? location.column : 1
            diagnostics.append(phi(finding, SourceLocation(file: location.file, line: line, column: column), in: what))
        }
        return diagnostics
    }

    private func phi(_ finding: PHIScanner.Finding, _ at: SourceLocation, in what: String) -> Diagnostic {
        Diagnostic(.error, at, "possible identifier in \(what): '\(finding.text)' looks like \(finding.kind.noun)",
            fixIt: "write \(finding.kind.placeholder) instead")
    }

    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.file != y.file { return x.file < y.file }
            if x.line != y.line { return x.line < y.line }
            if x.column != y.column { return x.column < y.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// What `chartdrill lint` found, with the counts its summary line gives.
public struct LintReport: Sendable, Codable {
    public var diagnostics: [Diagnostic]
    public var packCount: Int
    public var itemCount: Int
    public var chartCount: Int

    public init(diagnostics: [Diagnostic], packCount: Int, itemCount: Int, chartCount: Int) {
        self.diagnostics = diagnostics
        self.packCount = packCount
        self.itemCount = itemCount
        self.chartCount = chartCount
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { errorCount > 0 }

    /// "3 packs, 75 items, 60 charts: 0 errors, 2 warnings".
    public var summary: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        return "\(plural(packCount, "pack")), \(plural(itemCount, "item")), \(plural(chartCount, "chart")): "
            + "\(plural(errorCount, "error")), \(plural(warningCount, "warning"))"
    }

    private enum CodingKeys: String, CodingKey {
        case diagnostics, packCount = "packs", itemCount = "items", chartCount = "charts", errorCount = "errors"
        case warningCount = "warnings", summary
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(diagnostics, forKey: .diagnostics)
        try container.encode(packCount, forKey: .packCount)
        try container.encode(itemCount, forKey: .itemCount)
        try container.encode(chartCount, forKey: .chartCount)
        try container.encode(errorCount, forKey: .errorCount)
        try container.encode(warningCount, forKey: .warningCount)
        try container.encode(summary, forKey: .summary)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        diagnostics = try container.decode([Diagnostic].self, forKey: .diagnostics)
        packCount = try container.decode(Int.self, forKey: .packCount)
        itemCount = try container.decode(Int.self, forKey: .itemCount)
        chartCount = try container.decode(Int.self, forKey: .chartCount)
    }
}
