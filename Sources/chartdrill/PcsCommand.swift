import ArgumentParser
import CodeSets
import Drill

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
        print(Self.render(found, style: options.style))
    }

    static func render(_ table: PcsTable, style: TextStyle) -> String {
        var out = "\(style.bold(table.key))  \(table.section) / \(table.bodySystem) / \(table.operation)"
        if !table.definition.isEmpty { out += "\n  \(table.definition)" }
        for (n, row) in table.rows.enumerated() {
            out += "\n" + style.bold("Row \(n + 1)") + " (\(row.codeCount) codes)"
            for axis in row.axes {
                out += "\n  \(axis.title): " + axis.values.map { "\(style.accent($0.code)) \($0.label)" }.joined(separator: "; ")
            }
        }
        return out
    }
}
