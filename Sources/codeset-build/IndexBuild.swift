import CodeSets
import Foundation

/// The Alphabetic Index, External Cause Index, PCS Index, Neoplasm Table and Drug Table,
/// flattened to rows: `source, level, term, nonEss, see, seeAlso, use, parent, code...`.
struct IndexBuild {
    var rows: [String] = []
    var mainTokens: [String] = []
    var neoplasm: [String] = []
    var drugs: [String] = []
    /// (dotless code, text, source) for search: 2 the disease index, 3 the External Cause
    /// Index, 4 the Neoplasm Table, 5 the Table of Drugs and Chemicals (see `SearchBuild`).
    var searchEntries: [(code: String, text: String, source: UInt8)] = []

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
                build.searchEntries.append((CodeFormat.dotless(code.replacingOccurrences(of: "-", with: "")), text, 2))
            }
            stack.append((level, row, own))
        }
        // External Cause Index and PCS Index (XML, nested terms).
        try build.readNested(builder.path("icd10cm/icd10cm-external-cause-index-2025.xml"), source: "E", columns: 1, resolver: &resolver, into: \.rows)
        try build.readNested(builder.path("icd10pcs/icd10pcs-index-2025.xml"), source: "P", columns: 1, resolver: &resolver, into: \.rows)
        try build.readNested(builder.path("icd10cm/icd10cm-neoplasm-table-2025.xml"), source: "N", columns: 6, resolver: &resolver, into: \.neoplasm)
        try build.readNested(builder.path("icd10cm/icd10cm-drug-table-2025.xml"), source: "D", columns: 6, resolver: &resolver, into: \.drugs)
        build.addCrossReferenceEntries()
        build.addTableEntries()
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

// MARK: - Search entries beyond the disease index's own codes

extension IndexBuild {
    /// A row's fields.
    static func parts(_ row: String) -> [String] { row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }

    /// A term as compared when following a reference: lower case, parentheses dropped,
    /// spaces collapsed.
    static func normalized(_ text: String) -> String {
        var out = ""
        var depth = 0
        for c in text.lowercased() {
            if c == "(" || c == "[" { depth += 1; continue }
            if c == ")" || c == "]" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return out.split(whereSeparator: { $0 == " " }).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }

    /// The search text of a row: its path from the main term, nonessential modifiers in
    /// parentheses (a main term's variant forms too: "Infection (infected, infective)").
    func pathText(_ row: Int, fields all: [[String]]) -> String {
        var chain: [Int] = []
        var current = row
        while current >= 0 && chain.count < 12 {
            chain.append(current)
            current = Int(all[current][7]) ?? -1
        }
        return chain.reversed().map { r in
            let f = all[r]
            var term = f[2]
            if f[1] == "0", let comma = term.firstIndex(of: ",") {
                term = String(term[..<comma]) + " (" + term[term.index(after: comma)...].trimmingCharacters(in: .whitespaces) + ")"
            }
            let nonEss = f[3].isEmpty ? "" : (f[3].hasPrefix("(") ? " " + f[3] : " (" + f[3] + ")")
            return term + nonEss
        }.joined(separator: ", ")
    }

    /// Index lines that lead to no code but send the coder elsewhere ("Cellulitis, arm — see
    /// Cellulitis, upper limb") become search entries for the code the reference reaches, the
    /// reference kept in brackets (not essential) so a hit shows the route. The External
    /// Cause Index's lines with codes become entries as well.
    mutating func addCrossReferenceEntries() {
        let all = rows.map(Self.parts)
        var children: [Int: [Int]] = [:]
        var mains: [String: [String: [Int]]] = [:]  // letter → normalized main term (and each variant) → rows
        for (i, f) in all.enumerated() where f[0] == "I" || f[0] == "E" {
            if let parent = Int(f[7]), parent >= 0 { children[parent, default: []].append(i) }
            if f[1] == "0" {
                var keys = [Self.normalized(f[2])]
                keys += f[2].split(separator: ",").map { Self.normalized(String($0)) }
                for key in Set(keys) where !key.isEmpty { mains[f[0], default: [:]][key, default: []].append(i) }
            }
        }
        func matches(_ f: [String], _ part: String) -> Bool {
            let term = Self.normalized(f[2])
            return term == part || f[2].split(separator: ",").contains { Self.normalized(String($0)) == part }
        }
        /// The code a reference such as "Embolism, pulmonary" reaches, following at most three references.
        func resolve(_ target: String, letter: String, depth: Int) -> String? {
            guard depth < 3 else { return nil }
            let pieces = target.split(separator: ",").map { Self.normalized(String($0)) }
                .filter { !$0.isEmpty && $0 != "by site" && $0 != "by type" }
            guard !pieces.isEmpty else { return nil }
            // The main term may itself hold commas: try the longest reading first.
            for take in stride(from: min(3, pieces.count), through: 1, by: -1) {
                let head = pieces[0..<take].joined(separator: ", ")
                for main in mains[letter]?[head] ?? [] {
                    var row = main
                    var rest = Array(pieces[take...])
                    while let next = rest.first {
                        guard let child = children[row]?.first(where: { matches(all[$0], next) }) else { break }
                        row = child
                        rest.removeFirst()
                    }
                    guard rest.isEmpty else { continue }
                    let f = all[row]
                    if f.count > 8, !f[8].isEmpty { return f[8] }
                    if !f[4].isEmpty, f[4].lowercased() != "condition" { return resolve(f[4], letter: letter, depth: depth + 1) }
                }
            }
            return nil
        }
        for (i, f) in all.enumerated() where (f[0] == "I" || f[0] == "E") && f.count > 8 {
            let code = f[8]
            if f[0] == "E" && !code.isEmpty {
                searchEntries.append((CodeFormat.dotless(code.replacingOccurrences(of: "-", with: "")), pathText(i, fields: all), 3))
            } else if code.isEmpty, !f[4].isEmpty, let reached = resolve(f[4], letter: f[0], depth: 0) {
                let text = pathText(i, fields: all) + " [see " + f[4] + "]"
                searchEntries.append((CodeFormat.dotless(reached.replacingOccurrences(of: "-", with: "")), text, f[0] == "E" ? 3 : 2))
            }
        }
    }

    /// The Neoplasm Table and the Table of Drugs and Chemicals as search entries: one per
    /// row and column ("prostate (gland), malignant neoplasm (primary)" → C61).
    mutating func addTableEntries() {
        let neoplasmColumns = ["malignant neoplasm (primary)", "secondary malignant neoplasm (metastasis metastatic metastases)",
                               "carcinoma in situ", "benign neoplasm", "neoplasm of uncertain behavior",
                               "neoplasm of unspecified behavior (tumor)"]
        let drugColumns = ["poisoning, accidental (unintentional)", "poisoning, intentional self-harm",
                           "poisoning, assault", "poisoning, undetermined", "adverse effect", "underdosing"]
        func add(_ table: [String], columns: [String], source: UInt8, dropRoot: Bool) {
            let all = table.map(Self.parts)
            for (i, f) in all.enumerated() where f.count >= 8 + columns.count {
                var chain: [Int] = []
                var current = i
                while current >= 0 && chain.count < 12 { chain.append(current); current = Int(all[current][7]) ?? -1 }
                if dropRoot && all[chain.last!][1] == "0" && chain.count > 1 { chain.removeLast() }
                let path = chain.reversed().map { r in all[r][2] + (all[r][3].isEmpty ? "" : " " + all[r][3]) }.joined(separator: ", ")
                for (c, column) in columns.enumerated() where !f[8 + c].isEmpty {
                    let text = (dropRoot && chain.count == 1 && f[1] == "0") ? column : path + ", " + column
                    searchEntries.append((CodeFormat.dotless(f[8 + c].replacingOccurrences(of: "-", with: "")), text, source))
                }
            }
        }
        add(neoplasm, columns: neoplasmColumns, source: 4, dropRoot: true)
        add(drugs, columns: drugColumns, source: 5, dropRoot: false)
    }
}
