/// A plain-text table: columns padded to their widest cell, two spaces apart.
struct TextTable {
    var header: [String]
    /// Column indexes whose cells are right-aligned (numbers).
    var rightAligned: Set<Int>
    var rows: [[String]] = []

    init(header: [String], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var text = "  "
            for (column, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[column] - cell.count))
                let isLast = column == cells.count - 1
                text += rightAligned.contains(column) ? pad + cell : (isLast ? cell : cell + pad)
                if !isLast { text += "  " }
            }
            return text + "\n"
        }
        var out = line(header)
        if rows.isEmpty { out += "  (none)\n" }
        for row in rows { out += line(row) }
        return out
    }
}
