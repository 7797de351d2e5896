import ArgumentParser
import CodeSets
import Foundation
import Installation
import Presentation

/// Options shared by the code-book subcommands.
struct CodeBookOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Option(name: .long, help: "A licensed CPT file of your own: one `CODE<TAB>descriptor` per line.")
    var cptFile: String?

    /// Opens the shipped code sets (and the licensed CPT file, if given), or exits with a clear message.
    func open() throws -> CodeBook {
        try openCodeBook(DataLocations.fromEnvironment(), cptFile: cptFile.map { URL(fileURLWithPath: $0) })
    }

    var style: TextStyle {
        TextStyle.forOutput()
    }

    /// Prints `value` as pretty JSON with sorted keys.
    func printJSON<T: Encodable>(_ value: T) throws {
        print(try jsonText(value))
    }
}

/// The shipped code book, for every subcommand that needs it. Without it no code could be
/// checked, so a missing or damaged code book stops the command (exit 2) instead of passing.
func openCodeBook(_ locations: DataLocations, cptFile: URL? = nil) throws -> CodeBook {
    do {
        return try CodeBook.load(from: locations.codeSetsFolder, cptFile: cptFile)
    } catch {
        // Say where the folder came from: a mistyped CHARTDRILL_DATA is the usual cause.
        let setting = ProcessInfo.processInfo.environment["CHARTDRILL_DATA"].flatMap { $0.isEmpty ? nil : $0 }
        let hint = setting.map { "CHARTDRILL_DATA is set to \($0), which holds no code book: correct or unset it." }
            ?? "Or point CHARTDRILL_DATA at the folder that holds an installed Content/ and Exercises/."
        printError("""
            chartdrill: cannot open the code book in \(locations.codeSetsFolder.path): \(error)
            \(hint)
            """)
        throw ExitCode(2)
    }
}
