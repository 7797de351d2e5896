import ArgumentParser
import Drill
import Foundation
import LineEditor

@main
struct ChartDrill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chartdrill",
        abstract: "Practise medical coding on sample charts: drill, mock exams, the code book at hand.",
        discussion: "With no subcommand, starts the interactive REPL.",
        version: ChartDrillVersion.current,
        subcommands: [Repl.self],
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
                    Lint.self, New.self, Stats.self, GradeCommand.self, ReportCommand.self, CreditCommand.self,
                ]),
        ],
        defaultSubcommand: Repl.self
    )
}

enum ChartDrillVersion {
    static let current = "0.1.0"
}
