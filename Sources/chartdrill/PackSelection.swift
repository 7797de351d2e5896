import ArgumentParser
import Foundation

/// Which packs a command reads: paths given, else the bundled ones, plus `--packs` folders.
struct PackSelection: ParsableArguments {
    @Argument(help: "Packs or charts: a pack folder, a pack.yaml, a folder of packs (default: the bundled Exercises).")
    var paths: [String] = []

    @Option(name: .customLong("packs"), help: ArgumentHelp("Another folder of packs.", valueName: "DIR"))
    var packFolders: [String] = []

    func sources(bundled: URL) -> [URL] {
        (paths.isEmpty ? [bundled] : paths.map { URL(fileURLWithPath: $0) }) + packFolders.map { URL(fileURLWithPath: $0) }
    }
}
