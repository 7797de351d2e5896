import ArgumentParser
import ExercisePacks
import Foundation

/// `chartdrill new chart ID [--dir DIR]`: writes DIR/ID.md.
struct NewChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart", abstract: "Write DIR/ID.md: a chart with front matter and sections to edit.")

    @Argument(help: "The chart's id: lower case letters, digits and hyphens.")
    var id: String

    @Option(help: ArgumentHelp("Folder to write the chart in (default: the current folder).", valueName: "DIR"))
    var dir: String = "."

    func run() throws {
        _ = try NewCommand.writeSkeleton { () throws(Skeleton.Failure) in
            try Skeleton.writeChart(id: id, in: URL(fileURLWithPath: dir))
        }
    }
}
