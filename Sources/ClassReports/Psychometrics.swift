/// The item statistics of classical test theory, as pure functions.
public enum Psychometrics {
    /// The point-biserial correlation between a right/wrong result and a score: the Pearson
    /// correlation with the result as 1/0, equal to (M₁ − M₀) ÷ sₙ × √(p q), where M₁ and M₀
    /// are the mean scores of those right and wrong, sₙ the scores' standard deviation (divided
    /// by n) and p, q the shares right and wrong.
    /// - Returns: nil when the lists differ in length, hold fewer than two pairs, or either
    ///   side does not vary (everyone right, or every score equal).
    public static func pointBiserial(right: [Bool], scores: [Double]) -> Double? {
        guard right.count == scores.count, right.count >= 2 else { return nil }
        let n = Double(scores.count)
        let mean = scores.reduce(0, +) / n
        var variance = 0.0
        var sumRight = 0.0
        var countRight = 0.0
        for (isRight, score) in zip(right, scores) {
            variance += (score - mean) * (score - mean)
            if isRight {
                sumRight += score
                countRight += 1
            }
        }
        variance /= n
        guard variance > 1e-12, countRight > 0, countRight < n else { return nil }
        let meanRight = sumRight / countRight
        let meanWrong = (scores.reduce(0, +) - sumRight) / (n - countRight)
        let p = countRight / n
        return (meanRight - meanWrong) / variance.squareRoot() * (p * (1 - p)).squareRoot()
    }
}
