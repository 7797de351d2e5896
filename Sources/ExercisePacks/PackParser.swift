import CodingScore
import Foundation

/// What a chart reference resolved to: the chart, or why it did not resolve.
public enum ChartResolution: Sendable {
    case found(Chart)
    /// The reference names no chart, leaves the pack's roots, or points at a broken file.
    case failed(message: String, fixIt: String?)
}

/// Reads one `pack.yaml` into a `Pack`, checking its structure. Never throws: every problem
/// comes back as a diagnostic with its place, and the pack comes back whenever it has an id.
///
/// This is the fast in-memory path (no file access): chart references are resolved through
/// the `resolveChart` closure that `PackLibrary` (or a test) provides.
public struct PackParser {
    public static let packFields = [
        "id", "title", "version", "author", "description", "codeSet", "mode", "codeBook", "exam", "scoring",
        "items", "reviewed",
    ]
    public static let examFields = ["timeLimitMinutes", "passMark"]
    public static let itemFields = [
        "id", "type", "chart", "task", "systems", "key", "rationale", "hint", "tags", "points", "question",
        "options", "answer", "reviewed", "drg", "query", "askPoa",
    ]
    public static let queryFields = ["warranted", "reason", "about", "needsQueryFirst"]
    public static let keyEntryFields = ["code", "anyOf", "role", "optional", "note", "poa"]
    public static let drgFields = ["expected", "age", "sex", "discharge"]
    public static let itemTypes = ["coding", "multiple-choice"]
    /// More items than any pack needs (an exam has 100): refused, so a hostile pack cannot
    /// make every screen that lists items slow.
    public static let maximumItems = 2_000
    public static let tagKinds = ["chapter", "section", "skill", "domain"]

    /// The code book, to tell a dotless seven-character ICD-10-CM code from an ICD-10-PCS one.
    public var catalog: (any CodeCatalog)?
    /// Resolves an item's `chart:` value (as written, with its place).
    public var resolveChart: (String, SourceLocation) -> ChartResolution

    public init(
        catalog: (any CodeCatalog)? = nil,
        resolveChart: @escaping (String, SourceLocation) -> ChartResolution = { reference, _ in
            .failed(message: "no chart library is loaded to find '\(reference)' in", fixIt: nil)
        }
    ) {
        self.catalog = catalog
        self.resolveChart = resolveChart
    }

    /// Parses `text` read from `file`; `folder` is the pack's folder (for the id check), if any.
    public func parse(_ text: String, file: String, folder: String? = nil) -> (pack: Pack?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        let (root, yamlDiagnostics) = YAMLReader.read(text, file: file)
        sink.diagnostics += ControlCharacterScan.merged(raw: ControlCharacterScan.diagnostics(text, file: file), yaml: yamlDiagnostics)
        guard let root else {
            if yamlDiagnostics.isEmpty { sink.error(.start(of: file), "the pack file is empty") }
            return (nil, sink.diagnostics)
        }
        guard let fields = FieldReader(root, what: "the pack", known: Self.packFields, sink: sink) else {
            return (nil, sink.diagnostics)
        }
        let folderName = folder.map { URL(fileURLWithPath: $0).lastPathComponent }
        let id: String
        if let written = fields.string("id", required: true) {
            id = written
            if !Identifier.isValid(id) {
                sink.error(fields["id"]!.location, "pack id '\(id)' must be lower case letters, digits and hyphens",
                    fixIt: "write '\(Identifier.suggest(id))'")
            }
            if let folderName, folderName != id {
                sink.warning(fields["id"]!.location, "pack id '\(id)' differs from its folder name '\(folderName)'",
                    fixIt: "rename the folder or the id so that they match")
            }
        } else {
            id = folderName ?? "unnamed"
        }
        let title = fields.string("title", required: true) ?? id
        let version = fields.string("version") ?? "0"
        if fields["version"] == nil {
            sink.warning(root.location, "pack '\(id)' has no version", fixIt: "add 'version: 1.0.0'")
        }
        let author = fields.string("author") ?? ""
        if fields["author"] == nil {
            sink.warning(root.location, "pack '\(id)' names no author", fixIt: "add 'author: ...'")
        }
        var mode = PackMode.drill
        if let written = fields.string("mode") {
            if let known = PackMode(rawValue: written.lowercased()) {
                mode = known
            } else {
                sink.error(fields["mode"]!.location,
                    "unknown mode '\(written)'\(Suggestion.phrase(for: written, in: PackMode.allCases.map(\.rawValue)))",
                    fixIt: "use drill or exam")
            }
        }
        var timeLimit: Int?
        var passMark: Double?
        if let examNode = fields["exam"],
            let exam = FieldReader(examNode, what: "'exam'", known: Self.examFields, sink: sink)
        {
            if let minutes = exam.number("timeLimitMinutes") {
                if minutes >= 1, minutes <= 24 * 60, minutes == minutes.rounded() {
                    timeLimit = Int(minutes)
                } else {
                    sink.error(exam["timeLimitMinutes"]!.location,
                        "'timeLimitMinutes' must be a whole number of minutes from 1 to 1440")
                }
            }
            if let mark = exam.number("passMark") {
                if mark > 0, mark <= 100 {
                    passMark = mark
                } else {
                    sink.error(exam["passMark"]!.location, "'passMark' is a percent of the points: above 0, at most 100")
                }
            }
        }
        if mode == .exam {
            if timeLimit == nil {
                sink.error(fields.location(of: fields["exam"] == nil ? "mode" : "exam"),
                    "exam pack '\(id)' has no time limit", fixIt: "add 'exam:' with 'timeLimitMinutes: 60'")
            }
            if passMark == nil {
                sink.error(fields.location(of: fields["exam"] == nil ? "mode" : "exam"),
                    "exam pack '\(id)' has no pass mark", fixIt: "add 'passMark: 70' under 'exam:'")
            }
        }
        var scoring: [FindingKind: Double] = [:]
        if let scoringNode = fields["scoring"] {
            let kinds = FindingKind.allCases.map(\.rawValue)
            if let policy = FieldReader(scoringNode, what: "'scoring'", known: kinds, sink: sink) {
                for kind in FindingKind.allCases {
                    if let points = policy.number(kind.rawValue) { scoring[kind] = points }
                }
            }
        }
        var items: [PackItem] = []
        if let itemsNode = fields["items"] {
            if case .sequence(let children) = itemsNode.value {
                var seen: [String: SourceLocation] = [:]
                if children.count > Self.maximumItems {
                    sink.error(itemsNode.location, "the pack has \(children.count) items; a pack holds at most \(Self.maximumItems)",
                        fixIt: "split it into several packs")
                }
                for (index, child) in children.prefix(Self.maximumItems).enumerated() {
                    guard let item = parseItem(child, index: index, sink: sink) else { continue }
                    if let first = seen[item.id] {
                        sink.error(item.location, "item id '\(item.id)' is used twice in pack '\(id)' (first at line \(first.line))",
                            fixIt: "give each item its own id")
                        continue
                    }
                    seen[item.id] = item.location
                    items.append(item)
                }
            } else {
                sink.error(itemsNode.location, "'items' must be a list of items (each starting with '- id:')")
            }
        }
        var emptyList = false
        if let itemsNode = fields["items"], case .sequence(let children) = itemsNode.value { emptyList = children.isEmpty }
        if fields["items"] == nil || emptyList {
            sink.warning(fields.location(of: "items"), "pack '\(id)' has no items", fixIt: "add items under 'items:'")
        }
        let codeBook = parseCodeBook(fields, sink: sink)
        var pack = Pack(
            id: id, title: title, version: version, author: author, description: fields.string("description"),
            codeSet: fields.string("codeSet"), mode: mode, codeBookAllowed: codeBook.allowed,
            examTimeLimitMinutes: timeLimit, passMark: passMark, scoringOverrides: scoring, items: items,
            sourceFile: file, folder: folder)
        pack.codeBookSystems = codeBook.systems
        if let catalog { sink.diagnostics += KeyCodeCheck.errors(of: pack, catalog: catalog) }
        return (pack, sink.diagnostics)
    }

    /// `codeBook: true | false`, or the systems open during the pack: `codeBook: [icd10cm, hcpcs]`.
    private func parseCodeBook(_ fields: FieldReader, sink: DiagnosticSink) -> (allowed: Bool, systems: [CodeSystem]?) {
        guard let node = fields["codeBook"] else { return (true, nil) }
        guard case .sequence = node.value else { return (fields.bool("codeBook") ?? true, nil) }
        var systems: [CodeSystem] = []
        for (name, location) in fields.strings("codeBook") ?? [] {
            if let system = CodeSystem(rawValue: name.lowercased()) {
                systems.append(system)
            } else {
                let names = CodeSystem.allCases.map(\.rawValue)
                sink.error(location, "'\(name)' is not a code system\(Suggestion.phrase(for: name, in: names))",
                    fixIt: "use \(names.joined(separator: ", "))")
            }
        }
        return (!systems.isEmpty, systems)
    }

    // MARK: - Items

    private func parseItem(_ node: SourceNode, index: Int, sink: DiagnosticSink) -> PackItem? {
        guard let fields = FieldReader(node, what: "item \(index + 1)", known: Self.itemFields, sink: sink) else {
            return nil
        }
        var id = fields.string("id", required: true) ?? "item-\(index + 1)"
        if fields["id"] != nil, !Identifier.isValid(id, allowDotsAndUnderscores: true) {
            sink.error(fields["id"]!.location, "item id '\(id)' must be lower case letters, digits, hyphens, dots or underscores",
                fixIt: "write '\(Identifier.suggest(id))'")
            id = Identifier.suggest(id)
        }
        let what = "item '\(id)'"
        var isMultipleChoice = false
        if let type = fields.string("type") {
            switch type.lowercased() {
            case "coding": break
            case "multiple-choice": isMultipleChoice = true
            default:
                sink.error(fields["type"]!.location,
                    "unknown item type '\(type)'\(Suggestion.phrase(for: type, in: Self.itemTypes))",
                    fixIt: "use coding (the default) or multiple-choice")
                if Suggestion.nearest(to: type, in: Self.itemTypes) == "multiple-choice" { isMultipleChoice = true }
            }
        }
        var chart: Chart?
        let chartReference = fields.string("chart")
        if let chartReference {
            switch resolveChart(chartReference, fields["chart"]!.location) {
            case .found(let found): chart = found
            case .failed(let message, let fixIt): sink.error(fields["chart"]!.location, message, fixIt: fixIt)
            }
        } else if !isMultipleChoice {
            sink.error(node.location, "\(what) names no chart", fixIt: "add 'chart: <chart id>'")
        }
        var systems: [CodeSystem]?
        if let written = fields.strings("systems") {
            var list: [CodeSystem] = []
            for (name, location) in written {
                if let system = CodeSystem(prefix: name.trimmed) {
                    if !list.contains(system) { list.append(system) }
                } else {
                    let names = CodeSystem.allCases.map(\.rawValue)
                    sink.error(location, "unknown code system '\(name)'\(Suggestion.phrase(for: name, in: names))",
                        fixIt: "use \(names.joined(separator: ", "))")
                }
            }
            systems = list
        }
        let rationale = fields.string("rationale")
        if rationale == nil {
            sink.error(node.location, "\(what) has no rationale",
                fixIt: "add 'rationale: |' explaining, in your own words, how a coder reaches the answer")
        }
        var points = 1.0
        if let written = fields.number("points") {
            if written > 0 { points = written } else { sink.error(fields["points"]!.location, "'points' must be above 0") }
        }
        let writtenTags = fields.strings("tags") ?? []
        let tags = writtenTags.map { $0.0.trimmed }
        for (tag, (_, location)) in zip(tags, writtenTags) {
            let parts = tag.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else {
                sink.warning(location, "tag '\(tag)' has no kind", fixIt: "write it as kind:value, with kind \(Self.tagKinds.joined(separator: ", "))")
                continue
            }
            if !Self.tagKinds.contains(parts[0]) {
                sink.warning(location, "unknown tag kind '\(parts[0])'\(Suggestion.phrase(for: parts[0], in: Self.tagKinds))",
                    fixIt: "use \(Self.tagKinds.joined(separator: ", "))")
            } else if parts[0] == "chapter", !(parts[1].count == 2 && (Int(parts[1]).map { (1...22).contains($0) } ?? false)) {
                sink.warning(location, "chapter tag '\(tag)': ICD-10-CM chapters are two digits, 01 to 22", fixIt: "as in chapter:04")
            }
        }
        let kind: PackItem.Kind
        var locations: [[SourceLocation]] = []
        var questionPlace: (SourceLocation, Bool)?
        let task: String
        if isMultipleChoice {
            for name in ["key", "systems"] where fields[name] != nil {
                sink.warning(fields.location(of: name), "'\(name)' is not used by a multiple-choice item",
                    fixIt: "remove it; the right option is 'answer:'")
            }
            let question = fields.string("question", required: true) ?? ""
            if let questionNode = fields["question"] { questionPlace = (questionNode.location, questionNode.isBlockScalar) }
            var options: [ChoiceOption] = []
            if let optionsNode = fields["options"] {
                if case .mapping(let pairs) = optionsNode.value {
                    for (key, value) in pairs {
                        let letter = (key.text ?? "").trimmed
                        guard letter.count == 1, letter.first!.isUppercase, letter.first!.isASCII else {
                            sink.error(key.location, "an option is named by one capital letter (A, B, C, D), not '\(letter)'")
                            continue
                        }
                        guard let text = value.text, !value.isNull else {
                            sink.error(value.location, "option \(letter) has no text")
                            continue
                        }
                        options.append(ChoiceOption(letter: letter, text: text.trimmed))
                    }
                    if options.count != 4 {
                        sink.warning(optionsNode.location,
                            "\(what) has \(options.count) option\(options.count == 1 ? "" : "s"); the exam's shape is four (A to D)")
                    }
                } else {
                    sink.error(optionsNode.location, "'options' must map letters to texts (A: ..., B: ...), not \(optionsNode.kindName)")
                }
            } else {
                sink.error(node.location, "\(what) has no options", fixIt: "add 'options:' with A:, B:, C:, D:")
            }
            var answer = ""
            if let written = fields.string("answer", required: true) {
                answer = written.uppercased()
                if !options.isEmpty, !options.contains(where: { $0.letter == answer }) {
                    sink.error(fields["answer"]!.location,
                        "the answer '\(written)' is not among the options (\(options.map(\.letter).joined(separator: ", ")))")
                }
            }
            task = fields.string("task") ?? "Choose the one best answer."
            kind = .multipleChoice(
                question: question, options: options, key: MultipleChoiceKey(options: options.map(\.letter), answer: answer))
        } else {
            for name in ["question", "options", "answer"] where fields[name] != nil {
                sink.warning(fields.location(of: name), "'\(name)' is used only by multiple-choice items",
                    fixIt: "add 'type: multiple-choice', or remove '\(name)'")
            }
            task = fields.string("task", required: true) ?? "Assign the codes for this encounter."
            let (entries, entryLocations) = parseKey(
                fields["key"], itemNode: node, what: what, systems: systems, chart: chart, sink: sink)
            locations = entryLocations
            var key = AnswerKey(entries: entries, systems: systems)
            key.query = parseQuery(fields["query"], systems: systems, what: what, sink: sink)
            if let asks = fields.bool("askPoa") {
                key.asksPoa = asks
                if asks, let chart, !chart.setting.isInpatient {
                    sink.error(fields.location(of: "askPoa"),
                        "'askPoa' is for inpatient items: POA indicators go on inpatient claims; chart '\(chart.id)' is \(chart.setting.rawValue)")
                }
            }
            kind = .coding(key)
        }
        if isMultipleChoice {
            for name in ["query", "askPoa"] where fields[name] != nil {
                sink.error(fields.location(of: name), "'\(name)' belongs to coding items, not multiple-choice questions")
            }
        }
        let drg = parseDRG(fields, kind: kind, chart: chart, what: what, sink: sink)
        var item = PackItem(
            id: id, chartReference: chartReference, chart: chart, task: task,
            systems: systems ?? (kind.answerKeySystems ?? []), kind: kind, rationale: rationale,
            hint: fields.string("hint"), tags: tags, points: points, location: node.location,
            keyCodeLocations: locations)
        item.questionPlace = questionPlace
        item.drg = drg
        return item
    }

    // MARK: - Provider queries

    /// `query: {reason: acuity, about: ..., needsQueryFirst: [I50.23]}` or
    /// `query: {warranted: false, about: ...}` on a coding item.
    private func parseQuery(_ node: SourceNode?, systems: [CodeSystem]?, what: String, sink: DiagnosticSink) -> QueryExpectation? {
        guard let node else { return nil }
        guard let query = FieldReader(node, what: "'query'", known: Self.queryFields, sink: sink) else { return nil }
        let warranted = query.bool("warranted") ?? true
        var reason: QueryReason?
        if let written = query.string("reason") {
            if let known = QueryReason(rawValue: written.lowercased()) {
                reason = known
            } else {
                let names = QueryReason.allCases.map(\.rawValue)
                sink.error(query["reason"]!.location,
                    "unknown query reason '\(written)'\(Suggestion.phrase(for: written, in: names))",
                    fixIt: "use \(names.joined(separator: ", "))")
            }
        }
        if warranted, query["reason"] == nil {
            sink.error(node.location, "\(what): a warranted query needs its 'reason'",
                fixIt: "add 'reason:' (conflict, acuity or indicators), or 'warranted: false'")
        }
        if !warranted, let reasonNode = query["reason"] {
            sink.warning(reasonNode.location, "'reason' is not used when 'warranted' is false")
            reason = nil
        }
        let about = query.string("about", required: true) ?? ""
        var needsQueryFirst: [KeyCode] = []
        if let list = query["needsQueryFirst"] {
            if case .sequence(let children) = list.value {
                let parser = AnswerParser(systems: Set(systems ?? CodeSystem.allCases), catalog: catalog)
                for child in children {
                    if let code = readKeyCode(child, parser: parser, sink: sink) { needsQueryFirst.append(code) }
                }
            } else {
                sink.error(list.location, "'needsQueryFirst' must be a list of codes, as in [I50.23, I50.21]")
            }
        }
        return QueryExpectation(warranted: warranted, reason: warranted ? reason : nil, about: about,
                                needsQueryFirst: needsQueryFirst)
    }

    // MARK: - MS-DRG expectations

    /// `drg: {expected: 871, age: 72, sex: male, discharge: 1}` on an inpatient coding item.
    private func parseDRG(
        _ fields: FieldReader, kind: PackItem.Kind, chart: Chart?, what: String, sink: DiagnosticSink
    ) -> DRGExpectation? {
        guard let node = fields["drg"] else { return nil }
        guard let drg = FieldReader(node, what: "'drg'", known: Self.drgFields, sink: sink) else { return nil }
        if case .multipleChoice = kind {
            sink.error(node.location, "'drg' belongs to inpatient coding items, not multiple-choice questions")
        }
        if let chart, !chart.setting.isInpatient {
            sink.error(node.location, "'drg' is for inpatient items; chart '\(chart.id)' is \(chart.setting.rawValue)")
        }
        var expectation = DRGExpectation(expected: nil, age: 0, sex: "unknown", dischargeStatus: 1, location: node.location)
        if let expected = drg.number("expected") {
            if expected == expected.rounded(), (1...999).contains(expected) { expectation.expected = Int(expected) } else {
                sink.error(drg["expected"]!.location, "'expected' is an MS-DRG number from 001 to 999")
            }
        } else {
            sink.error(node.location, "'drg' needs 'expected': the MS-DRG the key's codes group to",
                fixIt: "run 'chartdrill drg' with the key's codes to see it")
        }
        if let age = drg.number("age") {
            if age == age.rounded(), (0...124).contains(age) { expectation.age = Int(age) } else {
                sink.error(drg["age"]!.location, "'age' is the patient's age in whole years, 0 to 124")
            }
        } else {
            sink.error(node.location, "'drg' needs 'age': the patient's age in years, as the chart gives it")
        }
        if let sex = drg.string("sex") {
            if ["male", "female", "unknown"].contains(sex.lowercased()) { expectation.sex = sex.lowercased() } else {
                sink.error(drg["sex"]!.location, "'sex' is male, female or unknown, not '\(sex)'")
            }
        } else {
            sink.error(node.location, "'drg' needs 'sex': male, female or unknown")
        }
        if let status = drg.number("discharge") {
            if status == status.rounded(), (1...99).contains(status) { expectation.dischargeStatus = Int(status) } else {
                sink.error(drg["discharge"]!.location, "'discharge' is the UB-04 discharge status code (1 home, 3 SNF, 20 expired...)")
            }
        }
        return expectation
    }

    // MARK: - Answer keys

    private func parseKey(
        _ keyNode: SourceNode?, itemNode: SourceNode, what: String, systems: [CodeSystem]?, chart: Chart?,
        sink: DiagnosticSink
    ) -> ([KeyEntry], [[SourceLocation]]) {
        guard let keyNode else {
            sink.error(itemNode.location, "\(what) has no answer key", fixIt: "add 'key:' with the codes")
            return ([], [])
        }
        guard case .sequence(let children) = keyNode.value else {
            sink.error(keyNode.location, "'key' must be a list of codes (each line starting with '- ')")
            return ([], [])
        }
        let parser = AnswerParser(systems: Set(systems ?? CodeSystem.allCases), catalog: catalog)
        var drafts: [(codes: [KeyCode], locations: [SourceLocation], role: KeyRole?, optional: Bool, note: String?, poa: String?, at: SourceLocation)] = []
        for child in children {
            var codeNodes: [SourceNode] = []
            var role: KeyRole?
            var optional = false
            var note: String?
            var poa: String?
            switch child.value {
            case .scalar:
                if child.isNull {
                    sink.error(child.location, "an empty entry in the key")
                    continue
                }
                codeNodes = [child]
            case .sequence:
                sink.error(child.location, "a key entry is a code or a mapping (code:, role:), not a list",
                    fixIt: "for alternatives write 'anyOf: [A, B]'")
                continue
            case .mapping:
                guard let entry = FieldReader(child, what: "a key entry", known: Self.keyEntryFields, sink: sink) else { continue }
                if let code = entry["code"], let anyOf = entry["anyOf"] {
                    sink.error(anyOf.location, "a key entry has either 'code' or 'anyOf', not both")
                    codeNodes = [code]
                } else if let code = entry["code"] {
                    codeNodes = [code]
                } else if let anyOf = entry["anyOf"] {
                    if case .sequence(let alternatives) = anyOf.value, !alternatives.isEmpty {
                        codeNodes = alternatives
                    } else {
                        sink.error(anyOf.location, "'anyOf' must be a list of at least one code, as in [Z79.84, Z79.85]")
                        continue
                    }
                } else {
                    sink.error(child.location, "a key entry needs 'code' (or 'anyOf')")
                    continue
                }
                if let written = entry.string("role") {
                    if let known = KeyRole(rawValue: written.lowercased()) {
                        role = known
                    } else {
                        let names = KeyRole.allCases.map(\.rawValue)
                        sink.error(entry["role"]!.location, "unknown role '\(written)'\(Suggestion.phrase(for: written, in: names))",
                            fixIt: "use \(names.joined(separator: ", "))")
                    }
                }
                optional = entry.bool("optional") ?? false
                note = entry.string("note")
                if let written = entry.string("poa") {
                    let indicator = written.uppercased()
                    if POAIndicator.values.contains(indicator) {
                        poa = indicator
                    } else {
                        sink.error(entry["poa"]!.location,
                            "'poa' is a present-on-admission indicator: Y, N, U, W or 1 (exempt), not '\(written)'")
                    }
                }
            }
            var codes: [KeyCode] = []
            var locations: [SourceLocation] = []
            for codeNode in codeNodes {
                guard let code = readKeyCode(codeNode, parser: parser, sink: sink) else { continue }
                codes.append(code)
                locations.append(codeNode.location)
            }
            if codes.isEmpty { continue }
            if poa != nil, codes.first?.system != .icd10cm {
                sink.error(child.location, "'poa' belongs to diagnoses; \(codes[0].display) is a \(codes[0].system.displayName) code")
            }
            drafts.append((codes, locations, role, optional, note, poa, child.location))
        }
        // Roles left out: the first ICD-10-CM code is the first-listed (principal when inpatient)
        // diagnosis unless another entry claims that role; other ICD-10-CM codes are secondary;
        // all others are procedures.
        let inpatient = chart?.setting.isInpatient ?? false
        var sequencedTaken = drafts.contains { $0.role?.isSequenced == true }
        var entries: [KeyEntry] = []
        var locations: [[SourceLocation]] = []
        for draft in drafts {
            let isDiagnosis = draft.codes[0].system == .icd10cm
            var role: KeyRole
            if let explicit = draft.role {
                role = explicit
                if explicit == .procedure, isDiagnosis {
                    sink.error(draft.at, "\(draft.codes[0].display) is a diagnosis code, its role cannot be 'procedure'")
                }
                if explicit != .procedure, !isDiagnosis {
                    sink.error(draft.at, "\(draft.codes[0].display) is a \(draft.codes[0].system.displayName) code: its role is 'procedure'")
                }
                if explicit == .principal, let chart, !chart.setting.isInpatient {
                    sink.warning(draft.at, "'principal' is the inpatient term; chart '\(chart.id)' is \(chart.setting.rawValue)",
                        fixIt: "write 'role: first-listed'")
                }
                if explicit == .firstListed, let chart, chart.setting.isInpatient {
                    sink.warning(draft.at, "chart '\(chart.id)' is inpatient: its first diagnosis is the principal one",
                        fixIt: "write 'role: principal'")
                }
            } else if isDiagnosis {
                if !sequencedTaken && !draft.optional {
                    role = inpatient ? .principal : .firstListed
                    sequencedTaken = true
                } else {
                    role = .secondary
                }
            } else {
                role = .procedure
            }
            entries.append(KeyEntry(alternatives: draft.codes, role: role, optional: draft.optional, note: draft.note, poa: draft.poa))
            locations.append(draft.locations)
        }
        let sequenced = entries.indices.filter { entries[$0].role.isSequenced }
        if sequenced.count > 1 {
            sink.error(drafts[sequenced[1]].at, "the key has more than one principal or first-listed diagnosis",
                fixIt: "mark the others 'role: secondary'")
        }
        if entries.isEmpty {
            sink.error(keyNode.location, "\(what) has no readable code in its key")
        }
        return (entries, locations)
    }

    /// One code of a key (or of `needsQueryFirst`), read as a trainee types it; an error at its
    /// place when the node is not text or does not hold exactly one code.
    private func readKeyCode(_ node: SourceNode, parser: AnswerParser, sink: DiagnosticSink) -> KeyCode? {
        guard let text = node.text, !node.isNull else {
            sink.error(node.location, "a code must be text, not \(node.kindName)")
            return nil
        }
        let read = parser.parse(text)
        guard read.count == 1, let code = read.first.flatMap(KeyCode.init) else {
            let problem = read.first(where: { $0.problem != nil })?.problem
            sink.error(node.location,
                read.count > 1 ? "'\(text)' holds \(read.count) codes; write one code per key entry"
                    : "'\(text)' cannot be read as a code\(problem.map { ": \($0)" } ?? "")",
                fixIt: read.count > 1 ? "give each code its own '- ' line" : nil)
            return nil
        }
        return code
    }
}

extension PackItem.Kind {
    /// The systems of a coding item's key, derived when the item names none.
    var answerKeySystems: [CodeSystem]? {
        if case .coding(let key) = self { return key.systems }
        return nil
    }
}
