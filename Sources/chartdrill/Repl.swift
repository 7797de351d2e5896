import ArgumentParser
import Drill
import Foundation
import LineEditor

/// The interactive REPL (the default subcommand).
struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start the interactive REPL (the default)."
    )

    func run() throws {
        let interactive = isatty(0) == 1 && isatty(1) == 1
        let colour = interactive && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let session = ReplSession(style: TextStyle(colour: colour))
        let editor = LineEditor(programName: "chartdrill", historyFile: historyPath())
        editor.completer = { session.completions(before: $0) }

        if interactive { print(session.banner(), terminator: "") }
        while !session.isFinished {
            switch editor.read(prompt: session.prompt) {
            case .line(let line):
                editor.addHistory(line)
                let output = session.handle(line)
                print(output, terminator: "")
                editor.saveHistory()
            case .interrupted:
                continue
            case .endOfInput:
                print(session.endOfInput(), terminator: "")
            }
        }
        fflush(nil)
    }

    private func historyPath() -> String? {
        let environment = ProcessInfo.processInfo.environment
        let home: String
        if let explicit = environment["CHARTDRILL_HOME"] {
            home = explicit
        } else if let xdg = environment["XDG_DATA_HOME"] {
            home = xdg + "/chartdrill"
        } else {
            home = NSHomeDirectory() + "/.local/share/chartdrill"
        }
        try? FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        return home + "/history"
    }
}
