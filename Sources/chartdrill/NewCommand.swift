import ArgumentParser
import ExercisePacks
import Foundation

/// `chartdrill new pack ID` and `chartdrill new chart ID`: write a commented skeleton.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented skeleton of a pack or a chart (never overwrites).",
        subcommands: [NewPack.self, NewChart.self]
    )
}

/// `chartdrill new pack ID [--dir DIR]`: writes DIR/ID/pack.yaml.
struct NewPack: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack", abstract: "Write DIR/ID/pack.yaml: a pack with one item to edit.")

    @Argument(help: "The pack's id: lower case letters, digits and hyphens.")
    var id: String

    @Option(help: ArgumentHelp("Folder to create the pack in (default: the current folder).", valueName: "DIR"))
    var dir: String = "."

    func run() throws {
        do {
            let file = try Skeleton.writePack(id: id, in: URL(fileURLWithPath: dir))
            print("wrote \(PackLibrary.displayPath(file))")
            let chartID = Skeleton.firstChartID(ofPack: id)
            print("next: write its chart with 'chartdrill new chart \(chartID) --dir \(PackLibrary.displayPath(file.deletingLastPathComponent().appendingPathComponent("charts")))', then 'chartdrill lint \(PackLibrary.displayPath(file.deletingLastPathComponent()))'")
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// `chartdrill new chart ID [--dir DIR]`: writes DIR/ID.md.
struct NewChart: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart", abstract: "Write DIR/ID.md: a chart with front matter and sections to edit.")

    @Argument(help: "The chart's id: lower case letters, digits and hyphens.")
    var id: String

    @Option(help: ArgumentHelp("Folder to write the chart in (default: the current folder).", valueName: "DIR"))
    var dir: String = "."

    func run() throws {
        do {
            let file = try Skeleton.writeChart(id: id, in: URL(fileURLWithPath: dir))
            print("wrote \(PackLibrary.displayPath(file))")
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
