import CodeSets
import Foundation

/// The code book's answers as text, shared by the subcommands and the REPL.
public enum CodeBookText {
    /// Ranked hits: code, title, and where the match came from when not the title.
    /// - Parameter width: the screen's width; titles and index paths wrap under the title column.
    public static func lookup(_ hits: [LookupHit], style: TextStyle, width: Int = 1000) -> String {
        var text = ""
        for hit in hits {
            let code = hit.code + (hit.needsSeventh ? "-" : "")
            let pad = String(repeating: " ", count: max(1, 10 - code.count))
            var title = hit.title
            if !hit.billable { title += hit.needsSeventh ? "  (needs a 7th character)" : "  (header)" }
            let titleLines = TextLayout.hanging(title, width: width, indent: 10)
            text += style.bold(code) + pad + titleLines.joined(separator: "\n") + "\n"
            if hit.source != "title" && hit.source != "code" {
                let path = TextLayout.hanging("\(hit.source): \(hit.matched)", width: width, indent: 10)
                text += path.map { "          " + style.dim($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: "\n") + "\n"
            }
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
    public static func pcsTable(_ table: PcsTable, style: TextStyle) -> String {
        var out = "\(style.bold(table.key))  \(table.section) / \(table.bodySystem) / \(table.operation)"
        if !table.definition.isEmpty { out += "\n  \(table.definition)" }
        for (n, row) in table.rows.enumerated() {
            out += "\n" + style.bold("Row \(n + 1)") + " (\(row.codeCount) codes)"
            for axis in row.axes {
                out += "\n  \(axis.title): " + axis.values.map { "\(style.accent($0.code)) \($0.label)" }.joined(separator: "; ")
            }
        }
        return out + "\n"
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
                text += "\n    " + style.dim("read as ICD-10-CM; for the HCPCS code type hcpcs:\(token)")
            }
            return text
        }.joined(separator: "\n") + "\n"
    }
}
