import CodeSets
import Foundation

/// The code book's answers as text, shared by the subcommands and the REPL.
public enum CodeBookText {
    /// Ranked hits: code, title, and why: the query's words that matched, and the route from
    /// the Index path or title they matched to the code ("Index: Fracture, radius, distal,
    /// Colles' -> S52.53- · right: S52.531 · 7th D (...)").
    /// - Parameter width: the screen's width; titles and routes wrap under the title column.
    public static func lookup(_ hits: [LookupHit], style: TextStyle, width: Int = 1000) -> String {
        var text = ""
        for hit in hits {
            let code = hit.code + (hit.needsSeventh ? "-" : "")
            let pad = String(repeating: " ", count: max(1, 10 - code.count))
            var title = hit.title
            if !hit.billable { title += hit.needsSeventh ? "  (needs a 7th character)" : "  (header)" }
            let titleLines = TextLayout.hanging(title, width: width, indent: 10)
            text += style.bold(code) + pad + titleLines.joined(separator: "\n") + "\n"
            if let why = why(hit) {
                let lines = TextLayout.hanging(why, width: width, indent: 10)
                text += lines.map { "          " + style.dim($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: "\n") + "\n"
            }
        }
        return text
    }

    /// One line saying why a hit came: the words it matched and its route.
    static func why(_ hit: LookupHit) -> String? {
        guard hit.source != "code" else { return nil }
        let route = hit.route.isEmpty ? "\(hit.source): \(hit.matched)" : hit.route
        return hit.words.isEmpty ? route : "[\(hit.words.joined(separator: " "))] " + route
    }

    /// A look-up that found nothing: never an empty screen, the nearest index terms instead.
    public static func noMatch(_ query: String, suggestions: [String], style: TextStyle, pcs: Bool = false) -> String {
        var text = "No match for \"\(query)\"."
        if !suggestions.isEmpty {
            text += " Did you mean: " + suggestions.map { style.bold($0) }.joined(separator: "; ") + "?"
            text += "\n" + style.dim(pcs ? "(nearest PCS Index main terms)" : "(nearest Alphabetic Index main terms)")
        }
        return text + "\n" + style.dim("Try other words or an abbreviation (\(pcs ? "lap, TKA, PCI, ORIF" : "CHF, fx, T2DM")).") + "\n"
    }

    /// Ranked PCS hits: the full code and its title where the words settle every axis, else
    /// the table and the axes still to choose; then why.
    public static func pcsLookup(_ hits: [PcsLookupHit], style: TextStyle, width: Int = 1000) -> String {
        var text = ""
        for hit in hits {
            let head = hit.code ?? hit.table
            let pad = String(repeating: " ", count: max(1, 10 - head.count))
            var title = hit.title
            if hit.code == nil { title += "  (table; choose: \(hit.open.joined(separator: ", ")))" }
            let titleLines = TextLayout.hanging(title, width: width, indent: 10)
            text += style.bold(head) + pad + titleLines.joined(separator: "\n") + "\n"
            let why = (hit.words.isEmpty ? "" : "[\(hit.words.joined(separator: " "))] ") + hit.route
            text += TextLayout.hanging(why, width: width, indent: 10)
                .map { "          " + style.dim($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: "\n") + "\n"
        }
        return text
    }

    /// One ICD-10-CM code in full: place in the tabular, notes, 7th characters, CC/MCC.
    public static func show(_ detail: CodeDetail, style s: TextStyle) -> String {
        var lines: [String] = []
        lines.append("\(s.bold(detail.code))  \(detail.title)")
        lines.append("  \(detail.billable ? s.good("billable") : s.warn("not billable")): \(detail.message)")
        lines.append("  chapter \(detail.chapter.code): \(detail.chapter.title)")
        lines.append("  block \(detail.block.code): \(detail.block.title)")
        for parent in detail.parents { lines.append("  under \(parent.code) \(parent.title)") }
        if let severity = detail.severity {
            var line = "  MS-DRG: \(severity)"
            if let c = detail.exclusionCollection { line += " (PDX exclusion collection \(c))" }
            if detail.onlyIfDischargedAlive { line += ", only if discharged alive" }
            lines.append(line)
        }
        if !detail.children.isEmpty {
            lines.append(s.bold("Codes under it:"))
            for child in detail.children { lines.append("  \(child.code)  \(child.title)") }
        }
        if !detail.sevenths.isEmpty {
            lines.append(s.bold("7th characters:"))
            for seventh in detail.sevenths { lines.append("  \(seventh.character)  \(seventh.label)") }
        }
        var lastHeading = ""
        for note in detail.notes {
            let heading = "\(note.type) (\(note.holder))"
            if heading != lastHeading {
                lines.append(s.bold(heading + ":"))
                lastHeading = heading
            }
            lines.append("  \(note.text)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Index paths: the main term, its subterms indented under it, the code each leads to.
    public static func index(_ matches: [IndexMatch], style s: TextStyle) -> String {
        var lines: [String] = []
        for match in matches {
            for step in match.path {
                var line = String(repeating: "  ", count: step.level) + (step.level == 0 ? s.bold(step.term) : step.term)
                if !step.nonEssential.isEmpty { line += " " + s.dim(step.nonEssential) }
                if !step.code.isEmpty { line += "  " + s.accent(step.code) }
                if !step.see.isEmpty { line += "  see " + step.see }
                if !step.seeAlso.isEmpty { line += "  see also " + step.seeAlso }
                if !step.use.isEmpty { line += "  use " + step.use }
                lines.append(line)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// Neoplasm Table and Drug Table rows as a coder reads them: the path, then each column's code.
    public static func tableRows(_ rows: [TableMatch], style: TextStyle) -> String {
        rows.map { row in
            var text = style.bold(row.path.joined(separator: ", "))
            if !row.see.isEmpty { text += "  see " + row.see }
            if !row.seeAlso.isEmpty { text += "  see also " + row.seeAlso }
            for (column, code) in zip(row.columns, row.codes) where !code.isEmpty {
                text += "\n  \(column): \(style.accent(code))"
            }
            return text
        }.joined(separator: "\n") + "\n"
    }

    /// An ICD-10-PCS table: its section, body system and root operation, then each row's axes.
    /// A PCS table; with `narrowedTo` longer than the table's three characters (`0SRC`), only
    /// the rows that allow those characters, each axis already chosen shown with that value only.
    public static func pcsTable(_ table: PcsTable, style: TextStyle, narrowedTo prefix: String = "") -> String {
        var out = "\(style.bold(table.key))  \(table.section) / \(table.bodySystem) / \(table.operation)"
        if !table.definition.isEmpty { out += "\n  \(table.definition)" }
        let chosen = Array(prefix.uppercased().dropFirst(3).prefix(4)).map(String.init)
        var rows: [PcsTable.Row] = []
        for row in table.rows {
            var narrowed = row
            var fits = true
            for (position, character) in chosen.enumerated() where position < row.axes.count {
                let values = row.axes[position].values.filter { $0.code == character }
                if values.isEmpty { fits = false; break }
                narrowed.axes[position].values = values
            }
            if fits { rows.append(narrowed) }
        }
        if !chosen.isEmpty {
            out += "\n" + (rows.isEmpty
                ? "No row of \(table.key) allows \(prefix.uppercased()): the rows are below."
                : "Rows that allow \(prefix.uppercased()):")
        }
        for (n, row) in (rows.isEmpty ? table.rows : rows).enumerated() {
            out += "\n" + style.bold("Row \(n + 1)") + " (\(row.codeCount) codes)"
            for axis in row.axes {
                out += "\n  \(axis.title): " + axis.values.map { "\(style.accent($0.code)) \($0.label)" }.joined(separator: "; ")
            }
        }
        return out + "\n"
    }

    /// What `show CODE` prints, in the REPL and as a subcommand alike: a PCS table or code (a
    /// table narrowed to what is typed), else an ICD-10-CM code in full, else what the code is
    /// not. `found` is false when there is nothing to show.
    public static func show(_ code: String, in book: CodeBook, style: TextStyle) -> (text: String, found: Bool) {
        let bare = code.uppercased().replacingOccurrences(of: ".", with: "")
        if let first = bare.first, first.isNumber, let table = book.pcsTable(String(bare.prefix(3))) {
            let validation = book.validate("pcs:" + bare)
            var text = "\(validation.code)  \(validation.title ?? "")\n\(validation.message)\n"
            if !validation.reportable { text += pcsTable(table, style: style, narrowedTo: validation.code.count < 7 ? bare : "") }
            return (text, validation.exists)
        }
        if let detail = book.show(code) { return (show(detail, style: style), true) }
        return (book.validate(code).message + "\n", false)
    }

    /// "Tylenol is a brand of acetaminophen; the Table lists it under that name." (or nothing).
    public static func brandLine(_ name: String, book: CodeBook) -> String {
        guard let generic = book.genericName(ofBrand: name) else { return "" }
        return "\(name.trimmingCharacters(in: .whitespaces)) is a brand name of \(generic); the Table of Drugs lists it under that name.\n"
    }

    /// Each token: reportable or not, its system, and what is missing.
    public static func validation(_ results: [CodeValidation], style: TextStyle) -> String {
        results.map { r in
            let mark = r.reportable ? style.good("ok ") : style.bad("no ")
            let system = r.system?.displayName ?? "?"
            var text = "\(mark) \(style.bold(r.code))  \(system)  \(r.message)" + (r.title.map { "\n    \($0)" } ?? "")
            // A letter and four digits reads as ICD-10-CM outside an item that takes HCPCS: say how to ask for HCPCS.
            let token = r.token.uppercased()
            if r.system == .icd10cm, token.count == 5, token.first?.isLetter == true, token.dropFirst().allSatisfy(\.isNumber) {
                text += "\n    " + style.dim("read as ICD-10-CM, as an answer reads it in an item without HCPCS; "
                    + "in an item that takes HCPCS an answer reads it as HCPCS \(token) (type hcpcs:\(token) to check that)")
            }
            return text
        }.joined(separator: "\n") + "\n"
    }
}
