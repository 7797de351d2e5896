import Foundation

/// The answer's grade as FSRS reads it.
public enum ReviewRating: Int, Codable, Sendable, CaseIterable {
    /// A miss: under half the points.
    case again = 1
    /// Partly right: half the points or more, not chart-correct.
    case hard = 2
    /// Chart-correct.
    case good = 3
    /// Not given automatically (kept for completeness of the FSRS model).
    case easy = 4

    /// The grade of one attempt (manual credit counts).
    public init(_ attempt: Attempt) {
        if attempt.effectiveChartCorrect {
            self = .good
        } else if attempt.maxPoints > 0, attempt.effectivePoints / attempt.maxPoints >= 0.5 {
            self = .hard
        } else {
            self = .again
        }
    }
}

/// An item in the review schedule: its FSRS memory state and when it is due.
public struct ReviewCard: Codable, Sendable, Hashable {
    public var item: ItemKey
    /// The latest pack version attempted.
    public var packVersion: String
    /// The latest tags.
    public var tags: [String]
    /// When it should be reviewed next.
    public var due: Date
    /// FSRS stability: days until recall probability falls to 90%.
    public var stability: Double
    /// FSRS difficulty, 1 (easy) to 10 (hard).
    public var difficulty: Double
    /// Reviews since the card was made (the first miss makes it).
    public var reviews: Int
    /// Misses since the card was made.
    public var lapses: Int
    /// The last attempt.
    public var lastReview: Date
    public var lastRating: ReviewRating
    /// The attempt id of the last answer (to show what was typed).
    public var lastAttemptId: String

    /// Whether it is due at `now`.
    public func isDue(_ now: Date) -> Bool { due <= now }

    /// The interval the last answer set, in days.
    public var intervalDays: Double { due.timeIntervalSince(lastReview) / 86_400 }
}

/// Spaced repetition by FSRS-4.5 (Free Spaced Repetition Scheduler, the scheduler Anki
/// adopted in 23.10), with its published default parameters.
///
/// An item enters the schedule the first time it is missed (not chart-correct); every later
/// attempt of it, in any mode, is a review graded `again`/`hard`/`good` (`ReviewRating`).
/// The interval is the time until predicted recall falls to `desiredRetention`; a miss
/// brings the item back within `againInterval`. Pure: the clock is always passed in.
public struct ReviewScheduler: Sendable {
    /// FSRS-4.5's default weights w0…w16 (from the published optimizer defaults).
    public static let fsrs45Defaults: [Double] = [
        0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461, 2.1072, 0.0793,
        0.3246, 1.587, 0.2272, 2.8755,
    ]
    private static let decay = -0.5
    private static let factor = 19.0 / 81.0

    public var weights: [Double]
    /// Recall probability the schedule aims for (0.9 is FSRS's default).
    public var desiredRetention: Double
    /// The longest wait after a miss, in seconds (a missed item comes back soon).
    public var againInterval: Double
    /// The longest interval, in days.
    public var maximumIntervalDays: Double

    public init(
        weights: [Double] = ReviewScheduler.fsrs45Defaults, desiredRetention: Double = 0.9,
        againInterval: Double = 600, maximumIntervalDays: Double = 365
    ) {
        precondition(weights.count == 17, "FSRS-4.5 takes 17 weights")
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.againInterval = againInterval
        self.maximumIntervalDays = maximumIntervalDays
    }

    /// Every card, in due order (earliest first).
    public func cards(attempts: [Attempt]) -> [ReviewCard] {
        var cards: [ItemKey: ReviewCard] = [:]
        let ordered = attempts.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
        for (_, attempt) in ordered {
            let rating = ReviewRating(attempt)
            if let card = cards[attempt.itemKey] {
                cards[attempt.itemKey] = review(card, rating: rating, attempt: attempt)
            } else if rating != .good {
                cards[attempt.itemKey] = firstCard(rating: rating, attempt: attempt)
            }
        }
        return cards.values.sorted { ($0.due, $0.item) < ($1.due, $1.item) }
    }

    /// The cards due at `now`, most overdue first.
    public func reviewQueue(attempts: [Attempt], now: Date) -> [ReviewCard] {
        cards(attempts: attempts).filter { $0.isDue(now) }
    }

    // MARK: - FSRS-4.5

    /// Predicted recall after `days` with stability `stability`.
    public func retrievability(days: Double, stability: Double) -> Double {
        pow(1 + Self.factor * max(0, days) / stability, Self.decay)
    }

    /// Days until recall falls to `desiredRetention`.
    public func intervalDays(stability: Double) -> Double {
        let days = stability / Self.factor * (pow(desiredRetention, 1 / Self.decay) - 1)
        return min(max(days, 0), maximumIntervalDays)
    }

    func initialStability(_ rating: ReviewRating) -> Double { max(weights[rating.rawValue - 1], 0.1) }

    func initialDifficulty(_ rating: ReviewRating) -> Double {
        clampDifficulty(weights[4] - Double(rating.rawValue - 3) * weights[5])
    }

    func nextDifficulty(_ difficulty: Double, _ rating: ReviewRating) -> Double {
        let moved = difficulty - weights[6] * Double(rating.rawValue - 3)
        return clampDifficulty(weights[7] * initialDifficulty(.good) + (1 - weights[7]) * moved)
    }

    func recallStability(_ d: Double, _ s: Double, _ r: Double, _ rating: ReviewRating) -> Double {
        let hardPenalty = rating == .hard ? weights[15] : 1
        let easyBonus = rating == .easy ? weights[16] : 1
        return s * (1 + exp(weights[8]) * (11 - d) * pow(s, -weights[9]) * (exp((1 - r) * weights[10]) - 1) * hardPenalty * easyBonus)
    }

    func forgetStability(_ d: Double, _ s: Double, _ r: Double) -> Double {
        let next = weights[11] * pow(d, -weights[12]) * (pow(s + 1, weights[13]) - 1) * exp((1 - r) * weights[14])
        return min(max(next, 0.1), s)
    }

    private func clampDifficulty(_ d: Double) -> Double { min(max(d, 1), 10) }

    private func firstCard(rating: ReviewRating, attempt: Attempt) -> ReviewCard {
        let stability = initialStability(rating)
        return ReviewCard(
            item: attempt.itemKey, packVersion: attempt.packVersion, tags: attempt.tags,
            due: dueDate(from: attempt.time, stability: stability, rating: rating), stability: stability,
            difficulty: initialDifficulty(rating), reviews: 0, lapses: rating == .again ? 1 : 0,
            lastReview: attempt.time, lastRating: rating, lastAttemptId: attempt.id)
    }

    private func review(_ card: ReviewCard, rating: ReviewRating, attempt: Attempt) -> ReviewCard {
        var next = card
        let elapsed = max(0, attempt.time.timeIntervalSince(card.lastReview) / 86_400)
        let r = retrievability(days: elapsed, stability: card.stability)
        next.stability = rating == .again
            ? forgetStability(card.difficulty, card.stability, r)
            : recallStability(card.difficulty, card.stability, r, rating)
        next.difficulty = nextDifficulty(card.difficulty, rating)
        next.reviews += 1
        if rating == .again { next.lapses += 1 }
        next.lastReview = attempt.time
        next.lastRating = rating
        next.lastAttemptId = attempt.id
        next.packVersion = attempt.packVersion
        next.tags = attempt.tags
        next.due = dueDate(from: attempt.time, stability: next.stability, rating: rating)
        return next
    }

    private func dueDate(from time: Date, stability: Double, rating: ReviewRating) -> Date {
        if rating == .again { return time.addingTimeInterval(againInterval) }
        let days = max(intervalDays(stability: stability), 1)
        return time.addingTimeInterval(days.rounded() * 86_400)
    }
}
