import CodingScore
import Testing
import TestSupport

/// Seeded random keys and answers: properties that hold for every one of them.
@Suite struct PropertyTests {
    let scorer = Scorer(catalog: FakeCatalog.standard)

    /// Key codes by system, no two in one category (E/M: one per key), none Excludes1 with another.
    static let pools: [CodeSystem: [String]] = [
        .icd10cm: ["E11.42", "I10", "Z79.4", "S52.521A", "M17.11", "J45.909", "N18.30", "O40.1XX0", "Z23", "M54.50",
                   "L97.411", "Z79.84|Z79.85"],
        .cpt: ["99213", "27447-RT", "11042", "97597-59", "96372", "20610-RT", "64483-50", "90471", "90686"],
        .hcpcs: ["J1885x2", "J3301x4", "G0008", "J0696x4"],
        .icd10pcs: ["0SR9019", "0DTJ4ZZ", "BW03ZZZ", "XW033E5", "3E0234Z"],
    ]
    /// Codes in the same category as a key code (near or invalid), for wrong answers.
    static let near: [String: [String]] = [
        "E11.42": ["E11.9", "E11.40", "E11.6"], "S52.521A": ["S52.522A", "S52.521D", "S52.521"], "M17.11": ["M17.12", "M17.9"],
        "J45.909": ["J45.901", "J45.20"], "N18.30": ["N18.31", "N18"], "Z79.4": ["Z79.84"], "99213": ["99214", "99212"],
        "27447-RT": ["27447-LT", "27447"], "97597-59": ["97597"], "J1885x2": ["J1885", "J1885x3"], "0SR9019": ["0SR90J9", "0SR9ZZZ"],
        "0DTJ4ZZ": ["0DTJ0ZZ"], "64483-50": ["64483-RT"], "J3301x4": ["J3301-JW x4"],
    ]
    /// Valid codes related to nothing in the pools (no shared category, no Excludes1 note).
    static let unrelated: [CodeSystem: [String]] = [
        .icd10cm: ["R50.9", "J11.1", "Z00.00", "J02.9"], .cpt: ["36415", "81002"], .hcpcs: ["A4253"], .icd10pcs: ["0QS734Z"],
    ]
    /// Optional external-cause codes.
    static let external = ["W01.0XXA", "Y93.01"]

    struct Item {
        var key: AnswerKey
        var specs: [String]
        var systems: [CodeSystem]
        var optional: [String]
    }

    static func randomItem(_ random: inout SeededGenerator) -> Item {
        var systems = [CodeSystem.icd10cm]
        for system in [CodeSystem.cpt, .hcpcs, .icd10pcs] where Bool.random(using: &random) { systems.append(system) }
        if systems.contains(.icd10pcs) { systems.removeAll { $0 == .cpt || $0 == .hcpcs } }
        var specs: [String] = []
        for system in systems {
            let count = Int.random(in: 1...3, using: &random)
            specs += pools[system]!.shuffled(using: &random).prefix(count)
        }
        let optional = Bool.random(using: &random) ? [external.randomElement(using: &random)!] : []
        let spec = specs.enumerated().map { $0.offset == 0 ? $0.element + "*" : $0.element }.joined(separator: ", ")
            + optional.map { ", \($0)?" }.joined()
        let key = makeKey(spec, systems.map(\.prefix).joined(separator: " "))
        return Item(key: key, specs: specs, systems: systems, optional: optional)
    }

    /// The way a trainee might type `code`: any case, dot or not, units glued or apart.
    static func typed(_ code: String, _ random: inout SeededGenerator) -> String {
        var text = code
        if text.contains("x"), !text.contains(" "), Bool.random(using: &random) { text = text.replacingOccurrences(of: "x", with: " x") }
        if Bool.random(using: &random), !text.contains("X") { text = text.lowercased() }
        if Bool.random(using: &random), text.hasPrefix("0") == false, text.count > 4 { text = text.replacingOccurrences(of: ".", with: "") }
        return text
    }

    static func join(_ tokens: [String], _ random: inout SeededGenerator) -> String {
        let separators = [", ", " ", "; ", "\n", " ,  "]
        var text = ""
        for (index, token) in tokens.enumerated() {
            if index > 0 { text += separators.randomElement(using: &random)! }
            text += token
        }
        return text
    }

    /// Moves the first diagnosis to a random place that keeps it the first diagnosis, and
    /// shuffles everything else.
    static func shuffledKeepingFirstDiagnosis(_ tokens: [String], isDiagnosis: (String) -> Bool,
                                              _ random: inout SeededGenerator) -> [String] {
        guard let first = tokens.firstIndex(where: isDiagnosis) else { return tokens.shuffled(using: &random) }
        var rest = tokens
        let principal = rest.remove(at: first)
        rest.shuffle(using: &random)
        let limit = rest.firstIndex(where: isDiagnosis) ?? rest.count
        rest.insert(principal, at: Int.random(in: 0...limit, using: &random))
        return rest
    }

    func isDiagnosis(_ token: String, _ item: Item) -> Bool {
        scorer.parser(for: item.key).read(token).system == .icd10cm
    }

    /// The result with the order of findings set aside (and Excludes1 pairs unordered).
    func canonical(_ score: ItemScore) -> [String] {
        score.findings.map { finding in
            if finding.kind == .excludes1 {
                return "excludes1 " + [finding.entered!.code, finding.other!.code].sorted().joined(separator: "+")
            }
            return describe(finding)
        }.sorted() + ["\(score.points) \(score.precision) \(score.recall) \(score.f1) \(score.accuracy) \(score.chartCorrect)"]
    }

    func outcome(_ score: ItemScore) -> [String] {
        score.findings.map(\.kind.rawValue).sorted()
            + score.findings.compactMap { $0.kind == .missing ? $0.key?.display : $0.entered?.display }.sorted()
            + ["\(score.points) \(score.precision) \(score.recall) \(score.f1) \(score.accuracy) \(score.chartCorrect)"]
    }

    // MARK: - Properties

    @Test(arguments: 0..<400)
    func theKeyItselfIsAllCorrect(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let item = Self.randomItem(&random)
        var tokens = item.key.entries.filter { !$0.optional || Bool.random(using: &random) }.map { entry in
            Self.typed(entry.alternatives.randomElement(using: &random)!.display.replacingOccurrences(of: " x", with: "x"), &random)
        }
        tokens = Self.shuffledKeepingFirstDiagnosis(tokens, isDiagnosis: { isDiagnosis($0, item) }, &random)
        let score = scorer.score(Self.join(tokens, &random), key: item.key)
        #expect(score.findings.allSatisfy { $0.kind == .correct }, "\(tokens) for \(item.specs): \(score.findings.map(describe))")
        #expect(score.findings.count == tokens.count)
        #expect(score.chartCorrect && score.points == score.maxPoints && score.precision == 1 && score.recall == 1)
        #expect(score.accuracy == 1 && score.f1 == 1)
    }

    /// A wrong answer: per key slot, the code, a near code, a wrong modifier or units, nothing,
    /// or the code twice; plus unrelated codes and garbage.
    static func randomAnswer(_ item: Item, strayUnits: Bool = true, _ random: inout SeededGenerator) -> [String] {
        var tokens: [String] = []
        for spec in item.specs + item.optional {
            let code = spec.split(separator: "|").map(String.init).randomElement(using: &random)!
            switch Int.random(in: 0..<6, using: &random) {
            case 0, 1: tokens.append(typed(code, &random))
            case 2: if let near = near[code]?.randomElement(using: &random) { tokens.append(near) } else { tokens.append(code) }
            case 3: break
            case 4: tokens += [code, code]
            default: tokens += [code] + (near[code]?.prefix(1).map { $0 } ?? [])
            }
        }
        if Bool.random(using: &random) { tokens.append(unrelated[item.systems.randomElement(using: &random)!]!.randomElement(using: &random)!) }
        if Int.random(in: 0..<4, using: &random) == 0 { tokens.append((strayUnits ? ["???", "x2", "diabetes"] : ["???", "diabetes"]).randomElement(using: &random)!) }
        return tokens
    }

    @Test(arguments: 0..<400)
    func theOrderOfSecondaryCodesNeverChangesTheResult(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &+ 10_000)
        let item = Self.randomItem(&random)
        // A stray units token is left out: it belongs to whichever code comes before it.
        let tokens = Self.randomAnswer(item, strayUnits: false, &random)
        let shuffled = Self.shuffledKeepingFirstDiagnosis(tokens, isDiagnosis: { isDiagnosis($0, item) }, &random)
        let before = scorer.score(Self.join(tokens, &random), key: item.key)
        let after = scorer.score(Self.join(shuffled, &random), key: item.key)
        // When both alternatives of one slot are typed, the first is `correct` and the other
        // `extra` either way: compare kinds, the codes entered, what is missing and the figures.
        #expect(outcome(before) == outcome(after), "\(tokens) vs \(shuffled) for \(item.specs)")
    }

    @Test(arguments: 0..<400)
    func anUnrelatedValidCodeAddsExactlyOneExtra(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed) &+ 20_000)
        let item = Self.randomItem(&random)
        let tokens = Self.randomAnswer(item, &random)
        // HCPCS-shaped codes read as HCPCS only in items that take HCPCS.
        let systems = CodeSystem.allCases.filter { $0 != .hcpcs || item.systems.contains(.hcpcs) }
        let choices = systems.flatMap { system in
            Self.unrelated[system]!.filter { !tokens.contains($0) }.map { (system, $0) }
        }
        let (system, added) = choices.randomElement(using: &random)!
        // A diagnosis goes after the first diagnosis typed (else it would become the first-listed one).
        let firstDiagnosis = tokens.firstIndex { isDiagnosis($0, item) }
        let lowest = system == .icd10cm ? (firstDiagnosis.map { $0 + 1 } ?? 0) : 0
        // Not right before a stray units token, which would attach to a CPT/HCPCS code.
        let places = (lowest...tokens.count).filter { $0 == tokens.count || AnswerParserUnits.isUnits(tokens[$0]) == false }
        var more = tokens
        more.insert(added, at: places.randomElement(using: &random) ?? tokens.count)
        let before = scorer.score(Self.join(tokens, &random), key: item.key)
        let after = scorer.score(Self.join(more, &random), key: item.key)
        let extras = after.findings.filter { $0.kind == .extra }.count - before.findings.filter { $0.kind == .extra }.count
        #expect(extras == 1, "\(added) into \(tokens)")
        #expect(after.findings.count == before.findings.count + 1)
        var expected = canonical(before).dropLast().map { $0 }
        expected.append("extra \(AnswerParser.normalize(added, system: system == .icd10cm ? .icd10cm : system))")
        #expect(canonical(after).dropLast().sorted() == expected.sorted(), "\(added) into \(tokens)")
        #expect(after.points <= before.points)
        #expect(!after.chartCorrect)
    }
}

enum AnswerParserUnits {
    /// `x2`, `X10`: a units token.
    static func isUnits(_ token: String) -> Bool {
        token.count >= 2 && (token.first == "x" || token.first == "X") && token.dropFirst().allSatisfy(\.isNumber)
    }
}
