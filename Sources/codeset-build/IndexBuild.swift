import CodeSets
import Foundation

/// The Alphabetic Index, External Cause Index, PCS Index, Neoplasm Table and Drug Table,
/// flattened to rows: `source, level, term, nonEss, see, seeAlso, use, parent, code...`.
struct IndexBuild {
    var rows: [String] = []
    var mainTokens: [String] = []
    var neoplasm: [String] = []
    var drugs: [String] = []
    /// (dotless code, text) pairs for search, from the disease index.
    var searchEntries: [(code: String, text: String)] = []

    static func field(_ text: String) -> String { TabularBuild.clean(text) }

    /// Reads a CSV line into fields (double quotes, doubled quotes inside).
    static func csvFields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { current.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(current); current = ""
            } else if c != "\r" {
                current.append(c)
            }
        }
        fields.append(current)
        return fields
    }

    static func read(builder: CodeSetBuilder, resolver: inout CodeResolver) throws -> IndexBuild {
        var build = IndexBuild()
        // Disease index (CSV).
        let csvPath = builder.path("icd10cm/icd10cm-index-2025-flattened.csv")
        let csv = try String(contentsOfFile: csvPath, encoding: .utf8)
        var stack: [(level: Int, row: Int, text: String)] = []
        var lineNumber = 0
        for line in csv.split(separator: "\n", omittingEmptySubsequences: true) {
            lineNumber += 1
            if lineNumber == 1 { continue }
            let f = csvFields(line)
            guard f.count >= 8, let level = Int(f[2]) else {
                throw BuildError("\(csvPath):\(lineNumber): expected 8 fields (RowID,Letter,Level,Term,See,SeeAlso,NonEssModif,Code)")
            }
            while let top = stack.last, top.level >= level { stack.removeLast() }
            let parent = stack.last?.row ?? -1
            let code = resolver.resolve(f[7], source: "Alphabetic Index (FY2025)") ?? ""
            let row = build.rows.count
            build.rows.append(["I", "\(level)", field(f[3]), field(f[6]), field(f[4]), field(f[5]), "", "\(parent)", code].joined(separator: "\t"))
            // A main term's variant forms ("Infection, infected, infective") are not essential words.
            var term = field(f[3])
            if level == 0, let comma = term.firstIndex(of: ",") {
                term = String(term[..<comma]) + " (" + term[term.index(after: comma)...].trimmingCharacters(in: .whitespaces) + ")"
            }
            let own = term + (f[6].isEmpty ? "" : " " + field(f[6]))
            let text = (stack.map(\.text) + [own]).joined(separator: ", ")
            if level == 0 { build.addMain(field(f[3]), row: row) }
            if !code.isEmpty {
                build.searchEntries.append((CodeFormat.dotless(code.replacingOccurrences(of: "-", with: "")), text))
            }
            stack.append((level, row, own))
        }
        // External Cause Index and PCS Index (XML, nested terms).
        try build.readNested(builder.path("icd10cm/icd10cm-external-cause-index-2025.xml"), source: "E", columns: 1, resolver: &resolver, into: \.rows)
        try build.readNested(builder.path("icd10pcs/icd10pcs-index-2025.xml"), source: "P", columns: 1, resolver: &resolver, into: \.rows)
        try build.readNested(builder.path("icd10cm/icd10cm-neoplasm-table-2025.xml"), source: "N", columns: 6, resolver: &resolver, into: \.neoplasm)
        try build.readNested(builder.path("icd10cm/icd10cm-drug-table-2025.xml"), source: "D", columns: 6, resolver: &resolver, into: \.drugs)
        return build
    }

    mutating func addMain(_ term: String, row: Int) {
        for word in Set(SearchTokenizer.words(term)) { mainTokens.append("\(word)\t\(row)") }
    }

    mutating func readNested(_ path: String, source: String, columns: Int, resolver: inout CodeResolver,
                             into target: WritableKeyPath<IndexBuild, [String]>) throws {
        let root = try XMLTree.read(path)
        let sourceName: String
        switch source {
        case "E": sourceName = "External Cause Index (FY2025)"
        case "P": sourceName = "PCS Index (FY2025)"
        case "N": sourceName = "Neoplasm Table (FY2025)"
        default: sourceName = "Table of Drugs and Chemicals (FY2025)"
        }
        func visit(_ node: XMLTree.Node, level: Int, parent: Int) {
            let title = node.first("title")
            let term = title?.clean ?? ""
            let nonEss = title?.first("nemod")?.clean ?? ""
            var see = node.first("see")?.clean ?? ""
            let seeAlso = node.first("seeAlso")?.clean ?? ""
            let use = node.first("use")?.clean ?? ""
            var codes: [String] = []
            if columns == 1 {
                var raw = node.first("code")?.clean ?? node.first("codes")?.clean ?? node.first("tab")?.clean ?? ""
                if let seeNode = node.first("see"), raw.isEmpty {
                    raw = seeNode.first("codes")?.clean ?? seeNode.first("tab")?.clean ?? seeNode.first("code")?.clean ?? ""
                    see = seeNode.clean
                }
                if source == "P" { codes = [raw] } else { codes = [resolver.resolve(raw, source: sourceName) ?? ""] }
            } else {
                var cells = Array(repeating: "", count: columns)
                for cell in node.all("cell") {
                    if let col = Int(cell.attributes["col"] ?? ""), col >= 2, col - 2 < columns {
                        cells[col - 2] = resolver.resolve(cell.clean, source: sourceName) ?? ""
                    }
                }
                codes = cells
            }
            let row = self[keyPath: target].count
            self[keyPath: target].append(([source, "\(level)", Self.field(term), Self.field(nonEss), Self.field(see), Self.field(seeAlso),
                                           Self.field(use), "\(parent)"] + codes).joined(separator: "\t"))
            if level == 0 && target == \IndexBuild.rows { addMain(term, row: row) }
            for child in node.all("term") { visit(child, level: level + 1, parent: row) }
        }
        for letter in root.all("letter") {
            for main in letter.all("mainTerm") { visit(main, level: 0, parent: -1) }
        }
    }
}
