import ArgumentParser
import ClassReports
import ExercisePacks
import Foundation
import Installation
import Presentation

/// `chartdrill report`: an instructor's class report over a folder of trainees' progress files.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on a class: roster, item analysis, common wrong answers, mastery per tag.",
        discussion: """
            Reads every <name>.json (with its .journal) in the folder without changing anything. A file that \
            cannot be read is reported and left out; the rest of the class is still reported. Prints the report \
            (or JSON with --json) and writes HTML and CSV files when asked.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The folder of trainees' progress files.", valueName: "DIR"))
    var progress: String

    @Option(name: .long, help: ArgumentHelp("Report only this pack's attempts.", valueName: "ID"))
    var pack: String?

    @Option(name: .long, help: ArgumentHelp("Write a self-contained HTML report to this file.", valueName: "FILE"))
    var html: String?

    @Option(name: .long, help: ArgumentHelp("Write the roster as CSV to this file, and the item analysis beside it (NAME-items.csv).", valueName: "FILE"))
    var csv: String?

    @Flag(name: .long, help: "Print the report as JSON instead of text.")
    var json = false

    func run() throws {
        let folder = URL(fileURLWithPath: progress, isDirectory: true)
        let packs = loadReportPacks(locations: DataLocations.fromEnvironment(), packId: pack)
        let report = try ClassReport.load(folder: folder, packs: packs, packId: pack)
        for file in report.damagedFiles {
            printError("warning: \(file.path) could not be read (\(file.reason)); left out of the report, not changed.")
        }
        if json {
            print(String(decoding: try report.jsonData(), as: UTF8.self))
        } else {
            let colour = TextStyle.colourAllowed()
            emit(TerminalReport(report, colour: colour).render())
        }
        if let html {
            try write(HTMLReport(report).render(), to: html)
            printError("HTML report written to \(html)")
        }
        if let csv {
            let rosterURL = URL(fileURLWithPath: csv)
            let itemsURL = CSVReport.itemsURL(besides: rosterURL)
            try write(CSVReport(report).roster(), to: rosterURL.path)
            try write(CSVReport(report).items(), to: itemsURL.path)
            printError("CSV written to \(rosterURL.path) (roster) and \(itemsURL.path) (items)")
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ReportError.cannotWrite(path: path, reason: error.localizedDescription)
        }
    }
}

/// What the report knows of the packs: items, keys, tags and pass marks.
/// The bundled and the trainee's own packs (keys are read, not validated: `lint` does that).
func loadReportPacks(locations: DataLocations, packId: String?) -> [ReportPack] {
    let library = PackLibrary.load(packSources: locations.packSources(), chartLibraries: [locations.chartsFolder])
    return library.packs.filter { packId == nil || $0.id == packId }.map(ReportPack.init)
}
