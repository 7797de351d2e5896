import CodingScore
import DRGImpact
import Foundation
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

    public private(set) var isFinished = false
    /// Width and rows follow the terminal: the executable updates them before each line.
    public var settings: Settings
    var style: TextStyle { settings.style }

    let packs: [DrillPack]
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
    /// Lines of a long chart not shown yet: Enter shows the next page.

    public init(
        packs: [DrillPack], codeBook: (any CodeBookService)?, progress: (any ProgressService)?, clock: any DrillClock,
        settings: Settings = Settings(), drg: DRGService? = nil, progressProblem: String? = nil
    ) {
        self.drg = drg
        self.progressProblem = progress == nil ? progressProblem : nil
        self.packs = packs
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

    func homeScreen() -> String {
        var text = "\n" + packList()
        if let due = progress?.dueItems(now: clock.now()), !due.isEmpty {
            text += "\n\(due.count) item\(due.count == 1 ? "" : "s") due for review: type 'review'.\n"
        }
        let example = (packs.firstIndex(where: { $0.mode == .drill }) ?? 0) + 1
        text += "\nType a pack's number to start it, e.g. '\(example)'.\n"
        text += "'exam ID' sits a timed mock exam; 'help' lists every command.\n"
        return text
    }

    func packList() -> String {
        guard !packs.isEmpty else { return "No packs found. Add one under Exercises/ or with --packs DIR.\n" }
        var text = style.bold("Packs") + "\n"
        let idWidth = min(28, packs.map(\.id.count).max() ?? 10)
        for (index, pack) in packs.enumerated() {
            var line = "  \(String(index + 1).leftPadded(2)). \(TextLayout.fit(pack.id, idWidth))  "
            line += "\(String(pack.items.count).leftPadded(3)) items  "
            line += pack.mode == .exam ? "exam  " : "drill "
            let standing = progress?.standing(packId: pack.id)
            if let standing, standing.itemsAttempted > 0 {
                line += " \(TextLayout.bar(standing.score, width: 10)) \(percent(standing.score)) "
                line += "(\(standing.itemsAttempted)/\(pack.items.count) done)"
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

    // MARK: - Prompt

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

    // MARK: - Lines in, text out

    /// Handles one line and returns what to print (possibly empty).
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

    // MARK: - Commands

    func run(_ command: String, _ rest: String, words: [String]) -> String {
        switch command {
        case "help": return help(words.first)
        case "quit": return leave()
        case "packs": return packList()
        case "trainee":
            guard let progress else { return "No progress is kept in this session.\n" }
            guard !rest.isEmpty else {
                return "Practising as \(progress.traineeName ?? "an unnamed trainee"). 'trainee NAME' switches.\n"
            }
            do {
                try progress.setTraineeName(rest)
                return "Now practising as \(rest).\n" + warnings() + homeScreen()
            } catch {
                return style.bad("Could not switch to \(rest): \(error.localizedDescription)") + "\n"
            }
        case "drill", "start":
            guard let word = words.first else { return "Which pack? \(usage(command))\n" + packList() }
            if word.contains(":") { return startTag(word.lowercased()) }
            guard let pack = packFor(word) else { return noPack(word) }
            // A mock exam is studied with its rationales only once it has been sat: drilling it
            // first would show the answers of the exam.
            if pack.mode == .exam, progress?.standing(packId: pack.id)?.lastExamPercent == nil {
                return "'\(pack.id)' is a mock exam: sit it first with 'exam \(pack.id)'. "
                    + "Once you have submitted it, 'drill \(pack.id)' goes through each question with its rationale.\n"
            }
            return startDrill(pack)
        case "exam":
            guard let word = words.first else { return "Which pack? \(usage(command))\n" + packList() }
            guard let pack = packFor(word) else { return noPack(word) }
            return startExam(pack)
        case "review": return startReview()
        case "weak": return startWeak()
        case "progress":
            guard let progress else { return "No progress is kept in this session.\n" }
            return progress.report(width: settings.width, style: style)
        case "lookup":
            guard !rest.isEmpty else { return "What to look up? \(usage(command))\n" }
            guard let codeBook else { return "The code book is not loaded.\n" }
            // `--pcs` searches ICD-10-PCS, `--cm` ICD-10-CM; an item that asks for PCS codes
            // (an inpatient item) searches both.
            var query = words
            let pcsOnly = query.first == "--pcs", cmOnly = query.first == "--cm"
            if pcsOnly || cmOnly { query.removeFirst() }
            guard !query.isEmpty else { return "What to look up? \(usage(command))\n" }
            let text = query.joined(separator: " ")
            if pcsOnly {
                if let closed = closed(.icd10pcs) { return closed }
                return codeBook.pcsLookup(text, width: settings.width)
            }
            if let closed = closed(.icd10cm) { return closed }
            if !cmOnly, currentItemSystems?.contains(.icd10pcs) == true, self.closed(.icd10pcs) == nil {
                return style.bold("ICD-10-CM") + "\n" + codeBook.lookup(text, width: settings.width)
                    + style.bold("ICD-10-PCS") + "\n" + codeBook.pcsLookup(text, width: settings.width)
            }
            return codeBook.lookup(text, width: settings.width)
        case "show":
            guard let code = words.first else { return "Which code? \(usage(command))\n" }
            guard let codeBook else { return "The code book is not loaded.\n" }
            if let open = openSystems,
                let system = AnswerParser(systems: open, catalog: codeBook.catalog).read(code).system,
                let closed = closed(system)
            {
                return closed
            }
            return codeBook.show(code, width: settings.width)
        case "index", "neoplasm", "drug", "pcs", "validate":
            guard let part = CodeBookPart(rawValue: command), !rest.isEmpty else {
                return "What to look up? \(usage(command))\n"
            }
            guard let codeBook else { return "The code book is not loaded.\n" }
            if part != .validate, let closed = closed(part == .pcs ? .icd10pcs : .icd10cm) { return closed }
            return codeBook.reference(part, rest, width: settings.width)
        case "drg": return drgCommand(words)
        case "menu": return leaveRun()
        default: return itemCommand(command, words: words)
        }
    }

    func leave() -> String {
        isFinished = true
        var text = ""
        if case .exam(var run) = mode {
            run.pause(now: clock.now())
            mode = .exam(run)
            text += saveExam()
            text += "Your exam is saved with \(clockText(run.remaining(now: clock.now()))) left; its clock keeps running, "
                + "as the real exam's does. 'exam \(run.pack.id)' resumes it.\n"
        }
        return text + "Goodbye.\n"
    }

    func leaveRun() -> String {
        switch mode {
        case .home: return homeScreen()
        case .drill(let run):
            mode = .home
            return run.summary(style: style) + homeScreen()
        case .exam(var run):
            run.pause(now: clock.now())
            mode = .exam(run)
            let saved = saveExam()
            mode = .home
            return saved + "Exam saved with \(clockText(run.remaining(now: clock.now()))) left; its clock keeps running, "
                + "as the real exam's does. 'exam \(run.pack.id)' resumes it.\n" + homeScreen()
        }
    }

    func unavailable(_ command: ReplCommand) -> String {
        if command.scope == .codeBook {
            return codeBook == nil ? "The code book is not loaded.\n" : "The code book is closed for this pack.\n"
        }
        switch (mode, command.scope) {
        case (.home, .home), (_, .always), (_, .codeBook): return ""
        case (.home, _): return "'\(command.name)' works inside a pack: start one first (type its number).\n"
        case (_, .home): return "'\(command.name)' works from the pack list: type 'menu' first.\n"
        case (_, .exam): return "'\(command.name)' is for exams.\n"
        default: return "'\(command.name)' is not available in an exam.\n"
        }
    }

    func unknown(_ word: String) -> String {
        let candidates = availableCommandNames() + packs.map(\.id)
        if let suggestion = nearest(word, in: candidates) {
            return "Unknown command '\(word)'. Did you mean '\(suggestion)'? Type 'help' for the list.\n"
        }
        return "Unknown command '\(word)'. Type 'help' for the list.\n"
    }

    func noPack(_ word: String) -> String {
        if let suggestion = nearest(word, in: packs.map(\.id)) {
            return "No pack '\(word)'. Did you mean '\(suggestion)'?\n"
        }
        return "No pack '\(word)'. Type 'packs' for the list.\n"
    }

    func packFor(_ word: String) -> DrillPack? {
        if let number = Int(word), number >= 1, number <= packs.count { return packs[number - 1] }
        return packs.first(where: { $0.id == word.lowercased() })
    }

    // MARK: - Help and completion

    func isAvailable(_ command: ReplCommand) -> Bool {
        switch command.scope {
        case .always: return true
        case .home: if case .home = mode { return true } else { return false }
        case .item: if case .home = mode { return false } else { return true }
        case .drillItem: if case .drill = mode { return true } else { return false }
        case .exam: if case .exam = mode { return true } else { return false }
        case .codeBook: return codeBookOpen
        }
    }

    /// The systems the code book is open for in the pack on screen; nil: all of them.
    var openSystems: Set<CodeSystem>? {
        switch mode {
        case .home: return nil
        case .drill(let run): return run.pack.codeBookSystems
        case .exam(let run): return run.pack.codeBookSystems
        }
    }

    /// Why the code book cannot be used for `system` here, or nil when it can.
    func closed(_ system: CodeSystem) -> String? {
        guard let open = openSystems, !open.contains(system) else { return nil }
        let names = CodeSystem.allCases.filter(open.contains).map(\.displayName).joined(separator: " and ")
        return "\(system.displayName) is closed in this pack; the code book is open for \(names) only"
            + (system == .cpt ? " (use your own CPT book)" : "") + ".\n"
    }

    var codeBookOpen: Bool {
        switch mode {
        case .home: return codeBook != nil
        case .drill(let run): return codeBook != nil && run.pack.codeBookAllowed
        case .exam(let run): return codeBook != nil && run.pack.codeBookAllowed
        }
    }

    func availableCommandNames() -> [String] {
        Self.commands.filter(isAvailable).map(\.name)
    }

    func help(_ topic: String?) -> String {
        if let topic {
            guard let command = Self.commands.first(where: { $0.name == Self.resolve(topic.lowercased()) }) else {
                return unknown(topic)
            }
            var text = "\(style.bold(command.usage))\n  \(command.summary)\n"
            if !command.aliases.isEmpty { text += "  Also: \(command.aliases.joined(separator: ", "))\n" }
            if !isAvailable(command) { text += "  (not available here)\n" }
            return text
        }
        let available = Self.commands.filter(isAvailable)
        // The summaries line up in a column a third of the screen in; a usage longer than that
        // stands on its own line with its summary under the column.
        let column = min((available.map(\.usage.count).max() ?? 0) + 2, max(16, settings.width / 3))
        var text = "Commands here:\n"
        for command in available {
            let summary = TextLayout.hanging(command.summary, width: settings.width, indent: column + 2).joined(separator: "\n")
            if command.usage.count + 2 <= column {
                text += "  " + TextLayout.fit(command.usage, column) + summary + "\n"
            } else {
                text += "  " + command.usage + "\n" + String(repeating: " ", count: column + 2) + summary + "\n"
            }
        }
        switch mode {
        case .home: text += "A pack's number or id starts it.\n"
        case .drill, .exam:
            text += "Anything else is your answer: codes separated by commas or spaces (e.g. E11.42, Z79.4),\n"
            text += "modifiers after a hyphen (27447-RT), units as x2 (96372 x2); the option's letter for multiple choice.\n"
        }
        return text
    }

    /// The code systems the item on screen asks for (nil at home).
    var currentItemSystems: Set<CodeSystem>? {
        switch mode {
        case .home: return nil
        case .drill(let run): return run.current.item.systems
        case .exam(let run): return run.current.systems
        }
    }

    /// What a completion candidate is, for the list Tab shows: a code's title (nil for
    /// commands, packs and items, and when the code book is closed).
    public func describe(candidate: String) -> String? {
        guard codeBookOpen, let codeBook, looksLikeCode(candidate) else { return nil }
        let system: CodeSystem = candidate.first?.isNumber == true && candidate.count == 7 ? .icd10pcs : .icd10cm
        return codeBook.catalog.title(of: candidate, in: system).map(TerminalText.inert)
    }

    /// Completions for the word before the cursor: commands, pack ids, item ids, codes.
    public func completions(before text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let current = words.last ?? ""
        let lower = current.lowercased()
        if words.count <= 1 {
            var candidates = availableCommandNames().filter { $0.hasPrefix(lower) }
            if case .home = mode { candidates += packs.map(\.id).filter { $0.hasPrefix(lower) } }
            if candidates.isEmpty, codeBookOpen, !current.isEmpty, case .home = mode {} else if !candidates.isEmpty {
                return candidates
            }
            return codeCompletions(current)
        }
        let command = Self.resolve(words[0].lowercased())
        switch command {
        case "help": return Self.commands.map(\.name).filter { $0.hasPrefix(lower) }
        case "drill", "start", "exam": return packs.map(\.id).filter { $0.hasPrefix(lower) }
        case "goto":
            if case .drill(let run) = mode { return run.pack.items.map(\.id).filter { $0.hasPrefix(lower) } }
            if case .exam(let run) = mode { return run.pack.items.map(\.id).filter { $0.hasPrefix(lower) } }
            return []
        case "lookup", "index", "neoplasm", "drug": return []
        default: return codeCompletions(current)
        }
    }

    func codeCompletions(_ prefix: String) -> [String] {
        guard codeBookOpen, let codeBook, prefix.count >= 3 else { return [] }
        return codeBook.completions(prefix: prefix)
    }

    static func resolve(_ word: String) -> String {
        commands.first(where: { $0.name == word || $0.aliases.contains(word) })?.name ?? word
    }

    func usage(_ name: String) -> String {
        "Usage: " + (Self.commands.first(where: { $0.name == name })?.usage ?? name)
    }

    // MARK: - Small helpers

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
