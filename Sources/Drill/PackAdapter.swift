import CodingScore
import DRGImpact
import SafeText
import ExercisePacks

extension DrillPack {
    /// The REPL's view of a loaded, checked pack.
    public init(_ pack: Pack) {
        // Pack text is untrusted (a trainee installs packs from others): made inert once, here,
        // where it enters the REPL. The linter refuses such packs; this keeps what slips by inert.
        let t = TerminalText.inert
        self.init(
            id: t(pack.id), title: t(pack.title), version: t(pack.version), mode: pack.mode == .exam ? .exam : .drill,
            codeBookAllowed: pack.codeBookAllowed, timeLimit: pack.examTimeLimitMinutes.map { Double($0) * 60 },
            passMark: pack.passMark, policy: ScoringPolicy(overrides: pack.scoringOverrides),
            items: pack.items.map(DrillItem.init), codeSet: pack.codeSet)
        codeBookSystems = pack.codeBookSystems.map(Set.init)
        examShape = pack.blueprint.map { blueprint in
            var shape = blueprint.shape
            shape.name = t(shape.name)
            shape.sections = shape.sections.map { ExamShape.Section(tag: t($0.tag), title: t($0.title), questions: $0.questions, drillTag: $0.drillTag.map(t)) }
            return shape
        }
    }
}

extension DrillItem {
    /// The REPL's view of one item, with its chart resolved.
    public init(_ item: PackItem) {
        let content: Content
        switch item.kind {
        case .coding(var key):
            for index in key.entries.indices { key.entries[index].note = key.entries[index].note.map(TerminalText.inert) }
            content = .coding(key, inpatient: item.chart?.setting.isInpatient ?? false)
        case .multipleChoice(let question, let options, let key):
            content = .multipleChoice(
                question: TerminalText.inert(question), options: options.map { ($0.letter, TerminalText.inert($0.text)) }, key: key)
        }
        let t = TerminalText.inert
        self.init(
            id: t(item.id), chartHeading: t(item.chart.map(Self.heading) ?? ""), chartBody: t(item.chart?.body ?? ""),
            task: t(item.task), content: content, rationale: t(item.rationale ?? ""), hint: item.hint.map(t), tags: item.tags.map(t),
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
