import Foundation
import ProgressStore

/// Renders a `ClassReport` as CSV (RFC 4180: comma-separated, fields with commas, quotes or
/// line breaks quoted, quotes doubled, CRLF line ends): one table for the roster, one for the
/// item analysis. Rates are fractions from 0 to 1; empty cells mean "not defined".
public struct CSVReport: Sendable {
    public var report: ClassReport

    public init(_ report: ClassReport) { self.report = report }

    /// One field, quoted and made formula-safe as `ProgressExport.quote` does it.
    static func field(_ text: String) -> String { ProgressExport.quote(text) }

    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return String(format: "%.4f", value)
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// The roster: one row per trainee; readiness columns per exam pack.
    public func roster() -> String {
        let examPacks = report.summary.readiness.map(\.packId)
        var header = ["trainee", "file", "attempts", "items", "score", "score_as_scored", "chart_correct_rate", "credited_attempts", "last_activity"]
        for pack in examPacks { header += ["\(pack)_sittings", "\(pack)_average_percent", "\(pack)_ready"] }
        let formatter = ISO8601DateFormatter()
        let rows = report.roster.map { entry -> [String] in
            var row = [
                entry.trainee, entry.file, "\(entry.attempts)", "\(entry.items)", Self.number(entry.score),
                Self.number(entry.scoreAsScored), Self.number(entry.chartCorrectRate), "\(entry.credited)",
                entry.lastActivity.map(formatter.string(from:)) ?? "",
            ]
            for pack in examPacks {
                let standing = entry.readiness.first { $0.packId == pack }
                row += ["\(standing?.sittings ?? 0)", Self.number(standing?.averagePercent), standing?.ready == true ? "yes" : "no"]
            }
            return row
        }
        return Self.table(header, rows)
    }

    /// The item analysis: one row per item.
    public func items() -> String {
        let header = [
            "pack", "item", "kind", "key", "respondents", "attempts", "right", "difficulty_p", "difficulty_p_as_scored",
            "discrimination_point_biserial", "mean_score", "credited", "flags", "options_chosen", "common_wrong_answers", "tags",
        ]
        let rows = report.items.map { item -> [String] in
            [
                item.packId, item.itemId, item.kind.rawValue, item.key ?? "", "\(item.respondents)", "\(item.attempts)",
                "\(item.right)", Self.number(item.difficulty), Self.number(item.difficultyAsScored),
                Self.number(item.discrimination), Self.number(item.meanScore), "\(item.credited)",
                item.flags.map(\.rawValue).joined(separator: " "),
                item.options.map { "\($0.option)\($0.isKey ? "*" : "")=\($0.chosen)" }.joined(separator: " "),
                item.wrongAnswers.map { "\($0.text): \($0.trainees)" }.joined(separator: "; "),
                item.tags.joined(separator: " "),
            ]
        }
        return Self.table(header, rows)
    }

    /// Where the item table goes when the roster goes to `url`: `class.csv` → `class-items.csv`.
    public static func itemsURL(besides url: URL) -> URL {
        let ext = url.pathExtension.isEmpty ? "csv" : url.pathExtension
        let stem = url.deletingPathExtension().lastPathComponent
        return url.deletingLastPathComponent().appendingPathComponent("\(stem)-items.\(ext)")
    }
}
