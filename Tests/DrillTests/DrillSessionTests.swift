import CodingScore
import Testing
@testable import Drill
import Presentation

/// Feeds lines to a session and keeps everything it printed.
final class Script {
    let session: DrillSession
    let progress: FakeProgress
    let clock: ManualClock
    var transcript = ""

    init(packs: [DrillPack] = [Fixtures.drillPack, Fixtures.examPack], progress: FakeProgress = FakeProgress(),
         clock: ManualClock = ManualClock(), name: String? = "Sam") {
        if let name { progress.traineeName = name }
        self.progress = progress
        self.clock = clock
        session = DrillSession(
            packs: packs, codeBook: FakeCodeBook(), progress: progress, clock: clock,
            settings: .init(width: 80))
        transcript = session.start()
    }

    @discardableResult
    func type(_ line: String) -> String {
        let output = session.handle(line)
        transcript += output
        return output
    }
}

// MARK: - Start and the pack list

@Suite struct StartTests {
    @Test func aNewTraineeIsAskedForANameThatIsRemembered() {
        let progress = FakeProgress()
        let script = Script(progress: progress, name: nil)
        #expect(script.transcript.contains("Who is practising?"))
        #expect(script.session.prompt == "your name> ")
        let output = script.type("Robin")
        #expect(progress.traineeName == "Robin")
        #expect(output.contains("dx-basics"))
    }

    @Test func helpAndQuitAtTheNamePromptAreNotTakenAsNames() {
        let progress = FakeProgress()
        let script = Script(progress: progress, name: nil)
        #expect(script.type("help").contains("Type the name you practise under"))
        #expect(script.session.prompt == "your name> ")
        script.type("quit")
        #expect(script.session.isFinished)
        #expect(progress.traineeName == nil)
    }

    @Test func aReturningTraineeSeesPacksStandingAndReviewsDue() {
        let progress = FakeProgress()
        progress.due = [DueItem(packId: "dx-basics", itemId: "htn")]
        let script = Script(progress: progress)
        #expect(script.transcript.contains("Welcome back, Sam."))
        #expect(script.transcript.contains("1. dx-basics"))
        #expect(script.transcript.contains("3 items"))
        #expect(script.transcript.contains("1 item due for review"))
    }

    @Test func damagedFileWarningsAreShownOnce() {
        let progress = FakeProgress()
        progress.warnings = ["Your progress file was damaged; the original is kept at /x/sam.json.damaged"]
        let script = Script(progress: progress)
        #expect(script.transcript.contains("sam.json.damaged"))
        #expect(progress.warnings.isEmpty)
    }

    @Test func unknownWordsAtHomeSuggestTheNearestCommandOrPack() {
        let script = Script()
        #expect(script.type("hlep").contains("Did you mean 'help'"))
        #expect(script.type("dx-basic").contains("Did you mean 'dx-basics'"))
        #expect(script.type("drill nothing").contains("No pack 'nothing'"))
        #expect(script.type("drill").contains("Which pack?"))
    }
}

// MARK: - Drill

@Suite struct DrillFlowTests {
    @Test func aPackNumberStartsTheDrillAndShowsTheChartAndTask() {
        let script = Script()
        let output = script.type("1")
        #expect(output.contains("Item 1 of 3"))
        #expect(output.contains("CHIEF COMPLAINT"))
        #expect(output.contains("Task: Assign the ICD-10-CM codes."))
        #expect(script.session.prompt == "dx-basics 1/3> ")
    }

    @Test func aRightAnswerGetsFeedbackIsRecordedAndEnterGoesOn() {
        let script = Script()
        script.type("1")
        script.clock.advance(42)
        let feedback = script.type("e1142, z794")
        #expect(feedback.contains("All correct."))
        #expect(feedback.contains("Read: E11.42 (ICD-10-CM), Z79.4 (ICD-10-CM)"))
        #expect(feedback.contains("Why:"))
        #expect(script.progress.attempts.count == 1)
        let attempt = script.progress.attempts[0]
        #expect(attempt.itemId == "dm-neuro" && attempt.mode == "drill" && attempt.seconds == 42)
        #expect(attempt.answer == "e1142, z794")
        #expect(script.type("").contains("Item 2 of 3"))
    }

    @Test func aWrongAnswerNamesWhatIsMissing() {
        let script = Script()
        script.type("1")
        let feedback = script.type("E11.42")
        #expect(feedback.contains("Not fully correct."))
        #expect(feedback.contains("missing"))
        #expect(script.progress.attempts.first?.score.chartCorrect == false)
    }

    @Test func invalidCodesArePointedOutBeforeScoring() {
        let script = Script()
        script.type("1")
        let warning = script.type("E11.6, Z79.4")
        #expect(warning.contains("E11.6 is not reportable"))
        #expect(warning.contains("did you mean one of E11.610, E11.618, E11.620, E11.621"))
        #expect(script.progress.attempts.isEmpty, "nothing is scored before the trainee decides")
        // Retyped: scored as the new answer.
        #expect(script.type("E11.42, Z79.4").contains("All correct."))
        #expect(script.progress.attempts.map(\.answer) == ["E11.42, Z79.4"])
    }

    @Test func enterSubmitsAnInvalidAnswerAsTyped() {
        let script = Script()
        script.type("1")
        script.type("E11.6")
        #expect(script.session.prompt.contains("submit as typed"))
        let feedback = script.type("")
        #expect(feedback.contains("invalid"))
        #expect(script.progress.attempts.map(\.answer) == ["E11.6"])
    }

    @Test func navigationCommandsMoveBetweenItems() {
        let script = Script()
        script.type("1")
        #expect(script.type("skip").contains("Item 2 of 3"))
        #expect(script.type("back").contains("Item 1 of 3"))
        #expect(script.type("back").contains("first item"))
        #expect(script.type("goto asthma").contains("Item 3 of 3"))
        #expect(script.type("goto 2").contains("Item 2 of 3"))
        #expect(script.type("goto astma").contains("Did you mean 'asthma'"))
        let list = script.type("list")
        #expect(list.contains(">  2. htn"))
        #expect(script.type("chart").contains("CHIEF COMPLAINT"))
        #expect(script.type("task").contains("Task:"))
    }

    @Test func hintAndAgain() {
        let script = Script()
        script.type("1")
        #expect(script.type("hint").contains("Look for a combination code."))
        script.type("E11.42")
        #expect(script.type("again").contains("Try item dm-neuro again"))
        #expect(script.type("E11.42 Z79.4").contains("All correct."))
        #expect(script.progress.attempts.count == 2)
        script.type("skip")
        #expect(script.type("hint").contains("No hint"))
    }

    @Test func finishingThePackSummarisesAndReturnsHome() {
        let script = Script()
        script.type("drill dx-basics")
        script.type("E11.42, Z79.4")
        script.type("")
        script.type("I10")
        script.type("")
        script.type("I10")
        let end = script.type("")
        #expect(end.contains("That was the last item."))
        #expect(end.contains("2 of 3 items fully right"))
        #expect(script.session.prompt == "chartdrill> ")
    }

    @Test func aMistypedCommandInsideAnItemIsNotScoredAsAnAnswer() {
        let script = Script()
        script.type("1")
        #expect(script.type("hnit").contains("Did you mean 'hint'"))
        #expect(script.progress.attempts.isEmpty)
    }

    @Test func lookupAndShowUseTheCodeBook() {
        let script = Script()
        script.type("1")
        #expect(script.type("lookup diabetes neuropathy").contains("E11.42"))
        #expect(script.type("show e11.42").contains("E11.42"))
        #expect(script.type("lookup").contains("What to look up?"))
        #expect(script.type("index fracture radius") == "index: fracture radius\n")
        #expect(script.type("pcs 0sr") == "pcs: 0sr\n")
        #expect(script.type("check e11.6") == "validate: e11.6\n")
        #expect(script.type("drug").contains("Usage: drug NAME"))
    }

    @Test func aFailedSaveIsSaidOutLoud() {
        let progress = FakeProgress()
        progress.failRecords = true
        let script = Script(progress: progress)
        script.type("1")
        #expect(script.type("E11.42, Z79.4").contains("could not be saved"))
    }

    @Test func menuLeavesThePack() {
        let script = Script()
        script.type("1")
        script.type("E11.42, Z79.4")
        let home = script.type("menu")
        #expect(home.contains("This run: 1 of 1 item fully right"))
        #expect(script.session.prompt == "chartdrill> ")
        #expect(script.type("hint").contains("works inside a pack"))
    }

    /// The session hands back the whole chart; paging it is the terminal's business (the
    /// executable's one pager, tested on a pseudo-terminal in ScreenFitTests).
    @Test func aLongChartComesBackWholeForThePager() {
        var pack = Fixtures.drillPack
        pack.items[0].chartBody = (1...60).map { "Line \($0) of the history." }.joined(separator: "\n")
        let script = Script(packs: [pack])
        let first = script.type("1")
        #expect(first.contains("Line 1 of") && first.contains("Line 60") && first.contains("Task:"))
        #expect(!script.session.prompt.contains("more"))
    }
}

// MARK: - Exam

@Suite struct ExamFlowTests {
    @Test func theExamIsTimedWithNoFeedbackUntilSubmitted() {
        let script = Script()
        let intro = script.type("exam mock")
        #expect(intro.contains("3 items, 10:00 allowed, pass mark 70%"))
        #expect(intro.contains("code book is closed"))
        #expect(script.session.prompt.hasPrefix("[10:00] 1/3"))
        let saved = script.type("b")
        #expect(saved.contains("Saved for q1: B"))
        #expect(!saved.contains("correct"), "no feedback before submission")
        #expect(saved.contains("Question 2 of 3"))
        script.clock.advance(100)
        #expect(script.session.prompt.hasPrefix("[08:20] 2/3"))
        #expect(script.progress.exams["mock"]?.answers == ["q1": "b"])
    }

    @Test func wrongInputAtTheExamPromptIsRefused() {
        let script = Script()
        script.type("exam mock")
        #expect(script.type("E").contains("Type A, B, C or D."))
        #expect(script.type("lookup chf").contains("code book is closed"))
        #expect(script.type("hint").contains("not available in an exam"))
        #expect(script.type("again").contains("not available in an exam"))
    }

    @Test func flagsAndReviewFlags() {
        let script = Script()
        script.type("exam mock")
        #expect(script.type("flag").contains("Flagged q1."))
        script.type("skip")
        script.type("c")
        let flags = script.type("review-flags")
        #expect(flags.contains("q1") && flags.contains("flagged"))
        #expect(flags.contains("q3") && flags.contains("unanswered"))
        #expect(!flags.contains("q2"))
        #expect(script.progress.exams["mock"]?.flags == ["q1"])
    }

    @Test func submitAsksToConfirmNamingUnansweredThenScores() {
        let script = Script()
        script.type("exam mock")
        script.type("b")
        script.type("c")
        let ask = script.type("submit")
        #expect(ask.contains("1 unanswered: q3"))
        #expect(script.type("no").contains("Not submitted"))
        script.type("submit")
        let result = script.type("yes")
        #expect(result.contains("Score: 2 of 3 (67%)"))
        #expect(result.contains("FAIL"))
        #expect(result.contains("evaluation-and-management"))
        #expect(result.contains("medicine"))
        #expect(script.progress.attempts.count == 3)
        #expect(script.progress.attempts.allSatisfy { $0.mode == "exam" })
        #expect(script.progress.exams["mock"] == nil, "a submitted exam is cleared")
    }

    @Test func runningOutOfTimeSubmitsTheExam() {
        let script = Script()
        script.type("exam mock")
        script.type("b")
        script.type("c")
        script.type("a")
        script.clock.advance(601)
        let result = script.type("goto 1")
        #expect(result.contains("Time is up."))
        #expect(result.contains("PASS"))
        #expect(script.progress.attempts.count == 3)
    }

    @Test func aCrashedExamResumesWithItsAnswersFlagsAndTime() {
        let progress = FakeProgress()
        let clock = ManualClock()
        let first = Script(progress: progress, clock: clock)
        first.type("exam mock")
        first.type("b")
        first.type("flag")
        clock.advance(120)
        first.type("skip")  // saved after every step; then the process "crashes": no quit.

        clock.advance(300)  // the clock runs while the program is closed, as the real exam's does
        let second = Script(progress: progress, clock: clock)
        let resumed = second.type("exam mock")
        #expect(resumed.contains("Resuming your exam: 1 answered, 03:00 left."), "\(resumed)")
        #expect(resumed.contains("You were away 05:00; the exam clock ran on, as the real exam's does."))
        #expect(second.session.prompt.hasPrefix("[03:00] 3/3"))
        #expect(second.type("review-flags").contains("q2"))
    }

    /// Two sittings begun in the same second are two sittings: the second is not mistaken
    /// for the first, already submitted.
    @Test func twoSittingsInOneSecondHaveTheirOwnIds() {
        let script = Script()
        for _ in 0..<2 {
            script.type("exam mock")
            script.type("b")
            script.type("submit")
            #expect(script.type("yes").contains("Score: "))
        }
        #expect(Set(script.progress.attempts.compactMap(\.examSessionId)).count == 2)
    }

    @Test func anExamLeftLongerThanItsTimeIsSubmittedOnResume() {
        let progress = FakeProgress()
        let clock = ManualClock()
        let first = Script(progress: progress, clock: clock)
        first.type("exam mock")
        first.type("b")
        first.type("quit")
        clock.advance(3600)
        let second = Script(progress: progress, clock: clock)
        let resumed = second.type("exam mock")
        #expect(resumed.contains("Time is up."))
        #expect(resumed.contains("Score: "))
        #expect(progress.attempts.count == 3)
    }

    @Test func quitPausesAndSavesTheExam() {
        let script = Script()
        script.type("exam mock")
        script.clock.advance(30)
        let bye = script.type("quit")
        #expect(bye.contains("Your exam is saved"))
        #expect(bye.contains("09:30 left"))
        #expect(script.session.isFinished)
        #expect(script.progress.exams["mock"]?.timeUsed == 30)
    }
}

// MARK: - Review and weak tags

@Suite struct ReviewFlowTests {
    @Test func reviewDrillsTheDueItemsAndRecordsThemAsReview() {
        let progress = FakeProgress()
        progress.due = [DueItem(packId: "dx-basics", itemId: "htn")]
        let script = Script(progress: progress)
        let first = script.type("review")
        #expect(first.contains("1 item due"))
        #expect(first.contains("htn"))
        script.type("I10")
        #expect(progress.attempts.first?.mode == "review")
    }

    @Test func nothingDueIsSaid() {
        #expect(Script().type("review").contains("Nothing is due"))
    }

    @Test func weakDrillsItemsOfTheWeakestTags() {
        let script = Script()
        #expect(script.type("weak").contains("No weak tags yet"))
        script.type("1")
        script.type("E11.42")
        script.type("menu")
        let weak = script.type("weak")
        #expect(weak.contains("skill:combination-codes (25%)"))
        #expect(weak.contains("Item 1 of 3"))
    }
}

// MARK: - Completion and help

@Suite struct CompletionAndHelpTests {
    @Test func completesCommandsPacksItemsAndCodes() {
        let script = Script()
        #expect(script.session.completions(before: "dr").contains("drill"))
        #expect(script.session.completions(before: "drill d") == ["dx-basics"])
        #expect(script.session.completions(before: "exam m") == ["mock"])
        script.type("1")
        #expect(script.session.completions(before: "goto h") == ["htn"])
        #expect(script.session.completions(before: "E11.62") == ["E11.620", "E11.621"])
        #expect(script.session.completions(before: "Z79.4, E11.61") == ["E11.610", "E11.618"])
    }

    @Test func helpListsWhatWorksHereAndExplainsOne() {
        let script = Script()
        let home = script.type("help")
        #expect(home.contains("drill PACK") && home.contains("review"))
        #expect(!home.contains("hint"))
        script.type("1")
        let inside = script.type("help")
        #expect(inside.contains("hint") && inside.contains("Anything else is your answer"))
        #expect(script.type("help goto").contains("goto ITEM"))
        #expect(script.type("help flag").contains("not available here"))
    }

    @Test func quitAndEndOfInputFinish() {
        let script = Script()
        #expect(script.type("quit").contains("Goodbye"))
        #expect(script.session.isFinished)
        let other = Script()
        _ = other.session.endOfInput()
        #expect(other.session.isFinished)
    }
}

// MARK: - Layout

@Suite struct LayoutTests {
    @Test func handWrappedParagraphsAreReflowedButListsKeepTheirLines() {
        let text = """
            Index: Pain, chest, atypical -> R07.89. The tabular confirms R07.89 as a
            reportable code in R07.
            1. First item of a list that is long enough to have been wrapped by hand
               and continues here.
            2. Second item.
            """
        let flowed = TextLayout.reflow(text)
        #expect(flowed.contains("as a reportable code in R07."))
        #expect(flowed.contains("by hand and continues here."))
        #expect(flowed.contains("\n2. Second item."))
    }

    @Test func sparklineRisesWithTheValues() {
        #expect(TextLayout.sparkline([0, 0.5, 1]) == "▁▅█")
        #expect(TextLayout.bar(0.5, width: 4) == "██··")
    }

    @Test func wrappingKeepsEveryLineWithinTheWidthAndIndentsContinuations() {
        let lines = TextLayout.wrap("1. " + String(repeating: "word ", count: 40), width: 40)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("   ") })
    }
}
