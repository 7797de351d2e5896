import CodingScore
import DRGImpact
import Foundation
import ProgressStore
import SafeText

extension DrillSession {
    // MARK: - Starting runs

    func startDrill(_ pack: DrillPack) -> String {
        guard !pack.items.isEmpty else { return "The pack '\(pack.id)' has no items.\n" }
        var run = DrillRun(
            mode: "drill", title: pack.id, entries: pack.items.map { RunEntry(pack: pack, item: $0) },
            itemShownAt: clock.now())
        var text = style.bold(pack.title) + " — \(pack.items.count) items, feedback after each.\n"
        // Like rustlings: back at the first item not answered yet.
        let answered = pack.mode == .drill ? progress?.standing(packId: pack.id)?.answeredItemIds ?? [] : []
        if !answered.isEmpty {
            if let next = pack.items.firstIndex(where: { !answered.contains($0.id) }) {
                run.index = next
                text += "Resuming at item \(next + 1), the first you have not answered yet "
                    + "(\(pack.items.filter { answered.contains($0.id) }.count) of \(pack.items.count) done). 'goto 1' starts over.\n"
            } else {
                text += "You have answered all \(pack.items.count) items; starting again at item 1.\n"
            }
        }
        mode = .drill(run)
        if pack.mode == .exam { text += style.dim("(This is an exam pack; 'exam \(pack.id)' sits it timed.)") + "\n" }
        return text + presentItem()
    }

    func startReview() -> String {
        guard let progress else { return "No progress is kept in this session, so nothing is due.\n" }
        let due = progress.dueItems(now: clock.now())
        let entries = due.compactMap { entry(packId: $0.packId, itemId: $0.itemId) }
        guard !entries.isEmpty else { return "Nothing is due for review. Well done.\n" }
        mode = .drill(DrillRun(mode: "review", title: "review", entries: entries, itemShownAt: clock.now()))
        return style.bold("Review") + ": \(entries.count) item\(entries.count == 1 ? "" : "s") due.\n" + presentItem()
    }

    func startWeak() -> String {
        guard let progress else { return "No progress is kept in this session.\n" }
        let weakest = progress.weakestTags(limit: 3)
        guard !weakest.isEmpty else { return "No weak tags yet: practise a pack first.\n" }
        let tags = Set(weakest.map(\.tag))
        var entries: [RunEntry] = []
        for pack in packs where pack.mode == .drill {
            for item in pack.items where !tags.isDisjoint(with: item.tags) {
                entries.append(RunEntry(pack: pack, item: item))
            }
        }
        guard !entries.isEmpty else { return "No drill items carry your weakest tags.\n" }
        entries = Array(entries.prefix(10))
        mode = .drill(DrillRun(mode: "review", title: "weak", entries: entries, itemShownAt: clock.now()))
        let names = weakest.map { "\($0.tag) (\(percent($0.score)))" }.joined(separator: ", ")
        return style.bold("Weakest tags: ") + names + "\n\(entries.count) items.\n" + presentItem()
    }

    /// Every drill item with `tag` (`drill domain:radiology`), across the drill packs.
    func startTag(_ tag: String) -> String {
        let entries = drillEntries(tagged: tag)
        guard !entries.isEmpty else {
            let known = Set(packs.filter { $0.mode == .drill }.flatMap { $0.items.flatMap(\.tags) })
            let suggestion = nearest(tag, in: Array(known)).map { " Did you mean '\($0)'?" } ?? ""
            return "No drill item is tagged '\(tag)'.\(suggestion)\n"
        }
        mode = .drill(DrillRun(mode: "drill", title: tag, entries: entries, itemShownAt: clock.now()))
        return style.bold(tag) + " — \(entries.count) drill items from \(Set(entries.map(\.pack.id)).count) packs, feedback after each.\n"
            + presentItem()
    }

    func drillEntries(tagged tag: String) -> [RunEntry] {
        packs.filter { $0.mode == .drill }.flatMap { pack in
            pack.items.filter { $0.tags.contains(tag) }.map { RunEntry(pack: pack, item: $0) }
        }
    }

    func entry(packId: String, itemId: String) -> RunEntry? {
        guard let pack = packs.first(where: { $0.id == packId }),
            let item = pack.items.first(where: { $0.id == itemId })
        else { return nil }
        return RunEntry(pack: pack, item: item)
    }

    func startExam(_ pack: DrillPack) -> String {
        guard !pack.items.isEmpty else { return "The pack '\(pack.id)' has no items.\n" }
        let now = clock.now()
        var text = ""
        // Unique even for two sittings begun in the same second: a submitted sitting's id is spent.
        var run = ExamRun(
            sessionId: "exam-\(pack.id)-\(Int(now))-\(UUID().uuidString.prefix(8).lowercased())", pack: pack, startedAt: now, timeUsedBefore: 0, resumedAt: now)
        if let saved = progress?.exam(packId: pack.id) {
            if saved.packVersion == pack.version {
                run.answers = saved.answers
                run.flags = saved.flags
                run.sessionId = saved.id
                run.index = pack.items.firstIndex(where: { $0.id == saved.currentItemId }) ?? 0
                run.startedAt = saved.startedAt
                // The real exam's clock runs while the candidate is away, so the mock's does:
                // the time used is at least the time since the sitting began.
                let away = max(0, now - saved.startedAt - saved.timeUsed)
                run.timeUsedBefore = saved.timeUsed + away
                text += style.bold("Resuming your exam") + ": \(saved.answers.count) answered, "
                    + "\(clockText(max(0, run.remaining(now: now)))) left.\n"
                if away >= 60 {
                    text += "You were away \(clockText(away)); the exam clock ran on, as the real exam's does.\n"
                }
                if let other = saved.openElsewhereBy {
                    text += style.warn("This exam is also open in another ChartDrill (process \(other)).")
                        + " Answers from both are kept together; the first to submit ends the sitting.\n"
                }
            } else {
                text += "The exam you had started was for version \(saved.packVersion) of this pack; starting afresh.\n"
            }
        }
        guard run.remaining(now: now) > 0 else {
            mode = .exam(run)
            return text + "Time is up.\n" + finishExam(run)
        }
        if text.isEmpty {
            text += style.bold(pack.title) + "\n"
            text += "\(pack.items.count) items, \(clockText(run.timeLimit)) allowed, pass mark \(Int(run.passMark))%. "
            text += "No feedback until you submit.\n"
            text += "Type an answer to save it and go on; 'flag', 'skip', 'goto N', 'review-flags', 'submit'.\n"
            if !pack.codeBookAllowed {
                text += "The code book is closed for this exam.\n"
            } else if let open = pack.codeBookSystems {
                let names = CodeSystem.allCases.filter(open.contains).map(\.displayName).joined(separator: " and ")
                text += "The code book is open for \(names), as the real exam's books are"
                    + (open.contains(.cpt) ? ".\n" : "; CPT is your own book.\n")
            } else {
                text += "The code book is open.\n"
            }
        }
        mode = .exam(run)
        text += saveExam()
        return text + presentItem()
    }

    // MARK: - Items

    /// Shows the item on screen: its chart (paged if long), the task, and what to type.
    func presentItem() -> String {
        let item: DrillItem
        var header: String
        switch mode {
        case .home: return homeScreen()
        case .drill(var run):
            item = run.current.item
            run.itemShownAt = clock.now()
            run.answered = false
            mode = .drill(run)
            header = "Item \(run.index + 1) of \(run.entries.count) · \(item.id)"
            if run.title != run.pack.id { header += " · \(run.pack.id)" }
        case .exam(let run):
            item = run.current
            header = "Question \(run.index + 1) of \(run.pack.items.count) · \(item.id)"
            if run.flags.contains(item.id) { header += " · flagged" }
            if let saved = run.answers[item.id], !saved.isEmpty { header += " · answered: \(saved)" }
        }
        var lines = ["", style.bold(header)]
        lines += itemLines(item)
        return lines.joined(separator: "\n") + "\n"
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

    func move(to index: Int) -> String {
        switch mode {
        case .home: return ""
        case .drill(var run):
            guard index < run.entries.count else {
                mode = .home
                return "That was the last item.\n" + run.summary(style: style) + homeScreen()
            }
            run.index = max(0, index)
            mode = .drill(run)
        case .exam(var run):
            run.index = (index % run.pack.items.count + run.pack.items.count) % run.pack.items.count
            if index >= run.pack.items.count { run.index = 0 }
            mode = .exam(run)
            let saved = saveExam()
            guard case .exam = mode else { return saved + homeScreen() }
            if index >= run.pack.items.count {
                return saved + style.dim("Back to the first question.") + "\n" + presentItem()
            }
            return saved + presentItem()
        }
        return presentItem()
    }

    func goto(_ word: String?) -> String {
        guard let word else { return usage("goto") + "\n" }
        let items: [DrillItem]
        switch mode {
        case .home: return ""
        case .drill(let run): items = run.entries.map(\.item)
        case .exam(let run): items = run.pack.items
        }
        if let number = Int(word), number >= 1, number <= items.count { return move(to: number - 1) }
        if let index = items.firstIndex(where: { $0.id == word }) { return move(to: index) }
        if let near = nearest(word, in: items.map(\.id)) { return "No item '\(word)'. Did you mean '\(near)'?\n" }
        return "No item '\(word)'. Type 'list' to see them.\n"
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

    // MARK: - Answers

    /// Takes an answer to the item on screen.
    func submit(_ answer: String, confirmed: Bool) -> String {
        if let problem = AnswerLimits.problem(answer) { return style.bad("Not taken: \(problem).") + " Nothing was saved; type the codes again.\n" }
        switch mode {
        case .home: return unknown(answer)
        case .exam(var run):
            let item = run.current
            if case .multipleChoice(_, _, let key) = item.content, key.letter(in: answer) == nil {
                return "Type \(key.lettersText).\n"
            }
            run.answers[item.id] = answer
            mode = .exam(run)
            let problem = saveExam(.answer(itemId: item.id, text: answer))
            guard case .exam(let merged) = mode else { return problem + homeScreen() }
            run = merged
            let text = problem.isEmpty ? "Saved for \(item.id): \(echo(answer, item: item)).\n"
                : problem + "Kept on screen, not on disk, for \(item.id): \(echo(answer, item: item)).\n"
            if let next = nextOpen(run) { return text + move(to: next) }
            return text + "Every question has an answer. Type 'submit' to hand in, or 'goto N' to change one.\n"
        case .drill(var run):
            let entry = run.current
            if run.answered && answer.isEmpty { return move(to: run.index + 1) }
            if case .multipleChoice(_, _, let key) = entry.item.content, key.letter(in: answer) == nil {
                return "Type \(key.lettersText).\n"
            }
            if !confirmed, let problems = invalidCodes(answer, item: entry.item, pack: entry.pack), !problems.isEmpty {
                pending = .confirmAnswer(answer)
                return problems.map { style.warn("! ") + $0 }.joined(separator: "\n")
                    + "\nCorrect the answer and type it again, or press Enter to submit it as typed.\n"
            }
            let score = scoreAnswer(answer, item: entry.item, pack: entry.pack)
            let now = clock.now()
            run.results[run.index] = score
            run.answered = true
            mode = .drill(run)
            let impact = drgImpact(answer, item: entry.item, pack: entry.pack)
            var text = feedback(score, answer: answer, item: entry.item, pack: entry.pack, drg: impact)
            text += record(
                AttemptRecord(
                    mode: run.mode, packId: entry.pack.id, packVersion: entry.pack.version, itemId: entry.item.id,
                    answer: answer, score: score, weight: entry.item.points, seconds: max(0, now - run.itemShownAt),
                    tags: entry.item.tags, time: now, drg: (try? impact?.get())?.outcome))
            let isLast = run.index + 1 >= run.entries.count
            text += style.dim(isLast
                ? "Enter: finish the pack · again: retry this item · chart: show it again"
                : "Enter: next item · again: retry this item · chart: show it again") + "\n"
            return text
        }
    }

    func nextOpen(_ run: ExamRun) -> Int? {
        let count = run.pack.items.count
        for step in 1...count {
            let index = (run.index + step) % count
            if (run.answers[run.pack.items[index].id] ?? "").isEmpty { return index }
        }
        return nil
    }

    func parser(for item: DrillItem) -> AnswerParser {
        AnswerParser(systems: item.systems, catalog: codeBook?.catalog)
    }

    /// How each token was read, as the REPL echoes it: `E11.621 (ICD-10-CM), 96372 x2 (CPT)`.
    func echo(_ answer: String, item: DrillItem) -> String {
        if case .multipleChoice(_, _, let key) = item.content { return key.letter(in: answer) ?? answer }
        let codes = parser(for: item).parse(answer)
        guard !codes.isEmpty else { return "(nothing)" }
        return codes.map { code in
            if code.query != nil, code.problem == nil { return "\(code.display) (a provider query)" }
            guard let system = code.system else { return "\(code.token) (unreadable)" }
            return "\(code.display)\(code.poa.map { ":" + $0 } ?? "") (\(system.displayName))"
        }.joined(separator: ", ")
    }

    /// Codes in `answer` that are not valid and reportable, each with what to do.
    func invalidCodes(_ answer: String, item: DrillItem, pack: DrillPack) -> [String]? {
        guard case .coding = item.content, let codeBook else { return nil }
        var problems: [String] = []
        for code in parser(for: item).parse(answer) {
            if code.query != nil, code.problem == nil { continue }
            guard let system = code.system else {
                problems.append("\(code.token): \(code.problem ?? "cannot be read as a code")")
                continue
            }
            switch codeBook.catalog.status(of: code.code, in: system) {
            case .reportable, .shapeOnly: continue
            case .notReportable(let reason):
                var line = "\(code.code) is not reportable: \(reason)"
                if pack.codeBookAllowed {
                    let children = codeBook.completions(prefix: code.code)
                    if !children.isEmpty, children.count <= 12 {
                        line += "; did you mean one of \(children.joined(separator: ", "))?"
                    } else if let first = children.first, let last = children.last {
                        line += "; did you mean one of \(first)-\(last)?"
                    }
                }
                problems.append(line)
            case .unknown:
                problems.append("\(code.code) is not in the \(system.displayName) code set (read as \(system.displayName): \(code.readAs))")
            }
        }
        return problems
    }

    func scoreAnswer(_ answer: String, item: DrillItem, pack: DrillPack) -> ItemScore {
        let scorer = Scorer(catalog: codeBook?.catalog ?? ShapeOnlyCatalog(), policy: pack.policy)
        switch item.content {
        case .coding(let key, let inpatient): return scorer.score(answer, key: key, inpatient: inpatient)
        case .multipleChoice(_, _, let key): return scorer.score(choice: answer, key: key)
        }
    }

    /// The trainee's codes grouped against the key's, for an inpatient item with patient
    /// facts: nil for other items, an error when the grouper is missing or fails.
    func drgImpact(_ answer: String, item: DrillItem, pack: DrillPack) -> Result<DRGImpact, GrouperError>? {
        guard case .coding(let key, true) = item.content, let patient = item.patient else { return nil }
        guard let drg else { return .failure(.notInstalled(searched: [])) }
        do {
            return .success(try drg.impact(answer: parser(for: item).parse(answer), key: key, patient: patient, codeSet: pack.codeSet))
        } catch let error as GrouperError {
            return .failure(error)
        } catch {
            return .failure(.failed(error.localizedDescription))
        }
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

    // MARK: - Feedback

    func feedback(
        _ score: ItemScore, answer: String, item: DrillItem, pack: DrillPack,
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

    func record(_ attempt: AttemptRecord) -> String {
        guard let progress else { return notSavedLine }
        do {
            try progress.record(attempt)
            return warnings()
        } catch {
            return style.bad("Your answer could not be saved: \(error.localizedDescription)") + "\n"
        }
    }

    /// Said with each answer when progress cannot be kept in this session.
    var notSavedLine: String { progressProblem.map { style.bad("Not saved: \($0).") + "\n" } ?? "" }

    // MARK: - Exams

    /// Saves one change of the exam on screen. The store applies it to the sitting as it is on
    /// disk, so answers given meanwhile in another session of the same exam come back into
    /// `mode`'s run; a sitting submitted elsewhere ends this one.
    func saveExam(_ change: ExamChange = .position) -> String {
        guard let progress, case .exam(var run) = mode else { return "" }
        var snapshot = run.snapshot()
        snapshot.timeUsed = run.timeUsed(now: clock.now())
        do {
            let saved = try progress.updateExam(snapshot, change: change)
            run.answers = saved.answers
            run.flags = saved.flags
            mode = .exam(run)
            return ""
        } catch ProgressError.examSubmitted {
            mode = .home
            return style.bad("This exam was submitted in another ChartDrill session.")
                + " Its result is in 'progress'; this copy is closed and nothing more is saved for it.\n"
        } catch {
            return style.bad("The exam could not be saved: \(error.localizedDescription)") + "\n"
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
            if let count = section.blueprintQuestions, let shape, shape.questions > 0 {
                text += style.dim(" · \(Int((100 * Double(count) / Double(shape.questions)).rounded()))% of exam")
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
                let drills = drillEntries(tagged: section.tag).count
                var line = "  \(section.title): \(percent(section.share))"
                line += drills > 0 ? " · 'drill \(section.tag)' (\(drills) items)" : " · no drill items carry \(section.tag) yet"
                text += line + "\n"
            }
        }
        return text
    }

    /// Scores every question, records the attempts, and shows the result.
    func finishExam(_ run: ExamRun) -> String {
        let now = clock.now()
        var questions: [ExamResult.Question] = []
        var details: [String] = []
        var recordText = ""
        var outcomes: [DRGOutcome] = []
        var unsaved = 0
        var firstFailure: String?
        for item in run.pack.items {
            let answer = run.answers[item.id] ?? ""
            let score = scoreAnswer(answer, item: item, pack: run.pack)
            let outcome = (try? drgImpact(answer, item: item, pack: run.pack)?.get())?.outcome
            if let outcome { outcomes.append(outcome) }
            questions.append(ExamResult.Question(id: item.id, tags: item.tags, score: score, weight: item.points))
            let mark = score.chartCorrect ? style.good("✓") : style.bad("✗")
            var line = "\(mark) \(TextLayout.fit(item.id, 16)) \(answer.isEmpty ? style.dim("(no answer)") : answer)"
            if case .multipleChoice(_, _, let key) = item.content, !score.chartCorrect {
                line += style.dim("  key: \(key.answer)")
            }
            details.append(line)
            if case .coding = item.content, !score.chartCorrect {
                details += findingLines(score).filter { !$0.contains("✓") }.map { "    " + $0 }
            }
            // A question left unanswered is recorded as skipped: 0 points, and no findings.
            let skipped = answer.trimmingCharacters(in: .whitespaces).isEmpty
            let recorded = skipped
                ? ItemScore(findings: [], points: 0, maxPoints: score.maxPoints, precision: 0, recall: 0, f1: 0, accuracy: 0, chartCorrect: false)
                : score
            var attempt = AttemptRecord(
                mode: "exam", packId: run.pack.id, packVersion: run.pack.version, itemId: item.id, answer: answer,
                score: recorded, weight: item.points, seconds: 0, tags: item.tags, time: now,
                examSessionId: run.sessionId, drg: skipped ? nil : outcome, id: "\(run.sessionId)/\(item.id)")
            attempt.skipped = skipped
            if let progress {
                do { try progress.record(attempt) } catch {
                    unsaved += 1
                    firstFailure = firstFailure ?? error.localizedDescription
                }
            } else {
                unsaved += 1
            }
        }
        if let progress, unsaved == 0 {
            recordText += warnings()
            do { try progress.finishExam(id: run.sessionId) } catch {
                recordText += style.bad("Every answer is saved, but the finished sitting could not be cleared: \(error.localizedDescription)") + "\n"
            }
        } else if progress != nil {
            // The sitting is removed only once every answer is on disk; answers saved now
            // have fixed ids, so submitting again records each of the rest once.
            recordText += style.bad("\(unsaved) of \(run.pack.items.count) answers could not be saved: \(firstFailure ?? "unknown error").")
                + " Your exam is kept as you left it. Free some disk space, then type 'exam \(run.pack.id)' and submit again"
                + " (answers already saved are not counted twice).\n"
        } else {
            recordText += notSavedLine
        }
        mode = .home
        let result = ExamResult(questions: questions, passMark: run.passMark, shape: run.pack.examShape)
        var text = "\n" + style.bold("Exam result: \(run.pack.title)") + "\n"
        text += "Score: \(format(result.earned)) of \(format(result.possible)) (\(percent(result.share))) · pass mark \(Int(run.passMark))% · "
        text += result.passed ? style.good("PASS") : style.bad("FAIL")
        text += " · time used \(clockText(min(run.timeLimit, run.timeUsed(now: now))))\n"
        if let caseMix = CaseMixFigures(outcomes) {
            text += TextLayout.hanging("Inpatient cases: " + caseMix.summary, width: settings.width, indent: 2)
                .joined(separator: "\n") + "\n"
        }
        text += examSectionLines(result, shape: run.pack.examShape)
        text += style.bold("Items") + "\n" + details.joined(separator: "\n") + "\n"
        text += "Type 'drill \(run.pack.id)' to study each question with its rationale.\n"
        return recordText + text + homeScreen() + "\n"
    }
}
