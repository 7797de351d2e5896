import Foundation

/// The result of grading an answers file: per trainee, per item, the lines that could not
/// be graded, and everything added up. Codable: `renderJSON()` is the `--json` output.
public struct BatchReport: Codable, Sendable {
    /// Every item of the pack, in pack order, with the figures of the answers to it.
    public var items: [ItemResult]
    /// Every trainee met in the file, by name.
    public var trainees: [TraineeResult]
    /// Lines not graded, with their 1-based number and the reason, in file order.
    public var badLines: [BadLine]
    /// All graded answers together.
    public var summary: ScoreSummary
    /// Σ of the items' weights: what a trainee answering every item perfectly earns.
    public var possiblePoints: Double

    public init(items: [ItemResult], trainees: [TraineeResult], badLines: [BadLine], summary: ScoreSummary,
                possiblePoints: Double) {
        self.items = items
        self.trainees = trainees
        self.badLines = badLines
        self.summary = summary
        self.possiblePoints = possiblePoints
    }

    /// Answers graded.
    public var gradedCount: Int { summary.overall.items }

    /// The report as pretty-printed JSON with sorted keys (stable for scripts and diffs).
    public func renderJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// The report as plain-text tables: trainees, items, bad lines.
    public func renderText() -> String {
        var out = ""
        out += "\(gradedCount) answer\(gradedCount == 1 ? "" : "s") graded from \(trainees.count) trainee\(trainees.count == 1 ? "" : "s")"
        out += badLines.isEmpty ? "\n" : "; \(badLines.count) line\(badLines.count == 1 ? "" : "s") skipped (listed below)\n"

        out += "\nTrainees\n"
        var table = TextTable(header: ["trainee", "answered", "points", "%", "chart-correct", "precision", "recall", "F1", "accuracy"],
                              rightAligned: [1, 2, 3, 4, 5, 6, 7, 8])
        for trainee in trainees {
            let figures = trainee.summary.overall
            table.add([
                trainee.trainee, "\(figures.items)/\(items.count)",
                "\(Self.number(trainee.points))/\(Self.number(possiblePoints))", Self.percent(trainee.percent),
                "\(figures.chartCorrect)/\(figures.items)", Self.ratio(figures.microPrecision),
                Self.ratio(figures.microRecall), Self.ratio(figures.microF1), Self.ratio(figures.accuracy),
            ])
        }
        out += table.render()

        out += "\nItems\n"
        table = TextTable(header: ["item", "answered", "mean %", "chart-correct", "precision", "recall", "F1", "accuracy", "most frequent error"],
                          rightAligned: [1, 2, 3, 4, 5, 6, 7])
        for item in items {
            let figures = item.summary.overall
            let error = item.summary.findings.filter { $0.key != FindingKind.correct.rawValue }
                .max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }
            table.add([
                item.item, "\(figures.items)", figures.items == 0 ? "-" : Self.percent(figures.percent),
                figures.items == 0 ? "-" : "\(figures.chartCorrect)/\(figures.items)",
                figures.items == 0 ? "-" : Self.ratio(figures.microPrecision),
                figures.items == 0 ? "-" : Self.ratio(figures.microRecall),
                figures.items == 0 ? "-" : Self.ratio(figures.microF1),
                figures.items == 0 ? "-" : Self.ratio(figures.accuracy),
                error.map { "\($0.key) ×\($0.value)" } ?? "-",
            ])
        }
        out += table.render()

        if !badLines.isEmpty {
            out += "\nLines skipped\n"
            for bad in badLines { out += "  line \(bad.line): \(bad.reason)\n" }
        }
        return out
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f", value) }
    static func ratio(_ value: Double) -> String { String(format: "%.2f", value) }
}
