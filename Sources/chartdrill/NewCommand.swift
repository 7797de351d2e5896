import ArgumentParser
import ExercisePacks
import Foundation

/// `chartdrill new pack ID` and `chartdrill new chart ID`: write a commented skeleton.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented skeleton of a pack or a chart (never overwrites).",
        subcommands: [NewPackCommand.self, NewChartCommand.self]
    )
}

extension NewCommand {
    /// Writes one skeleton with `write` and says where. A refusal (an id that is not valid, a
    /// file already there, a folder that cannot be written) is said on stderr and exits 1.
    /// - Returns: the file written.
    static func writeSkeleton(_ write: () throws(Skeleton.Failure) -> URL) throws -> URL {
        do {
            let file = try write()
            print("wrote \(PackLibrary.displayPath(file))")
            return file
        } catch {
            FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
