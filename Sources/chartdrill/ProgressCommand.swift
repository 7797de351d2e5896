import ArgumentParser
import Drill
import Foundation
import Presentation
import ProgressStore

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
