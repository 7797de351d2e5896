import CodingScore
import DRGImpact
import Foundation
import ProgressStore
import SafeText

/// Actions: starting and moving through runs, taking answers, saving and finishing exams.
extension DrillSession {
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
        var entries = drillEntries(taggedAnyOf: Set(weakest.map(\.tag)))
        guard !entries.isEmpty else { return "No drill items carry your weakest tags.\n" }
        entries = Array(entries.prefix(10))
        mode = .drill(DrillRun(mode: "review", title: "weak", entries: entries, itemShownAt: clock.now()))
        let names = weakest.map { "\($0.tag) (\(percent($0.score)))" }.joined(separator: ", ")
        return style.bold("Weakest tags: ") + names + "\n\(entries.count) items.\n" + presentItem()
    }

    /// Every drill item with `tag` (`drill domain:radiology`), across the drill packs.
    func startTag(_ tag: String) -> String {
        let entries = drillEntries(taggedAnyOf: [tag])
        guard !entries.isEmpty else {
            let known = Set(packs.filter { $0.mode == .drill }.flatMap { $0.items.flatMap(\.tags) })
            let suggestion = nearest(tag, in: Array(known)).map { " Did you mean '\($0)'?" } ?? ""
            return "No drill item is tagged '\(tag)'.\(suggestion)\n"
        }
        mode = .drill(DrillRun(mode: "drill", title: tag, entries: entries, itemShownAt: clock.now()))
        return style.bold(tag) + " — \(entries.count) drill items from \(Set(entries.map(\.pack.id)).count) packs, feedback after each.\n"
            + presentItem()
    }

    /// The drill packs' items that carry any of `tags`, in pack order.
    func drillEntries(taggedAnyOf tags: Set<String>) -> [RunEntry] {
        packs.filter { $0.mode == .drill }.flatMap { pack in
            pack.items.filter { !tags.isDisjoint(with: $0.tags) }.map { RunEntry(pack: pack, item: $0) }
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
            let read = echo(self.read(answer, for: item), item: item)
            let text = problem.isEmpty ? "Saved for \(item.id): \(read).\n"
                : problem + "Kept on screen, not on disk, for \(item.id): \(read).\n"
            if let next = nextOpen(run) { return text + move(to: next) }
            return text + "Every question has an answer. Type 'submit' to hand in, or 'goto N' to change one.\n"
        case .drill(var run):
            let entry = run.current
            if run.answered && answer.isEmpty { return move(to: run.index + 1) }
            if case .multipleChoice(_, _, let key) = entry.item.content, key.letter(in: answer) == nil {
                return "Type \(key.lettersText).\n"
            }
            let typed = read(answer, for: entry.item)
            if !confirmed, let problems = invalidCodes(typed, item: entry.item, pack: entry.pack), !problems.isEmpty {
                pending = .confirmAnswer(answer)
                return problems.map { style.warn("! ") + $0 }.joined(separator: "\n")
                    + "\nCorrect the answer and type it again, or press Enter to submit it as typed.\n"
            }
            let score = scoreAnswer(typed, item: entry.item, pack: entry.pack)
            let now = clock.now()
            run.results[run.index] = score
            run.answered = true
            mode = .drill(run)
            let impact = drgImpact(typed, item: entry.item, pack: entry.pack)
            var text = feedback(score, answer: typed, item: entry.item, pack: entry.pack, drg: impact)
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
            let typed = read(answer, for: item)
            let score = scoreAnswer(typed, item: item, pack: run.pack)
            let outcome = (try? drgImpact(typed, item: item, pack: run.pack)?.get())?.outcome
            if let outcome { outcomes.append(outcome) }
            questions.append(ExamResult.Question(id: item.id, tags: item.tags, score: score, weight: item.points))
            details += examItemLines(item, answer: answer, score: score)
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
        let text = examResultScreen(result, run: run, timeUsed: min(run.timeLimit, run.timeUsed(now: now)),
                                    outcomes: outcomes, details: details)
        return recordText + text + homeScreen() + "\n"
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
}
