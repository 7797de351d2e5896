import CodeSets
import CodingScore
import Drill
import ExercisePacks
import Foundation
import Testing
import TestSupport

/// The shipped packs, played as a trainee would: every key, typed as its codes, must score
/// all correct against the shipped code book; and each pack's first three items play through
/// the real binary.
@Suite(.serialized) struct BundledPacksTests {
    static let root = BuiltProducts.packageRoot
    static let library: PackLibrary = {
        let book = try? CodeBook.load(from: root.appendingPathComponent("Content/codesets"))
        return PackLibrary.load(
            packSources: [root.appendingPathComponent("Exercises")],
            chartLibraries: [root.appendingPathComponent("Content/charts")], catalog: book)
    }()

    /// What a trainee who knows the key types: the sequenced diagnosis first, then every
    /// other required code in key order, modifiers and units as written.
    static func typedKey(_ item: PackItem) -> String {
        switch item.kind {
        case .multipleChoice(_, _, let key): return key.answer
        case .coding(let key): return key.typed
        }
    }

    @Test func theStarterPacksLoadWithoutErrors() {
        #expect(Set(Self.library.packs.map(\.id)).isSuperset(of: [
            "icd10cm-outpatient", "outpatient-procedures", "inpatient-pcs", "inpatient-drg", "cpc-mock-a",
            "radiology-lab-medicine", "em-services", "surgery-sections", "diagnosis-outpatient-b", "anesthesia-hcpcs",
            "ccs-mock-a", "cpc-mock-b", "documentation-queries", "coding-sections-c",
        ]))
        #expect(Self.library.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    /// What the library must cover, as `chartdrill stats` counts it: the exams in their real
    /// shape, every CPC section trained by at least six drill items, query items.
    @Test func theLibraryCoversWhatTheExamsCover() throws {
        let coverage = Coverage(library: Self.library)
        #expect(coverage.itemCount >= 300)
        let mocks = try #require(coverage.table("mock exams (questions; blueprint)")).rows
        #expect(mocks.filter { $0.value.contains("(CPC, 100 in the blueprint)") && $0.items == 100 }.count >= 2, "\(mocks)")
        #expect(mocks.contains { $0.value.hasPrefix("ccs-mock-a (CCS") && $0.items >= 40 })
        let cpc = try #require(coverage.table("drill items per CPC blueprint section (the tag that trains it)")).rows
        #expect(cpc.count == 16 && cpc.allSatisfy { $0.items >= 6 }, "\(cpc.filter { $0.items < 6 })")
        let asks = try #require(coverage.table("what coding items also ask")).rows
        #expect((asks.first { $0.value == "provider query (warranted)" }?.items ?? 0) >= 12)
    }

    @Test func everyKeyTypedAsItsCodesScoresAllCorrect() throws {
        let book = try CodeBook.load(from: Self.root.appendingPathComponent("Content/codesets"))
        var checked = 0
        for pack in Self.library.packs {
            let scorer = Scorer(catalog: book, policy: ScoringPolicy(overrides: pack.scoringOverrides))
            for item in pack.items {
                let answer = Self.typedKey(item)
                let score: ItemScore
                switch item.kind {
                case .coding(let key): score = scorer.score(answer, key: key, inpatient: item.chart?.setting.isInpatient ?? false)
                case .multipleChoice(_, _, let key): score = scorer.score(choice: answer, key: key)
                }
                #expect(score.chartCorrect, "\(pack.id)/\(item.id): '\(answer)' gave \(score.findings.map(\.explanation))")
                checked += 1
            }
        }
        #expect(checked >= 108)
    }

    @Test func eachPacksFirstThreeItemsPlayInTheREPL() throws {
        for pack in Self.library.packs {
            let home = try makeTemporaryFolder()
            defer { try? FileManager.default.removeItem(at: home) }
            let answers = pack.items.prefix(3).map(Self.typedKey)
            // A mock exam is drilled (studied with its rationales) once it has been sat.
            let sitting = pack.mode == .exam ? ["exam \(pack.id)", "submit", "yes"] : []
            let script = (sitting + ["drill \(pack.id)"] + answers.flatMap { [$0, ""] } + ["quit"]).joined(separator: "\n") + "\n"
            let result = try runProduct(
                "chartdrill", ["--trainee", "Tester"], input: script, environment: ["CHARTDRILL_HOME": home.path])
            #expect(result.status == 0)
            let correct = result.stdout.components(separatedBy: "All correct.").count - 1
            #expect(correct == 3, "\(pack.id): \(correct) of 3 items scored all correct:\n\(result.stdout.suffix(3000))")
            #expect(!result.stdout.contains("is not reportable"), "\(pack.id): a key code was pointed out as invalid")
            let saved = try ProgressStoreFiles.attempts(home: home, trainee: "Tester")
            let expected = 3 + (pack.mode == .exam ? pack.items.count : 0)
            #expect(saved == expected, "\(pack.id): \(saved) attempts kept")
        }
    }
}
