import CodingScore
import DRGImpact
import ExercisePacks

extension DrillPack {
    /// The REPL's view of a loaded, checked pack.
    public init(_ pack: Pack) {
        self.init(
            id: pack.id, title: pack.title, version: pack.version, mode: pack.mode == .exam ? .exam : .drill,
            codeBookAllowed: pack.codeBookAllowed, timeLimit: pack.examTimeLimitMinutes.map { Double($0) * 60 },
            passMark: pack.passMark, policy: ScoringPolicy(overrides: pack.scoringOverrides),
            items: pack.items.map(DrillItem.init), codeSet: pack.codeSet)
    }
}

extension DrillItem {
    /// The REPL's view of one item, with its chart resolved.
    public init(_ item: PackItem) {
        let content: Content
        switch item.kind {
        case .coding(let key):
            content = .coding(key, inpatient: item.chart?.setting.isInpatient ?? false)
        case .multipleChoice(let question, let options, let key):
            content = .multipleChoice(question: question, options: options.map { ($0.letter, $0.text) }, key: key)
        }
        self.init(
            id: item.id, chartHeading: item.chart.map(Self.heading) ?? "", chartBody: item.chart?.body ?? "",
            task: item.task, content: content, rationale: item.rationale ?? "", hint: item.hint, tags: item.tags,
            points: item.points,
            patient: item.drg.map {
                Patient(age: $0.age, sex: Claim.Sex(rawValue: $0.sex) ?? .unknown, dischargeStatus: $0.dischargeStatus)
            })
    }

    /// "Office note · outpatient · endocrinology — Diabetes follow-up"
    static func heading(_ chart: Chart) -> String {
        var parts = [chart.documentType.prefix(1).uppercased() + chart.documentType.dropFirst(), chart.setting.rawValue]
        if let specialty = chart.specialty, !specialty.isEmpty { parts.append(specialty) }
        var text = parts.joined(separator: " · ")
        if let title = chart.title, !title.isEmpty { text += " — " + title }
        return text
    }
}
