import CodingScore
import Foundation
import SafeText
import ProgressStore

/// Computes a `ClassReport` in one pass over each trainee's attempts, then one pass per item
/// over the trainees' first attempts. Internal: `ClassReport.init(trainees:...)` is the API.
struct ClassReportBuilder {
    let trainees: [TraineeProgress]
    let packs: [String: ReportPack]
    let packId: String?

    init(trainees: [TraineeProgress], packs: [ReportPack], packId: String?) {
        self.trainees = trainees
        var byId: [String: ReportPack] = [:]
        for pack in packs where byId[pack.id] == nil { byId[pack.id] = pack }
        self.packs = byId
        self.packId = packId
    }

    /// Points and possible points, with counts.
    struct Tally {
        var attempts = 0
        var points = 0.0
        var pointsAsScored = 0.0
        var maxPoints = 0.0
        var chartCorrect = 0

        mutating func add(_ attempt: Attempt) {
            attempts += 1
            points += attempt.earnedPoints
            pointsAsScored += attempt.earnedPointsAsScored
            maxPoints += attempt.weight
            if attempt.effectiveChartCorrect { chartCorrect += 1 }
        }

        var rate: Double { maxPoints > 0 ? points / maxPoints : 0 }
        var rateAsScored: Double { maxPoints > 0 ? pointsAsScored / maxPoints : 0 }
        var chartCorrectRate: Double { attempts > 0 ? Double(chartCorrect) / Double(attempts) : 0 }
    }

    /// What is kept of one trainee for the item pass.
    struct TraineeFirsts {
        /// The first attempt at each item (earliest time; the first recorded on a tie).
        var first: [ItemKey: Attempt] = [:]
        /// Per pack: points and possible points over the first attempts.
        var packTotals: [String: (points: Double, max: Double)] = [:]
    }

    func tags(of attempt: Attempt) -> [String] {
        if !attempt.tags.isEmpty { return attempt.tags }
        return packs[attempt.packId]?.items.first { $0.id == attempt.itemId }?.tags ?? []
    }

    func build(damaged: [DamagedFileReport], folder: String, now: Date) -> ClassReport {
        var roster: [RosterEntry] = []
        var firsts: [TraineeFirsts] = []
        var firstAttempts: [(trainee: String, attempts: [Attempt])] = []
        var itemAttempts: [ItemKey: Int] = [:]
        var packAttempts: [String: Int] = [:]
        var packTrainees: [String: Int] = [:]
        var packLatestVersion: [String: (Date, String)] = [:]
        var kindFindings: [FindingKind: Int] = [:]
        var kindAttempts: [FindingKind: Int] = [:]
        var tagTally: [String: Tally] = [:]
        var tagTrainees: [String: Int] = [:]
        var tagMastered: [String: Int] = [:]
        var credits: [CreditRecord] = []
        var totalAttempts = 0

        // Packs whose readiness is shown: a known pass mark, within the filter.
        let examPacks = packs.values.filter { $0.passMark != nil && (packId == nil || $0.id == packId) }
            .sorted { $0.id < $1.id }

        for trainee in trainees {
            let all = trainee.document.attempts
            let attempts = packId.map { id in all.filter { $0.packId == id } } ?? all
            var tally = Tally()
            var credited = 0
            var last: Date?
            var firstOf = TraineeFirsts()
            var ownTags: [String: Tally] = [:]
            var ownPacks = Set<String>()
            for attempt in attempts {
                tally.add(attempt)
                totalAttempts += 1
                if !attempt.overrides.isEmpty {
                    credited += 1
                    for (index, credit) in attempt.overrides.enumerated() {
                        credits.append(
                            CreditRecord(
                                trainee: trainee.trainee, attemptId: attempt.id, packId: attempt.packId,
                                itemId: attempt.itemId, answer: attempt.answer, originalPoints: attempt.points,
                                maxPoints: attempt.maxPoints, originalChartCorrect: attempt.chartCorrect,
                                creditedPoints: credit.points, by: credit.by, time: credit.time, reason: credit.reason,
                                inEffect: index == attempt.overrides.count - 1))
                    }
                }
                if last.map({ attempt.time > $0 }) ?? true { last = attempt.time }
                // A skipped exam question counts in the exam's score only: not a first answer.
                if attempt.skipped { continue }
                let key = attempt.itemKey
                itemAttempts[key, default: 0] += 1
                packAttempts[attempt.packId, default: 0] += 1
                ownPacks.insert(attempt.packId)
                if let seen = packLatestVersion[attempt.packId], seen.0 > attempt.time {
                } else {
                    packLatestVersion[attempt.packId] = (attempt.time, attempt.packVersion)
                }
                if let earlier = firstOf.first[key] {
                    if attempt.time < earlier.time { firstOf.first[key] = attempt }
                } else {
                    firstOf.first[key] = attempt
                }
                var kindsHere = Set<FindingKind>()
                for finding in attempt.findings where finding.kind != .correct {
                    kindFindings[finding.kind, default: 0] += 1
                    kindsHere.insert(finding.kind)
                }
                for kind in kindsHere { kindAttempts[kind, default: 0] += 1 }
                for tag in Set(tags(of: attempt)) { ownTags[tag, default: Tally()].add(attempt) }
            }
            for pack in ownPacks { packTrainees[pack, default: 0] += 1 }
            for (tag, own) in ownTags {
                tagTally[tag, default: Tally()].merge(own)
                tagTrainees[tag, default: 0] += 1
                if own.rate >= TagMastery.masteryThreshold { tagMastered[tag, default: 0] += 1 }
            }
            for attempt in firstOf.first.values {
                var total = firstOf.packTotals[attempt.packId] ?? (0, 0)
                total.points += attempt.earnedPoints
                total.max += attempt.weight
                firstOf.packTotals[attempt.packId] = total
            }
            firsts.append(firstOf)
            firstAttempts.append((trainee.trainee, Array(firstOf.first.values)))

            let stats = ProgressStats(attempts: attempts)
            var readiness: [TraineeReadiness] = []
            if !examPacks.isEmpty {
                for pack in examPacks {
                    guard let passMark = pack.passMark else { continue }
                    let sittings = stats.examScores(packId: pack.id)
                    let standing = stats.readiness(packId: pack.id, passMark: passMark)
                    readiness.append(
                        TraineeReadiness(
                            packId: pack.id, passMark: passMark, sittings: sittings.count,
                            latestPercent: sittings.first?.percent, averagePercent: standing.averagePercent,
                            ready: standing.ready))
                }
            }
            // The trainee's score by the store's standing rule (the latest answer of each item
            // outside exams), so it reads as on the trainee's own pack list and `progress`.
            var standing = Tally()
            for attempt in stats.latestAttempts() { standing.add(attempt) }
            roster.append(
                RosterEntry(
                    trainee: trainee.trainee, file: TerminalText.inert(trainee.file.lastPathComponent), attempts: tally.attempts,
                    items: firstOf.first.count, score: standing.rate, scoreAsScored: standing.rateAsScored,
                    chartCorrectRate: standing.chartCorrectRate, credited: credited, readiness: readiness,
                    lastActivity: last))
        }

        // Packs: those attempted within the filter, and the filtered pack even if unattempted.
        var packIds = Set(packAttempts.keys)
        if let packId, packs[packId] != nil { packIds.insert(packId) }
        let packOrder = packIds.sorted()
        var items: [ItemAnalysis] = []
        var packSummaries: [PackSummary] = []
        for id in packOrder {
            let pack = packs[id]
            var order = pack?.items.map(\.id) ?? []
            let listed = Set(order)
            order += itemAttempts.keys.filter { $0.packId == id && !listed.contains($0.itemId) }.map(\.itemId).sorted()
            for itemId in order {
                items.append(analyse(ItemKey(packId: id, itemId: itemId), item: pack?.items.first { $0.id == itemId },
                                     firsts: firsts, attempts: itemAttempts[ItemKey(packId: id, itemId: itemId)] ?? 0))
            }
            packSummaries.append(
                PackSummary(
                    id: id, title: pack?.title ?? id, version: pack?.version ?? packLatestVersion[id]?.1 ?? "",
                    passMark: pack?.passMark, described: pack != nil, items: order.count,
                    attempts: packAttempts[id] ?? 0, trainees: packTrainees[id] ?? 0))
        }

        let active = roster.filter { $0.attempts > 0 }
        var histogram = Array(repeating: 0, count: 10)
        for entry in active { histogram[min(9, max(0, Int(entry.score * 10)))] += 1 }
        func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
        let readiness = examPacks.compactMap { pack -> PackReadiness? in
            guard let passMark = pack.passMark else { return nil }
            let standings = roster.compactMap { $0.readiness.first { $0.packId == pack.id } }
            return PackReadiness(
                packId: pack.id, passMark: passMark, sat: standings.filter { $0.sittings > 0 }.count,
                ready: standings.filter(\.ready).count)
        }
        let summary = ClassSummary(
            trainees: roster.count, attempts: totalAttempts, items: items.count, meanScore: mean(active.map(\.score)),
            meanScoreAsScored: mean(active.map(\.scoreAsScored)), meanChartCorrectRate: mean(active.map(\.chartCorrectRate)),
            scoreHistogram: histogram, credits: credits.count, damagedFiles: damaged.count, readiness: readiness)

        let findingKinds = kindFindings.map { FindingKindCount(kind: $0.key, findings: $0.value, attempts: kindAttempts[$0.key] ?? 0) }
            .sorted(by: Self.mostFirst)
        let tags = tagTally.keys.sorted().map { tag in
            let tally = tagTally[tag]!
            return TagMastery(
                tag: tag, trainees: tagTrainees[tag] ?? 0, attempts: tally.attempts, pointsRate: tally.rate,
                chartCorrectRate: tally.chartCorrectRate, mastered: tagMastered[tag] ?? 0)
        }
        credits.sort { ($0.time, $0.trainee, $0.attemptId) < ($1.time, $1.trainee, $1.attemptId) }
        return ClassReport(
            generatedAt: now, folder: folder, packFilter: packId, packs: packSummaries, summary: summary, roster: roster,
            items: items, findingKinds: findingKinds, tags: tags, credits: credits,
            damagedFiles: damaged.map { DamagedFile(path: TerminalText.inert($0.original.path), reason: TerminalText.inert($0.reason)) },
            caseMix: ClassCaseMix(firsts: firstAttempts))
    }

    static func mostFirst(_ a: FindingKindCount, _ b: FindingKindCount) -> Bool {
        if a.attempts != b.attempts { return a.attempts > b.attempts }
        if a.findings != b.findings { return a.findings > b.findings }
        return a.kind.rawValue < b.kind.rawValue
    }

    /// A single letter (A–J): how a multiple-choice answer is typed.
    static func optionLetter(_ answer: String) -> String? {
        let trimmed = answer.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        guard trimmed.count == 1, let scalar = trimmed.unicodeScalars.first, ("A"..."J").contains(scalar) else { return nil }
        return trimmed
    }

    /// The statistics of one item over the trainees' first attempts.
    func analyse(_ key: ItemKey, item: ReportItem?, firsts: [TraineeFirsts], attempts: Int) -> ItemAnalysis {
        var right: [Bool] = []
        var rightAsScored = 0
        var scoreSum = 0.0
        var credited = 0
        var pairRight: [Bool] = []
        var pairRest: [Double] = []
        var answers: [Attempt] = []
        var tags = Set<String>()
        for trainee in firsts {
            guard let attempt = trainee.first[key] else { continue }
            answers.append(attempt)
            let isRight = attempt.effectiveChartCorrect
            right.append(isRight)
            if attempt.chartCorrect { rightAsScored += 1 }
            if isRight != attempt.chartCorrect || attempt.effectivePoints != attempt.points { credited += 1 }
            scoreSum += attempt.maxPoints > 0 ? attempt.effectivePoints / attempt.maxPoints : 0
            for tag in attempt.tags { tags.insert(tag) }
            // The rest score: the pack's other items, so the item does not correlate with itself.
            if let total = trainee.packTotals[key.packId] {
                let restMax = total.max - attempt.weight
                if restMax > 0 {
                    pairRight.append(isRight)
                    pairRest.append((total.points - attempt.earnedPoints) / restMax)
                }
            }
        }
        let n = right.count
        let rightCount = right.filter { $0 }.count
        let difficulty = n > 0 ? Double(rightCount) / Double(n) : nil
        let discrimination = Psychometrics.pointBiserial(right: pairRight, scores: pairRest)

        // The kind: the pack's, else multiple choice when every answer is a single letter.
        var kind = ItemAnalysis.Kind.coding
        var optionLabels: [String] = []
        var answerKey: String?
        switch item?.kind {
        case .multipleChoice(let options, let answer)?:
            kind = .multipleChoice
            optionLabels = options
            answerKey = answer
        case .coding?:
            kind = .coding
        case nil:
            let letters = answers.map { Self.optionLetter($0.answer) }
            if !letters.isEmpty, letters.allSatisfy({ $0 != nil }) {
                kind = .multipleChoice
                // Options A up to the last letter seen (an option no one chose still shows, as 0).
                let last = letters.compactMap { $0?.unicodeScalars.first?.value }.max() ?? 65
                optionLabels = (65...max(68, last)).compactMap { UnicodeScalar($0).map { String(Character($0)) } }
                var keyVotes: [String: Int] = [:]
                for (attempt, letter) in zip(answers, letters) where attempt.chartCorrect { keyVotes[letter!, default: 0] += 1 }
                answerKey = keyVotes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            }
        }

        var options: [ItemAnalysis.OptionCount] = []
        var wrongAnswers: [ItemAnalysis.WrongAnswer] = []
        var itemKinds: [FindingKindCount] = []
        if kind == .multipleChoice {
            var chosen: [String: Int] = [:]
            var other = 0
            for attempt in answers {
                if let letter = Self.optionLetter(attempt.answer), optionLabels.contains(letter) {
                    chosen[letter, default: 0] += 1
                } else {
                    other += 1
                }
            }
            options = optionLabels.map { .init(option: $0, chosen: chosen[$0] ?? 0, isKey: $0 == answerKey) }
            if other > 0 { options.append(.init(option: "(other)", chosen: other, isKey: false)) }
        } else {
            var byText: [String: ItemAnalysis.WrongAnswer] = [:]
            var kindFindings: [FindingKind: Int] = [:]
            var kindTrainees: [FindingKind: Int] = [:]
            for attempt in answers where !attempt.effectiveChartCorrect {
                var phrases = Set<String>()
                var kinds = Set<FindingKind>()
                for finding in attempt.findings where finding.kind != .correct {
                    kindFindings[finding.kind, default: 0] += 1
                    kinds.insert(finding.kind)
                    guard let text = ItemAnalysis.WrongAnswer.phrase(for: finding), phrases.insert(text).inserted else { continue }
                    byText[text, default: .init(kind: finding.kind, entered: finding.entered, key: finding.key, text: text, trainees: 0)]
                        .trainees += 1
                }
                for kind in kinds { kindTrainees[kind, default: 0] += 1 }
            }
            wrongAnswers = Array(byText.values.sorted { ($1.trainees, $0.text) < ($0.trainees, $1.text) }.prefix(10))
            itemKinds = kindFindings.map { FindingKindCount(kind: $0.key, findings: $0.value, attempts: kindTrainees[$0.key] ?? 0) }
                .sorted(by: Self.mostFirst)
        }
        return ItemAnalysis(
            packId: key.packId, itemId: key.itemId, kind: kind, key: answerKey,
            tags: item?.tags ?? tags.sorted(), respondents: n, attempts: attempts, right: rightCount,
            difficulty: difficulty, difficultyAsScored: n > 0 ? Double(rightAsScored) / Double(n) : nil,
            discrimination: discrimination, meanScore: n > 0 ? scoreSum / Double(n) : nil, credited: credited,
            flags: ItemAnalysis.flags(difficulty: difficulty, discrimination: discrimination, respondents: n),
            options: options, wrongAnswers: wrongAnswers, findingKinds: itemKinds)
    }
}

extension ClassReportBuilder.Tally {
    mutating func merge(_ other: Self) {
        attempts += other.attempts
        points += other.points
        pointsAsScored += other.pointsAsScored
        maxPoints += other.maxPoints
        chartCorrect += other.chartCorrect
    }
}
