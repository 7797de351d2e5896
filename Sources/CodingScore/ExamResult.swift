import Foundation

/// The shape of a certification exam, from its blueprint: how many questions, the pass
/// mark, and the sections with their question counts. A mock exam that follows it is
/// scored section by section, and its result predicts the real exam's.
public struct ExamShape: Sendable, Hashable, Codable {
    public struct Section: Sendable, Hashable, Codable {
        /// The tag that puts a question in this section (`domain:radiology`).
        public var tag: String
        public var title: String
        /// How many questions of the real exam come from this section.
        public var questions: Int
        /// The tag of the drill items that train this section, when it is not `tag` itself.
        public var drillTag: String?
        /// The tag whose drill items train the section: `drillTag`, else `tag`.
        public var trainingTag: String { drillTag ?? tag }

        public init(tag: String, title: String, questions: Int, drillTag: String? = nil) {
            self.tag = tag
            self.title = title
            self.questions = questions
            self.drillTag = drillTag
        }
    }

    /// The exam's short name (`CPC`, `CCS`).
    public var name: String
    /// Questions on the real exam.
    public var questions: Int
    /// The real exam's pass mark, percent.
    public var passMark: Double
    public var sections: [Section]

    public init(name: String, questions: Int, passMark: Double, sections: [Section]) {
        self.name = name
        self.questions = questions
        self.passMark = passMark
        self.sections = sections
    }

    /// The section a question with `tags` belongs to: the first whose tag it carries.
    public func section(forTags tags: [String]) -> Section? {
        sections.first { tags.contains($0.tag) }
    }
}

/// An exam's settings where its pack gives none (a drill pack sat as an exam): the real
/// CPC's pace and pass mark.
public enum ExamDefaults {
    /// The CPC: 100 questions in 4 hours.
    public static let secondsPerQuestion = 144.0
    public static let passMark = 70.0

    /// The time a sitting of `questions` questions is allowed, in seconds.
    public static func timeLimit(questions: Int) -> Double { Double(questions) * secondsPerQuestion }
}

/// The one owner of an exam's result: score, pass or fail, per-section figures, the
/// sections to work on and the readiness estimate. The REPL, `progress` and reports display it.
public struct ExamResult: Sendable {
    /// One question as scored: its tags and the weighted points it earned of its weight.
    public struct Question: Sendable {
        public var id: String
        public var tags: [String]
        public var earned: Double
        public var possible: Double

        public init(id: String, tags: [String], earned: Double, possible: Double) {
            self.id = id
            self.tags = tags
            self.earned = earned
            self.possible = possible
        }

        /// The weighted points of `score` for an item worth `weight` (`ScoreFigures.weightedPoints`).
        public init(id: String, tags: [String], score: ItemScore, weight: Double) {
            self.init(id: id, tags: tags, earned: ScoreFigures.weightedPoints(score, weight: weight), possible: weight)
        }
    }

    public struct Section: Sendable {
        /// The section's tag (`domain:radiology`), or `(untagged)`.
        public var tag: String
        public var title: String
        /// Questions of this sitting in the section.
        public var questions: Int
        public var earned: Double
        public var possible: Double
        /// The section's questions on the real exam, when the exam has a blueprint.
        public var blueprintQuestions: Int?
        /// The section's share of the real exam's questions, 0 to 1, when it has a blueprint.
        public var examShare: Double?
        /// The tag of the drill items that train the section.
        public var drillTag: String

        /// Points earned ÷ points possible, 0 to 1.
        public var share: Double { possible > 0 ? earned / possible : 0 }
        /// Points lost here, as a share of the whole exam's points: what working on it could win back.
        func lost(of total: Double) -> Double { total > 0 ? (possible - earned) / total : 0 }
    }

    public let earned: Double
    public let possible: Double
    /// The sitting's pass mark, percent.
    public let passMark: Double
    public let sections: [Section]
    /// The chance of passing the real exam, from this sitting; nil without questions.
    public let readiness: PassReadiness?

    /// Points earned ÷ possible, 0 to 1.
    public var share: Double { possible > 0 ? earned / possible : 0 }
    public var percent: Double { share * 100 }
    public var passed: Bool { Self.passes(percent: percent, passMark: passMark) }

    /// The one pass rule, for the result screen and the pack list's "last mock": at or above the mark.
    public static func passes(percent: Double, passMark: Double) -> Bool { percent >= passMark - 1e-9 }

    /// Scores a sitting. With a `shape`, sections follow the blueprint (in its order, each with
    /// its share of the real exam) and the readiness estimate is for the real exam's length and
    /// pass mark; without one, sections are the questions' `domain:` tags and the estimate is
    /// for an exam like this sitting.
    public init(questions: [Question], passMark: Double, shape: ExamShape? = nil) {
        earned = questions.reduce(0) { $0 + $1.earned }
        possible = questions.reduce(0) { $0 + $1.possible }
        self.passMark = passMark
        var sections: [Section] = []
        var index: [String: Int] = [:]
        for section in shape?.sections ?? [] {
            index[section.tag] = sections.count
            let examShare = shape.map { $0.questions > 0 ? Double(section.questions) / Double($0.questions) : 0 }
            sections.append(Section(tag: section.tag, title: section.title, questions: 0, earned: 0, possible: 0,
                                    blueprintQuestions: section.questions, examShare: examShare, drillTag: section.trainingTag))
        }
        for question in questions {
            let tag = shape?.section(forTags: question.tags)?.tag
                ?? question.tags.first { $0.hasPrefix("domain:") } ?? "(untagged)"
            if index[tag] == nil {
                index[tag] = sections.count
                sections.append(Section(tag: tag, title: String(tag.dropFirst(tag.hasPrefix("domain:") ? 7 : 0)),
                                        questions: 0, earned: 0, possible: 0, blueprintQuestions: nil, examShare: nil,
                                        drillTag: tag))
            }
            sections[index[tag]!].questions += 1
            sections[index[tag]!].earned += question.earned
            sections[index[tag]!].possible += question.possible
        }
        self.sections = sections
        if questions.isEmpty {
            readiness = nil
        } else {
            let share = possible > 0 ? earned / possible : 0
            readiness = PassReadiness(
                correct: share * Double(questions.count), of: questions.count,
                examQuestions: shape?.questions ?? questions.count, passMark: shape?.passMark ?? passMark)
        }
    }

    /// The sections to work on first: those that lost the most of the exam's points, then the
    /// lowest share; only sections with something lost.
    public func sectionsToWorkOn(_ count: Int = 3) -> [Section] {
        sections.filter { $0.questions > 0 && $0.earned < $0.possible }
            .sorted { a, b in
                let (lostA, lostB) = (a.lost(of: possible), b.lost(of: possible))
                if abs(lostA - lostB) > 1e-9 { return lostA > lostB }
                if abs(a.share - b.share) > 1e-9 { return a.share < b.share }
                return a.tag < b.tag
            }
            .prefix(count).map { $0 }
    }
}

/// How likely a candidate is to pass the real exam, given one sitting's accuracy, and how
/// sure that is.
///
/// The candidate's true accuracy is unknown; after `correct` of `answered` right, with no
/// other knowledge (a uniform prior), it follows Beta(correct + 1, answered − correct + 1).
/// The real exam of `examQuestions` questions is passed with `needed` or more right. The
/// estimate is the chance of that averaged over the accuracy (a beta-binomial tail); the range
/// is the chance at the two ends of the accuracy's 90% interval.
public struct PassReadiness: Sendable, Hashable {
    public let correct: Double
    public let answered: Int
    public let examQuestions: Int
    /// Right answers needed on the real exam.
    public let needed: Int
    /// The chance of passing, 0 to 1.
    public let probability: Double
    /// The chance of passing at the low and high ends of the accuracy's 90% interval.
    public let low: Double
    public let high: Double
    /// The 90% interval of the candidate's accuracy, 0 to 1.
    public let accuracyLow: Double
    public let accuracyHigh: Double

    public init(correct: Double, of answered: Int, examQuestions: Int, passMark: Double) {
        self.correct = correct
        self.answered = answered
        self.examQuestions = examQuestions
        needed = Int((passMark / 100 * Double(examQuestions) - 1e-9).rounded(.up))
        let a = correct + 1, b = Double(answered) - correct + 1
        accuracyLow = Self.betaQuantile(0.05, a, b)
        accuracyHigh = Self.betaQuantile(0.95, a, b)
        probability = Self.betaBinomialTail(atLeast: needed, of: examQuestions, a, b)
        low = Self.binomialTail(atLeast: needed, of: examQuestions, accuracyLow)
        high = Self.binomialTail(atLeast: needed, of: examQuestions, accuracyHigh)
    }

    /// "From 74 of 100 right, your accuracy is likely between 66% and 81%; at that level a
    /// 100-question exam needing 70 right is passed with probability 0.62 (0.41–0.80)."
    public var sentence: String {
        let right = correct == correct.rounded() ? String(Int(correct)) : String(format: "%.1f", correct)
        return "From \(right) of \(answered) right, your accuracy is likely between \(Self.percent(accuracyLow)) and "
            + "\(Self.percent(accuracyHigh)) (90% interval); at that level a \(examQuestions)-question exam needing "
            + "\(needed) right is passed with probability \(Self.odds(probability)) (\(Self.odds(low))–\(Self.odds(high)))."
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
    static func odds(_ value: Double) -> String { String(format: "%.2f", value) }

    // MARK: - Distributions

    static func logBeta(_ a: Double, _ b: Double) -> Double { lgamma(a) + lgamma(b) - lgamma(a + b) }

    static func logChoose(_ n: Int, _ k: Int) -> Double {
        lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
    }

    /// P(X ≥ k) for X ~ Binomial(n, p).
    static func binomialTail(atLeast k: Int, of n: Int, _ p: Double) -> Double {
        if k <= 0 { return 1 }
        if k > n { return 0 }
        if p <= 0 { return 0 }
        if p >= 1 { return 1 }
        var sum = 0.0
        for x in k...n {
            sum += exp(logChoose(n, x) + Double(x) * log(p) + Double(n - x) * log(1 - p))
        }
        return min(1, sum)
    }

    /// P(X ≥ k) for X ~ BetaBinomial(n, a, b).
    static func betaBinomialTail(atLeast k: Int, of n: Int, _ a: Double, _ b: Double) -> Double {
        if k <= 0 { return 1 }
        if k > n { return 0 }
        var sum = 0.0
        for x in k...n {
            sum += exp(logChoose(n, x) + logBeta(Double(x) + a, Double(n - x) + b) - logBeta(a, b))
        }
        return min(1, sum)
    }

    /// The `q` quantile of Beta(a, b), by bisection on its distribution function (the
    /// regularised incomplete beta, integrated numerically: a and b are at most a few hundred).
    static func betaQuantile(_ q: Double, _ a: Double, _ b: Double) -> Double {
        var (lo, hi) = (0.0, 1.0)
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            if betaCDF(mid, a, b) < q { lo = mid } else { hi = mid }
        }
        return (lo + hi) / 2
    }

    /// P(X ≤ x) for X ~ Beta(a, b), by Simpson's rule on the density.
    static func betaCDF(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let steps = 2_000
        let h = x / Double(steps)
        let logNorm = logBeta(a, b)
        func density(_ t: Double) -> Double {
            if t <= 0 { return a < 1 ? 0 : (a == 1 ? exp(-logNorm) : 0) }
            if t >= 1 { return b == 1 ? exp(-logNorm) : 0 }
            return exp((a - 1) * log(t) + (b - 1) * log(1 - t) - logNorm)
        }
        var sum = density(0) + density(x)
        for i in 1..<steps {
            sum += density(Double(i) * h) * (i % 2 == 1 ? 4 : 2)
        }
        return min(1, sum * h / 3)
    }
}
