import CodingScore
import ExercisePacks
import Foundation
import Testing
import TestSupport

/// Feeds random and mutated packs and charts through the loader and the linter: nothing may
/// crash, and every diagnostic must carry a real place in the file it was given.
@Suite struct PackFuzzTests {
    static let seedPack = """
        id: fuzz-pack
        title: Fuzz
        version: 1.0.0
        author: Tests
        mode: exam
        codeBook: false
        exam:
          timeLimitMinutes: 30
          passMark: 70
        scoring:
          extra: -0.5
          missing: 0
        items:
          - id: a1
            chart: c1
            task: Code it.
            systems: [icd10cm, cpt, hcpcs]
            key:
              - code: E11.42
                role: principal
              - anyOf: [Z79.4, Z79.84]
              - code: 99213-25
              - J1885x4
              - code: Y93.01
                optional: true
                poa: Y
            drg:
              expected: 637
              age: 58
              sex: female
              discharge: 1
            rationale: |
              Index: Diabetes, type 2, with, polyneuropathy.
            hint: Combination codes.
            tags: [chapter:04, skill:combination-codes]
            points: 2
          - id: q1
            type: multiple-choice
            question: |
              Which code is listed first?
            options:
              A: E11.621
              B: L97.421
              C: E11.9
              D: Z79.4
            answer: A
            rationale: Because.
        """

    static let seedChart = """
        ---
        id: c1
        setting: inpatient
        document: discharge summary
        specialty: medicine
        title: A stay
        ---
        ## Hospital course
        BP 128/82 on hospital day 2. Seen 3/14.
        """

    static let replacements = [
        "[1, 2]", "{a: b}", "~", "-1e309", "99999999999999999999999999999", "!!binary AAAA", "&a x", "*a", "'",
        "\"unterminated", "|", ">", "- - -", "? x", "@", "`", "%TAG", "!<tag:x>", "0x1F", "1e400", "-0", "nan", ".inf",
        "yes", "[[[[[[[[", "{{{{", "]]]]", "\t", "\u{0}", "\u{FEFF}", "é", "🩺", "null", "", " : ", "---", "...",
    ]

    /// One mutated text.
    static func mutate(_ text: String, _ random: inout SeededGenerator) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            guard !lines.isEmpty else { lines = [""]; continue }
            let at = Int.random(in: 0..<lines.count, using: &random)
            switch Int.random(in: 0..<11, using: &random) {
            case 0: lines.remove(at: at)
            case 1: lines.insert(lines[at], at: at)
            case 2: lines.swapAt(at, Int.random(in: 0..<lines.count, using: &random))
            case 3:
                var bytes = Array(lines[at].utf8)
                for _ in 0..<Int.random(in: 1...6, using: &random) {
                    bytes.insert(UInt8.random(in: 0...255, using: &random), at: Int.random(in: 0...bytes.count, using: &random))
                }
                lines[at] = String(decoding: bytes, as: UTF8.self)
            case 4:
                let joined = lines.joined(separator: "\n")
                let cut = Int.random(in: 0...joined.utf8.count, using: &random)
                lines = String(decoding: joined.utf8.prefix(cut), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            case 5:
                if let colon = lines[at].firstIndex(of: ":") {
                    lines[at] = String(lines[at][...colon]) + " " + replacements.randomElement(using: &random)!
                }
            case 6:
                let depth = Int.random(in: 1...300, using: &random)
                lines[at] += " " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            case 7:
                let depth = Int.random(in: 1...200, using: &random)
                lines.insert((0..<depth).map { String(repeating: " ", count: $0) + "- x:" }.joined(separator: "\n"), at: at)
            case 8:
                let indent = Int.random(in: 0...8, using: &random)
                lines[at] = String(repeating: " ", count: indent) + lines[at].trimmingCharacters(in: .whitespaces)
            case 9:
                lines[at] = lines[at].replacingOccurrences(of: "1", with: String(repeating: "9", count: Int.random(in: 1...40, using: &random)))
            default:
                lines.insert(replacements.randomElement(using: &random)!, at: at)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Text from nothing: random tokens of YAML's alphabet.
    static func randomText(_ random: inout SeededGenerator) -> String {
        let alphabet = ["id", ":", " ", "\n", "- ", "  ", "items", "key", "[", "]", "{", "}", ",", "code", "E11.9", "'",
            "\"", "#", "&", "*", "!", "|", ">", "?", "anyOf", "role", "x", "1", "-", "\t", "options", "A"]
        return (0..<Int.random(in: 0...80, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
    }

    /// Two minutes on two cores: `make test` runs it (CHARTDRILL_LONG_TESTS=1); a plain
    /// `swift test` after each change does not.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CHARTDRILL_LONG_TESTS"] == "1", "set CHARTDRILL_LONG_TESTS=1 (make test does)"))
    func loaderAndLinterSurviveAHundredThousandBrokenPacks() {
        let chart = ChartParser.parse(Self.seedChart, file: "c1.md").chart!
        let linter = Linter(catalog: ShapeOnlyCatalog())
        var random = SeededGenerator(state: 20_260_401)
        var misplaced: [String] = []
        var withErrors = 0
        let cases = 100_000
        for number in 0..<cases {
            let text = number % 10 == 9 ? Self.randomText(&random) : Self.mutate(Self.seedPack, &random)
            let diagnostics = linter.lint(packText: text, file: "case.yaml", charts: [chart])
            if !diagnostics.errors.isEmpty { withErrors += 1 }
            if let bad = diagnostics.first(where: { $0.file != "case.yaml" || $0.line < 1 || $0.column < 1 }), misplaced.count < 5 {
                misplaced.append("case \(number): \(bad)")
            }
            if number % 20 == 0 {
                let chartText = Self.mutate(Self.seedChart, &random)
                let (parsed, found) = ChartParser.parse(chartText, file: "c.md")
                if let parsed { _ = linter.lint(chart: parsed) }
                if let bad = found.first(where: { $0.file != "c.md" || $0.line < 1 || $0.column < 1 }), misplaced.count < 5 {
                    misplaced.append("chart case \(number): \(bad)")
                }
            }
        }
        #expect(misplaced.isEmpty, "\(misplaced.joined(separator: "\n"))")
        // The mutations do break packs: most cases must be reported, not silently accepted.
        #expect(withErrors > cases / 2)
    }

    @Test func theUnmutatedSeedsAreClean() {
        let (chart, chartDiagnostics) = ChartParser.parse(Self.seedChart, file: "c1.md")
        #expect(chartDiagnostics.isEmpty)
        let diagnostics = Linter(catalog: ShapeOnlyCatalog()).lint(packText: Self.seedPack, charts: [chart!])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }
}
