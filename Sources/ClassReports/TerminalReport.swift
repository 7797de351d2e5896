import CodingScore
import Foundation
import SafeText

/// Renders a `ClassReport` as terminal text: tables and bars, ANSI colour only when asked
/// (the command asks only on a terminal without `NO_COLOR`).
public struct TerminalReport: Sendable {
    public var report: ClassReport
    /// Write ANSI colour escapes.
    public var colour: Bool
    /// Most items listed with their wrong answers, and most roster rows (0: all).
    public var rosterLimit: Int

    public init(_ report: ClassReport, colour: Bool = false, rosterLimit: Int = 0) {
        self.report = report
        self.colour = colour
        self.rosterLimit = rosterLimit
    }

    private func paint(_ text: String, _ code: String) -> String { TerminalDrawing.paint(text, code, colour: colour) }
    private func bold(_ text: String) -> String { paint(text, "1") }
    private func dim(_ text: String) -> String { paint(text, "2") }
    private func rated(_ text: String, _ rate: Double) -> String {
        paint(text, rate >= 0.8 ? "32" : rate >= 0.6 ? "33" : "31")
    }

    /// The whole report as text ending in a newline.
    public func render() -> String {
        let s = report.summary
        var out = bold("Class report") + ": " + report.folder
        if let filter = report.packFilter { out += " (pack \(filter))" }
        out += "\n"
        out += "\(s.trainees) trainees, \(s.attempts) attempts, \(s.items) items. "
        out += "Mean score \(ReportFormat.percent(s.meanScore))"
        if s.meanScoreAsScored != s.meanScore { out += " (as scored \(ReportFormat.percent(s.meanScoreAsScored)))" }
        out += ", charts all right \(ReportFormat.percent(s.meanChartCorrectRate)).\n"
        if s.credits > 0 { out += "Manual credit: \(s.credits) override(s), listed below.\n" }
        for ready in s.readiness {
            out += "Readiness for \(ready.packId) (pass mark \(ReportFormat.percentValue(ready.passMark))): "
                + "\(ready.sat) of \(s.trainees) sat a mock exam, \(ready.ready) ready.\n"
        }

        if !report.damagedFiles.isEmpty {
            out += "\n" + paint("Damaged files (left out of the report)", "1;31") + "\n"
            for file in report.damagedFiles { out += "  \(file.path): \(file.reason)\n" }
        }

        out += roster()
        out += histogram()
        out += itemTable()
        out += wrongAnswers()
        out += optionCounts()
        if !report.findingKinds.isEmpty {
            out += "\n" + bold("Findings the class makes most") + "\n"
            let top = report.findingKinds.first?.findings ?? 1
            for count in report.findingKinds {
                out += "  " + ReportFormat.fit(count.kind.rawValue, 12) + " "
                    + ReportFormat.bar(Double(count.findings) / Double(max(1, top)), width: 20)
                    + " \(count.findings) findings in \(count.attempts) attempts\n"
            }
        }
        if let caseMix = report.caseMix {
            out += "\n" + bold("Inpatient MS-DRGs") + dim("  (first attempts; weight is Table 5's relative weight)") + "\n"
            out += "  Class: \(caseMix.overall.summary)\n"
            for entry in caseMix.trainees { out += "  \(entry.trainee): \(entry.figures.summary)\n" }
            out += "  Items losing the most weight:\n"
            for entry in caseMix.items.prefix(10) {
                out += "    \(entry.packId)/\(entry.itemId): under-coded \(CaseMixFigures.weight(entry.figures.underCodedWeight)), "
                    + "over-coded \(CaseMixFigures.weight(entry.figures.overCodedWeight)), right DRG "
                    + "\(ReportFormat.percent(entry.figures.rightDRGShare)) of \(entry.figures.cases)\n"
            }
        }
        if !report.tags.isEmpty {
            out += "\n" + bold("Tags") + dim("  (points rate across the class; trainees at 80% or more)") + "\n"
            let width = min(40, max(3, report.tags.map(\.tag.count).max() ?? 3))
            for tag in report.tags {
                out += "  " + ReportFormat.fit(tag.tag, width) + " "
                    + rated(ReportFormat.bar(tag.pointsRate, width: 20), tag.pointsRate) + " "
                    + ReportFormat.fit(ReportFormat.percent(tag.pointsRate), 6, right: true)
                    + "  mastered by \(tag.mastered) of \(tag.trainees)\n"
            }
        }
        if !report.credits.isEmpty {
            out += "\n" + bold("Manual credit") + dim("  (original result kept; the latest override counts)") + "\n"
            for credit in report.credits {
                out += "  \(credit.trainee), \(credit.packId)/\(credit.itemId): "
                    + "\(ReportFormat.points(credit.originalPoints)) → \(ReportFormat.points(credit.creditedPoints)) "
                    + "of \(ReportFormat.points(credit.maxPoints)) by \(credit.by), \(ReportFormat.day(credit.time))"
                    + (credit.inEffect ? "" : " (superseded)") + ": \(credit.reason)\n"
                out += dim("    answer: \(credit.answer)   attempt \(credit.attemptId)") + "\n"
            }
        }
        out += "\n" + dim("How: " + ReportFormat.methodNotes[1]) + "\n"
        return out
    }

    private func roster() -> String {
        var out = "\n" + bold("Roster") + "\n"
        let rows = rosterLimit > 0 ? Array(report.roster.prefix(rosterLimit)) : report.roster
        let width = min(28, max(7, rows.map(\.trainee.count).max() ?? 7))
        let examPack = report.summary.readiness.first?.packId
        out += dim("  " + ReportFormat.fit("trainee", width) + "  attempts  score                      charts  "
            + (examPack != nil ? "readiness     " : "") + "last active") + "\n"
        for entry in rows {
            var line = "  " + ReportFormat.fit(entry.trainee, width) + "  "
                + ReportFormat.fit("\(entry.attempts)", 8, right: true) + "  "
            line += rated(ReportFormat.bar(entry.score, width: 12), entry.score) + " "
                + ReportFormat.fit(ReportFormat.percent(entry.score), 6, right: true)
            line += entry.scoreAsScored != entry.score
                ? dim(ReportFormat.fit(" (\(ReportFormat.percent(entry.scoreAsScored)))", 8)) : String(repeating: " ", count: 8)
            line += " " + ReportFormat.fit(ReportFormat.percent(entry.chartCorrectRate), 6, right: true) + "  "
            if let examPack {
                let standing = entry.readiness.first { $0.packId == examPack }
                let text = ReportFormat.fit(ReportFormat.readiness(standing), 12)
                line += (standing?.ready == true ? paint(text, "32") : text) + "  "
            }
            line += ReportFormat.day(entry.lastActivity)
            out += line + "\n"
        }
        if rows.count < report.roster.count { out += dim("  … and \(report.roster.count - rows.count) more") + "\n" }
        return out
    }

    private func histogram() -> String {
        let bins = report.summary.scoreHistogram
        guard bins.contains(where: { $0 > 0 }) else { return "" }
        var out = "\n" + bold("Scores") + dim("  (trainees per band)") + "\n"
        let top = bins.max() ?? 1
        for (index, count) in bins.enumerated().reversed() {
            out += "  " + ReportFormat.fit(ReportFormat.band(index), 8, right: true) + " "
                + ReportFormat.bar(Double(count) / Double(max(1, top)), width: 30) + " \(count)\n"
        }
        return out
    }

    private func itemTable() -> String {
        guard !report.items.isEmpty else { return "" }
        var out = "\n" + bold("Items") + dim("  (first attempts: p = share right, r = point-biserial with the rest score)") + "\n"
        let width = min(36, max(4, report.items.map { "\($0.packId)/\($0.itemId)".count }.max() ?? 4))
        out += dim("  " + ReportFormat.fit("item", width) + "  kind    n    p    difficulty    r      flags") + "\n"
        for item in report.items {
            var line = "  " + ReportFormat.fit("\(item.packId)/\(item.itemId)", width) + "  "
            line += (item.kind == .multipleChoice ? "MC    " : "coding") + " "
            line += ReportFormat.fit("\(item.respondents)", 4, right: true) + " "
            line += ReportFormat.fit(ReportFormat.decimal(item.difficulty), 5, right: true) + " "
            line += ReportFormat.bar(item.difficulty ?? 0, width: 10) + " "
            let r = ReportFormat.fit(ReportFormat.decimal(item.discrimination), 6, right: true)
            line += (item.discrimination.map { $0 < 0 } ?? false) ? paint(r, "31") : r
            if item.credited > 0 {
                line += dim(" (p as scored \(ReportFormat.decimal(item.difficultyAsScored)))")
            }
            if !item.flags.isEmpty { line += "  " + paint(item.flags.map(\.phrase).joined(separator: "; "), "33") }
            out += line + "\n"
        }
        return out
    }

    private func wrongAnswers() -> String {
        let coding = report.items.filter { !$0.wrongAnswers.isEmpty }
        guard !coding.isEmpty else { return "" }
        var out = "\n" + bold("Most common wrong answers") + dim("  (first attempts)") + "\n"
        for item in coding {
            out += "  \(item.packId)/\(item.itemId)"
            if !item.findingKinds.isEmpty {
                out += dim("  (" + item.findingKinds.prefix(3).map { "\($0.kind.rawValue) \($0.attempts)" }.joined(separator: ", ") + ")")
            }
            out += "\n"
            for wrong in item.wrongAnswers.prefix(5) {
                out += "    \(wrong.text): \(wrong.trainees) trainee\(wrong.trainees == 1 ? "" : "s")\n"
            }
        }
        return out
    }

    private func optionCounts() -> String {
        let choice = report.items.filter { $0.kind == .multipleChoice && !$0.options.isEmpty }
        guard !choice.isEmpty else { return "" }
        var out = "\n" + bold("Options chosen") + dim("  (first attempts; * = key)") + "\n"
        let width = min(36, max(4, choice.map { "\($0.packId)/\($0.itemId)".count }.max() ?? 4))
        for item in choice {
            let cells = item.options.map { option in
                let text = "\(option.option)\(option.isKey ? "*" : "") \(option.chosen)"
                return option.isKey ? paint(text, "32") : text
            }
            out += "  " + ReportFormat.fit("\(item.packId)/\(item.itemId)", width) + "  " + cells.joined(separator: "  ") + "\n"
        }
        return out
    }
}
