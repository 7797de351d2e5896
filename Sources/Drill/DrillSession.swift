import CodingScore
import DRGImpact
import Foundation
import Presentation
import SafeText

/// The REPL as a state machine: a line in, text out. The executable feeds it lines from
/// the line editor; tests feed it scripted lines with a manual clock.
///
/// States: at home (choose a pack, review, progress), drilling a pack (answer, feedback,
/// next), sitting an exam (timed, no feedback until submitted), reviewing due items.
public final class DrillSession {
    public struct Settings: Sendable {
        public var width: Int
        public var style: TextStyle

        /// Paging is not the session's: the executable pages what it prints (`Pager`).
        public init(width: Int = 80, style: TextStyle = .plain) {
            self.width = width
            self.style = style
        }
    }

    enum Mode {
        case home
        case drill(DrillRun)
        case exam(ExamRun)
    }

    /// Waiting for a yes/no or an Enter before going on.
    enum Pending {
        /// Invalid codes were pointed out: Enter submits as typed; a new line replaces the answer.
        case confirmAnswer(String)
        /// `submit` in an exam: yes submits.
        case confirmSubmit
        /// A new trainee's name is asked for at start.
        case traineeName
    }

    public internal(set) var isFinished = false
    /// Width and rows follow the terminal: the executable updates them before each line.
    public var settings: Settings
    var style: TextStyle { settings.style }

    /// The packs, loaded when first needed when the start listed them from a cache.
    let shelf: PackShelf
    var packs: [DrillPack] { shelf.packs }
    let codeBook: (any CodeBookService)?
    let progress: (any ProgressService)?
    let clock: any DrillClock
    /// The MS-DRG grouper for inpatient items; nil or unavailable leaves DRG figures out.
    let drg: DRGService?
    /// Why progress cannot be kept in this session (an unwritable home, a full disk), said
    /// with every answer and in the prompt: practice must never be silently lost.
    let progressProblem: String?
    var mode: Mode = .home
    var pending: Pending?

    public convenience init(
        packs: [DrillPack], codeBook: (any CodeBookService)?, progress: (any ProgressService)?, clock: any DrillClock,
        settings: Settings = Settings(), drg: DRGService? = nil, progressProblem: String? = nil
    ) {
        self.init(shelf: PackShelf(packs), codeBook: codeBook, progress: progress, clock: clock, settings: settings, drg: drg,
                  progressProblem: progressProblem)
    }

    public init(
        shelf: PackShelf, codeBook: (any CodeBookService)?, progress: (any ProgressService)?, clock: any DrillClock,
        settings: Settings = Settings(), drg: DRGService? = nil, progressProblem: String? = nil
    ) {
        self.drg = drg
        self.progressProblem = progress == nil ? progressProblem : nil
        self.shelf = shelf
        self.codeBook = codeBook
        self.progress = progress
        self.clock = clock
        self.settings = settings
    }

    // MARK: - Start

    /// What the REPL shows when it starts: who is practising, the packs with the trainee's
    /// standing, what is due for review, and how to begin.
    /// - Parameter askForName: ask a new trainee's name (on a terminal; a script is not asked).
    public func start(askForName: Bool = true) -> String {
        var text = style.bold("ChartDrill") + ": medical coding practice. Type 'help' for the commands.\n"
        text += warnings()
        if let name = progress?.traineeName {
            text += "Welcome back, \(name).\n"
        } else if progress != nil, askForName {
            pending = .traineeName
            text += "Who is practising? Type your name (it is remembered), or press Enter to skip.\n"
            return text
        }
        return text + homeScreen()
    }

    /// The prompt for the next line: the pack and item, and in an exam the time left.
    public var prompt: String {
        switch pending {
        case .confirmAnswer: return "submit as typed? [Enter] or retype> "
        case .confirmSubmit: return "submit the exam? (yes/no)> "
        case .traineeName: return "your name> "
        case nil: break
        }
        switch mode {
        case .home: return "chartdrill> "
        case .drill(let run):
            return "\(run.pack.id) \(run.index + 1)/\(run.pack.items.count)\(progressProblem == nil ? "" : " (not saved)")> "
        case .exam(let run):
            return "[\(clockText(run.remaining(now: clock.now())))] \(run.index + 1)/\(run.pack.items.count)\(progressProblem == nil ? "" : " (not saved)")> "
        }
    }

    /// Handles one line and returns what to print (possibly empty). The state table:
    ///
    /// | state | line | action (in `+Runs`, text from `+Screens`) | next state |
    /// | --- | --- | --- | --- |
    /// | any, exam time up | any | `finishExam` | home |
    /// | asking the trainee's name | a name, or Enter | remember it | home |
    /// | confirming invalid codes | Enter | `submit` as typed | drill, answered |
    /// | confirming invalid codes | another line | handled afresh | as that line says |
    /// | confirming submit | yes | `saveExam`, `finishExam` | home |
    /// | confirming submit | no, Enter | nothing | exam |
    /// | any | a command | `run` (`+Commands`), if available here | as the command says |
    /// | home | a pack's number or id | `startDrill` / `startExam` | drill / exam |
    /// | drill | codes | `submit`: read once, checked, scored, recorded | drill, answered |
    /// | drill, answered | Enter | `move` to the next item | drill, or home after the last |
    /// | exam | an answer | `submit`: saved to the sitting | exam, next open question |
    /// | drill, exam | a near miss of a command | asked about, never scored | unchanged |
    public func handle(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        var text = ""
        if case .exam(let run) = mode, run.remaining(now: clock.now()) <= 0 {
            return "Time is up.\n" + finishExam(run)
        }
        if let waiting = pending {
            pending = nil
            switch waiting {
            case .traineeName:
                switch Self.resolve(trimmed.lowercased()) {
                case "quit": return leave()
                case "help":
                    pending = .traineeName
                    return "Type the name you practise under (it keeps your progress apart from others'), "
                        + "or press Enter to practise without one.\n"
                default: break
                }
                if !trimmed.isEmpty {
                    do {
                        try progress?.setTraineeName(trimmed)
                        text += "Hello, \(trimmed).\n"
                    } catch {
                        text += style.bad("Could not save your name: \(error)") + "\n"
                    }
                }
                return text + homeScreen()
            case .confirmAnswer(let answer):
                if trimmed.isEmpty { return submit(answer, confirmed: true) }
            case .confirmSubmit:
                if ["y", "yes"].contains(trimmed.lowercased()), case .exam = mode {
                    // The answers as they are on disk now, with any given in another session.
                    let saved = saveExam()
                    guard case .exam(let run) = mode else { return saved + homeScreen() }
                    return saved + finishExam(run)
                }
                if ["n", "no", ""].contains(trimmed.lowercased()) { return "Not submitted. Carry on.\n" }
            }
        }
        guard !trimmed.isEmpty else {
            if case .drill(let run) = mode, run.answered { return move(to: run.index + 1) }
            return ""
        }
        let words = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
        let name = Self.resolve(words[0].lowercased())
        let rest = words.dropFirst().joined(separator: " ")
        if let command = Self.commands.first(where: { $0.name == name }) {
            guard isAvailable(command) else { return unavailable(command) }
            return run(command.name, rest, words: Array(words.dropFirst()))
        }
        // Not a command: at home a pack number or id starts it; in an item it is an answer.
        switch mode {
        case .home:
            if words.count == 1, let stale = staleNumber(words[0]) { return stale }
            // An exam pack is sat as an exam however it is chosen.
            if let pack = packFor(words[0]), words.count == 1 { return pack.mode == .exam ? startExam(pack) : startDrill(pack) }
            return unknown(words[0])
        case .drill, .exam:
            // A near miss of a command ("lookpu chest pain") is asked about, never scored.
            if looksLikeWord(words[0]), !looksLikeCode(words[0]), let near = nearest(words[0], in: availableCommandNames()) {
                let meant = ([near] + words.dropFirst()).joined(separator: " ")
                return "'\(TerminalText.inert(words[0]))' is neither a code nor a command, so nothing was scored. "
                    + "Did you mean '\(TerminalText.inert(meant))'?\n"
            }
            return submit(trimmed, confirmed: false)
        }
    }

    /// End of input (Ctrl-D, end of a script): save and leave as `quit` does.
    public func endOfInput() -> String {
        leave()
    }

    func packFor(_ word: String) -> DrillPack? {
        if let number = Int(word), number >= 1, number <= packs.count { return packs[number - 1] }
        return packs.first(where: { $0.id == word.lowercased() })
    }

    /// When `word` is a pack number and the packs changed on disk since the list was shown
    /// (it came from the start cache), the new list instead of a pack the trainee did not mean.
    func staleNumber(_ word: String) -> String? {
        guard Int(word) != nil, shelf.changedSinceListed() else { return nil }
        return "The packs changed on disk since they were listed; here they are now.\n" + packList()
    }

    static func resolve(_ word: String) -> String {
        commands.first(where: { $0.name == word || $0.aliases.contains(word) })?.name ?? word
    }

    func warnings() -> String {
        guard let progress else { return "" }
        return progress.takeWarnings().map { style.warn("Note: ") + $0 + "\n" }.joined()
    }

    func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }

    func clockText(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded(.up)))
        let hours = total / 3600, minutes = (total % 3600) / 60, secs = total % 60
        if hours > 0 { return "\(hours):\(String(minutes).zeroPadded(2)):\(String(secs).zeroPadded(2))" }
        return "\(String(minutes).zeroPadded(2)):\(String(secs).zeroPadded(2))"
    }

    func looksLikeWord(_ token: String) -> Bool {
        token.count >= 3 && token.allSatisfy(\.isLetter)
    }

    func looksLikeCode(_ token: String) -> Bool {
        token.contains(where: \.isNumber)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    func zeroPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
