import CodingScore
import Foundation

/// Renders a `ClassReport` as one self-contained HTML file: inline CSS and inline SVG charts
/// (score histogram, difficulty against discrimination, per-tag mastery, finding kinds), no
/// script and no external resource; every text from the data is escaped. Prints on A4/Letter
/// with `@media print`.
public struct HTMLReport: Sendable {
    public var report: ClassReport

    public init(_ report: ClassReport) { self.report = report }

    /// Escapes text for HTML content and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    private func e(_ text: String) -> String { Self.escape(text) }

    /// The whole document.
    public func render() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(title))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <main>

            """
        html += header()
        html += damaged()
        html += scores()
        html += roster()
        html += items()
        html += wrongAnswers()
        html += options()
        html += findings()
        html += caseMix()
        html += tags()
        html += credits()
        html += method()
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private var title: String {
        var text = "Class report"
        if let filter = report.packFilter {
            text += ": " + (report.packs.first { $0.id == filter }?.title ?? filter)
        } else if report.packs.count == 1 {
            text += ": " + report.packs[0].title
        }
        return text
    }

    // MARK: - Sections

    private func header() -> String {
        let s = report.summary
        var html = "<header>\n<h1>\(e(title))</h1>\n"
        html += "<p class=\"meta\">\(e(report.folder)) · generated \(e(ReportFormat.dateTime(report.generatedAt)))"
        if !report.packs.isEmpty {
            html += " · packs: " + report.packs.map { e("\($0.id) \($0.version)") }.joined(separator: ", ")
        }
        html += "</p>\n</header>\n<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n"
        func card(_ value: String, _ label: String, _ extra: String = "") -> String {
            "<div class=\"card\"><div class=\"value\">\(value)</div><div class=\"label\">\(label)</div>\(extra)</div>\n"
        }
        html += card("\(s.trainees)", "trainees")
        html += card("\(s.attempts)", "attempts")
        html += card("\(s.items)", "items")
        let asScored = s.meanScoreAsScored != s.meanScore
            ? "<div class=\"sub\">as scored \(ReportFormat.percent(s.meanScoreAsScored))</div>" : ""
        html += card(ReportFormat.percent(s.meanScore), "mean score", asScored)
        html += card(ReportFormat.percent(s.meanChartCorrectRate), "charts all right")
        for ready in s.readiness {
            html += card(
                "\(ready.ready) / \(ready.sat)", "ready for \(e(ready.packId))",
                "<div class=\"sub\">pass mark \(ReportFormat.percentValue(ready.passMark)); \(ready.sat) of \(s.trainees) sat a mock</div>")
        }
        if s.credits > 0 { html += card("\(s.credits)", "manual credits") }
        if s.damagedFiles > 0 { html += card("<span class=\"bad\">\(s.damagedFiles)</span>", "damaged files") }
        html += "</div>\n</section>\n"
        return html
    }

    private func damaged() -> String {
        guard !report.damagedFiles.isEmpty else { return "" }
        var html = "<section id=\"damaged\" class=\"alert\">\n<h2>Damaged progress files</h2>\n"
        html += "<p>These files could not be read and are left out of every figure below. Nothing in them was changed.</p>\n<ul>\n"
        for file in report.damagedFiles { html += "<li><code>\(e(file.path))</code>: \(e(file.reason))</li>\n" }
        return html + "</ul>\n</section>\n"
    }

    private func roster() -> String {
        let examPack = report.summary.readiness.first?.packId
        var html = "<section id=\"roster\">\n<h2>Roster</h2>\n<table>\n<thead><tr><th>Trainee</th><th class=\"num\">Attempts</th>"
            + "<th class=\"num\">Items</th><th>Score</th><th class=\"num\">Charts right</th>"
        if let examPack { html += "<th>Readiness (\(e(examPack)))</th>" }
        html += "<th class=\"num\">Credited</th><th>Last active</th></tr></thead>\n<tbody>\n"
        for entry in report.roster {
            html += "<tr><td>\(e(entry.trainee))</td><td class=\"num\">\(entry.attempts)</td><td class=\"num\">\(entry.items)</td>"
            html += "<td>\(meter(entry.score))"
            if entry.scoreAsScored != entry.score {
                html += " <span class=\"sub\">as scored \(ReportFormat.percent(entry.scoreAsScored))</span>"
            }
            html += "</td><td class=\"num\">\(ReportFormat.percent(entry.chartCorrectRate))</td>"
            if let examPack {
                let standing = entry.readiness.first { $0.packId == examPack }
                let cls = standing?.ready == true ? "good" : (standing?.sittings ?? 0) > 0 ? "warn" : "muted"
                html += "<td class=\"\(cls)\">\(e(ReportFormat.readiness(standing)))</td>"
            }
            html += "<td class=\"num\">\(entry.credited > 0 ? "\(entry.credited)" : "")</td>"
            html += "<td class=\"when\">\(e(ReportFormat.day(entry.lastActivity)))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    /// A small inline bar with its percent.
    private func meter(_ rate: Double) -> String {
        let cls = rate >= 0.8 ? "good" : rate >= 0.6 ? "warn" : "bad"
        let width = String(format: "%.1f", min(1, max(0, rate)) * 100)
        return "<span class=\"meter\"><span class=\"fill \(cls)\" style=\"width:\(width)%\"></span></span> \(ReportFormat.percent(rate))"
    }

    private func scores() -> String {
        let bins = report.summary.scoreHistogram
        guard bins.contains(where: { $0 > 0 }) else { return "" }
        var html = "<section id=\"scores\">\n<h2>Score distribution</h2>\n"
        html += "<p class=\"note\">Trainees per band of their score (points earned ÷ possible, manual credit counted).</p>\n"
        html += SVGCharts.histogram(bins: bins, labels: (0..<10).map { ReportFormat.band($0) })
        return html + "</section>\n"
    }

    private func items() -> String {
        guard !report.items.isEmpty else { return "" }
        var html = "<section id=\"items\">\n<h2>Item analysis</h2>\n"
        html += "<p class=\"note\">From each trainee's first attempt at each item. <b>p</b>: share entirely right. "
            + "<b>r</b>: point-biserial correlation with the rest score (the pack's other items). "
            + "Flagged: p &gt; 0.9 too easy, p &lt; 0.2 too hard, r &lt; 0 negative discrimination (check the key).</p>\n"
        html += "<div class=\"charts\">\n" + SVGCharts.scatter(items: report.items) + "</div>\n"
        html += "<table>\n<thead><tr><th>Item</th><th>Kind</th><th class=\"num\">n</th><th>Difficulty p</th>"
            + "<th class=\"num\">r</th><th>Flags</th><th>Tags</th></tr></thead>\n<tbody>\n"
        for item in report.items {
            let flagged = item.flags.contains { $0 != .fewResponses }
            html += "<tr\(flagged ? " class=\"flagged\"" : "")><td><code>\(e(item.packId))/\(e(item.itemId))</code></td>"
            html += "<td>\(item.kind == .multipleChoice ? "MC" : "coding")</td><td class=\"num\">\(item.respondents)</td>"
            html += "<td>" + (item.difficulty.map(meterP) ?? "–")
            if item.credited > 0 { html += " <span class=\"sub\">as scored \(ReportFormat.decimal(item.difficultyAsScored))</span>" }
            html += "</td>"
            let negative = (item.discrimination ?? 0) < 0
            html += "<td class=\"num\(negative ? " bad" : "")\">\(ReportFormat.decimal(item.discrimination))</td>"
            html += "<td>" + item.flags.map { "<span class=\"flag \($0.rawValue)\">\(e($0.phrase))</span>" }.joined(separator: " ") + "</td>"
            html += "<td class=\"tags\">" + item.tags.map(e).joined(separator: ", ") + "</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private func meterP(_ p: Double) -> String {
        let width = String(format: "%.1f", min(1, max(0, p)) * 100)
        return "<span class=\"meter\"><span class=\"fill accent\" style=\"width:\(width)%\"></span></span> \(ReportFormat.decimal(p))"
    }

    private func wrongAnswers() -> String {
        let coding = report.items.filter { $0.kind == .coding && !$0.wrongAnswers.isEmpty }
        guard !coding.isEmpty else { return "" }
        var html = "<section id=\"wrong-answers\">\n<h2>Most common wrong answers</h2>\n"
        html += "<p class=\"note\">Per coding item, from first attempts that were not entirely right; each trainee counted once per answer.</p>\n"
        html += "<div class=\"grid\">\n"
        for item in coding {
            html += "<div class=\"panel\"><h3><code>\(e(item.packId))/\(e(item.itemId))</code></h3>\n"
            html += "<p class=\"sub\">p \(ReportFormat.decimal(item.difficulty)) · \(item.respondents) trainees"
            if !item.findingKinds.isEmpty {
                html += " · " + item.findingKinds.prefix(3).map { "\(e($0.kind.rawValue)) \($0.attempts)" }.joined(separator: ", ")
            }
            html += "</p>\n<ol>\n"
            for wrong in item.wrongAnswers.prefix(5) {
                html += "<li><span class=\"code\">\(e(wrong.text))</span>: <b>\(wrong.trainees)</b> trainee\(wrong.trainees == 1 ? "" : "s")</li>\n"
            }
            html += "</ol>\n</div>\n"
        }
        return html + "</div>\n</section>\n"
    }

    private func options() -> String {
        let choice = report.items.filter { $0.kind == .multipleChoice && !$0.options.isEmpty }
        guard !choice.isEmpty else { return "" }
        var html = "<section id=\"options\">\n<h2>Multiple-choice options chosen</h2>\n"
        html += "<p class=\"note\">First attempts. The key is marked ✓; a distractor chosen more than the key, or by the strongest trainees, deserves a second look at the key.</p>\n"
        html += "<table class=\"options\">\n<thead><tr><th>Item</th><th>Key</th><th>Options</th></tr></thead>\n<tbody>\n"
        for item in choice {
            let total = max(1, item.options.map(\.chosen).reduce(0, +))
            html += "<tr><td><code>\(e(item.itemId))</code></td><td>\(e(item.key ?? "?"))</td><td class=\"optbars\">"
            for option in item.options {
                let share = Double(option.chosen) / Double(total)
                html += "<span class=\"opt\(option.isKey ? " key" : "")\"><span class=\"letter\">\(e(option.option))\(option.isKey ? " ✓" : "")</span>"
                    + "<span class=\"meter small\"><span class=\"fill \(option.isKey ? "good" : "muted-fill")\" style=\"width:\(String(format: "%.1f", share * 100))%\"></span></span>"
                    + "<span class=\"count\">\(option.chosen)</span></span>"
            }
            html += "</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private func findings() -> String {
        guard !report.findingKinds.isEmpty else { return "" }
        var html = "<section id=\"findings\">\n<h2>Findings the class makes most</h2>\n"
        html += "<p class=\"note\">Every attempt: how many findings of each kind, and in how many attempts.</p>\n"
        html += SVGCharts.bars(
            rows: report.findingKinds.map { ($0.kind.rawValue, Double($0.findings), "\($0.findings) in \($0.attempts) attempts") },
            scale: Double(report.findingKinds.map(\.findings).max() ?? 1), colour: "#b26a00", label: "Finding kinds")
        return html + "</section>\n"
    }

    private func caseMix() -> String {
        guard let caseMix = report.caseMix else { return "" }
        var html = "<section id=\"drg\">\n<h2>Inpatient MS-DRGs</h2>\n"
        html += "<p class=\"note\">First attempts of inpatient items, grouped with the MS-DRG grouper: \(e(caseMix.overall.summary)).</p>\n"
        html += "<table>\n<thead><tr><th>Trainee</th><th class=\"num\">Cases</th><th class=\"num\">Right DRG</th>"
            + "<th class=\"num\">CMI coded</th><th class=\"num\">CMI key</th></tr></thead>\n<tbody>\n"
        for entry in caseMix.trainees {
            let f = entry.figures
            html += "<tr><td>\(e(entry.trainee))</td><td class=\"num\">\(f.cases)</td><td class=\"num\">\(ReportFormat.percent(f.rightDRGShare))</td>"
                + "<td class=\"num\">\(CaseMixFigures.weight(f.codedCaseMixIndex))</td><td class=\"num\">\(CaseMixFigures.weight(f.keyCaseMixIndex))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n<h3>Items where the class loses the most weight</h3>\n<table>\n"
            + "<thead><tr><th>Item</th><th class=\"num\">Under-coded</th><th class=\"num\">Over-coded</th><th class=\"num\">Right DRG</th></tr></thead>\n<tbody>\n"
        for entry in caseMix.items.prefix(15) {
            let f = entry.figures
            html += "<tr><td>\(e(entry.packId))/\(e(entry.itemId))</td><td class=\"num\">\(CaseMixFigures.weight(f.underCodedWeight))</td>"
                + "<td class=\"num\">\(CaseMixFigures.weight(f.overCodedWeight))</td><td class=\"num\">\(ReportFormat.percent(f.rightDRGShare))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private func tags() -> String {
        guard !report.tags.isEmpty else { return "" }
        var html = "<section id=\"tags\">\n<h2>Mastery per tag</h2>\n"
        html += "<p class=\"note\">Points rate across the class on each tag's items; mastered: trainees at 80% or more on the tag.</p>\n"
        html += SVGCharts.bars(
            rows: report.tags.map {
                ($0.tag, $0.pointsRate, "\(ReportFormat.percent($0.pointsRate)) · mastered by \($0.mastered) of \($0.trainees)")
            }, scale: 1, colour: nil, label: "Mastery per tag")
        return html + "</section>\n"
    }

    private func credits() -> String {
        guard !report.credits.isEmpty else { return "" }
        var html = "<section id=\"credits\">\n<h2>Manual credit</h2>\n"
        html += "<p class=\"note\">Overrides recorded beside the original result, which is kept; the latest override of an attempt counts.</p>\n"
        html += "<table>\n<thead><tr><th>Trainee</th><th>Item</th><th>Answer</th><th class=\"num\">As scored</th>"
            + "<th class=\"num\">Credited</th><th>By</th><th>When</th><th>Why</th></tr></thead>\n<tbody>\n"
        for credit in report.credits {
            html += "<tr\(credit.inEffect ? "" : " class=\"superseded\"")><td>\(e(credit.trainee))</td>"
            html += "<td><code>\(e(credit.packId))/\(e(credit.itemId))</code></td><td><span class=\"code\">\(e(credit.answer))</span></td>"
            html += "<td class=\"num\">\(e(ReportFormat.points(credit.originalPoints))) / \(e(ReportFormat.points(credit.maxPoints)))</td>"
            html += "<td class=\"num\">\(e(ReportFormat.points(credit.creditedPoints))) / \(e(ReportFormat.points(credit.maxPoints)))"
                + (credit.inEffect ? "" : " <span class=\"sub\">superseded</span>") + "</td>"
            html += "<td>\(e(credit.by))</td><td class=\"when\">\(e(ReportFormat.day(credit.time)))</td><td>\(e(credit.reason))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private func method() -> String {
        var html = "<section id=\"method\">\n<h2>How these figures are computed</h2>\n<ul>\n"
        for note in ReportFormat.methodNotes { html += "<li>\(e(note))</li>\n" }
        return html + "</ul>\n</section>\n"
    }

    // MARK: - Style

    static let css = """

        :root { --ink:#1f2933; --muted:#65717e; --line:#d9dee4; --soft:#f4f6f8; --accent:#1f6feb;
                --good:#2e7d32; --warn:#b26a00; --bad:#c62828; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #fff;
               font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1120px; margin: 0 auto; padding: 28px 28px 48px; }
        header h1 { margin: 0 0 4px; font-size: 28px; }
        .meta { color: var(--muted); margin: 0 0 8px; font-size: 13px; word-break: break-all; }
        h2 { font-size: 20px; margin: 34px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
        h3 { font-size: 15px; margin: 0 0 4px; }
        .note { color: var(--muted); font-size: 13px; margin: 4px 0 12px; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(160px, 1fr)); gap: 12px; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--soft); }
        .card .value { font-size: 26px; font-weight: 650; }
        .card .label { color: var(--muted); font-size: 13px; }
        .sub { color: var(--muted); font-size: 12px; }
        table { width: 100%; border-collapse: collapse; font-size: 13.5px; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: middle; }
        thead th { background: var(--soft); font-weight: 600; border-bottom: 2px solid var(--line); }
        tbody tr:nth-child(even) { background: #fafbfc; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.when { white-space: nowrap; }
        tr.flagged td:first-child { box-shadow: inset 3px 0 0 var(--warn); }
        tr.superseded { color: var(--muted); }
        td.tags { color: var(--muted); font-size: 12px; }
        code, .code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12.5px; }
        .good { color: var(--good); } .warn { color: var(--warn); } .bad { color: var(--bad); } .muted { color: var(--muted); }
        .meter { display: inline-block; width: 90px; height: 9px; background: #e6e9ed; border-radius: 5px;
                 overflow: hidden; vertical-align: middle; }
        .meter.small { width: 60px; }
        .meter .fill { display: block; height: 100%; }
        .fill.good { background: var(--good); } .fill.warn { background: #e0a030; } .fill.bad { background: var(--bad); }
        .fill.accent { background: var(--accent); } .fill.muted-fill { background: #9aa5b1; }
        .flag { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 11.5px; background: #fff3e0;
                color: var(--warn); border: 1px solid #f3d19c; white-space: nowrap; }
        .flag.negative-discrimination { background: #fdecea; color: var(--bad); border-color: #f5b5ae; }
        .flag.few-responses { background: var(--soft); color: var(--muted); border-color: var(--line); }
        .alert { border: 1px solid #f5b5ae; background: #fdecea; border-radius: 8px; padding: 4px 16px 8px; }
        .alert h2 { border: 0; margin-top: 12px; color: var(--bad); }
        .charts { display: flex; flex-wrap: wrap; gap: 16px; margin-bottom: 12px; }
        svg { max-width: 100%; height: auto; }
        svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 12px; }
        .panel { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
        .panel ol { margin: 6px 0 0; padding-left: 22px; font-size: 13.5px; }
        .optbars { white-space: normal; }
        .opt { display: inline-flex; align-items: center; gap: 4px; width: 140px; }
        .opt .letter { font-weight: 600; min-width: 14px; }
        .opt.key .letter { color: var(--good); }
        .opt .count { font-variant-numeric: tabular-nums; color: var(--muted); font-size: 12px; min-width: 18px; }
        #method li { margin-bottom: 4px; font-size: 13.5px; }
        @media print {
          @page { margin: 14mm; }
          body { font-size: 10.5pt; }
          main { max-width: none; padding: 0; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          h2 { break-after: avoid; page-break-after: avoid; }
          thead { display: table-header-group; }
          tr, .card, .panel, svg { break-inside: avoid; page-break-inside: avoid; }
          tbody tr:nth-child(even) { background: none; }
          .meta { word-break: normal; }
        }

        """
}
