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
        subcommands: [Repl.self, ProgressCommand.self, ExportCommand.self, ReviewCommand.self, ReportCommand.self, CreditCommand.self],
        defaultSubcommand: Repl.self
    )
}

enum ChartDrillVersion {
    static let current = "0.1.0"
}
