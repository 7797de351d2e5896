import ArgumentParser
import Foundation
import SafeText
import ProgressStore

/// `chartdrill review`: the items due for spaced-repetition review (FSRS-4.5).
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List the missed items due for review, most overdue first."
    )

    @Flag(name: .long, help: "Print the queue as JSON.")
    var json = false

    @Option(name: .long, help: "The trainee whose queue to show (default: the one who practised last).")
    var trainee: String?

    func run() throws {
        let document = try ProgressCLI.loadDocument(trainee: trainee)
        let now = Date()
        let scheduler = ReviewScheduler()
        let queue = scheduler.reviewQueue(attempts: document.attempts, now: now)
        if json {
            print(try jsonText(queue))
            return
        }
        let formatter = ISO8601DateFormatter()
        if queue.isEmpty {
            let next = scheduler.cards(attempts: document.attempts).first
            print(TerminalText.inert("Nothing due for review." + (next.map { " Next: \($0.item) at \(formatter.string(from: $0.due))." } ?? "")))
            return
        }
        print("\(queue.count) item(s) due for review (start the REPL and type `review`):")
        for card in queue {
            let overdue = now.timeIntervalSince(card.due) / 86_400
            let when = overdue >= 1 ? String(format: "%.0f day(s) overdue", overdue.rounded(.down)) : "due now"
            print(TerminalText.inert("  \(card.item)  \(when)  last: \(card.lastRating)  lapses: \(card.lapses)  \(card.tags.joined(separator: " "))"))
        }
    }
}
