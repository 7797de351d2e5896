import CodingScore
import TestSupport

/// Builds an answer key from a compact spec: entries separated by commas, alternatives by
/// `|`; a trailing `*` marks the first-listed diagnosis, `!` the principal diagnosis, `?` an
/// optional code. Codes are written as a trainee types them (`27447-RT`, `J1885x2`).
/// `systems` is a space-separated list of prefixes (`cm cpt hcpcs pcs`).
func makeKey(_ spec: String, _ systems: String, catalog: any CodeCatalog = FakeCatalog.standard) -> AnswerKey {
    let systemList = systems.split(separator: " ").map { CodeSystem(prefix: String($0))! }
    let parser = AnswerParser(systems: Set(systemList), catalog: catalog)
    var entries: [KeyEntry] = []
    for raw in spec.split(separator: ",") {
        var text = String(raw).strip(" ")
        var optional = false
        var role: KeyRole?
        while let last = text.last, "*!?".contains(last) {
            switch last {
            case "?": optional = true
            case "*": role = .firstListed
            default: role = .principal
            }
            text.removeLast()
        }
        let alternatives = text.split(separator: "|").map { token -> KeyCode in
            let code = parser.read(String(token))
            guard let key = KeyCode(code) else { preconditionFailure("bad key code \(token): \(code.problem ?? "")") }
            return key
        }
        let system = alternatives[0].system
        entries.append(KeyEntry(alternatives: alternatives, role: role ?? (system == .icd10cm ? .secondary : .procedure),
                                optional: optional))
    }
    return AnswerKey(entries: entries, systems: systemList)
}

/// A finding in a few words: `correct E11.42`, `specificity S52.521A>S52.522A`,
/// `missing E11.42`, `sequencing E11.42`, `excludes1 E11.9+E10.9`, `modifier+units ...`.
func describe(_ finding: Finding) -> String {
    switch finding.kind {
    case .missing:
        return "missing \(finding.key!.display)"
    case .sequencing:
        return "sequencing \(finding.entered!.code)"
    case .excludes1:
        return "excludes1 \(finding.entered!.code)+\(finding.other!.code)"
    default:
        var kind = finding.kind.rawValue
        if finding.kind == .modifier && finding.details.contains("units") { kind = "modifier+units" }
        guard let entered = finding.entered else { return kind }
        guard let key = finding.key else { return "\(kind) \(entered.display)" }
        if finding.kind == .correct && key.display == entered.display { return "correct \(entered.display)" }
        return "\(kind) \(entered.display)>\(key.display)"
    }
}

extension String {
    func strip(_ set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
