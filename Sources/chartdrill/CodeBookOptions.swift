import ArgumentParser
import CodeSets
import Drill
import Foundation

/// Options shared by the code-book subcommands.
struct CodeBookOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Option(name: .long, help: "A licensed CPT file of your own: one `CODE<TAB>descriptor` per line.")
    var cptFile: String?

    /// Opens the shipped code sets, or exits with a clear message.
    func open() throws -> CodeBook {
        let folder = DataLocations.fromEnvironment().codeSetsFolder
        do {
            return try CodeBook.load(from: folder, cptFile: cptFile.map { URL(fileURLWithPath: $0) })
        } catch {
            FileHandle.standardError.write(Data("chartdrill: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    var style: TextStyle {
        TextStyle(colour: isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
    }

    /// Prints `value` as pretty JSON with sorted keys.
    func printJSON<T: Encodable>(_ value: T) throws {
        print(try jsonText(value))
    }
}
