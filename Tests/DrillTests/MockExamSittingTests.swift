import CodingScore
import ExercisePacks
import Foundation
import Testing
import TestSupport

/// Each bundled mock exam sat through the binary with a fixed set of answers: every question
/// answered from its key except those of the blueprint's last sections, answered wrong. The
/// result screen must give each section, the score and the readiness estimate as computed by
/// hand (scipy.stats: betabinom.sf, beta.ppf, binom.sf; uniform prior).
@Suite struct MockExamSittingTests {
    static let root = BuiltProducts.packageRoot

    static func load(_ id: String) throws -> Pack {
        let library = PackLibrary.load(
            packSources: [root.appendingPathComponent("Exercises/\(id)")],
            chartLibraries: [root.appendingPathComponent("Content/charts")])
        let errors = library.diagnostics.filter { $0.severity == .error }.map(\.description)
        return try #require(library.pack(id), "pack \(id) did not load: \(errors.prefix(5))")
    }

    /// The key as a trainee types it.
    static func keyAnswer(_ item: PackItem) -> String {
        switch item.kind {
        case .multipleChoice(_, _, let key): return key.answer
        case .coding(let key): return key.typed
        }
    }

    /// A wrong answer: another option, or nothing for a coding case.
    static func wrongAnswer(_ item: PackItem) -> String {
        if case .multipleChoice(_, let options, let key) = item.kind {
            return options.first { $0.letter != key.answer }?.letter ?? ""
        }
        return ""
    }

    @Test(arguments: [
        // exam, sections answered wrong (from the end of the blueprint), the result line, the readiness sentence
        ("cpc-mock-a", 4, "Score: 74 of 100 (74%) · pass mark 70% · PASS",
         "From 74 of 100 right, your accuracy is likely between 66% and 80% (90% interval); at that level a 100-question exam needing 70 right is passed with probability 0.75 (0.24–1.00)."),
        ("cpc-mock-b", 4, "Score: 74 of 100 (74%) · pass mark 70% · PASS",
         "From 74 of 100 right, your accuracy is likely between 66% and 80% (90% interval); at that level a 100-question exam needing 70 right is passed with probability 0.75 (0.24–1.00)."),
        ("ccs-mock-a", 2, "Score: 28 of 42 (67%) · pass mark 70% · FAIL",
         "From 28 of 42 right, your accuracy is likely between 54% and 77% (90% interval); at that level a 42-question exam needing 30 right is passed with probability 0.35 (0.02–0.86)."),
    ])
    func aSittingShowsEachSectionAndTheReadinessComputedByHand(_ exam: (String, Int, String, String)) throws {
        let (id, wrongSections, scoreLine, readiness) = exam
        let pack = try Self.load(id)
        let shape = try #require(pack.blueprint?.shape)
        let wrong = Set(shape.sections.suffix(wrongSections).map(\.tag))
        var lines = ["exam \(id)"]
        for item in pack.items {
            let section = try #require(shape.section(forTags: item.tags))
            lines.append(wrong.contains(section.tag) ? Self.wrongAnswer(item) : Self.keyAnswer(item))
            if lines.last == "" { lines[lines.count - 1] = "skip" }
        }
        lines += ["submit", "yes", "quit"]
        let home = try makeTemporaryFolder("mock-\(id)")
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try runProduct(
            "chartdrill", ["--trainee", "Robin"], input: lines.joined(separator: "\n") + "\n",
            environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"])
        let out = result.stdout
        let flat = out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(out.contains(scoreLine), "\(out.suffix(3000))")
        #expect(out.contains("By section of the \(shape.name) blueprint"))
        for section in shape.sections {
            let share = Int((100 * Double(section.questions) / Double(shape.questions)).rounded())
            let figure = (wrong.contains(section.tag) ? "  0%  0/" : "100%  \(section.questions)/") + "\(section.questions) pts · \(share)% of exam"
            let line = out.split(separator: "\n").first { $0.hasPrefix("  \(section.title.prefix(25))") }
            #expect(line?.hasSuffix(figure) == true, "section \(section.title): \(line ?? "not shown"), expected \(figure)")
        }
        #expect(flat.contains(readiness), "\(out.suffix(2500))")
        // The sections to work on are the wrong ones that lost most, each with its drill.
        let workOn = try #require(flat.range(of: "Work on ")).upperBound
        let advice = flat[workOn...].prefix(600)
        // Most points lost first; a tie goes to the lower share, then the tag (all here are at 0%).
        let expected = shape.sections.suffix(wrongSections)
            .sorted { $0.questions != $1.questions ? $0.questions > $1.questions : $0.tag < $1.tag }.prefix(3)
        for section in expected {
            let drill = section.drillTag ?? section.tag
            #expect(advice.contains("\(section.title): 0% · 'drill \(drill)' ("), "\(advice)")
        }
    }
}
