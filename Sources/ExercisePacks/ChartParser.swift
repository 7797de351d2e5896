/// Reads a chart file: `---` front matter (id, setting, document, specialty, title), then the
/// Markdown body. Never throws: problems come back as diagnostics with their places.
public enum ChartParser {
    /// The fields a chart's front matter may have.
    public static let knownFields = ["id", "setting", "document", "specialty", "title", "reviewed"]

    /// Parses `text` read from `file`. The chart is nil only when there is no usable front
    /// matter or no id; otherwise it comes back with any errors found.
    public static func parse(_ text: String, file: String) -> (chart: Chart?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        let normalized = text.utf8.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let first = lines.first, first.trimmed == "---" else {
            sink.error(.start(of: file), "a chart starts with a front matter between '---' lines",
                fixIt: "begin the file with ---, id:, setting:, document:, specialty:, then ---")
            return (nil, sink.diagnostics)
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmed == "---" })
        else {
            sink.error(.start(of: file), "the front matter is not closed by a '---' line")
            return (nil, sink.diagnostics)
        }
        let frontMatter = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        let bodyStartLine = close + 2

        let (node, yamlDiagnostics) = YAMLReader.read(frontMatter, file: file, lineOffset: 1)
        sink.diagnostics += ControlCharacterScan.merged(raw: ControlCharacterScan.diagnostics(text, file: file), yaml: yamlDiagnostics)
        guard let node else {
            if yamlDiagnostics.isEmpty { sink.error(.start(of: file), "the front matter is empty") }
            return (nil, sink.diagnostics)
        }
        guard let fields = FieldReader(node, what: "the chart's front matter", known: knownFields, sink: sink) else {
            return (nil, sink.diagnostics)
        }
        guard let id = fields.string("id", required: true) else { return (nil, sink.diagnostics) }
        if !Identifier.isValid(id) {
            sink.error(fields["id"]!.location, "chart id '\(id)' must be lower case letters, digits and hyphens",
                fixIt: "write '\(Identifier.suggest(id))'")
        }
        var setting = ChartSetting.outpatient
        if let written = fields.string("setting", required: true) {
            if let known = ChartSetting(rawValue: written.lowercased()) {
                setting = known
            } else {
                let names = ChartSetting.allCases.map(\.rawValue)
                sink.error(fields["setting"]!.location,
                    "unknown setting '\(written)'\(Suggestion.phrase(for: written, in: names))",
                    fixIt: "use one of: \(names.joined(separator: ", "))")
            }
        }
        let document = fields.string("document", required: true) ?? ""
        let specialty = fields.string("specialty")
        if fields["specialty"] == nil {
            sink.warning(node.location, "chart '\(id)' names no specialty", fixIt: "add 'specialty: ...'")
        }
        let title = fields.string("title")
        if body.trimmed.isEmpty {
            sink.error(SourceLocation(file: file, line: bodyStartLine, column: 1), "chart '\(id)' has no text")
        }
        let chart = Chart(
            id: id, setting: setting, documentType: document, specialty: specialty, title: title, body: body,
            sourceFile: file, bodyStartLine: bodyStartLine)
        // A heading anywhere (what `sections` would find), without splitting the body now.
        let hasHeading = body.hasPrefix("## ") || body.contains("\n## ")
        if !hasHeading, !body.isEmpty {
            sink.warning(SourceLocation(file: file, line: bodyStartLine, column: 1),
                "chart '\(id)' has no '## ' section headings",
                fixIt: "split the document into its usual sections (## Chief complaint, ## Assessment and plan)")
        }
        return (chart, sink.diagnostics)
    }
}

/// Ids of packs, items and charts: lower case letters, digits and hyphens (items may also use dots and underscores).
enum Identifier {
    static func isValid(_ id: String, allowDotsAndUnderscores: Bool = false) -> Bool {
        guard let first = id.unicodeScalars.first, id.count <= 100 else { return false }
        guard (first >= "a" && first <= "z") || (first >= "0" && first <= "9") else { return false }
        return id.unicodeScalars.allSatisfy { scalar in
            (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "-"
                || (allowDotsAndUnderscores && (scalar == "." || scalar == "_"))
        }
    }

    /// A valid id close to `id`: lower-cased, other characters as hyphens.
    static func suggest(_ id: String) -> String {
        let mapped = id.lowercased().map { ($0.isLetter && $0.isASCII) || ($0.isNumber && $0.isASCII) ? $0 : "-" }
        return String(mapped).split(separator: "-").joined(separator: "-")
    }
}

import Foundation
