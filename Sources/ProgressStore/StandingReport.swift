import CodingScore
import Foundation
import SafeText

/// The trainee's standing as text for `chartdrill progress`: per pack, per tag with bars,
/// streak, weakest tags and reviews due; and the same as JSON.
public struct StandingReport: Codable, Sendable {
    public var trainee: String?
    public var attempts: Int
    /// Over the latest answer of each item outside exams (`ProgressStats.standing`).
    public var overall: Accuracy
    public var packs: [PackStanding]
    public var tags: [TagStanding]
    public var weakestTags: [TagStanding]
    public var streak: Streak
    public var reviewsDue: Int
    public var nextReview: Date?
    public var examSessionsInProgress: Int
    /// Inpatient items: the DRGs coded against the key's, over the latest attempt of each item.
    public var caseMix: CaseMixFigures?

    /// Builds the report as of `now`.
    public init(document: ProgressDocument, now: Date, calendar: Calendar = .current, scheduler: ReviewScheduler = ReviewScheduler()) {
        let stats = document.stats(calendar: calendar)
        let cards = scheduler.cards(attempts: document.attempts)
        trainee = document.trainee
        attempts = document.attempts.count
        overall = stats.standing
        packs = stats.perPack()
        tags = stats.perTag()
        weakestTags = stats.weakestTags()
        streak = stats.streak(now: now)
        reviewsDue = cards.filter { $0.isDue(now) }.count
        nextReview = cards.first { !$0.isDue(now) }?.due
        examSessionsInProgress = document.examSessions.count
        caseMix = stats.caseMix()
    }

    /// A bar of `width` cells for a rate from 0 to 1.
    public static func bar(_ rate: Double, width: Int = 20) -> String { TerminalDrawing.bar(rate, width: width) }

    /// The report as terminal text; `bars` adds a bar per tag (a terminal), `colour` ANSI colour.
    public func text(bars: Bool, colour: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { TerminalDrawing.paint(text, code, colour: colour) }
        func percent(_ rate: Double) -> String { String(format: "%5.1f%%", rate * 100) }
        var out = ""
        out += paint("Progress" + (trainee.map { " of \($0)" } ?? ""), "1") + "\n"
        if attempts == 0 {
            out += "No attempts yet: start the REPL (`chartdrill`) and drill a pack.\n"
            return out
        }
        out += "\(attempts) attempts; over the latest answer of each item: \(percent(overall.pointsRate)) of points, "
            + "\(percent(overall.chartCorrectRate)) charts all correct\n"
        out += "Streak: \(streak.current) day(s) (longest \(streak.longest))\n"
        out += "Reviews due: \(reviewsDue)"
        if reviewsDue == 0, let nextReview {
            let formatter = ISO8601DateFormatter()
            out += " (next \(formatter.string(from: nextReview)))"
        }
        out += "\n"
        if let caseMix { out += "Inpatient MS-DRGs: \(caseMix.summary)\n" }
        if examSessionsInProgress > 0 { out += "Mock exams in progress: \(examSessionsInProgress) (resume in the REPL)\n" }
        out += "\n" + paint("Packs", "1") + " (the latest answer of each item)\n"
        let packWidth = max(4, packs.map(\.packId.count).max() ?? 4)
        for pack in packs {
            out += "  " + pack.packId.padding(toLength: packWidth, withPad: " ", startingAt: 0)
                + "  \(percent(pack.accuracy.pointsRate)) points  \(percent(pack.accuracy.chartCorrectRate)) charts  \(pack.accuracy.attempts) items\n"
        }
        if !tags.isEmpty {
            out += "\n" + paint("Tags", "1") + "\n"
            let tagWidth = max(3, tags.map(\.tag.count).max() ?? 3)
            for tag in tags {
                let rate = tag.accuracy.pointsRate
                var line = "  " + tag.tag.padding(toLength: tagWidth, withPad: " ", startingAt: 0) + "  "
                if bars { line += paint(Self.bar(rate), rate >= 0.8 ? "32" : rate >= 0.6 ? "33" : "31") + " " }
                line += "\(percent(rate))  \(tag.accuracy.attempts) attempts"
                out += line + "\n"
            }
        }
        if !weakestTags.isEmpty {
            out += "\n" + paint("Weakest", "1") + ": " + weakestTags.map(\.tag).joined(separator: ", ") + "\n"
        }
        return out
    }
}
