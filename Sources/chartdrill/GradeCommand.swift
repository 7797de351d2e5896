import ArgumentParser
import CodeSets
import CodingScore
import ExercisePacks
import Foundation
import Installation
import SafeText

/// `chartdrill grade --pack ID --answers FILE`: grades a class's answers against a pack.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a file of answers against a pack's keys.",
        discussion: """
            The answers file has one JSON object a line: {"trainee": "...", "item": "...", "answer": "..."}. \
            Prints a per-trainee and per-item table (or JSON). Lines that cannot be read are listed with \
            their line numbers and skipped; the exit code is then 1.
            """
    )

    @Option(help: ArgumentHelp("The pack: its id, or the path of its folder.", valueName: "ID"))
    var pack: String

    @Option(help: ArgumentHelp("The answers file (JSON lines).", valueName: "FILE"))
    var answers: String

    @Option(name: .customLong("packs"), help: ArgumentHelp("Another folder of packs.", valueName: "DIR"))
    var packFolders: [String] = []

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let locations = DataLocations.fromEnvironment()
        let book = try openCodeBook(locations)
        let isPath = pack.contains("/") || FileManager.default.fileExists(atPath: pack + "/pack.yaml")
        let sources = isPath ? [URL(fileURLWithPath: pack)] : locations.packSources(extra: packFolders)
        let library = PackLibrary.load(packSources: sources, chartLibraries: [locations.chartsFolder], catalog: book)
        let found = isPath ? library.packs.first : library.pack(pack)
        guard let found else {
            let errors = library.diagnostics.filter { $0.severity == .error }
            var message = "no pack '\(pack)' was found"
            if !errors.isEmpty { message += "; \(errors.count) error(s) while loading packs (run 'chartdrill lint')" }
            let ids = library.packs.map(\.id)
            if !ids.isEmpty { message += ". Packs here: \(ids.joined(separator: ", "))" }
            throw RunFailure(message)
        }
        // A pack lint rejects is rejected here too, with lint's own messages.
        let problems = library.errors(of: found)
        guard problems.isEmpty else {
            throw RunFailure("the pack '\(found.id)' has \(problems.count) error(s); fix them before grading:\n"
                + problems.prefix(5).map(\.description).joined(separator: "\n"))
        }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: answers)))
        } catch {
            throw RunFailure("\(answers): cannot be read (\(error.localizedDescription)); check the path")
        }
        let items = found.items.map { item -> GradableItem in
            let key: GradableItem.Key
            switch item.kind {
            case .coding(let answerKey): key = .coding(answerKey)
            case .multipleChoice(_, _, let choice): key = .multipleChoice(choice)
            }
            return GradableItem(
                id: item.id, key: key, tags: item.tags, inpatient: item.chart?.setting.isInpatient ?? false,
                weight: item.points)
        }
        let scorer = Scorer(catalog: book, policy: ScoringPolicy(overrides: found.scoringOverrides))
        let report = BatchGrader(items: items, scorer: scorer).grade(bytes)
        // Answers and ids come from the answers file: shown inert (JSON escapes them itself).
        print(json ? try report.renderJSON() : TerminalText.inert(report.renderText()), terminator: "")
        if !report.badLines.isEmpty { throw ExitCode(1) }
    }
}
