import Foundation
import SafeText

/// Number and date formatting the renderers share.
enum ReportFormat {
    /// `72.5%` (one decimal).
    static func percent(_ rate: Double) -> String { String(format: "%.1f%%", rate * 100) }

    /// `72.5%` for a value already in percent.
    static func percentValue(_ value: Double) -> String { String(format: "%.1f%%", value) }

    /// `0.83`, `-0.41`, or `–` when undefined.
    static func decimal(_ value: Double?, digits: Int = 2) -> String {
        guard let value else { return "–" }
        return String(format: "%.\(digits)f", value)
    }

    /// Points without needless decimals: `1`, `0.5`.
    static func points(_ value: Double) -> String {
        value == value.rounded() ? String(format: "%.0f", value) : String(format: "%g", value)
    }

    /// The day in UTC, `2025-06-15`.
    static func day(_ date: Date?) -> String {
        guard let date else { return "never" }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }

    /// Date and time in UTC, `2025-06-15 14:03 UTC`.
    static func dateTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }

    /// A horizontal bar of `width` cells for a share from 0 to 1.
    static func bar(_ share: Double, width: Int) -> String { TerminalDrawing.bar(share, width: width) }

    /// Pads (or cuts, with `…`) to exactly `width` characters.
    static func fit(_ text: String, _ width: Int, right: Bool = false) -> String {
        if text.count > width { return String(text.prefix(max(0, width - 1))) + "…" }
        let pad = String(repeating: " ", count: width - text.count)
        return right ? pad + text : text + pad
    }

    /// The label of a histogram band: `0–9%`, …, `90–100%`.
    static func band(_ index: Int) -> String { index == 9 ? "90–100%" : "\(index * 10)–\(index * 10 + 9)%" }

    /// The readiness cell: `ready 78%`, `not yet 64%`, `no mock`.
    static func readiness(_ standing: TraineeReadiness?) -> String {
        guard let standing else { return "–" }
        guard standing.sittings > 0, let average = standing.averagePercent else { return "no mock" }
        return (standing.ready ? "ready " : "not yet ") + String(format: "%.0f%%", average)
    }

    /// How the figures are computed, for the terminal and HTML reports.
    static let methodNotes: [String] = [
        "Scores are points earned ÷ points possible; manual credit counts (the latest override of an attempt), and the result as scored is shown beside it.",
        "Item statistics use each trainee's first attempt at the item: later attempts follow feedback and targeted review of missed items, so they measure the teaching rather than the item, and one response per trainee is what the statistics assume.",
        "Difficulty p is the share of first attempts entirely right (chart-correct; an override giving full points counts).",
        "Discrimination is the point-biserial correlation between the item's right/wrong result and the rest score: the trainee's points ÷ possible on the pack's other items (first attempts), so the item is not correlated with itself.",
        "Flags: too easy when p > 0.9, too hard when p < 0.2, negative discrimination (stronger trainees miss it more: check the key) when the correlation is below 0, few responses under 5 trainees.",
        "Readiness: the mean of a trainee's latest three mock exam sittings and the newest one both reach the pack's pass mark.",
        "A tag is mastered by a trainee whose points rate on its items is at least 80%.",
    ]
}
