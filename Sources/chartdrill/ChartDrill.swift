import ArgumentParser
import Drill
import Foundation
import LineEditor
import ProgressStore
import SafeText

@main
struct ChartDrill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chartdrill",
        abstract: "Practise medical coding on sample charts: drill, mock exams, the code book at hand.",
        discussion: "With no subcommand, starts the interactive REPL.",
        version: ChartDrillVersion.current,
        subcommands: [ReplCommand.self],
        groupedSubcommands: [
            CommandGroup(
                name: "Code book",
                subcommands: [
                    ValidateCommand.self, LookupCommand.self, ShowCommand.self, IndexCommand.self, NeoplasmCommand.self,
                    DrugCommand.self, PcsCommand.self, DRGCommand.self,
                ]),
            CommandGroup(name: "Trainee", subcommands: [ProgressCommand.self, ReviewCommand.self, ExportCommand.self]),
            CommandGroup(
                name: "Instructor",
                subcommands: [
                    LintCommand.self, NewCommand.self, StatsCommand.self, GradeCommand.self, ReportCommand.self, CreditCommand.self,
                ]),
        ],
        defaultSubcommand: ReplCommand.self
    )

    /// ArgumentParser's main, with two conventions of its own: a first word that is not a
    /// command is said to be one (with the nearest command), not read as arguments of the
    /// REPL; a problem met while running exits 1 with one line, without a usage block.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-") {
            let names = (configuration.subcommands + configuration.groupedSubcommands.flatMap(\.subcommands))
                .map { $0._commandName } + ["help"]
            if !names.contains(first) {
                let near = nearest(first, in: names).map { " Did you mean '\($0)'?" } ?? ""
                printError("chartdrill: '\(TerminalText.inert(first))' is not a command.\(near) 'chartdrill --help' lists them.")
                Foundation.exit(64)
            }
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let failure as RunFailure {
            printError("chartdrill: \(failure)")
            Foundation.exit(1)
        } catch let failure as ProgressError {
            printError("chartdrill: \(failure)")
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}

enum ChartDrillVersion {
    static let current = "0.1.0"
}
