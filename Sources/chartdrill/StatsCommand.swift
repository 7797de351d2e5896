import ArgumentParser
import Drill
import ExercisePacks
import Foundation

/// `chartdrill stats [PATH...]`: what the packs cover.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Coverage of packs: items per pack, chapter, section, skill, exam domain, setting, document type.",
        discussion: "PATH as for 'chartdrill lint'; without PATH, the bundled Exercises."
    )

    @Argument(help: "Packs to count (default: the bundled Exercises).")
    var paths: [String] = []

    @Option(name: .customLong("packs"), help: ArgumentHelp("Another folder of packs to count.", valueName: "DIR"))
    var packFolders: [String] = []

    @Flag(help: "Print the coverage as JSON.")
    var json = false

    func run() throws {
        let locations = DataLocations.fromEnvironment()
        var sources = paths.map { URL(fileURLWithPath: $0) }
        if paths.isEmpty { sources = [locations.bundledPacksFolder] }
        sources += packFolders.map { URL(fileURLWithPath: $0) }
        let library = PackLibrary.load(packSources: sources, chartLibraries: [locations.chartsFolder])
        let coverage = Coverage(library: library)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(coverage), as: UTF8.self))
        } else {
            print(coverage.rendered())
            let errors = library.diagnostics.filter { $0.severity == .error }.count
            if errors > 0 { print("\nnote: \(errors) loading error(s); run 'chartdrill lint' to see them") }
        }
    }
}
