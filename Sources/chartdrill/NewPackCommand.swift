import ArgumentParser
import ExercisePacks
import Foundation

/// `chartdrill new pack ID [--dir DIR]`: writes DIR/ID/pack.yaml.
struct NewPackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack", abstract: "Write DIR/ID/pack.yaml: a pack with one item to edit.")

    @Argument(help: "The pack's id: lower case letters, digits and hyphens.")
    var id: String

    @Option(help: ArgumentHelp("Folder to create the pack in (default: the current folder).", valueName: "DIR"))
    var dir: String = "."

    func run() throws {
        let file = try NewCommand.writeSkeleton { () throws(Skeleton.Failure) in
            try Skeleton.writePack(id: id, in: URL(fileURLWithPath: dir))
        }
        let chartID = Skeleton.firstChartID(ofPack: id)
        let folder = file.deletingLastPathComponent()
        let charts = PackLibrary.displayPath(folder.appendingPathComponent("charts"))
        let pack = PackLibrary.displayPath(folder)
        let writeChart = "chartdrill new chart \(chartID) --dir \(charts)"
        print("next: write its chart with '\(writeChart)', then 'chartdrill lint \(pack)'")
    }
}
