import Foundation
import Testing
import TestSupport

@testable import ProgressStore

@Suite struct DerivedViewTests {
    var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        calendar.firstWeekday = 2
        return calendar
    }

    func day(_ n: Double, hour: Double = 10) -> Date {
        // 2025-06-02 is a Monday.
        Date(timeIntervalSince1970: 1_748_822_400 + n * 86_400 + hour * 3_600)
    }

    // MARK: - Accuracy per pack and tag

    @Test func perPackAndPerTagAccuracyCountPointsAndCharts() {
        let attempts = [
            sampleAttempt("1", pack: "a", item: "i1", points: 2, maxPoints: 2, time: day(0), tags: ["chapter:04", "skill:x"]),
            sampleAttempt("2", pack: "a", item: "i2", points: 1, maxPoints: 2, time: day(0), tags: ["chapter:04"]),
            sampleAttempt("3", pack: "b", points: 0, maxPoints: 1, time: day(1), tags: ["chapter:09"]),
        ]
        let stats = ProgressStats(attempts: attempts, calendar: utc)
        let packs = stats.perPack()
        #expect(packs.map(\.packId) == ["a", "b"])
        #expect(packs[0].accuracy.pointsRate == 0.75)
        #expect(packs[0].accuracy.chartCorrectRate == 0.5)
        #expect(packs[1].accuracy.pointsRate == 0)
        // A pack's standing counts the latest answer of each item: a retry replaces the miss.
        var weighted = sampleAttempt("4", pack: "a", item: "i2", points: 2, maxPoints: 2, time: day(2))
        weighted.weight = 3
        let retried = ProgressStats(attempts: attempts + [weighted], calendar: utc).perPack()[0]
        #expect(retried.accuracy.attempts == 2 && retried.answeredItemIds == ["i1", "i2"])
        #expect(retried.accuracy.pointsRate == 1 && retried.accuracy.maxPoints == 4, "i1 (weight 1) and i2 retried (weight 3)")
        let tags = Dictionary(uniqueKeysWithValues: stats.perTag().map { ($0.tag, $0.accuracy) })
        #expect(tags["chapter:04"]?.attempts == 2)
        #expect(tags["chapter:04"]?.pointsRate == 0.75)
        #expect(tags["skill:x"]?.chartCorrectRate == 1)
        #expect(stats.weakestTags(limit: 2, minimumAttempts: 1).map(\.tag) == ["chapter:09", "chapter:04"])
        #expect(stats.weakestTags(minimumAttempts: 2).map(\.tag) == ["chapter:04"])
    }

    @Test func manualCreditChangesTheFigures() {
        var attempt = sampleAttempt("c", points: 0, maxPoints: 2)
        attempt.overrides = [ManualCredit(by: "tutor", time: baseDate, points: 2, reason: "alternate accepted")]
        let stats = ProgressStats(attempts: [attempt], calendar: utc)
        #expect(stats.overall.pointsRate == 1)
        #expect(stats.overall.chartCorrect == 1)
    }

    // MARK: - Trend, streak, time

    @Test func trendGroupsByDayAndWeek() {
        let attempts = [
            sampleAttempt("1", points: 0, time: day(0)), sampleAttempt("2", points: 1, time: day(0, hour: 20)),
            sampleAttempt("3", points: 1, time: day(2)), sampleAttempt("4", points: 1, time: day(8)),
        ]
        let stats = ProgressStats(attempts: attempts, calendar: utc)
        let daily = stats.trend(by: .day)
        #expect(daily.map(\.accuracy.attempts) == [2, 1, 1])
        #expect(daily[0].periodStart == day(0, hour: 0))
        #expect(daily[0].accuracy.pointsRate == 0.5)
        let weekly = stats.trend(by: .week)
        #expect(weekly.map(\.accuracy.attempts) == [3, 1])
        #expect(weekly[1].periodStart == day(7, hour: 0))
    }

    @Test func streakCountsDaysInARowUpToTodayOrYesterday() {
        let attempts = [0, 1, 2, 5, 6, 7, 8].map { sampleAttempt("d\($0)", time: day(Double($0))) }
        let stats = ProgressStats(attempts: attempts, calendar: utc)
        #expect(stats.streak(now: day(8, hour: 23)) == Streak(current: 4, longest: 4, lastDay: day(8, hour: 0)))
        #expect(stats.streak(now: day(9)).current == 4)  // today not practised yet
        #expect(stats.streak(now: day(10)).current == 0)
        #expect(stats.streak(now: day(10)).longest == 4)
        #expect(ProgressStats(attempts: [], calendar: utc).streak(now: day(0)).current == 0)
    }

    @Test func timePerItemAveragesSlowestFirst() {
        let attempts = [
            sampleAttempt("1", item: "fast", seconds: 10), sampleAttempt("2", item: "slow", seconds: 100),
            sampleAttempt("3", item: "slow", seconds: 50),
        ]
        let times = ProgressStats(attempts: attempts, calendar: utc).timePerItem()
        #expect(times.map(\.item.itemId) == ["slow", "fast"])
        #expect(times[0].meanSeconds == 75)
        #expect(times[0].lastSeconds == 50)
    }

    // MARK: - Readiness

    @Test func readinessComparesTheLatestMockScoresWithThePassMark() {
        func sitting(_ id: String, _ points: [Double], on n: Double) -> [Attempt] {
            points.enumerated().map { index, p in
                sampleAttempt("\(id)-\(index)", pack: "cpc", item: "q\(index)", points: p, time: day(n), mode: .exam, session: id)
            }
        }
        let attempts = sitting("s1", [1, 0, 0, 0], on: 0) + sitting("s2", [1, 1, 1, 0], on: 3)
            + sitting("s3", [1, 1, 1, 1], on: 5) + [sampleAttempt("drill", pack: "cpc", points: 0, time: day(6))]
        let stats = ProgressStats(attempts: attempts, calendar: utc)
        let two = stats.readiness(packId: "cpc", passMark: 70, latest: 2)
        #expect(two.latestScores.map(\.sessionId) == ["s3", "s2"])
        #expect(two.latestScores.map(\.percent) == [100, 75])
        #expect(two.averagePercent == 87.5)
        #expect(two.margin == 17.5)
        #expect(two.ready)
        let three = stats.readiness(packId: "cpc", passMark: 70, latest: 3)
        #expect(three.averagePercent == 200.0 / 3)
        #expect(!three.ready)
        #expect(!stats.readiness(packId: "other", passMark: 70).ready)
    }

    // MARK: - The review scheduler (FSRS-4.5)

    @Test func aMissedItemComesBackSoonAndRightAnswersPushItFurtherOut() {
        let scheduler = ReviewScheduler()
        var attempts = [sampleAttempt("m0", item: "hard-one", points: 0, time: day(0))]
        var card = scheduler.cards(attempts: attempts)[0]
        #expect(card.due == day(0).addingTimeInterval(600))
        #expect(card.lapses == 1)
        #expect(scheduler.reviewQueue(attempts: attempts, now: day(0)).isEmpty)
        #expect(scheduler.reviewQueue(attempts: attempts, now: day(0).addingTimeInterval(601)).map(\.item.itemId) == ["hard-one"])

        // Answer right each time it comes due: each interval longer than the one before.
        var intervals: [Double] = []
        var now = card.due
        for review in 1...5 {
            attempts.append(sampleAttempt("r\(review)", item: "hard-one", points: 1, time: now, mode: .review))
            card = scheduler.cards(attempts: attempts)[0]
            intervals.append(card.intervalDays)
            now = card.due
        }
        for (shorter, longer) in zip(intervals, intervals.dropFirst()) { #expect(longer > shorter, "\(intervals)") }
        #expect(intervals.last! > 14)
        #expect(card.reviews == 5)

        // A miss brings it back within the again interval and lowers its stability.
        let before = card
        attempts.append(sampleAttempt("miss", item: "hard-one", points: 0, time: now, mode: .review))
        card = scheduler.cards(attempts: attempts)[0]
        #expect(card.due == now.addingTimeInterval(600))
        #expect(card.stability < before.stability)
        #expect(card.difficulty > before.difficulty)
        #expect(card.lapses == 2)
    }

    @Test func itemsAlwaysRightNeverEnterTheQueueAndDueOnesComeFirst() {
        let attempts = [
            sampleAttempt("ok", item: "easy", points: 1, time: day(0)),
            sampleAttempt("late", item: "b", points: 0, time: day(1)),
            sampleAttempt("early", item: "a", points: 0, time: day(0)),
        ]
        let queue = ReviewScheduler().reviewQueue(attempts: attempts, now: day(3))
        #expect(queue.map(\.item.itemId) == ["a", "b"])
        #expect(queue.allSatisfy { $0.isDue(day(3)) })
    }

    @Test func fsrsRetrievabilityIsNinetyPercentAtOneStability() {
        let scheduler = ReviewScheduler()
        #expect(abs(scheduler.retrievability(days: 10, stability: 10) - 0.9) < 1e-9)
        #expect(abs(scheduler.intervalDays(stability: 10) - 10) < 1e-9)
        #expect(scheduler.retrievability(days: 0, stability: 3) == 1)
    }

    // MARK: - Folder, export, report

    @Test func anInstructorReadsAFolderAndDamagedFilesAreReportedUntouched() throws {
        let folder = try TemporaryFolder("class")
        defer { folder.remove() }
        let ana = try ProgressStore(documentURL: folder.file("ana.json"))
        try ana.setTrainee("Ana")
        try ana.record(sampleAttempt("a1"))
        try ana.compact()
        try ana.record(sampleAttempt("a2"))  // still in the journal
        try ProgressStore(documentURL: folder.file("ben.json")).record(sampleAttempt("b1"))
        let broken = Data("{\"schemaVersion\":2,\"attempts\":[".utf8)
        try broken.write(to: folder.file("cy.json"))

        let (trainees, damaged) = try ProgressFolder.load(folder.url)
        #expect(trainees.map(\.trainee) == ["Ana", "ben"])
        #expect(trainees[0].document.attempts.map(\.id) == ["a1", "a2"])
        #expect(damaged.map(\.original.lastPathComponent) == ["cy.json"])
        #expect(damaged[0].movedTo == nil)
        #expect(try Data(contentsOf: folder.file("cy.json")) == broken)
    }

    @Test func csvHasOneRowPerAttemptAndQuotesWhatNeedsIt() {
        var attempt = sampleAttempt("q1")
        attempt.answer = "E11.42, \"Z79.4\""
        attempt.itemId = "=cmd"
        let document = ProgressDocument(trainee: "Ana", attempts: [attempt, sampleAttempt("q2")])
        let csv = ProgressExport.csv(document)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("id,time,trainee,mode,pack"))
        #expect(rows[1].contains("\"E11.42, \"\"Z79.4\"\"\""))
        #expect(rows[1].contains(",'=cmd,"))
        #expect(rows[1].contains("2025-06-15T15:06:40Z"))
    }

    @Test func standingReportShowsPacksTagsStreakAndDueReviews() {
        let attempts = [
            sampleAttempt("1", pack: "a", points: 1, time: day(0), tags: ["chapter:04"]),
            sampleAttempt("2", pack: "a", points: 0, time: day(1), tags: ["chapter:09"]),
        ]
        let report = StandingReport(document: ProgressDocument(trainee: "Ana", attempts: attempts), now: day(2), calendar: utc)
        #expect(report.reviewsDue == 1)
        #expect(report.streak.current == 2)
        let text = report.text(bars: true, colour: false)
        #expect(text.contains("Progress of Ana"))
        #expect(text.contains("chapter:04  ████████████████████"))
        #expect(text.contains("Reviews due: 1"))
        #expect(!text.contains("\u{1B}["))
    }
}
