/// The class at a glance.
public struct ClassSummary: Codable, Sendable, Hashable {
    public var trainees: Int
    public var attempts: Int
    /// Items analysed.
    public var items: Int
    /// The mean of the trainees' scores (points earned ÷ possible, manual credit counted), 0–1;
    /// trainees without attempts left out.
    public var meanScore: Double
    /// The same as scored, before manual credit.
    public var meanScoreAsScored: Double
    /// The mean of the trainees' chart-correct rates, 0–1 (credit counted).
    public var meanChartCorrectRate: Double
    /// Trainees per score band: ten bands of 10 points (0–9 %, …, 90–100 %).
    public var scoreHistogram: [Int]
    /// Manual-credit overrides in the class.
    public var credits: Int
    /// Files left out because they could not be read.
    public var damagedFiles: Int
    /// Per exam pack with a pass mark: how many trainees sat a mock exam and how many are ready.
    public var readiness: [PackReadiness]

    public init(
        trainees: Int, attempts: Int, items: Int, meanScore: Double, meanScoreAsScored: Double,
        meanChartCorrectRate: Double, scoreHistogram: [Int], credits: Int, damagedFiles: Int, readiness: [PackReadiness]
    ) {
        self.trainees = trainees
        self.attempts = attempts
        self.items = items
        self.meanScore = meanScore
        self.meanScoreAsScored = meanScoreAsScored
        self.meanChartCorrectRate = meanChartCorrectRate
        self.scoreHistogram = scoreHistogram
        self.credits = credits
        self.damagedFiles = damagedFiles
        self.readiness = readiness
    }
}

/// How the class stands against one exam pack's pass mark.
public struct PackReadiness: Codable, Sendable, Hashable {
    public var packId: String
    public var passMark: Double
    /// Trainees with at least one mock exam sitting.
    public var sat: Int
    /// Trainees ready (the mean of their latest sittings and the newest both reach the mark).
    public var ready: Int

    public init(packId: String, passMark: Double, sat: Int, ready: Int) {
        self.packId = packId
        self.passMark = passMark
        self.sat = sat
        self.ready = ready
    }
}
