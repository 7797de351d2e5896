import ArgumentParser
import ExercisePacks
import Foundation
import Installation
import SafeText

/// `chartdrill stats [PATH...]`: what the packs cover.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Coverage of packs: items per pack, chapter, section, skill, exam domain, setting, document type.",
        discussion: "PATH as for 'chartdrill lint'; without PATH, the bundled Exercises."
    )

    @OptionGroup var selection: PackSelection

    @Flag(help: "Print the coverage as JSON.")
    var json = false

    func run() throws {
        let locations = DataLocations.fromEnvironment()
        let sources = selection.sources(bundled: locations.bundledPacksFolder)
        let library = PackLibrary.load(packSources: sources, chartLibraries: [locations.chartsFolder])
        let coverage = Coverage(library: library)
        if json {
            print(try jsonText(coverage))
        } else {
            print(TerminalText.inert(coverage.rendered()))  // pack titles and tags are the packs' text
            let errors = library.diagnostics.filter { $0.severity == .error }.count
            if errors > 0 { print("\nnote: \(errors) loading error(s); run 'chartdrill lint' to see them") }
        }
    }
}
