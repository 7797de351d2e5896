import CodingScore
import Foundation
import Testing
import TestSupport

/// What `print` wrote in an example: each test declares `var print = Printout()`, so the
/// example's own `print` lines run unchanged and their output can be compared with what the
/// example's comments say it prints.
struct Printout {
    var text = ""

    mutating func callAsFunction(_ items: Any..., separator: String = " ", terminator: String = "\n") {
        text += items.map { "\($0)" }.joined(separator: separator) + terminator
    }
}

/// The code examples of the CodingScore docs (`Scorer`, `AnswerParser`, `Sources/CodingScore/README.md`),
/// each copied here verbatim and checked against the result its comments state. An example
/// marked "Checked by Tests/CodingScoreTests/DocExampleTests.swift" must stand in this file line for
/// line, its comments included (bar that marker): `examplesInTheDocsAreTheOnesTested` fails when
/// the docs and this file drift apart.
@Suite struct DocExampleTests {
    /// What the examples take as given: a code book, and the key of the README's first example.
    let codeBook = FakeCatalog.standard
    let key = AnswerKey(entries: [
        KeyEntry(KeyCode(system: .icd10cm, code: "E11.42"), role: .firstListed),
        KeyEntry(KeyCode(system: .icd10cm, code: "Z79.4"), role: .secondary),
    ])

    // MARK: - Sources/CodingScore/README.md

    /// "In five lines".
    @Test func readmeInFiveLines() {
        var print = Printout()
        let key = AnswerKey(entries: [
            KeyEntry(KeyCode(system: .icd10cm, code: "E11.42"), role: .firstListed),
            KeyEntry(KeyCode(system: .icd10cm, code: "Z79.4"), role: .secondary),
        ])
        let score = Scorer(catalog: codeBook).score("z794, E11.9", key: key)
        for finding in score.findings { print(finding.explanation) }
        // Z79.4: correct
        // E11.9: same category as the key's E11.42; 'without complications' vs the key's 'with diabetic polyneuropathy'
        // (no sequencing finding: the first-listed code was not entered exactly)
        print(score.points, score.maxPoints, score.f1)  // 1.5 2.0 0.5

        #expect(
            print.text == """
                Z79.4: correct
                E11.9: same category as the key's E11.42; 'without complications' vs the key's 'with diabetic polyneuropathy'
                1.5 2.0 0.5

                """)
        #expect(!score.findings.contains { $0.kind == .sequencing })
    }

    /// "Batch grading": the README's two answer lines, graded by its snippet, as text and as JSON.
    @Test(arguments: [false, true]) func readmeBatchGrading(json: Bool) throws {
        var print = Printout()
        let folder = try TemporaryFolder("doc-example")
        defer { folder.remove() }
        let answersFile = folder.file("answers.jsonl")
        try Data(Self.readmeAnswerLines().utf8).write(to: answersFile)

        let policy = ScoringPolicy(overrides: [.extra: -1])
        let mockKey = MultipleChoiceKey(options: ["A", "B", "C", "D"], answer: "B")
        let items = [
            GradableItem(id: "dm2-neuropathy", key: .coding(key), tags: ["chapter:04"], weight: 2),
            GradableItem(id: "q01", key: .multipleChoice(mockKey)),
        ]
        let grader = BatchGrader(items: items, scorer: Scorer(catalog: codeBook, policy: policy))
        let report = grader.grade([UInt8](try Data(contentsOf: answersFile)))
        print(json ? try report.renderJSON() : report.renderText(), terminator: "")
        // the two lines above: 2 answers graded from 1 trainee, ana 3 of 3 points

        if json {
            let printed = try JSONDecoder().decode(BatchReport.self, from: Data(print.text.utf8))
            #expect(printed.gradedCount == 2 && printed.trainees.first?.points == 3)
        } else {
            #expect(print.text.hasPrefix("2 answers graded from 1 trainee\n"))
        }
        #expect(report.badLines.isEmpty)
        let ana = try #require(report.trainees.first)
        #expect(report.trainees.count == 1 && ana.trainee == "ana")
        #expect(ana.points == 3 && report.possiblePoints == 3 && ana.unanswered.isEmpty)
    }

    /// "A pack overrides any of them with a partial map ... `ScoringPolicy` decodes that map
    /// directly (`Codable`), or use `ScoringPolicy(overrides:)`": the README's YAML map, as JSON.
    @Test func readmeScoringMap() throws {
        let decoded = try JSONDecoder().decode(
            ScoringPolicy.self, from: Data(#"{"extra": -1, "specificity": 0.25}"#.utf8))
        #expect(decoded == ScoringPolicy(overrides: [.extra: -1, .specificity: 0.25]))
        #expect(decoded.extra == -1 && decoded.specificity == 0.25 && decoded.correct == ScoringPolicy.default.correct)
    }

    /// "Depending on it": the product that other packages name.
    @Test func readmeProductIsThePackages() throws {
        let manifest = try String(
            contentsOf: BuiltProducts.packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(manifest.contains(#".library(name: "CodingScore", targets: ["CodingScore"])"#))
        #expect(manifest.contains(#"name: "ChartDrill""#))
    }

    // MARK: - Doc comments

    /// `Scorer`'s doc comment.
    @Test func scorerDocComment() {
        var print = Printout()
        // `codeBook` is any `CodeCatalog`; `key` has E11.42 (first-listed) and Z79.4; the policy is a
        // pack's `scoring:` map.
        let scorer = Scorer(catalog: codeBook, policy: ScoringPolicy(overrides: [.extra: -1]))
        let score = scorer.score("e11.42, z79.4, i10", key: key)
        for finding in score.findings { print(finding.explanation) }
        // E11.42: correct
        // Z79.4: correct
        // I10: not in the key (over-coding)
        print(score.points, score.maxPoints)  // 1.0 2.0

        #expect(
            print.text == """
                E11.42: correct
                Z79.4: correct
                I10: not in the key (over-coding)
                1.0 2.0

                """)
    }

    /// `AnswerParser`'s doc comment.
    @Test func answerParserDocComment() {
        let parser = AnswerParser(systems: [.icd10cm, .cpt])
        let codes = parser.parse("99213-25, e11621; 96372 x2")
        // in typed order: 99213 with modifier 25 (CPT), E11.621 (ICD-10-CM), 96372 with 2 units (CPT)

        #expect(codes.map(\.code) == ["99213", "E11.621", "96372"])
        #expect(codes.map(\.system) == [.cpt, .icd10cm, .cpt])
        #expect(codes.map(\.modifiers) == [["25"], [], []])
        #expect(codes.map(\.units) == [1, 1, 2])
        #expect(codes.allSatisfy { $0.problem == nil })
    }

    // MARK: - The docs and this file agree

    static let docFiles = [
        "Sources/CodingScore/README.md", "Sources/CodingScore/Scorer.swift", "Sources/CodingScore/AnswerParser.swift",
    ]

    /// The ```swift blocks of a Markdown file or of a Swift file's doc comments.
    static func swiftBlocks(_ text: String) -> [[String]] {
        var blocks: [[String]] = []
        var current: [String]?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw.drop { $0 == " " }
            if line.hasPrefix("///") { line = line.dropFirst(3).drop { $0 == " " } }
            if current == nil, line.hasPrefix("```swift") {
                current = []
            } else if current != nil, line.hasPrefix("```") {
                blocks.append(current!)
                current = nil
            } else if current != nil {
                current!.append(String(line))
            }
        }
        return blocks
    }

    /// The README's example answers file (its ```json block).
    static func readmeAnswerLines() throws -> String {
        let readme = try String(
            contentsOf: BuiltProducts.packageRoot.appendingPathComponent("Sources/CodingScore/README.md"),
            encoding: .utf8)
        let block = try #require(readme.components(separatedBy: "```json\n").dropFirst().first)
        return try #require(block.components(separatedBy: "```").first)
    }

    @Test func examplesInTheDocsAreTheOnesTested() throws {
        let thisFile = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let tested = Set(thisFile.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        var marked = 0
        for path in Self.docFiles {
            let text = try String(contentsOf: BuiltProducts.packageRoot.appendingPathComponent(path), encoding: .utf8)
            for block in Self.swiftBlocks(text) where block.contains(where: { $0.contains("DocExampleTests.swift") }) {
                marked += 1
                for line in block.map({ $0.trimmingCharacters(in: .whitespaces) })
                where !line.isEmpty && !line.contains("DocExampleTests.swift") {
                    let copied = tested.contains(line)
                    #expect(copied, "\(path): the example's line '\(line)' is not in DocExampleTests.swift")
                }
            }
        }
        #expect(marked == 4, "expected the 4 examples of \(Self.docFiles) to point at this test")
    }
}
