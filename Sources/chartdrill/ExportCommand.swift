import ArgumentParser
import Foundation
import SafeText
import ProgressStore

/// `chartdrill export --csv`: every attempt as one CSV row.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export your attempts, one row each."
    )

    @Flag(name: .long, help: "CSV (RFC 4180), the only format for now.")
    var csv = false

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "The trainee whose progress to export (default: the one who practised last).")
    var trainee: String?

    func validate() throws {
        guard csv else { throw ValidationError("Name the format: chartdrill export --csv [--output FILE]") }
    }

    func run() throws {
        let document = try ProgressCLI.loadDocument(trainee: trainee)
        let text = ProgressExport.csv(document)
        if let output {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw RunFailure("\(output): cannot write the export (\(error.localizedDescription)); check the folder exists and is writable.")
            }
            printError("\(document.attempts.count) attempts written to \(output)")
        } else {
            // On a terminal the answers are shown inert; a file or pipe gets them as recorded.
            print(isatty(1) == 1 ? TerminalText.inert(text) : text, terminator: "")
        }
    }
}
