/// A de-identified sample chart: a Markdown clinical document with a short YAML front matter.
///
/// Charts live in the chart library (`Content/charts/`, any sub-folder) or in a pack's
/// `charts/` folder; items point at them by `id` or by path. See `Exercises/FORMAT.md`.
public struct Chart: Sendable, Hashable, Codable {
    /// Unique in the library: lower case, digits, hyphens.
    public var id: String
    /// Where the encounter happened; decides principal versus first-listed diagnosis.
    public var setting: ChartSetting
    /// The kind of document ("office note", "operative report", ...).
    public var documentType: String
    /// The clinical specialty ("endocrinology"), when given.
    public var specialty: String?
    /// A short title shown above the chart, when given.
    public var title: String?
    /// The clinical document after the front matter, as written.
    public var body: String
    /// The body split at its `##` headings, when the chart is shown: splitting every chart of
    /// the library at start-up cost the REPL a third of its start.
    public var sections: [ChartSection] { explicitSections ?? ChartSection.split(body, firstLine: bodyStartLine) }
    private var explicitSections: [ChartSection]?
    /// The file the chart was read from (a path, or a name for in-memory text).
    public var sourceFile: String
    /// The file line on which `body` starts.
    public var bodyStartLine: Int

    public init(
        id: String, setting: ChartSetting, documentType: String, specialty: String? = nil, title: String? = nil,
        body: String, sections: [ChartSection]? = nil, sourceFile: String = "<memory>", bodyStartLine: Int = 1
    ) {
        self.id = id
        self.setting = setting
        self.documentType = documentType
        self.specialty = specialty
        self.title = title
        self.body = body
        self.explicitSections = sections
        self.sourceFile = sourceFile
        self.bodyStartLine = bodyStartLine
    }
}

/// Where an encounter happened.
public enum ChartSetting: String, Sendable, Hashable, Codable, CaseIterable {
    case outpatient
    case inpatient
    case emergency
    case observation
    case ambulatorySurgery = "ambulatory-surgery"

    /// Inpatient charts have a principal diagnosis; all others a first-listed one.
    public var isInpatient: Bool { self == .inpatient }
}

/// One `##` section of a chart: "Chief complaint", "Procedure", ...
public struct ChartSection: Sendable, Hashable, Codable {
    /// The heading without the `##` (empty for text before the first heading).
    public var heading: String
    /// The section's text, trimmed.
    public var text: String
    /// The file line of the heading (or of the text, for the untitled first part).
    public var line: Int

    public init(heading: String, text: String, line: Int) {
        self.heading = heading
        self.text = text
        self.line = line
    }

    /// Splits a chart body at its `##` headings; text before the first heading becomes an
    /// untitled section when it is not blank.
    public static func split(_ body: String, firstLine: Int = 1) -> [ChartSection] {
        var sections: [ChartSection] = []
        var heading = ""
        var headingLine = firstLine
        var lines: [Substring] = []
        func flush() {
            let text = lines.joined(separator: "\n").trimmed
            if !heading.isEmpty || !text.isEmpty {
                sections.append(ChartSection(heading: heading, text: text, line: headingLine))
            }
        }
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("## ") {
                flush()
                heading = line.dropFirst(3).trimmed
                headingLine = firstLine + offset
                lines = []
            } else {
                lines.append(line)
            }
        }
        flush()
        return sections
    }
}

import Foundation
