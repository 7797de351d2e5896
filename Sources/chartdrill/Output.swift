import Foundation
import LineEditor
import Presentation

/// Pretty JSON with sorted keys and ISO 8601 dates: what every `--json` prints.
func jsonText<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// A problem met while running a command (a file that cannot be read, a folder that cannot be
/// written): said in one line with what to do, exit status 1, no usage block. The usage block
/// and status 64 are for mistakes in the command line itself (ValidationError).
struct RunFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The columns every printed line must fit: the terminal's, else `COLUMNS`, else 80.
func screenWidth() -> Int {
    LineEditor.terminalColumns() ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
}

/// A subcommand's text on a terminal, as the REPL prints its own: wrapped to the screen by the
/// one layout rule and through the one pager when it is taller than the screen.
func emit(_ text: String) {
    // On a pipe the text goes as it is, for grep and scripts; only a terminal is fitted and paged.
    guard let width = LineEditor.terminalColumns() else { return print(text, terminator: "") }
    Pager.show(TextLayout.fitToScreen(text, width: width), rows: LineEditor.terminalRows(), columns: width)
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
