/// Scores answers against answer keys: pairing, findings, points and figures.
///
/// ```swift
/// // Checked by Tests/CodingScoreTests/DocExampleTests.swift.
/// // `codeBook` is any `CodeCatalog`; `key` has E11.42 (first-listed) and Z79.4; the policy is a
/// // pack's `scoring:` map.
/// let scorer = Scorer(catalog: codeBook, policy: ScoringPolicy(overrides: [.extra: -1]))
/// let score = scorer.score("e11.42, z79.4, i10", key: key)
/// for finding in score.findings { print(finding.explanation) }
/// // E11.42: correct
/// // Z79.4: correct
/// // I10: not in the key (over-coding)
/// print(score.points, score.maxPoints)  // 1.0 2.0
/// ```
///
/// Pure: no I/O, no shared state; safe to use from any number of threads.
public struct Scorer: Sendable {
    /// The code book: validity, titles, Excludes1 notes, PCS axis labels.
    public var catalog: any CodeCatalog
    /// Points per finding kind.
    public var policy: ScoringPolicy

    public init(catalog: any CodeCatalog = ShapeOnlyCatalog(), policy: ScoringPolicy = .default) {
        self.catalog = catalog
        self.policy = policy
    }

    /// The parser that reads answers to an item with this key (its systems settle `J1100` vs `J11.00`).
    public func parser(for key: AnswerKey) -> AnswerParser {
        AnswerParser(systems: Set(key.systems), catalog: catalog)
    }

    /// Parses `answer` as the trainee typed it and scores it against `key`.
    /// - Parameter inpatient: the chart is an inpatient stay: the first diagnosis is named the
    ///   principal diagnosis in explanations (the key's roles decide otherwise).
    public func score(_ answer: String, key: AnswerKey, inpatient: Bool = false) -> ItemScore {
        score(parser(for: key).parse(answer), key: key, inpatient: inpatient)
    }

    /// Scores codes already read (positions in typed order) against `key`.
    public func score(_ typed: [EnteredCode], key: AnswerKey, inpatient: Bool = false) -> ItemScore {
        let writer = FindingWriter(catalog: catalog)
        let entries = key.entries
        // Queries are not codes: they are scored against the key's query expectation below.
        let queries = typed.filter { $0.query != nil }
        let entered = queries.isEmpty ? typed : typed.filter { $0.query == nil }
        var asked = [Bool](repeating: false, count: entered.count)
        var valid = [Bool](repeating: false, count: entered.count)
        var statuses = [CodeStatus?](repeating: nil, count: entered.count)
        for (index, code) in entered.enumerated() {
            guard let system = code.system else { continue }
            // A code the record does not support until the provider answers pairs with nothing.
            asked[index] = key.systems.contains(system) && key.query?.needsQuery(code) != true
            let status = catalog.status(of: code.code, in: system)
            statuses[index] = status
            switch status {
            case .reportable, .shapeOnly: valid[index] = true
            case .notReportable, .unknown: valid[index] = false
            }
        }
        let pairing = Pairing(entered: entered, key: key, asked: asked, valid: valid)

        var findings: [Finding] = []
        findings.reserveCapacity(entered.count + 2)
        var tallies = TallyBoard()
        var total = 0.0

        // One finding per entered code, in typed order.
        for (index, code) in entered.enumerated() {
            tallies.entered(code.system)
            guard let pair = pairing.pairs[index] else {
                let finding: Finding
                if key.query?.needsQuery(code) == true {
                    finding = Finding(kind: .unsupported, entered: code, explanation: writer.unsupported(code),
                                      points: policy.unsupported)
                } else if code.system != nil, asked[index], !valid[index] {
                    finding = Finding(kind: .invalid, entered: code,
                                      explanation: writer.invalid(code, status: statuses[index], key: nil),
                                      points: policy.invalid)
                } else if code.system == nil {
                    finding = Finding(kind: .invalid, entered: code,
                                      explanation: writer.invalid(code, status: nil, key: nil), points: policy.invalid)
                } else {
                    let reason: FindingWriter.ExtraReason
                    if !asked[index] {
                        reason = .notAsked(systems: key.systems)
                    } else if entered[..<index].contains(where: { $0.system == code.system && $0.code == code.code && $0.modifiers == code.modifiers }) {
                        reason = .duplicate
                    } else {
                        reason = .overCoding
                    }
                    finding = Finding(kind: .extra, entered: code, explanation: writer.extra(code, reason: reason),
                                      points: policy.extra)
                }
                total += finding.points
                findings.append(finding)
                continue
            }
            let entry = entries[pair.slot]
            let keyCode = entry.alternatives[pair.alternative]
            var details: [String] = []
            let explanation: String
            var points = policy[pair.kind]
            switch pair.kind {
            case .correct:
                explanation = writer.correct(code, optional: entry.optional)
                tallies.correct(code.system, required: !entry.optional)
            case .specificity:
                let reason: SpecificityReason
                (explanation, reason) = writer.specificity(code, keyCode)
                details = [reason.rawValue]
                points = policy.points(for: reason)
            case .level:
                explanation = writer.level(code, keyCode)
            case .axis:
                (explanation, details) = writer.axis(code, keyCode)
            case .modifier:
                explanation = writer.modifier(code, keyCode, alsoUnits: pair.alsoUnits)
                if pair.alsoUnits {
                    details = ["units"]
                    points = policy.modifierAndUnits
                }
            case .units:
                explanation = writer.units(code, keyCode)
            default:
                explanation = writer.invalid(code, status: statuses[index], key: keyCode)
            }
            if entry.optional { points = min(points, 0) }
            total += points
            findings.append(Finding(kind: pair.kind, entered: code, key: keyCode, details: details,
                                    explanation: explanation, points: points))
        }

        // Required key slots left unpaired.
        for (slot, entry) in entries.enumerated() {
            guard !entry.alternatives.isEmpty else { continue }  // a malformed key: nothing to find
            let system = entry.primary.system
            if !entry.optional { tallies.required(system) }
            if pairing.takenBy[slot] >= 0 {
                tallies.keyCode(system)
            } else if !entry.optional {
                tallies.keyCode(system)
                total += policy.missing
                findings.append(Finding(kind: .missing, key: entry.primary,
                                        explanation: writer.missing(entry, inpatient: inpatient), points: policy.missing))
            }
        }

        // Sequencing: the principal / first-listed code entered exactly, but not first.
        if let slot = entries.firstIndex(where: { $0.role.isSequenced }), pairing.takenBy[slot] >= 0,
            let pair = pairing.pairs[pairing.takenBy[slot]], pair.kind == .correct,
            let first = entered.firstIndex(where: { $0.system == .icd10cm }), first != pairing.takenBy[slot]
        {
            let code = entered[pairing.takenBy[slot]]
            total += policy.sequencing
            findings.append(Finding(
                kind: .sequencing, entered: code, key: entries[slot].alternatives[pair.alternative],
                other: entered[first],
                explanation: writer.sequencing(code, first: entered[first], role: entries[slot].role, inpatient: inpatient),
                points: policy.sequencing))
        }

        // Excludes1 among the diagnoses entered.
        let diagnoses = entered.indices.filter { entered[$0].system == .icd10cm }
        for (a, b) in catalog.excludes1Pairs(among: diagnoses.map { entered[$0].code }) {
            let (i, j) = (diagnoses[a], diagnoses[b])
            total += policy.excludes1
            findings.append(Finding(kind: .excludes1, entered: entered[i], other: entered[j],
                                    explanation: writer.excludes1(entered[i], entered[j]),
                                    points: policy.excludes1))
        }

        // Present-on-admission indicators of the diagnoses that paired with the key.
        if key.asksPoa {
            for (index, code) in entered.enumerated() where code.system == .icd10cm {
                guard let pair = pairing.pairs[index], pair.kind != .invalid else { continue }
                let entry = entries[pair.slot]
                let expected = entry.poa ?? "Y"
                guard code.poa != expected else { continue }
                total += policy.poa
                findings.append(Finding(kind: .poa, entered: code, key: entry.alternatives[pair.alternative],
                                        details: [expected], explanation: writer.poa(code, expected: expected),
                                        points: policy.poa))
            }
        }

        // The provider query: a warranted one counts like one required key code.
        var queryPoints = 0.0
        if let expectation = key.query, expectation.warranted {
            queryPoints = policy.correct
            if let query = queries.first {
                let right = query.query?.reason == expectation.reason
                let finding = Finding(kind: right ? .correct : .query, entered: query, details: ["query"],
                                      explanation: writer.query(query, expectation: expectation),
                                      points: right ? policy.correct : policy.query)
                total += finding.points
                findings.append(finding)
            } else {
                total += policy.missing
                findings.append(Finding(kind: .missing, details: ["query"],
                                        explanation: writer.missedQuery(expectation), points: policy.missing))
            }
            for query in queries.dropFirst() {
                total += policy.extra
                findings.append(Finding(kind: .extra, entered: query, details: ["query"],
                                        explanation: writer.repeatedQuery(query), points: policy.extra))
            }
        } else {
            for query in queries {
                total += policy.extra
                findings.append(Finding(kind: .extra, entered: query, details: ["query"],
                                        explanation: writer.unwarrantedQuery(query, expectation: key.query),
                                        points: policy.extra))
            }
        }

        let tallyList = tallies.list
        let sum = tallyList.reduce(into: CodeTally(system: nil)) { sum, tally in
            sum.entered += tally.entered
            sum.correct += tally.correct
            sum.required += tally.required
            sum.recalled += tally.recalled
            sum.keyCodes += tally.keyCodes
        }
        return Self.figures(findings: findings, points: total,
                            maxPoints: Double(sum.required) * policy.correct + queryPoints, sum: sum, tallies: tallyList)
    }

    /// Scores a multiple-choice answer: all or nothing.
    ///
    /// Accepts the letter in either case, with spaces, parentheses or a full stop around it
    /// (`b`, ` B `, `(b)`, `B.`). The findings: `correct`; `extra` for another option (the
    /// right letter in `details`); `invalid` for something that is not an option; `missing`
    /// for a blank answer.
    public func score(choice: String, key: MultipleChoiceKey) -> ItemScore {
        let picked = MultipleChoiceKey.trimmed(choice)
        let answer = key.answer.uppercased()
        let options = key.options.map { $0.uppercased() }
        let entered = EnteredCode(token: choice, position: 0, system: nil, code: picked, readAs: "an option")
        let finding: Finding
        if picked.isEmpty {
            finding = Finding(kind: .missing, details: [answer], explanation: "no option chosen: the answer is \(answer)",
                              points: 0)
        } else if picked == answer {
            finding = Finding(kind: .correct, entered: entered, details: [answer], explanation: "\(picked): correct",
                              points: policy.correct)
        } else if options.contains(picked) {
            finding = Finding(kind: .extra, entered: entered, details: [answer],
                              explanation: "\(picked) is not the right option: the answer is \(answer)", points: 0)
        } else {
            finding = Finding(kind: .invalid, entered: entered, details: [answer],
                              explanation: "'\(choice)' is not one of the options \(options.joined(separator: ", ")): the answer is \(answer)",
                              points: 0)
        }
        let right = finding.kind == .correct
        let tally = CodeTally(system: nil, entered: picked.isEmpty ? 0 : 1, correct: right ? 1 : 0, required: 1,
                              recalled: right ? 1 : 0, keyCodes: 1)
        return Self.figures(findings: [finding], points: finding.points, maxPoints: policy.correct, sum: tally,
                            tallies: [tally])
    }

    // MARK: - Figures

    static func figures(findings: [Finding], points: Double, maxPoints: Double, sum: CodeTally,
                        tallies: [CodeTally]) -> ItemScore {
        let precision = sum.entered == 0 ? 0 : Double(sum.correct) / Double(sum.entered)
        let recall = sum.required == 0 ? 1 : Double(sum.recalled) / Double(sum.required)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        let accuracy = sum.accuracyBase == 0 ? 1 : Double(sum.correct) / Double(sum.accuracyBase)
        let chartCorrect = findings.allSatisfy { $0.kind == .correct }
        return ItemScore(findings: findings, points: max(0, points), maxPoints: maxPoints, precision: precision,
                         recall: recall, f1: f1, accuracy: accuracy, chartCorrect: chartCorrect, tallies: tallies)
    }
}
