import ArgumentParser
import CodeSets
import CodingScore
import DRGImpact
import Drill
import ExercisePacks
import Foundation
import Installation
import Presentation
import SafeText

/// `chartdrill lint [PATH...]`: checks packs and charts, prints problems like a compiler.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check exercise packs and charts: format, answer keys, rationales, identifiers (PHI).",
        discussion: """
            Each PATH is a pack folder, a pack.yaml, a folder of packs, a chart (.md) or a folder of charts. \
            Without PATH, checks the bundled Exercises/ and the chart library Content/charts/. \
            Prints file:line:column: error: message, then a summary; exits 1 when any error is found.
            """
    )

    @OptionGroup var selection: PackSelection

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let locations = DataLocations.fromEnvironment()
        let sources = selection.sources(bundled: locations.bundledPacksFolder)
        let linter = Linter(
            catalog: try openCodeBook(locations),
            drg: DRGService(grouperFolders: locations.grouperFolders(), codeSetsFolder: locations.codeSetsFolder,
                            baseRatesFile: locations.baseRatesFile))
        let report = linter.lint(packSources: sources, chartLibraries: [locations.chartsFolder])
        if json {
            print(try jsonText(report))
        } else {
            let style = TextStyle.forOutput()
            for diagnostic in report.diagnostics {
                let label: String
                switch diagnostic.severity {
                case .error: label = style.bad("error:")
                case .warning: label = style.warn("warning:")
                case .note: label = style.dim("note:")
                }
                // Messages quote the file's own text, which may be hostile.
                let t = TerminalText.inert
                print("\(style.bold(t(diagnostic.location.description) + ":")) \(label) \(t(diagnostic.message))")
                if let fixIt = diagnostic.fixIt { print("    " + style.accent("fix-it: ") + t(fixIt)) }
            }
            print(report.hasErrors ? style.bad(report.summary) : report.summary)
        }
        if report.hasErrors { throw ExitCode(1) }
    }
}
