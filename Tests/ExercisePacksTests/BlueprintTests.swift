import CodingScore
import ExercisePacks
import Foundation
import Testing

/// An exam pack is held to its blueprint: counts add up, every question is in one section,
/// no section is empty, each section gets its count.
@Suite struct BlueprintTests {
    func question(_ id: String, _ tags: String) -> String {
        """
          - id: \(id)
            type: multiple-choice
            question: Which one?
            options: {A: "1", B: "2", C: "3", D: "4"}
            answer: A
            rationale: Because.
            tags: [\(tags)]

        """
    }

    func exam(_ questions: [String]) -> String {
        "id: mock\ntitle: Mock\nversion: 1.0.0\nauthor: t\nmode: exam\ncodeBook: [icd10cm, hcpcs]\n"
            + "exam: {timeLimitMinutes: 10, passMark: 70}\nitems:\n" + questions.joined()
    }

    let blueprint = """
        exam: T
        questions: 3
        passMark: 70
        timeLimitMinutes: 10
        sections:
          - tag: domain:a
            title: A
            questions: 2
          - tag: domain:b
            title: B
            questions: 1

        """

    func load(_ pack: String, _ blueprint: String?) throws -> PackLibrary {
        let folder = try TemporaryFolder()
        try folder.write("mock/pack.yaml", pack)
        if let blueprint { try folder.write("mock/blueprint.yaml", blueprint) }
        return PackLibrary.load(packSources: [folder.url.appendingPathComponent("mock")], chartLibraries: [])
    }

    @Test func aPackThatKeepsToItsBlueprintLoadsWithItsShapeAndCodeBook() throws {
        let library = try load(exam([question("q1", "domain:a"), question("q2", "domain:a"), question("q3", "domain:b")]), blueprint)
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics)")
        let pack = try #require(library.pack("mock"))
        #expect(pack.blueprint?.shape.sections.map(\.questions) == [2, 1])
        #expect(pack.codeBookSystems == [.icd10cm, .hcpcs] && pack.codeBookAllowed)
    }

    @Test func eachBreachIsAnErrorAtItsLine() throws {
        let library = try load(exam([question("q1", "domain:a"), question("q2", "domain:b, domain:a"), question("q3", "domain:c")]),
                               blueprint)
        let messages = library.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(messages.contains { $0.contains("question 'q2' is in 2 sections") }, "\(messages)")
        #expect(messages.contains { $0.contains("question 'q3' has no section of the T blueprint") })
        #expect(messages.contains { $0.contains("section 'domain:a' has 1 question in pack 'mock'; the blueprint gives it 2") })
        let sectionError = library.diagnostics.first { $0.message.contains("section 'domain:a' has 1") }
        #expect(sectionError?.file.hasSuffix("blueprint.yaml") == true && sectionError?.line == 6)
    }

    @Test func countsThatDoNotAddUpAndEmptySectionsAreRefused() throws {
        let bad = blueprint.replacingOccurrences(of: "questions: 1\n", with: "questions: 0\n")
        let library = try load(exam([question("q1", "domain:a"), question("q2", "domain:a"), question("q3", "domain:b")]), bad)
        let messages = library.diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(messages.contains { $0.contains("section 'domain:b' has no questions; a blueprint section is never empty") }, "\(messages)")
        #expect(messages.contains { $0.contains("the sections' counts add up to 2, not the exam's 3 questions") })
    }

    @Test func anExamWithoutABlueprintIsWarned() throws {
        let library = try load(exam([question("q1", "domain:a")]), nil)
        #expect(library.diagnostics.contains { $0.severity == .warning && $0.message.contains("has no blueprint.yaml") })
    }
}

extension BlueprintTests {
    @Test func twoMocksOfOneExamMayNotShareAQuestion() throws {
        let folder = try TemporaryFolder()
        let shared = "An established patient is seen for a follow-up of hypertension; which code is reported?"
        for (id, last) in [("mock-a", shared.uppercased()), ("mock-b", shared)] {
            let questions = [question("q1", "domain:a"), question("q2", "domain:a"),
                             question("q3", "domain:b").replacingOccurrences(of: "Which one?", with: last)]
                .map { $0.replacingOccurrences(of: "Which one?", with: "Which one of \(id)?") }
            try folder.write("\(id)/pack.yaml", exam(questions).replacingOccurrences(of: "id: mock\n", with: "id: \(id)\n"))
            try folder.write("\(id)/blueprint.yaml", blueprint)
        }
        let report = Linter(catalog: ShapeOnlyCatalog()).lint(packSources: [folder.url], chartLibraries: [])
        let repeats = report.diagnostics.filter { $0.message.contains("mocks of one exam share no question") }
        #expect(repeats.count == 1, "\(report.diagnostics)")
        #expect(repeats.first?.message.contains("question 'q3' of 'mock-b' repeats question 'q3' of 'mock-a'") == true)
    }
}
