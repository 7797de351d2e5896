import CodingScore
import Foundation

/// Accuracy over a group of attempts: points earned of points possible (each attempt worth its
/// item's weight, `Attempt.earnedPoints`), and the share of charts coded entirely right.
/// Manual credit counts.
public struct Accuracy: Codable, Sendable, Hashable {
    public var attempts: Int
    public var points: Double
    public var maxPoints: Double
    public var chartCorrect: Int
    public var seconds: Double

    public init(attempts: Int = 0, points: Double = 0, maxPoints: Double = 0, chartCorrect: Int = 0, seconds: Double = 0) {
        self.attempts = attempts
        self.points = points
        self.maxPoints = maxPoints
        self.chartCorrect = chartCorrect
        self.seconds = seconds
    }

    /// Points ÷ max points (0 when nothing was possible).
    public var pointsRate: Double { maxPoints > 0 ? points / maxPoints : 0 }
    /// Chart-correct attempts ÷ attempts.
    public var chartCorrectRate: Double { attempts > 0 ? Double(chartCorrect) / Double(attempts) : 0 }
    /// Mean seconds per attempt.
    public var secondsPerAttempt: Double { attempts > 0 ? seconds / Double(attempts) : 0 }

    enum CodingKeys: String, CodingKey {
        case attempts, points, maxPoints, chartCorrect, seconds, pointsRate, chartCorrectRate, secondsPerAttempt
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        attempts = try c.decode(Int.self, forKey: .attempts)
        points = try c.decode(Double.self, forKey: .points)
        maxPoints = try c.decode(Double.self, forKey: .maxPoints)
        chartCorrect = try c.decode(Int.self, forKey: .chartCorrect)
        seconds = try c.decode(Double.self, forKey: .seconds)
    }

    /// The counts and, for readers of `--json`, the rates derived from them.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(attempts, forKey: .attempts)
        try c.encode(points, forKey: .points)
        try c.encode(maxPoints, forKey: .maxPoints)
        try c.encode(chartCorrect, forKey: .chartCorrect)
        try c.encode(seconds, forKey: .seconds)
        try c.encode(pointsRate, forKey: .pointsRate)
        try c.encode(chartCorrectRate, forKey: .chartCorrectRate)
        try c.encode(secondsPerAttempt, forKey: .secondsPerAttempt)
    }

    mutating func add(_ attempt: Attempt) {
        attempts += 1
        points += attempt.earnedPoints
        maxPoints += attempt.weight
        if attempt.effectiveChartCorrect { chartCorrect += 1 }
        seconds += attempt.seconds
    }
}

/// A pack's standing: accuracy over every attempt at it, and when it was last practised.
public struct PackStanding: Codable, Sendable, Hashable {
    public var packId: String
    /// The latest version attempted.
    public var packVersion: String
    /// Over the latest attempt of each item outside exams: `attempts` counts items.
    public var accuracy: Accuracy
    public var lastPractised: Date
    /// The items answered outside exams, by id.
    public var answeredItemIds: [String]
}

/// A tag's standing (`chapter:04`, `skill:sequencing`).
public struct TagStanding: Codable, Sendable, Hashable {
    public var tag: String
    public var accuracy: Accuracy
}

/// One period of the trend: a day or a week (starting on the calendar's first weekday).
public struct TrendPoint: Codable, Sendable, Hashable {
    public var periodStart: Date
    public var accuracy: Accuracy
}

/// The length of the trend's periods.
public enum TrendPeriod: String, Codable, Sendable, CaseIterable {
    case day, week
}

/// Practice days in a row.
public struct Streak: Codable, Sendable, Hashable {
    /// Days in a row up to today, or up to yesterday when today has no practice yet (0 when
    /// the last practice is older).
    public var current: Int
    /// The longest run ever.
    public var longest: Int
    /// The last day with practice (start of day), if any.
    public var lastDay: Date?
}

/// Time spent on one item, over its attempts.
public struct ItemTime: Codable, Sendable, Hashable {
    public var item: ItemKey
    public var attempts: Int
    public var meanSeconds: Double
    public var lastSeconds: Double
}

/// A mock exam's score: one sitting (attempts sharing an exam session id).
public struct ExamScore: Codable, Sendable, Hashable {
    public var sessionId: String
    public var packId: String
    /// The time of the sitting's last answer.
    public var time: Date
    /// Percent of the points (0–100).
    public var percent: Double
    public var items: Int
}

/// How ready a candidate is for a pack's exam: the latest mock scores against its pass mark.
public struct Readiness: Codable, Sendable, Hashable {
    public var packId: String
    /// The pass mark, percent of the points.
    public var passMark: Double
    /// The latest sittings, newest first (at most the number asked for).
    public var latestScores: [ExamScore]
    /// The mean of the latest scores (nil with no sitting).
    public var averagePercent: Double?
    /// Average minus pass mark, in percentage points (nil with no sitting).
    public var margin: Double?

    /// The average of the latest sittings and the newest one both reach the pass mark.
    public var ready: Bool {
        guard let averagePercent, let newest = latestScores.first else { return false }
        return averagePercent >= passMark && newest.percent >= passMark
    }
}

/// Views derived from the attempts (never stored): per pack, per tag, trend, streak, time per
/// item, weakest tags and exam readiness. Days are the given calendar's (its time zone).
public struct ProgressStats: Sendable {
    public let attempts: [Attempt]
    public let calendar: Calendar

    public init(attempts: [Attempt], calendar: Calendar = .current) {
        self.attempts = attempts
        self.calendar = calendar
    }

    /// Accuracy over every attempt.
    public var overall: Accuracy {
        var total = Accuracy()
        for attempt in attempts { total.add(attempt) }
        return total
    }

    /// Case-mix figures over the latest attempt of each inpatient item that was grouped.
    public func caseMix() -> CaseMixFigures? {
        var latest: [ItemKey: Attempt] = [:]
        for attempt in attempts where attempt.drg != nil {
            if let seen = latest[attempt.itemKey], seen.time > attempt.time { continue }
            latest[attempt.itemKey] = attempt
        }
        return CaseMixFigures(latest.keys.sorted().compactMap { latest[$0]?.drg })
    }

    /// One standing per pack, by pack id.
    public func perPack() -> [PackStanding] {
        var lastPractised: [String: (Date, String)] = [:]
        for attempt in attempts {
            if let seen = lastPractised[attempt.packId], seen.0 > attempt.time {} else {
                lastPractised[attempt.packId] = (attempt.time, attempt.packVersion)
            }
        }
        let latest = Dictionary(grouping: latestAttempts(), by: \.packId)
        return lastPractised.keys.sorted().map { packId in
            var accuracy = Accuracy()
            let items = latest[packId] ?? []
            for attempt in items { accuracy.add(attempt) }
            let seen = lastPractised[packId]!
            return PackStanding(
                packId: packId, packVersion: seen.1, accuracy: accuracy, lastPractised: seen.0,
                answeredItemIds: items.map(\.itemId).sorted())
        }
    }

    /// The standing rule, said once: the latest attempt of each item outside exams (a retried
    /// item counts as last answered); mock exams are scored per sitting (`examScores`). The pack
    /// list, `progress` and the class report's trainee scores all count these.
    public func latestAttempts() -> [Attempt] {
        var latest: [ItemKey: Attempt] = [:]
        for attempt in attempts where attempt.mode != .exam {
            if let known = latest[attempt.itemKey], known.time > attempt.time { continue }
            latest[attempt.itemKey] = attempt
        }
        return latest.values.sorted { ($0.packId, $0.itemId) < ($1.packId, $1.itemId) }
    }

    /// Accuracy over `latestAttempts()`: the trainee's standing over every pack.
    public var standing: Accuracy {
        var total = Accuracy()
        for attempt in latestAttempts() { total.add(attempt) }
        return total
    }

    /// One standing per tag, by tag; optionally only the attempts of one pack.
    public func perTag(packId: String? = nil) -> [TagStanding] {
        var byTag: [String: Accuracy] = [:]
        for attempt in attempts where (packId == nil || attempt.packId == packId) && !attempt.skipped {
            for tag in Set(attempt.tags) { byTag[tag, default: Accuracy()].add(attempt) }
        }
        return byTag.map { TagStanding(tag: $0.key, accuracy: $0.value) }.sorted { $0.tag < $1.tag }
    }

    /// The weakest tags: lowest points rate first (ties: lower chart-correct rate, then name),
    /// only tags with at least `minimumAttempts` attempts.
    public func weakestTags(limit: Int = 5, minimumAttempts: Int = 3) -> [TagStanding] {
        Array(
            perTag().filter { $0.accuracy.attempts >= minimumAttempts }.sorted {
                ($0.accuracy.pointsRate, $0.accuracy.chartCorrectRate, $0.tag)
                    < ($1.accuracy.pointsRate, $1.accuracy.chartCorrectRate, $1.tag)
            }.prefix(limit))
    }

    /// Accuracy per day or week, oldest first; periods without practice are left out.
    public func trend(by period: TrendPeriod = .day) -> [TrendPoint] {
        var byStart: [Date: Accuracy] = [:]
        for attempt in attempts {
            let start: Date
            switch period {
            case .day: start = calendar.startOfDay(for: attempt.time)
            case .week: start = calendar.dateInterval(of: .weekOfYear, for: attempt.time)?.start ?? calendar.startOfDay(for: attempt.time)
            }
            byStart[start, default: Accuracy()].add(attempt)
        }
        return byStart.map { TrendPoint(periodStart: $0.key, accuracy: $0.value) }.sorted { $0.periodStart < $1.periodStart }
    }

    /// Practice days in a row, as of `now`.
    public func streak(now: Date) -> Streak {
        let days = Set(attempts.map { calendar.startOfDay(for: $0.time) }).sorted()
        guard let last = days.last else { return Streak(current: 0, longest: 0, lastDay: nil) }
        var longest = 1
        var run = 1
        for (previous, day) in zip(days, days.dropFirst()) {
            run = isNextDay(previous, day) ? run + 1 : 1
            longest = max(longest, run)
        }
        let today = calendar.startOfDay(for: now)
        let current: Int
        if last == today || isNextDay(last, today) {
            current = run
        } else {
            current = 0
        }
        return Streak(current: current, longest: longest, lastDay: last)
    }

    private func isNextDay(_ day: Date, _ next: Date) -> Bool {
        guard let following = calendar.date(byAdding: .day, value: 1, to: day) else { return false }
        return calendar.isDate(following, inSameDayAs: next)
    }

    /// Seconds per item, slowest (mean) first.
    public func timePerItem() -> [ItemTime] {
        var byItem: [ItemKey: ItemTime] = [:]
        for attempt in attempts {
            var entry = byItem[attempt.itemKey] ?? ItemTime(item: attempt.itemKey, attempts: 0, meanSeconds: 0, lastSeconds: 0)
            entry.meanSeconds = (entry.meanSeconds * Double(entry.attempts) + attempt.seconds) / Double(entry.attempts + 1)
            entry.attempts += 1
            entry.lastSeconds = attempt.seconds
            byItem[attempt.itemKey] = entry
        }
        return byItem.values.sorted { ($1.meanSeconds, $0.item) < ($0.meanSeconds, $1.item) }
    }

    /// Mock exam sittings of a pack (exam-mode attempts grouped by session), newest first.
    public func examScores(packId: String) -> [ExamScore] {
        examScoresByPack(only: packId)[packId] ?? []
    }

    /// Every pack's sittings in one pass over the attempts (the start screen asks for each
    /// pack), newest first; with `only`, one pack's.
    public func examScoresByPack(only packId: String? = nil) -> [String: [ExamScore]] {
        struct Key: Hashable { var pack: String, session: String }
        var bySession: [Key: (points: Double, max: Double, time: Date, items: Int)] = [:]
        for attempt in attempts where attempt.mode == .exam && (packId == nil || attempt.packId == packId) {
            let key = Key(pack: attempt.packId, session: attempt.examSessionId ?? "single-\(attempt.id)")
            var entry = bySession[key] ?? (0, 0, attempt.time, 0)
            entry.points += attempt.earnedPoints
            entry.max += attempt.weight
            entry.time = max(entry.time, attempt.time)
            entry.items += 1
            bySession[key] = entry
        }
        var result: [String: [ExamScore]] = [:]
        for (key, value) in bySession {
            result[key.pack, default: []].append(ExamScore(
                sessionId: key.session, packId: key.pack, time: value.time,
                percent: value.max > 0 ? value.points / value.max * 100 : 0, items: value.items))
        }
        return result.mapValues { $0.sorted { ($1.time, $1.sessionId) < ($0.time, $0.sessionId) } }
    }

    /// Readiness for a pack's exam: the latest `latest` sittings against `passMark` (percent).
    public func readiness(packId: String, passMark: Double, latest: Int = 3) -> Readiness {
        let scores = Array(examScores(packId: packId).prefix(latest))
        let average = scores.isEmpty ? nil : scores.map(\.percent).reduce(0, +) / Double(scores.count)
        return Readiness(
            packId: packId, passMark: passMark, latestScores: scores, averagePercent: average,
            margin: average.map { $0 - passMark })
    }
}
