import CodingScore
import ExercisePacks
import Foundation
import Testing

@Suite struct PackLoaderTests {
    // MARK: - The documented example

    @Test func theFormatExamplePassesTheLinterWithoutWarnings() throws {
        let report = Linter(catalog: ShapeOnlyCatalog()).lint(
            packSources: [Fixtures.example.appendingPathComponent("Exercises")],
            chartLibraries: [Fixtures.example.appendingPathComponent("Content/charts")])
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(report.summary == "1 pack, 2 items, 1 chart: 0 errors, 0 warnings")
    }

    @Test func theExampleLoadsIntoTheModel() throws {
        let library = PackLibrary.load(
            packSources: [Fixtures.example.appendingPathComponent("Exercises/example-outpatient")],
            chartLibraries: [Fixtures.example.appendingPathComponent("Content/charts")])
        let pack = try #require(library.pack("example-outpatient"))
        #expect(pack.title == "A small example pack")
        #expect(pack.mode == .drill && pack.codeBookAllowed && pack.codeSet == "FY2026")
        let item = try #require(pack.item("dm2-neuropathy"))
        #expect(item.chart?.id == "om-dm2-neuropathy")
        #expect(item.chart?.sections.map(\.heading) == [
            "Chief complaint", "History of present illness", "Examination", "Assessment and plan",
        ])
        let key = try #require(item.answerKey)
        #expect(key.entries.map(\.primary.code) == ["E11.42", "Z79.4", "Z79.84"])
        #expect(key.entries.map(\.role) == [.firstListed, .secondary, .secondary])
        #expect(item.tagValues("chapter") == ["04"])
        guard case .multipleChoice(let question, let options, let answer) = try #require(pack.item("q01")).kind else {
            Issue.record("q01 is not multiple choice")
            return
        }
        #expect(question.hasPrefix("A patient with type 2 diabetes"))
        #expect(options.map(\.letter) == ["A", "B", "C", "D"] && options[1].text == "L97.421")
        #expect(answer.answer == "A")
    }

    // MARK: - Places

    @Test func yamlSyntaxErrorsCarryTheirLineAndColumn() {
        let text = "id: demo\ntitle: Demo\nitems:\n  - id: a\n    task: [unclosed\n"
        let diagnostics = Linter(catalog: ShapeOnlyCatalog()).lint(packText: text, file: "p.yaml")
        let error = try? #require(diagnostics.errors.first)
        #expect(error?.file == "p.yaml")
        #expect(error?.line == 6 || error?.line == 5)
        #expect(error?.description.hasPrefix("p.yaml:") == true)
        #expect(error?.message.contains("YAML") == true)
    }

    @Test func unknownFieldsSuggestTheNearestName() throws {
        let text = packText(chart: "c1").replacingOccurrences(of: "    rationale: Because.", with: "    rationle: Because.")
        let diagnostics = Linter(catalog: ShapeOnlyCatalog()).lint(packText: text, charts: [testChart("c1")])
        let unknown = try #require(diagnostics.containing("unknown field 'rationle'").first)
        #expect(unknown.message.contains("did you mean 'rationale'"))
        #expect(unknown.line == 12 && unknown.column == 5)
        #expect(unknown.description.hasPrefix("pack.yaml:12:5: error: unknown field"))
        #expect(!diagnostics.containing("has no rationale").isEmpty)
    }

    @Test func wrongTypesAreSchemaErrorsNotCrashes() {
        let text = "id: demo\ntitle: [a, b]\nversion: 1\nauthor: x\nmode: exm\npoints: 3\nitems: {a: 1}\n"
        let diagnostics = Linter(catalog: ShapeOnlyCatalog()).lint(packText: text)
        #expect(!diagnostics.containing("'title' must be text").isEmpty)
        #expect(!diagnostics.containing("unknown mode 'exm' (did you mean 'exam'?)").isEmpty)
        #expect(!diagnostics.containing("unknown field 'points' in the pack").isEmpty)
        #expect(!diagnostics.containing("'items' must be a list").isEmpty)
    }

    // MARK: - Keys and roles

    @Test func rolesDefaultFromPlaceSystemAndSetting() throws {
        let key = "      - I10\n      - E78.5\n      - 99213-25\n      - 96372 x2\n"
        let text = packText(key: key).replacingOccurrences(of: "[icd10cm]", with: "[icd10cm, cpt]")
        for (setting, principal) in [(ChartSetting.outpatient, KeyRole.firstListed), (.inpatient, .principal)] {
            let parser = PackParser { _, _ in .found(testChart("c1", setting: setting)) }
            let (pack, diagnostics) = parser.parse(text, file: "p.yaml")
            #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
            let entries = try #require(pack?.items.first?.answerKey?.entries)
            #expect(entries.map(\.role) == [principal, .secondary, .procedure, .procedure])
            #expect(entries[2].primary.modifiers == ["25"] && entries[3].primary.units == 2)
            #expect(entries[2].primary.system == .cpt)
        }
    }

    @Test func alternativesOptionalCodesAndExplicitRoles() throws {
        let key = """
                  - code: Z79.4
                    role: secondary
                  - anyOf: [E11.42, E11.40]
                    role: first-listed
                  - code: Y93.01
                    optional: true
                    note: Activity codes are optional for most payers.

            """
        let (pack, diagnostics) = PackParser { _, _ in .found(testChart("c1")) }.parse(packText(key: key), file: "p.yaml")
        #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
        let entries = try #require(pack?.items.first?.answerKey?.entries)
        #expect(entries.map(\.role) == [.secondary, .firstListed, .secondary])
        #expect(entries[1].alternatives.map(\.code) == ["E11.42", "E11.40"])
        #expect(entries[2].optional && entries[2].note?.hasPrefix("Activity") == true)
        #expect(pack?.items.first?.keyCodeLocations[1].map(\.line) == [13, 13])
    }

    @Test func codesOfOtherSystemsAndUnreadableCodesAreErrors() {
        let key = "      - E11.9\n      - 99213\n      - E1\n      - E11.9 I10\n"
        let diagnostics = Linter(catalog: ShapeOnlyCatalog()).lint(packText: packText(key: key), charts: [testChart("c1")])
        #expect(!diagnostics.containing("99213 is a CPT code, but item 'i1' asks for ICD-10-CM").isEmpty)
        #expect(!diagnostics.containing("'E1' cannot be read as a code: 'E1' is not an ICD-10-CM code").isEmpty)
        #expect(!diagnostics.containing("holds 2 codes").isEmpty)
    }

    @Test func theCodeBookDecidesValidityReportabilityAndExcludes1() {
        let catalog = FakeCatalog(
            statuses: [
                "E11.9": .reportable, "E11.6": .notReportable(reason: "E11.6 is a subcategory: choose a 5th character"),
                "S52.5": .notReportable(reason: "S52.5 needs a 7th character"), "E10.9": .reportable,
            ],
            excludes1Pairs: [["E10.9", "E11.9"]])
        let key = "      - E11.9\n      - E11.6\n      - S52.5\n      - E10.9\n      - Q99.99\n"
        let diagnostics = Linter(catalog: catalog).lint(packText: packText(key: key), charts: [testChart("c1")])
        #expect(!diagnostics.errors.containing("E11.6 is not reportable: E11.6 is a subcategory").isEmpty)
        #expect(!diagnostics.errors.containing("needs a 7th character").isEmpty)
        #expect(!diagnostics.errors.containing("Q99.99 is not in the ICD-10-CM code set").isEmpty)
        let excludes = diagnostics.warnings.containing("Excludes1 pair")
        #expect(excludes.count == 1 && excludes.first?.line == 14)
        #expect(diagnostics.errors.containing("E11.9").isEmpty)
    }

    @Test func moreThanOneFirstListedDiagnosisIsAnError() {
        let key = "      - code: E11.9\n        role: first-listed\n      - code: I10\n        role: first-listed\n"
        let diagnostics = Linter(catalog: ShapeOnlyCatalog()).lint(packText: packText(key: key), charts: [testChart("c1")])
        #expect(!diagnostics.errors.containing("more than one principal or first-listed").isEmpty)
    }

    // MARK: - Items

    @Test func multipleChoiceShapeIsChecked() {
        let item = """
              - id: q1
                type: multiple-choice
                question: Which?
                options:
                  A: one
                  B: two
                  C: three
                answer: E
                rationale: Because.
            """
        let diagnostics = Linter(catalog: ShapeOnlyCatalog()).lint(
            packText: packText(extraItem: item), charts: [testChart("c1")])
        #expect(!diagnostics.errors.containing("the answer 'E' is not among the options (A, B, C)").isEmpty)
        #expect(!diagnostics.warnings.containing("has 3 options; the exam's shape is four").isEmpty)
    }

    @Test func itemsNeedRationalesUniqueIdsAndCharts() {
        let item = "  - id: i1\n    chart: nowhere\n    task: Again.\n    key: [I10]\n"
        let diagnostics = Linter(catalog: ShapeOnlyCatalog()).lint(
            packText: packText(extraItem: item), charts: [testChart("c1")])
        #expect(!diagnostics.errors.containing("item id 'i1' is used twice").isEmpty)
        #expect(!diagnostics.errors.containing("no chart with id 'nowhere'").isEmpty)
        #expect(!diagnostics.errors.containing("item 'i1' has no rationale").isEmpty)
    }

    @Test func examPacksNeedATimeLimitAndAPassMark() {
        let text = packText().replacingOccurrences(of: "author: Tests", with: "author: Tests\nmode: exam")
        let diagnostics = Linter(catalog: ShapeOnlyCatalog()).lint(packText: text, charts: [testChart("c1")])
        #expect(!diagnostics.errors.containing("has no time limit").isEmpty)
        #expect(!diagnostics.errors.containing("has no pass mark").isEmpty)
        let complete = text.replacingOccurrences(of: "mode: exam", with: "mode: exam\nexam:\n  timeLimitMinutes: 60\n  passMark: 70\nscoring:\n  extra: -0.5")
        let parsed = PackParser { _, _ in .found(testChart("c1")) }.parse(complete, file: "p.yaml")
        #expect(parsed.diagnostics.errors.isEmpty, "\(parsed.diagnostics)")
        #expect(parsed.pack?.examTimeLimitMinutes == 60 && parsed.pack?.passMark == 70)
        #expect(parsed.pack?.scoringOverrides == [.extra: -0.5])
    }

    @Test func multipleChoiceQuestionsAreScannedForIdentifiers() throws {
        let item = """
              - id: q1
                type: multiple-choice
                question: |
                  Mrs. Pemberton is seen on 3/14 for a cough. Which code?
                options: {A: J20.9, B: R05.9, C: J40, D: J06.9}
                answer: A
                rationale: Because.
            """
        let diagnostics = Linter(catalog: ShapeOnlyCatalog()).lint(
            packText: packText(extraItem: item), charts: [testChart("c1")])
        let phi = diagnostics.containing("possible identifier")
        #expect(phi.count == 2)
        #expect(phi.allSatisfy { $0.line == 16 })
    }

    @Test func tagsAreKindValuePairs() {
        let text = packText().replacingOccurrences(of: "    rationale: Because.", with: "    rationale: Because.\n    tags: [chapter:4, skil:x, loose, domain:coding]")
        let warnings = Linter(catalog: ShapeOnlyCatalog()).lint(packText: text, charts: [testChart("c1")]).warnings
        #expect(warnings.map(\.message).sorted() == [
            "chapter tag 'chapter:4': ICD-10-CM chapters are two digits, 01 to 22",
            "tag 'loose' has no kind",
            "unknown tag kind 'skil' (did you mean 'skill'?)",
        ])
    }

    // MARK: - Charts

    @Test func chartFrontMatterIsChecked() {
        let text = "---\nid: Bad_Id\nsetting: outpatent\ndocument: office note\nspecialty: x\nsetings: y\n---\n## A\ntext\n"
        let (chart, diagnostics) = ChartParser.parse(text, file: "c.md")
        #expect(chart != nil)
        #expect(!diagnostics.containing("unknown setting 'outpatent' (did you mean 'outpatient'?)").isEmpty)
        #expect(diagnostics.containing("unknown setting").first?.line == 3)
        #expect(!diagnostics.containing("chart id 'Bad_Id' must be lower case").isEmpty)
        #expect(!diagnostics.containing("unknown field 'setings'").isEmpty)
        let (none, missing) = ChartParser.parse("## No front matter\n", file: "d.md")
        #expect(none == nil && !missing.containing("front matter").isEmpty)
    }
}

@Suite struct FormatDocumentTests {
    /// The example printed in Exercises/FORMAT.md is the fixture that the linter passes.
    @Test func theDocumentedExampleIsTheTestedFixture() throws {
        let format = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Exercises/FORMAT.md"), encoding: .utf8)
        let section = try #require(format.components(separatedBy: "## A complete small example").last)
        let blocks = section.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        #expect(blocks.count >= 2)
        let chart = try String(contentsOf: Fixtures.example.appendingPathComponent("Content/charts/om-dm2-neuropathy.md"), encoding: .utf8)
        let pack = try String(contentsOf: Fixtures.example.appendingPathComponent("Exercises/example-outpatient/pack.yaml"), encoding: .utf8)
        #expect(blocks[0] == "markdown\n" + chart)
        #expect(blocks[1] == "yaml\n" + pack)
    }
}
