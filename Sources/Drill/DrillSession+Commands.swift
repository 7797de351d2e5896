import CodingScore
import DRGImpact
import Foundation
import Presentation
import ProgressStore
import SafeText

/// Commands: what each command does, where it is available, help and completion.
extension DrillSession {
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
            if let stale = staleNumber(word) { return stale }
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
            if let stale = staleNumber(word) { return stale }
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

    func itemCommand(_ command: String, words: [String]) -> String {
        switch mode {
        case .home: return unknown(command)
        case .drill(var run):
            switch command {
            case "chart": return itemLines(run.current.item).joined(separator: "\n") + "\n"
            case "task": return taskLines(run.current.item).joined(separator: "\n") + "\n"
            case "hint":
                guard let hint = run.current.item.hint, !hint.isEmpty else { return "No hint for this item.\n" }
                return style.accent("Hint: ") + hint + "\n"
            case "skip": return move(to: run.index + 1)
            case "back":
                guard run.index > 0 else { return "This is the first item.\n" }
                return move(to: run.index - 1)
            case "again":
                run.answered = false
                run.itemShownAt = clock.now()
                mode = .drill(run)
                return "Try item \(run.current.item.id) again.\n" + taskLines(run.current.item).joined(separator: "\n") + "\n"
            case "goto": return goto(words.first)
            case "list": return listItems()
            default: return unknown(command)
            }
        case .exam(var run):
            switch command {
            case "chart": return itemLines(run.current).joined(separator: "\n") + "\n"
            case "task": return taskLines(run.current).joined(separator: "\n") + "\n"
            case "skip": return move(to: run.index + 1)
            case "back":
                guard run.index > 0 else { return "This is the first question.\n" }
                return move(to: run.index - 1)
            case "goto": return goto(words.first)
            case "list", "review-flags": return listItems(flagsOnly: command == "review-flags")
            case "flag":
                let id = run.current.id
                let flagged = !run.flags.contains(id)
                if flagged { run.flags.insert(id) } else { run.flags.remove(id) }
                mode = .exam(run)
                return saveExam(.flag(itemId: id, on: flagged)) + (flagged ? "Flagged \(id).\n" : "Unflagged \(id).\n")
            case "submit":
                pending = .confirmSubmit
                let open = run.unanswered.map(\.id)
                var text = open.isEmpty
                    ? "All \(run.pack.items.count) questions are answered.\n"
                    : "\(open.count) unanswered: \(open.joined(separator: ", ")).\n"
                if !run.flags.isEmpty { text += "Flagged: \(run.flags.sorted().joined(separator: ", ")).\n" }
                return text + "Submit now? Answers cannot be changed afterwards. (yes/no)\n"
            default: return unknown(command)
            }
        }
    }

    /// `drg CODES [--age N] [--sex S] [--discharge N]`: the codes grouped as a claim; the
    /// patient facts default to the inpatient item on screen, else age 65, sex unknown.
    func drgCommand(_ words: [String]) -> String {
        if case .exam = mode { return "drg is not open during an exam: its figures would answer the questions.\n" }
        guard let drg else { return "The MS-DRG grouper is not set up in this session.\n" }
        var onScreen: RunEntry?
        if case .drill(let run) = mode { onScreen = run.current }
        var patient = onScreen?.item.patient ?? Patient(age: 65, sex: .unknown)
        var codes: [String] = []
        var index = 0
        while index < words.count {
            let word = words[index].lowercased()
            let value = index + 1 < words.count ? words[index + 1] : nil
            switch word {
            case "--age":
                guard let value, let age = Int(value), (0...124).contains(age) else { return "--age takes whole years from 0 to 124.\n" }
                patient.age = age
                index += 2
            case "--sex":
                guard let value, let sex = Claim.Sex(rawValue: value.lowercased()) else { return "--sex takes male, female or unknown.\n" }
                patient.sex = sex
                index += 2
            case "--discharge":
                guard let value, let status = Int(value), (1...99).contains(status) else {
                    return "--discharge takes a UB-04 discharge status (1 home, 3 SNF, 20 expired).\n"
                }
                patient.dischargeStatus = status
                index += 2
            default:
                codes.append(words[index])
                index += 1
            }
        }
        let parsed = AnswerParser(systems: [.icd10cm, .icd10pcs], catalog: codeBook?.catalog).parse(codes.joined(separator: " "))
        if let bad = parsed.first(where: { $0.system == nil }) {
            return "\(TerminalText.inert(bad.token)) cannot be read as a diagnosis or procedure code.\n"
        }
        let claim = ClaimBuilder.answer(parsed, key: AnswerKey(entries: []), patient: patient)
        guard claim.principal != nil else { return "Which codes? The first ICD-10-CM code is the principal diagnosis. \(usage("drg"))\n" }
        do {
            // The code set of the pack on screen; at the start screen, the newest the packs name.
            let codeSet = onScreen?.pack.codeSet ?? drg.newestCodeSet
            let grouper = try drg.grouper(codeSet: codeSet)
            let grouped = try grouper.group(claim)
            let sexText = patient.sex == .unknown ? "sex unknown" : patient.sex.rawValue
            let lines = DRGText.lines(grouped, versionName: grouper.versionName)
                + [style.dim("  patient: age \(patient.age), \(sexText), discharge status \(patient.dischargeStatus)")]
            return lines.flatMap { TextLayout.hanging($0, width: settings.width, indent: 2) }.joined(separator: "\n") + "\n"
        } catch {
            return (drg.notice ?? "MS-DRG figures are off: \(error.localizedDescription).") + "\n"
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

    func usage(_ name: String) -> String {
        "Usage: " + (Self.commands.first(where: { $0.name == name })?.usage ?? name)
    }
}
