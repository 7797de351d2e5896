import ArgumentParser
import CodeSets
import Presentation

/// `chartdrill drug NAME...`: the Table of Drugs and Chemicals row for a substance.
struct DrugCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "drug", abstract: "Look up a substance in the Table of Drugs and Chemicals.")

    @Argument(help: "The drug or chemical.")
    var name: [String]

    @Option(name: .shortAndLong, help: "How many rows.")
    var limit = 5

    @OptionGroup var options: CodeBookOptions

    func run() throws {
        let book = try options.open()
        let rows = book.drug(name.joined(separator: " "), limit: limit)
        if options.json {
            // Nothing found exits 1 in both modes, as the text does.
            try options.printJSON(rows)
            if rows.isEmpty { throw ExitCode(1) }
            return
        }
        print(CodeBookText.brandLine(name.joined(separator: " "), book: book), terminator: "")
        if rows.isEmpty { print("no Drug Table row for \"\(name.joined(separator: " "))\""); throw ExitCode(1) }
        emit(CodeBookText.tableRows(rows, style: options.style))
    }
}
