import CodingScore

/// An exam pack's `blueprint.yaml`: the certification exam it mocks, and how many of its
/// questions come from each section. The linter holds the pack to it (counts add up, every
/// question in a section, no section empty), and results are scored section by section.
///
/// ```yaml
/// exam: CPC
/// title: Certified Professional Coder (AAPC), 2026
/// questions: 100
/// passMark: 70
/// timeLimitMinutes: 240
/// source: where the counts come from, and how sure they are
/// sections:
///   - tag: domain:evaluation-and-management
///     title: Evaluation and Management
///     questions: 10
///     drill: domain:evaluation-and-management   # optional: the drill items that train it
/// ```
public struct ExamBlueprint: Sendable, Hashable {
    public var shape: ExamShape
    public var title: String
    public var timeLimitMinutes: Int?
    /// Where the counts come from.
    public var source: String?
    /// The file, and where each section's entry is written.
    public var file: String
    public var sectionLocations: [SourceLocation]

    public static let fileName = "blueprint.yaml"
    static let fields = ["exam", "title", "questions", "passMark", "timeLimitMinutes", "source", "sections"]
    static let sectionFields = ["tag", "title", "questions", "drill"]

    /// Reads a blueprint file's text; problems go to the diagnostics, each at its line.
    static func parse(_ text: String, file: String) -> (ExamBlueprint?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let (root, yamlDiagnostics) = YAMLReader.read(text, file: file)
        sink.diagnostics += ControlCharacterScan.merged(raw: ControlCharacterScan.diagnostics(text, file: file), yaml: yamlDiagnostics)
        guard let root, let fields = FieldReader(root, what: "the blueprint", known: fields, sink: sink) else {
            if root == nil, yamlDiagnostics.isEmpty { sink.error(.start(of: file), "the blueprint file is empty") }
            return (nil, sink.diagnostics)
        }
        let name = fields.string("exam", required: true) ?? "exam"
        let title = fields.string("title") ?? name
        let questions = wholeNumber(fields, "questions", required: true, sink: sink) ?? 0
        let passMark = fields.number("passMark") ?? 70
        if fields["passMark"] == nil {
            sink.error(root.location, "the blueprint has no 'passMark'", fixIt: "add 'passMark: 70' (percent)")
        } else if !(passMark > 0 && passMark <= 100) {
            sink.error(fields["passMark"]!.location, "'passMark' is a percent above 0 and at most 100")
        }
        let minutes = wholeNumber(fields, "timeLimitMinutes", required: false, sink: sink)
        var sections: [ExamShape.Section] = []
        var locations: [SourceLocation] = []
        if let list = fields["sections"] {
            if case .sequence(let children) = list.value {
                for child in children {
                    guard let section = FieldReader(child, what: "a section", known: sectionFields, sink: sink) else { continue }
                    guard let tag = section.string("tag", required: true) else { continue }
                    if sections.contains(where: { $0.tag == tag }) {
                        sink.error(child.location, "section '\(tag)' is listed twice")
                        continue
                    }
                    let count = wholeNumber(section, "questions", required: true, sink: sink) ?? 0
                    if section["questions"] != nil, count == 0 {
                        sink.error(section["questions"]!.location, "section '\(tag)' has no questions; a blueprint section is never empty",
                            fixIt: "give it its count, or remove the section")
                    }
                    sections.append(ExamShape.Section(
                        tag: tag, title: section.string("title") ?? tag, questions: count, drillTag: section.string("drill")))
                    locations.append(child.location)
                }
            } else {
                sink.error(list.location, "'sections' must be a list (each section starting with '- tag:')")
            }
        } else {
            sink.error(root.location, "the blueprint has no 'sections'", fixIt: "add 'sections:' with tag, title and questions")
        }
        let sum = sections.reduce(0) { $0 + $1.questions }
        if !sections.isEmpty, questions > 0, sum != questions {
            sink.error(fields["sections"]?.location ?? root.location,
                "the sections' counts add up to \(sum), not the exam's \(questions) questions",
                fixIt: "make the counts add up to \(questions), or correct 'questions'")
        }
        let blueprint = ExamBlueprint(
            shape: ExamShape(name: name, questions: questions, passMark: passMark, sections: sections), title: title,
            timeLimitMinutes: minutes, source: fields.string("source"), file: file, sectionLocations: locations)
        return (blueprint, sink.diagnostics)
    }

    private static func wholeNumber(_ fields: FieldReader, _ name: String, required: Bool, sink: DiagnosticSink) -> Int? {
        guard let value = fields.number(name) else {
            if required, fields[name] == nil { sink.error(fields.location(of: name), "no '\(name)'", fixIt: "add '\(name): N'") }
            return nil
        }
        guard value == value.rounded(), value >= 0, value <= 10_000 else {
            sink.error(fields[name]!.location, "'\(name)' must be a whole number")
            return nil
        }
        return Int(value)
    }

    /// How `pack` keeps to the blueprint: every question tagged with exactly one section,
    /// each section's count met, the pass mark and time limit the same.
    func diagnostics(for pack: Pack) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let tags = Set(shape.sections.map(\.tag))
        var counts: [String: Int] = [:]
        for item in pack.items {
            let sections = item.tags.filter { tags.contains($0) }
            if sections.isEmpty {
                diagnostics.append(Diagnostic(.error, item.location,
                    "question '\(item.id)' has no section of the \(shape.name) blueprint (\(file))",
                    fixIt: "tag it with one of \(shape.sections.map(\.tag).joined(separator: ", "))"))
            } else if sections.count > 1 {
                diagnostics.append(Diagnostic(.error, item.location,
                    "question '\(item.id)' is in \(sections.count) sections of the blueprint (\(sections.joined(separator: ", "))); a question counts in one",
                    fixIt: "keep one section tag"))
            }
            if let first = sections.first { counts[first, default: 0] += 1 }
        }
        for (index, section) in shape.sections.enumerated() {
            let have = counts[section.tag] ?? 0
            if have != section.questions {
                let at = sectionLocations.indices.contains(index) ? sectionLocations[index] : .start(of: file)
                diagnostics.append(Diagnostic(.error, at,
                    "section '\(section.tag)' has \(have) question\(have == 1 ? "" : "s") in pack '\(pack.id)'; the blueprint gives it \(section.questions)",
                    fixIt: have < section.questions ? "add \(section.questions - have) question(s) tagged \(section.tag)"
                        : "move \(have - section.questions) question(s) to another section"))
            }
        }
        if pack.items.count != shape.questions {
            diagnostics.append(Diagnostic(.error, .start(of: pack.sourceFile),
                "pack '\(pack.id)' has \(pack.items.count) questions; its blueprint (\(file)) has \(shape.questions)"))
        }
        if let passMark = pack.passMark, passMark != shape.passMark {
            diagnostics.append(Diagnostic(.warning, .start(of: pack.sourceFile),
                "pack '\(pack.id)' passes at \(passMark)%, its blueprint at \(shape.passMark)%",
                fixIt: "use the blueprint's pass mark"))
        }
        if let minutes = timeLimitMinutes, let packMinutes = pack.examTimeLimitMinutes, minutes != packMinutes {
            diagnostics.append(Diagnostic(.warning, .start(of: pack.sourceFile),
                "pack '\(pack.id)' allows \(packMinutes) minutes, its blueprint \(minutes)", fixIt: "use the blueprint's time"))
        }
        return diagnostics
    }
}
