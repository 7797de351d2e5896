import CodeSets
import Drill

/// Prints Neoplasm Table and Drug Table rows as a coder reads them.
enum TableRowsPrinter {
    static func render(_ rows: [TableMatch], style: TextStyle) -> String {
        rows.map { row in
            var text = style.bold(row.path.joined(separator: ", "))
            if !row.see.isEmpty { text += "  see " + row.see }
            if !row.seeAlso.isEmpty { text += "  see also " + row.seeAlso }
            for (column, code) in zip(row.columns, row.codes) where !code.isEmpty {
                text += "\n  \(column): \(style.accent(code))"
            }
            return text
        }.joined(separator: "\n")
    }
}
