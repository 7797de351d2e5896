import ArgumentParser
import Foundation
import Installation
import ProgressStore
import SafeText

/// Helpers the progress, export and review commands share.
enum ProgressCLI {
    /// The trainee's document (`--trainee`, else the one who practised last); warnings go to stderr.
    static func loadDocument(trainee: String?) throws -> ProgressDocument {
        let home = DataLocations.fromEnvironment().home
        let store = try ProgressStore(home: home, trainee: trainee ?? RememberedTrainee.read(home: home))
        if let trainee, !store.exists {
            // A mistyped name reads nothing and makes nothing: say who is on file instead.
            let folder = store.documentURL.deletingLastPathComponent()
            let names = ProgressFolder.documentNames((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .map { String($0.dropLast(".json".count)) }
            printError("chartdrill: no progress for '\(TerminalText.inert(trainee))' in \(folder.path)"
                + (names.isEmpty ? "; no trainee has practised here yet." : "; trainees on file: \(names.joined(separator: ", ")) (--trainee NAME)."))
            throw ExitCode(1)
        }
        // Read-only: nothing is made or moved, so it works on a read-only file system too.
        let (document, damaged) = try store.read()
        for warning in damaged { printError(warning.description) }
        return document
    }

}
