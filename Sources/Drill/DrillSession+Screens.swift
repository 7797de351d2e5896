import CodingScore
import DRGImpact
import Foundation
import Presentation
import ProgressStore
import SafeText

/// Screen text: what each screen says, from the state it is given; no state changes here.
extension DrillSession {
    func homeScreen() -> String {
        var text = "\n" + packList()
        if let due = progress?.dueItems(now: clock.now()), !due.isEmpty {
            text += "\n\(due.count) item\(due.count == 1 ? "" : "s") due for review: type 'review'.\n"
        }
        let example = (shelf.listing.firstIndex(where: { $0.mode == .drill }) ?? 0) + 1
        text += "\nType a pack's number to start it, e.g. '\(example)'.\n"
        text += "'exam ID' sits a timed mock exam; 'help' lists every command.\n"
        return text
    }

    /// The packs as listed (from the start cache until they are loaded): no pack is read here.
    func packList() -> String {
        let packs = shelf.listing
        guard !packs.isEmpty else { return "No packs found. Add one under Exercises/ or with --packs DIR.\n" }
        var text = style.bold("Packs") + "\n"
        let idWidth = min(28, packs.map(\.id.count).max() ?? 10)
        for (index, pack) in packs.enumerated() {
            var line = "  \(String(index + 1).leftPadded(2)). \(TextLayout.fit(pack.id, idWidth))  "
            line += "\(String(pack.itemCount).leftPadded(3)) items  "
            line += pack.mode == .exam ? "exam  " : "drill "
            let standing = progress?.standing(packId: pack.id)
            if let standing, standing.itemsAttempted > 0 {
                line += " \(TextLayout.bar(standing.score, width: 10)) \(percent(standing.score)) "
                line += "(\(standing.itemsAttempted)/\(pack.itemCount) done)"
            }
            if pack.mode == .exam, let sitting = progress?.exam(packId: pack.id) {
                line += " in progress: \(sitting.answers.count) answered, \(clockText(max(0, pack.examTimeLimit - sitting.timeUsed))) left"
            } else if let exam = standing?.lastExamPercent {
                let passed = ExamResult.passes(percent: exam, passMark: pack.examPassMark)
                line += " last mock \(Int(exam.rounded()))% " + (passed ? style.good("pass") : style.bad("fail"))
            } else if standing == nil || standing?.itemsAttempted == 0 {
                line += " not started"
            }
            text += line + "\n"
            text += style.dim("      \(pack.title)") + "\n"
        }
        return text
    }

    func itemLines(_ item: DrillItem, includeChart: Bool = true) -> [String] {
        var lines: [String] = []
        if includeChart, !item.chartBody.isEmpty {
            lines += ChartRenderer(width: settings.width, style: style).render(heading: item.chartHeading, body: item.chartBody)
            lines.append("")
        }
        lines += taskLines(item)
        return lines
    }

    func taskLines(_ item: DrillItem) -> [String] {
        var lines: [String] = []
        switch item.content {
        case .coding:
            lines += TextLayout.wrap(style.accent("Task: ") + item.task, width: settings.width)
        case .multipleChoice(let question, let options, _):
            if !item.task.isEmpty { lines += TextLayout.wrap(style.accent("Task: ") + item.task, width: settings.width) }
            lines += TextLayout.wrap(
                TextLayout.reflow(question.trimmingCharacters(in: .whitespacesAndNewlines)), width: settings.width)
            for option in options { lines += TextLayout.wrap("  \(option.letter)) \(option.text)", width: settings.width) }
            lines.append(style.dim("Answer with a letter, A to D."))
        }
        return lines
    }

    func listItems(flagsOnly: Bool = false) -> String {
        var text = ""
        switch mode {
        case .home: return packList()
        case .drill(let run):
            for (index, entry) in run.entries.enumerated() {
                let marker = index == run.index ? ">" : " "
                var status = ""
                if let score = run.results[index] { status = score.chartCorrect ? style.good("right") : style.bad("missed") }
                text += "\(marker) \(String(index + 1).leftPadded(2)). \(TextLayout.fit(entry.item.id, 28)) \(status)\n"
            }
        case .exam(let run):
            for (index, item) in run.pack.items.enumerated() {
                let answered = !(run.answers[item.id] ?? "").isEmpty
                let flagged = run.flags.contains(item.id)
                if flagsOnly && answered && !flagged { continue }
                let marker = index == run.index ? ">" : " "
                var status = answered ? "answered" : style.warn("unanswered")
                if flagged { status += style.warn(" flagged") }
                text += "\(marker) \(String(index + 1).leftPadded(2)). \(TextLayout.fit(item.id, 20)) \(status)\n"
            }
            if text.isEmpty { text = "Nothing flagged and nothing unanswered.\n" }
            text += "\(clockText(run.remaining(now: clock.now()))) left.\n"
        }
        return text
    }

    func feedback(
        _ score: ItemScore, answer: TypedAnswer, item: DrillItem, pack: DrillPack,
        drg impact: Result<DRGImpact, GrouperError>? = nil
    ) -> String {
        var lines: [String] = []
        if case .coding = item.content {
            lines.append(style.dim("Read: \(echo(answer, item: item))"))
        }
        lines += findingLines(score)
        let earned = weighted(score, item)
        var summary = score.chartCorrect ? style.good("All correct.") : style.bad("Not fully correct.")
        summary += " \(format(earned)) of \(format(item.points)) point\(item.points == 1 ? "" : "s")"
        if case .coding = item.content {
            summary += " · precision \(percent(score.precision)) · recall \(percent(score.recall))"
        }
        lines.append(summary)
        if let impact { lines += drgLines(impact) }
        if !item.rationale.isEmpty {
            lines.append(style.accent("Why:"))
            lines += TextLayout.wrap(
                TextLayout.reflow(item.rationale.trimmingCharacters(in: .whitespacesAndNewlines)), width: settings.width - 2)
                .map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func findingLines(_ score: ItemScore) -> [String] {
        score.findings.map { finding in
            let mark: String
            switch finding.kind {
            case .correct: mark = style.good("✓ correct    ")
            case .missing, .extra, .invalid, .excludes1, .unsupported, .poa: mark = style.bad("✗ " + TextLayout.fit(finding.kind.rawValue, 11))
            // A wrong side or episode is a wrong code: marked as one, though its kind stays specificity.
            case .specificity where [.laterality, .episode].contains(finding.specificityReason):
                mark = style.bad("✗ " + TextLayout.fit(finding.kind.rawValue, 11))
            default: mark = style.warn("~ " + TextLayout.fit(finding.kind.rawValue, 11))
            }
            return mark + " " + TextLayout.hanging(finding.explanation, width: settings.width, indent: 14)
                .joined(separator: "\n")
        }
    }

    func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    /// The DRG lines shown after an inpatient item, under the findings.
    func drgLines(_ impact: Result<DRGImpact, GrouperError>) -> [String] {
        switch impact {
        case .success(let impact):
            let lines = impact.lines()
            return [style.accent("What the codes are worth (\(impact.versionName)):")]
                + lines.flatMap { TextLayout.hanging($0, width: settings.width - 2, indent: 2).map { "  " + $0 } }
        case .failure(let error):
            let reason = drg?.notice ?? "MS-DRG figures are off: \(error.localizedDescription)."
            return TextLayout.wrap(reason, width: settings.width).map { style.dim($0) }
        }
    }

    /// The result's sections (against their share of the real exam), the readiness estimate and
    /// the sections to work on, with the drills that train them.
    func examSectionLines(_ result: ExamResult, shape: ExamShape?) -> String {
        guard result.sections.count > 1 || result.sections.first?.tag != "(untagged)" else { return "" }
        var text = style.bold(shape.map { "By section of the \($0.name) blueprint" } ?? "By domain") + "\n"
        let width = min(30, result.sections.map(\.title.count).max() ?? 10)
        for section in result.sections where section.questions > 0 || section.blueprintQuestions != nil {
            text += "  \(TextLayout.fit(section.title, width)) \(TextLayout.bar(section.share, width: 12)) "
            let figure = section.questions > 0 ? percent(section.share) : "—"
            text += String(repeating: " ", count: max(0, 4 - figure.count)) + figure
            text += style.dim("  \(format(section.earned))/\(format(section.possible)) pts")
            if let examShare = section.examShare {
                text += style.dim(" · \(percent(examShare)) of exam")
            }
            text += "\n"
        }
        if let readiness = result.readiness {
            text += style.bold("Readiness") + "\n"
            text += TextLayout.hanging(readiness.sentence, width: settings.width, indent: 2)
                .map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        let work = result.sectionsToWorkOn(3)
        if !work.isEmpty {
            text += style.bold("Work on") + "\n"
            for section in work {
                let drills = drillEntries(taggedAnyOf: [section.drillTag]).count
                var line = "  \(section.title): \(percent(section.share))"
                line += drills > 0 ? " · 'drill \(section.drillTag)' (\(drills) items)" : " · no drill items carry \(section.drillTag) yet"
                text += line + "\n"
            }
        }
        return text
    }

    /// One question of a submitted exam: a mark, the answer, the key when wrong, and the findings.
    func examItemLines(_ item: DrillItem, answer: String, score: ItemScore) -> [String] {
        let mark = score.chartCorrect ? style.good("✓") : style.bad("✗")
        var line = "\(mark) \(TextLayout.fit(item.id, 16)) \(answer.isEmpty ? style.dim("(no answer)") : answer)"
        if case .multipleChoice(_, _, let key) = item.content, !score.chartCorrect {
            line += style.dim("  key: \(key.answer)")
        }
        var lines = [line]
        if case .coding = item.content, !score.chartCorrect {
            lines += findingLines(score).filter { !$0.contains("✓") }.map { "    " + $0 }
        }
        return lines
    }

    /// The result of a submitted exam, as `ExamResult` computes it.
    func examResultScreen(_ result: ExamResult, run: ExamRun, timeUsed: Double, outcomes: [DRGOutcome], details: [String]) -> String {
        var text = "\n" + style.bold("Exam result: \(run.pack.title)") + "\n"
        text += "Score: \(format(result.earned)) of \(format(result.possible)) (\(percent(result.share))) · pass mark \(Int(run.passMark))% · "
        text += result.passed ? style.good("PASS") : style.bad("FAIL")
        text += " · time used \(clockText(timeUsed))\n"
        if let caseMix = CaseMixFigures(outcomes) {
            text += TextLayout.hanging("Inpatient cases: " + caseMix.summary, width: settings.width, indent: 2)
                .joined(separator: "\n") + "\n"
        }
        text += examSectionLines(result, shape: run.pack.examShape)
        text += style.bold("Items") + "\n" + details.joined(separator: "\n") + "\n"
        text += "Type 'drill \(run.pack.id)' to study each question with its rationale.\n"
        return text
    }
}
