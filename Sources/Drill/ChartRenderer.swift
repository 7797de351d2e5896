import Foundation
import Presentation

/// Lays a chart out for the terminal: a title line, its sections set off as headings,
/// every paragraph wrapped to the terminal's width.
public struct ChartRenderer: Sendable {
    public var width: Int
    public var style: TextStyle

    public init(width: Int, style: TextStyle) {
        self.width = width
        self.style = style
    }

    /// The chart's lines, ready to print (or to page).
    /// - Parameters:
    ///   - heading: what stands above the chart ("Office note · outpatient · endocrinology").
    ///   - body: the chart's Markdown body, sections as `##` headings.
    public func render(heading: String, body: String) -> [String] {
        var lines = [style.bold(heading), style.dim(String(repeating: "─", count: min(width, max(10, heading.count))))]
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty {
                lines += TextLayout.wrap(TextLayout.reflow(paragraph.joined(separator: "\n")), width: width)
                paragraph = []
            }
        }
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            if line.hasPrefix("#") {
                flush()
                let title = line.drop(while: { $0 == "#" }).trimmingCharacters()
                if lines.count > 2, lines.last?.isEmpty == false { lines.append("") }
                lines.append(style.accent(title.uppercased()))
            } else if line.trimmingCharacters().isEmpty {
                flush()
                if lines.last?.isEmpty == false { lines.append("") }
            } else {
                paragraph.append(line.replacingMarkdownEmphasis())
            }
        }
        flush()
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text = text.dropFirst() }
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}

extension String {
    /// `**bold**` markers removed: the terminal shows the words.
    func replacingMarkdownEmphasis() -> String {
        guard contains("**") else { return self }
        return components(separatedBy: "**").joined()
    }
}
