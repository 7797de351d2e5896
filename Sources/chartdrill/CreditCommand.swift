import ArgumentParser
import ClassReports
import Foundation
import SafeText

/// `chartdrill credit`: an instructor's manual credit on one attempt, kept beside the original result.
struct CreditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit",
        abstract: "Give manual credit on one attempt; the original result is kept beside it.",
        discussion: """
            For a trainee's defensible answer that differs from the key. Records who, when, the points and why \
            in the trainee's progress file; the latest credit on an attempt is the one reports count.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The trainee's progress file (<name>.json), or the class folder that holds it.", valueName: "PATH"))
    var progress: String

    @Option(name: .long, help: ArgumentHelp("The attempt's id (chartdrill export --csv lists them).", valueName: "ID"))
    var attempt: String

    @Option(name: .long, help: ArgumentHelp("The points to give, from 0 to what the item is worth.", valueName: "P"))
    var points: Double

    @Option(name: .long, help: ArgumentHelp("Why the answer earns the credit.", valueName: "TEXT"))
    var why: String

    @Option(name: .long, help: ArgumentHelp("Who gives the credit (default: $USER).", valueName: "NAME"))
    var by: String?

    func run() throws {
        let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? ""
        let receipt = try ManualCreditRecorder.record(
            file: URL(fileURLWithPath: progress), attemptId: attempt, points: points, reason: why, by: who)
        print(TerminalText.inert(receipt.text), terminator: "")  // the answer and name come from the file
    }
}
