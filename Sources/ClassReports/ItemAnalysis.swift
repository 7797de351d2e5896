import CodingScore
import ProgressStore

/// The analysis of one item over the class, from each trainee's first attempt at it.
///
/// - difficulty *p*: the share of trainees whose first attempt was entirely right (manual
///   credit giving full points counts; `difficultyAsScored` before credit);
/// - discrimination: the point-biserial correlation between that 0/1 result and the
///   trainee's rest score (points ÷ possible on the pack's other items, first attempts);
/// - for multiple choice, how often each option was chosen; for coding, the most common
///   wrong answers and finding kinds.
public struct ItemAnalysis: Codable, Sendable, Hashable {
    /// How the item is answered.
    public enum Kind: String, Codable, Sendable, Hashable {
        case coding
        case multipleChoice = "multiple-choice"
    }

    /// A warning about the item's statistics.
    public enum Flag: String, Codable, Sendable, Hashable, CaseIterable {
        /// p > 0.9: almost everyone gets it right; it tells little apart.
        case tooEasy = "too-easy"
        /// p < 0.2: almost no one gets it right; check the key and the teaching.
        case tooHard = "too-hard"
        /// Discrimination below zero: stronger trainees miss it more often; the key may be wrong.
        case negativeDiscrimination = "negative-discrimination"
        /// Fewer than `ItemAnalysis.minimumRespondents` trainees: the figures are unreliable.
        case fewResponses = "few-responses"

        /// A short phrase for the reports.
        public var phrase: String {
            switch self {
            case .tooEasy: return "too easy"
            case .tooHard: return "too hard"
            case .negativeDiscrimination: return "negative discrimination: check the key"
            case .fewResponses: return "few responses"
            }
        }
    }

    /// How often one option of a multiple-choice item was chosen (first attempts).
    public struct OptionCount: Codable, Sendable, Hashable {
        /// The option's letter, or `(other)` for answers that are none of the options.
        public var option: String
        public var chosen: Int
        /// Whether it is the key.
        public var isKey: Bool

        public init(option: String, chosen: Int, isKey: Bool) {
            self.option = option
            self.chosen = chosen
            self.isKey = isKey
        }
    }

    /// One wrong answer and how many trainees gave it on their first attempt.
    public struct WrongAnswer: Codable, Sendable, Hashable {
        public var kind: FindingKind
        public var entered: String?
        public var key: String?
        /// The wrong answer in words: "S52.521A instead of S52.522A", "Z79.4 left out".
        public var text: String
        public var trainees: Int

        public init(kind: FindingKind, entered: String?, key: String?, text: String, trainees: Int) {
            self.kind = kind
            self.entered = entered
            self.key = key
            self.text = text
            self.trainees = trainees
        }

        /// The phrase for a non-correct finding, or nil for `correct`.
        public static func phrase(for finding: AttemptFinding) -> String? {
            let entered = finding.entered ?? "?"
            switch finding.kind {
            case .correct:
                return nil
            case .specificity, .level, .modifier, .units:
                return finding.key.map { "\(entered) instead of \($0)" } ?? "\(entered) (\(finding.kind.rawValue))"
            case .axis:
                let axes = finding.details.isEmpty ? "" : " (" + finding.details.joined(separator: ", ").lowercased() + ")"
                return finding.key.map { "\(entered) instead of \($0)\(axes)" } ?? "\(entered) (axis)"
            case .invalid:
                return finding.key.map { "\(entered) (not a valid code) instead of \($0)" } ?? "\(entered) (not a valid code)"
            case .extra:
                if finding.details.contains("query") { return "\(entered) where no query is needed" }
                return "\(entered) added (not in the key)"
            case .missing:
                if finding.key == nil, finding.details.contains("query") { return "provider query not asked" }
                return "\(finding.key ?? "?") left out"
            case .sequencing:
                return "\(finding.key ?? entered) not listed first"
            case .excludes1:
                return "\(entered) with \(finding.other ?? "?") (Excludes1)"
            case .query:
                return "query for another reason"
            case .unsupported:
                return "\(entered) assigned before a provider query"
            case .poa:
                return "\(entered) with a wrong POA indicator"
            }
        }
    }

    /// Below this many respondents an item is flagged `fewResponses`.
    public static let minimumRespondents = 5

    public var packId: String
    public var itemId: String
    public var kind: Kind
    /// The right option of a multiple-choice item (from the pack, else inferred from answers scored right).
    public var key: String?
    public var tags: [String]
    /// Trainees with at least one attempt (each counted once, by the first).
    public var respondents: Int
    /// Every attempt at the item, not only the first.
    public var attempts: Int
    /// First attempts entirely right, credit counted.
    public var right: Int
    /// Share of first attempts entirely right, credit counted (nil with no respondent).
    public var difficulty: Double?
    /// The same before manual credit.
    public var difficultyAsScored: Double?
    /// Point-biserial correlation of the first attempt's 0/1 result with the rest score (nil
    /// when fewer than two trainees have a rest score or either side does not vary).
    public var discrimination: Double?
    /// Mean points ÷ possible of the first attempts, credit counted.
    public var meanScore: Double?
    /// First attempts whose result manual credit changed.
    public var credited: Int
    public var flags: [Flag]
    /// Multiple choice: each option and how often it was chosen, in option order.
    public var options: [OptionCount]
    /// Coding: the most common wrong answers on first attempts, most trainees first.
    public var wrongAnswers: [WrongAnswer]
    /// The non-correct finding kinds of first attempts, most trainees first.
    public var findingKinds: [FindingKindCount]

    public init(
        packId: String, itemId: String, kind: Kind, key: String?, tags: [String], respondents: Int, attempts: Int,
        right: Int, difficulty: Double?, difficultyAsScored: Double?, discrimination: Double?, meanScore: Double?,
        credited: Int, flags: [Flag], options: [OptionCount], wrongAnswers: [WrongAnswer], findingKinds: [FindingKindCount]
    ) {
        self.packId = packId
        self.itemId = itemId
        self.kind = kind
        self.key = key
        self.tags = tags
        self.respondents = respondents
        self.attempts = attempts
        self.right = right
        self.difficulty = difficulty
        self.difficultyAsScored = difficultyAsScored
        self.discrimination = discrimination
        self.meanScore = meanScore
        self.credited = credited
        self.flags = flags
        self.options = options
        self.wrongAnswers = wrongAnswers
        self.findingKinds = findingKinds
    }

    /// The flags that follow from the figures.
    public static func flags(difficulty: Double?, discrimination: Double?, respondents: Int) -> [Flag] {
        var flags: [Flag] = []
        if let p = difficulty {
            if p > 0.9 { flags.append(.tooEasy) }
            if p < 0.2 { flags.append(.tooHard) }
        }
        if let r = discrimination, r < 0 { flags.append(.negativeDiscrimination) }
        if respondents < minimumRespondents { flags.append(.fewResponses) }
        return flags
    }
}
