import CodingScore
import Presentation

/// One item of a run, with the pack it comes from.
struct RunEntry {
    var pack: DrillPack
    var item: DrillItem
}

/// A drill or review run: items in order, feedback after each.
struct DrillRun {
    /// "drill" or "review": recorded with each attempt.
    var mode: String
    /// What the prompt shows ("icd10cm-outpatient", "review").
    var title: String
    var entries: [RunEntry]
    var index = 0
    /// When the item on screen was shown (for seconds spent).
    var itemShownAt: Double
    /// The latest score of each entry answered in this run.
    var results: [Int: ItemScore] = [:]
    /// The item on screen has been answered: Enter goes on to the next.
    var answered = false

    var current: RunEntry { entries[index] }
    /// The pack whose settings (code book, policy) apply to the item on screen.
    var pack: DrillPack { current.pack }

    /// "3 of 5 items right; 71% of the points."
    func summary(style: TextStyle) -> String {
        guard !results.isEmpty else { return "" }
        let right = results.values.filter(\.chartCorrect).count
        let earned = results.reduce(0.0) { $0 + weighted($1.value, entries[$1.key].item) }
        let possible = results.keys.reduce(0.0) { $0 + entries[$1].item.points }
        let share = possible > 0 ? earned / possible : 0
        return style.bold("This run: ") + "\(right) of \(results.count) item\(results.count == 1 ? "" : "s") fully right; "
            + "\(Int((share * 100).rounded()))% of the points.\n"
    }
}

/// Points earned for an item: the policy's share of its maximum, times its weight, counted
/// exactly as `chartdrill grade` counts them.
func weighted(_ score: ItemScore, _ item: DrillItem) -> Double {
    ScoreFigures.weightedPoints(score, weight: item.points)
}

/// An exam sitting: timed, answers kept without feedback until it is submitted.
struct ExamRun {
    /// The sitting's id, recorded with its attempts.
    var sessionId: String
    var pack: DrillPack
    var index = 0
    var answers: [String: String] = [:]
    var flags: Set<String> = []
    var startedAt: Double
    /// Exam time used before `resumedAt`.
    var timeUsedBefore: Double
    var resumedAt: Double

    var timeLimit: Double { pack.examTimeLimit }
    var passMark: Double { pack.examPassMark }
    var current: DrillItem { pack.items[index] }

    func timeUsed(now: Double) -> Double { timeUsedBefore + max(0, now - resumedAt) }
    func remaining(now: Double) -> Double { timeLimit - timeUsed(now: now) }

    mutating func pause(now: Double) {
        timeUsedBefore = timeUsed(now: now)
        resumedAt = now
    }

    var unanswered: [DrillItem] { pack.items.filter { (answers[$0.id] ?? "").isEmpty } }

    func snapshot() -> ExamSnapshot {
        ExamSnapshot(
            id: sessionId, packId: pack.id, packVersion: pack.version, startedAt: startedAt, timeUsed: timeUsedBefore,
            answers: answers, flags: flags, currentItemId: current.id)
    }
}
