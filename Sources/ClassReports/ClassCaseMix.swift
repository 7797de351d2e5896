import CodingScore
import ProgressStore

/// What the class's inpatient coding is worth against the keys: over each trainee's first
/// attempt of each grouped item (as item difficulty is), per trainee and per item, with the
/// items where the class loses the most weight first.
public struct ClassCaseMix: Codable, Sendable, Hashable {
    public struct TraineeFigures: Codable, Sendable, Hashable {
        public var trainee: String
        public var figures: CaseMixFigures
    }
    public struct ItemFigures: Codable, Sendable, Hashable {
        public var packId: String
        public var itemId: String
        public var figures: CaseMixFigures
    }

    public var overall: CaseMixFigures
    public var trainees: [TraineeFigures]
    /// Most weight lost (under-coded) first, then most over-coded.
    public var items: [ItemFigures]

    /// - Parameter firsts: each trainee's name and first attempt per item.
    init?(firsts: [(trainee: String, attempts: [Attempt])]) {
        var all: [DRGOutcome] = []
        var byItem: [ItemKey: [DRGOutcome]] = [:]
        var perTrainee: [TraineeFigures] = []
        for (trainee, attempts) in firsts {
            let grouped = attempts.filter { $0.drg != nil }.sorted { $0.itemKey < $1.itemKey }
            let outcomes = grouped.compactMap(\.drg)
            for attempt in grouped { byItem[attempt.itemKey, default: []].append(attempt.drg!) }
            all += outcomes
            if let figures = CaseMixFigures(outcomes) { perTrainee.append(TraineeFigures(trainee: trainee, figures: figures)) }
        }
        guard let overall = CaseMixFigures(all) else { return nil }
        self.overall = overall
        trainees = perTrainee.sorted { $0.trainee < $1.trainee }
        items = byItem.compactMap { key, outcomes in
            CaseMixFigures(outcomes).map { ItemFigures(packId: key.packId, itemId: key.itemId, figures: $0) }
        }.sorted {
            ($0.figures.underCodedWeight, $0.figures.overCodedWeight, $1.packId, $1.itemId)
                > ($1.figures.underCodedWeight, $1.figures.overCodedWeight, $0.packId, $0.itemId)
        }
    }
}
