extension CodeBook {
    /// The PCS table with these three characters (`0FT`), as a coder builds a code from it.
    public func pcsTable(_ key: String) -> PcsTable? {
        let bare = CodeFormat.dotless(key)
        guard bare.count >= 3 else { return nil }
        let r = pcsTables.range(ofKey: String(bare.prefix(3)))
        return r.isEmpty ? nil : PcsTable.decode(pcsTables.string(r.lowerBound))
    }

    /// The title of a PCS code built from its axis labels: "Resection of Gallbladder, Percutaneous Endoscopic Approach".
    func pcsTitle(_ bare: String, in known: PcsTable? = nil) -> String? {
        guard bare.count == 7, let table = known ?? pcsTable(String(bare.prefix(3))), let row = table.row(for: bare) else { return nil }
        let chars = Array(bare).map(String.init)
        let labels = (0..<4).map { i in row.axes[i].values.first { $0.code == chars[i + 3] }?.label ?? "?" }
        var parts = ["\(table.operation) \(labels[0])", "\(labels[1]) Approach"]
        if labels[2] != "No Device" { parts.append(labels[2]) }
        if labels[3] != "No Qualifier" { parts.append(labels[3]) }
        return parts.joined(separator: ", ")
    }

    /// Every valid code of a table, in order (for tests and checks).
    public func pcsCodes(of key: String) -> [String] {
        guard let table = pcsTable(key) else { return [] }
        var result: [String] = []
        for row in table.rows where row.axes.count == 4 {
            for a in row.axes[0].values { for b in row.axes[1].values { for c in row.axes[2].values { for d in row.axes[3].values {
                result.append(table.key + a.code + b.code + c.code + d.code)
            } } } }
        }
        return result
    }

    /// The keys of every PCS table.
    public var pcsTableKeys: [String] { (0..<pcsTables.count).map { pcsTables.key($0) } }
}
