import ArgumentParser
import Drill
import Foundation
import Installation
import Presentation
import ProgressStore
import SafeText

/// `chartdrill progress`: the trainee's standing per pack and tag, streak and reviews due.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show your standing: per pack, per tag, streak and reviews due."
    )

    @Flag(name: .long, help: "Print the standing as JSON.")
    var json = false

    @Option(name: .long, help: "The trainee whose progress to show (default: the one who practised last).")
    var trainee: String?

    func run() throws {
        let document = try ProgressCLI.loadDocument(trainee: trainee)
        let report = StandingReport(document: document, now: Date())
        if json {
            print(try jsonText(report))
        } else {
            let terminal = isatty(1) == 1
            let colour = TextStyle.colourAllowed()
            emit(report.text(bars: terminal, colour: colour) + ProgressText.trend(document.attempts, style: TextStyle(colour: colour)))
        }
    }
}

/// Helpers the progress, export and review commands share.
enum ProgressCLI {
    /// The trainee's document (`--trainee`, else the one who practised last); warnings go to stderr.
    static func loadDocument(trainee: String?) throws -> ProgressDocument {
        let home = DataLocations.fromEnvironment().home
        let store = try ProgressStore(home: home, trainee: trainee ?? RememberedTrainee.read(home: home))
        if let trainee, !store.exists {
            // A mistyped name reads nothing and makes nothing: say who is on file instead.
            let folder = store.documentURL.deletingLastPathComponent()
            let names = ProgressFolder.documentNames((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .map { String($0.dropLast(".json".count)) }
            printError("chartdrill: no progress for '\(TerminalText.inert(trainee))' in \(folder.path)"
                + (names.isEmpty ? "; no trainee has practised here yet." : "; trainees on file: \(names.joined(separator: ", ")) (--trainee NAME)."))
            throw ExitCode(1)
        }
        // Read-only: nothing is made or moved, so it works on a read-only file system too.
        let (document, damaged) = try store.read()
        for warning in damaged { printError(warning.description) }
        return document
    }

}

