import ArgumentParser
import CodeSets
import Presentation

/// `chartdrill pcs TABLE`: an ICD-10-PCS table, rows of axis values.
struct PcsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pcs", abstract: "Show an ICD-10-PCS table (pcs 0FT).")

    @Argument(help: "The table's three characters, or a longer prefix.")
    var table: String

    @OptionGroup var options: CodeBookOptions

    func run() throws {
        let book = try options.open()
        guard let found = book.pcsTable(table) else {
            print("no ICD-10-PCS table \(table.uppercased().prefix(3))")
            throw ExitCode(1)
        }
        if options.json { return try options.printJSON(found) }
        emit(CodeBookText.pcsTable(found, style: options.style, narrowedTo: table.replacingOccurrences(of: ".", with: "")))
    }
}
