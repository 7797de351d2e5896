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
}
