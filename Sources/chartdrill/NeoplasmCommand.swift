import ArgumentParser
import CodeSets
import Presentation

/// `chartdrill neoplasm SITE...`: the Neoplasm Table row for a site.
struct NeoplasmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "neoplasm", abstract: "Look up a site in the Neoplasm Table.")

    @Argument(help: "The site (lung upper lobe, breast upper outer quadrant).")
    var site: [String]

    @Option(name: .shortAndLong, help: "How many rows.")
    var limit = 5

    @OptionGroup var options: CodeBookOptions

    func run() throws {
        let rows = try options.open().neoplasm(site.joined(separator: " "), limit: limit)
        if options.json {
            // Nothing found exits 1 in both modes, as the text does.
            try options.printJSON(rows)
            if rows.isEmpty { throw ExitCode(1) }
            return
        }
        if rows.isEmpty { print("no Neoplasm Table row for \"\(site.joined(separator: " "))\""); throw ExitCode(1) }
        emit(CodeBookText.tableRows(rows, style: options.style))
    }
}
