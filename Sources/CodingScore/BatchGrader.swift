/// Grades a file of answers (one JSON object a line) against a pack's items: pure, no I/O.
///
/// ```swift
/// let grader = BatchGrader(items: gradableItems, scorer: Scorer(catalog: codeBook, policy: policy))
/// let report = grader.grade([UInt8](try Data(contentsOf: answersURL)))
/// print(json ? try report.renderJSON() : report.renderText(), terminator: "")
/// ```
///
/// Each line is `{"trainee": "...", "item": "...", "answer": "..."}` (other keys are
/// ignored). A line that cannot be graded — not JSON, a field missing, an item the pack does
/// not have, a second answer from the same trainee to the same item — is reported in
/// `BatchReport.badLines` with its 1-based number and the reason, and skipped. Blank lines
/// are skipped; a UTF-8 byte-order mark and CRLF line ends are accepted.
public struct BatchGrader: Sendable {
    /// The items answers may refer to, in pack order.
    public var items: [GradableItem]
    public var scorer: Scorer

    private let index: [String: Int]
    private let parsers: [AnswerParser?]

    public init(items: [GradableItem], scorer: Scorer = Scorer()) {
        self.items = items
        self.scorer = scorer
        var index: [String: Int] = [:]
        for (position, item) in items.enumerated() where index[item.id] == nil { index[item.id] = position }
        self.index = index
        parsers = items.map { item in
            if case .coding(let key) = item.key { return scorer.parser(for: key) }
            return nil
        }
    }

    /// Grades the bytes of an answers file.
    public func grade(_ bytes: [UInt8]) -> BatchReport {
        var collector = Collector(grader: self)
        var lineNumber = 0
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count {
            lineNumber += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var last = end
            if last > start, bytes[last - 1] == 0x0D { last -= 1 }
            let line = bytes[start..<last]
            start = end + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            switch AnswerLine.read(line) {
            case .failure(let error): collector.bad(lineNumber, error.reason)
            case .success(let answer): collector.grade(answer, line: lineNumber)
            }
        }
        return collector.report()
    }

    /// Grades the text of an answers file.
    public func grade(text: String) -> BatchReport { grade(Array(text.utf8)) }

    /// Grades answers already read, numbered from 1 in the order given.
    public func grade(lines answers: [AnswerLine]) -> BatchReport {
        var collector = Collector(grader: self)
        for (offset, answer) in answers.enumerated() { collector.grade(answer, line: offset + 1) }
        return collector.report()
    }

    /// Scores one answer to the item at `position`.
    func score(_ answer: String, itemAt position: Int) -> ItemScore {
        let item = items[position]
        switch item.key {
        case .coding(let key):
            return scorer.score(parsers[position]!.parse(answer), key: key, inpatient: item.inpatient)
        case .multipleChoice(let key):
            return scorer.score(choice: answer, key: key)
        }
    }

    // MARK: - Collecting results

    private struct Collector {
        let grader: BatchGrader
        var badLines: [BadLine] = []
        var traineeIndex: [String: Int] = [:]
        /// Per trainee: name, graded answers, summary, points, and per item the line of their answer (0: none).
        var trainees: [(name: String, answers: [GradedAnswer], summary: ScoreSummary, points: Double, lines: [Int])] = []
        var itemSummaries: [ScoreSummary]
        var overall = ScoreSummary()

        init(grader: BatchGrader) {
            self.grader = grader
            itemSummaries = Array(repeating: ScoreSummary(), count: grader.items.count)
        }

        mutating func bad(_ line: Int, _ reason: String) {
            badLines.append(BadLine(line: line, reason: reason))
        }

        mutating func grade(_ answer: AnswerLine, line: Int) {
            if let problem = AnswerLimits.problem(answer.answer) { return bad(line, problem) }
            guard let position = grader.index[answer.item] else {
                let known = grader.items.prefix(5).map(\.id).joined(separator: ", ")
                let more = grader.items.count > 5 ? ", …" : ""
                bad(line, "item '\(answer.item)' is not in this pack (its items: \(known)\(more)); check the item id")
                return
            }
            let traineeNumber: Int
            if let known = traineeIndex[answer.trainee] {
                traineeNumber = known
            } else {
                traineeNumber = trainees.count
                traineeIndex[answer.trainee] = traineeNumber
                trainees.append((answer.trainee, [], ScoreSummary(), 0, Array(repeating: 0, count: grader.items.count)))
            }
            let first = trainees[traineeNumber].lines[position]
            if first > 0 {
                bad(line, "a second answer from '\(answer.trainee)' to item '\(answer.item)' (the first is on line \(first), "
                    + "and only it is graded); remove one of them")
                return
            }
            let item = grader.items[position]
            let score = grader.score(answer.answer, itemAt: position)
            let points = ScoreFigures.weightedPoints(score, weight: item.weight)
            trainees[traineeNumber].answers.append(GradedAnswer(line: line, item: item.id, answer: answer.answer,
                                                                points: points, score: score))
            trainees[traineeNumber].summary.add(score, tags: item.tags, weight: item.weight)
            trainees[traineeNumber].points += points
            trainees[traineeNumber].lines[position] = line
            itemSummaries[position].add(score, weight: item.weight)
            overall.add(score, tags: item.tags, weight: item.weight)
        }

        func report() -> BatchReport {
            let possible = grader.items.reduce(0) { $0 + $1.weight }
            let traineeResults = trainees.map { trainee in
                TraineeResult(
                    trainee: trainee.name, answers: trainee.answers,
                    unanswered: grader.items.indices.filter { trainee.lines[$0] == 0 }.map { grader.items[$0].id },
                    points: trainee.points, percent: possible == 0 ? 0 : 100 * trainee.points / possible,
                    summary: trainee.summary)
            }.sorted { $0.trainee < $1.trainee }
            let itemResults = grader.items.enumerated().map { position, item in
                ItemResult(item: item.id, tags: item.tags, weight: item.weight, summary: itemSummaries[position])
            }
            return BatchReport(items: itemResults, trainees: traineeResults, badLines: badLines, summary: overall,
                               possiblePoints: possible)
        }
    }
}
