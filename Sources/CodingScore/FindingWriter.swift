/// Writes each finding's one-line explanation, in words a student understands.
///
/// Titles, PCS axis titles and value labels come from the code book when it has them;
/// without them the explanation falls back on what the code's characters say.
struct FindingWriter {
    var catalog: any CodeCatalog

    // MARK: - Paired codes

    func correct(_ entered: EnteredCode, optional: Bool) -> String {
        optional ? "\(entered.display): correct (an optional code)" : "\(entered.display): correct"
    }

    /// "S52.521A: wrong side: same category as the key's S52.522A; laterality differs: right vs
    /// left", and why the code differs.
    func specificity(_ entered: EnteredCode, _ key: KeyCode) -> (String, SpecificityReason) {
        let enteredTitle = catalog.title(of: entered.code, in: .icd10cm)
        let keyTitle = catalog.title(of: key.code, in: .icd10cm)
        var aspects: [String] = []
        var reason: SpecificityReason?
        var enteredWords: [Substring] = []
        var keyWords: [Substring] = []
        if let enteredTitle, let keyTitle {
            enteredWords = Self.words(enteredTitle)
            keyWords = Self.words(keyTitle)
            let enteredSide = Self.side(enteredWords)
            let keySide = Self.side(keyWords)
            if enteredSide != keySide {
                aspects.append("laterality differs: \(enteredSide ?? "unspecified") vs \(keySide ?? "unspecified")")
                reason = enteredSide == nil ? .unspecified : keySide == nil ? .detail : .laterality
            }
        }
        if let episode = episode(entered.code, key.code, enteredTitle, keyTitle) {
            aspects.append(episode)
            if reason != .laterality { reason = .episode }
        }
        if aspects.isEmpty {
            if enteredTitle != nil, keyTitle != nil {
                if enteredWords.contains("unspecified") && !keyWords.contains("unspecified") {
                    aspects.append("the key's code: \(keyTitle!)")
                    reason = .unspecified
                } else if let (mine, theirs) = Self.difference(enteredWords, keyWords) {
                    aspects.append("'\(mine)' vs the key's '\(theirs)'")
                }
            }
            if aspects.isEmpty { aspects.append("another code of that category") }
        }
        let why = reason ?? .detail
        let label = why == .detail ? "" : why.label + ": "
        return ("\(entered.code): \(label)same category as the key's \(key.code); " + aspects.joined(separator: "; "), why)
    }

    /// "99214: one level above the key's 99213 (up-coded)".
    func level(_ entered: EnteredCode, _ key: KeyCode) -> String {
        let difference = (Int(entered.code) ?? 0) - (Int(key.code) ?? 0)
        let count = Self.countWord(abs(difference))
        if difference > 0 {
            return "\(entered.code): \(count) level\(abs(difference) == 1 ? "" : "s") above the key's \(key.code) (up-coded)"
        }
        return "\(entered.code): \(count) level\(abs(difference) == 1 ? "" : "s") below the key's \(key.code) (down-coded)"
    }

    /// "0SR90J9: same root operation as the key's 0SR9019; Device differs (Synthetic Substitute vs Metal)".
    /// Also returns the titles of the axes that differ.
    func axis(_ entered: EnteredCode, _ key: KeyCode) -> (String, [String]) {
        let mine = Array(entered.code.utf8)
        let theirs = Array(key.code.utf8)
        var titles: [String] = []
        var parts: [String] = []
        for position in 3..<min(7, min(mine.count, theirs.count)) where mine[position] != theirs[position] {
            let title = catalog.pcsAxisTitle(of: key.code, position: position)
                ?? Self.fallbackAxisTitle(section: theirs[0], position: position)
            let myLabel = catalog.pcsValueLabel(of: entered.code, position: position)
            let theirLabel = catalog.pcsValueLabel(of: key.code, position: position)
            let myChar = String(UnicodeScalar(mine[position]))
            let theirChar = String(UnicodeScalar(theirs[position]))
            let values = if let myLabel, let theirLabel {
                "\(myLabel) vs \(theirLabel)"
            } else {
                "\(myChar) vs \(theirChar)"
            }
            titles.append(title)
            parts.append("\(title) differs (\(values))")
        }
        if parts.isEmpty { parts.append("another code with that root operation") }
        return ("\(entered.code): same root operation as the key's \(key.code); " + parts.joined(separator: "; "), titles)
    }

    /// "27447-LT: code right, modifiers differ from the key's 27447-RT: LT instead of RT".
    func modifier(_ entered: EnteredCode, _ key: KeyCode, alsoUnits: Bool) -> String {
        let missing = key.modifiers.filter { !entered.modifiers.contains($0) }
        let extra = entered.modifiers.filter { !key.modifiers.contains($0) }
        var what: String
        if missing.count == 1 && extra.count == 1 {
            what = "\(extra[0]) instead of \(missing[0])"
        } else {
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
            if !extra.isEmpty { parts.append("\(extra.joined(separator: ", ")) not wanted") }
            what = parts.joined(separator: "; ")
        }
        if alsoUnits { what += "; units differ too: \(entered.units) vs the key's \(key.units)" }
        return "\(entered.display): code right, modifiers differ from the key's \(key.display): \(what)"
    }

    /// "96372: code right, units differ: 1 vs the key's 2".
    func units(_ entered: EnteredCode, _ key: KeyCode) -> String {
        "\(entered.display): code right, units differ: \(entered.units) vs the key's \(key.units)"
    }

    /// "E11.6: not reportable: E11.6 is a subcategory: choose a 5th character".
    func invalid(_ entered: EnteredCode, status: CodeStatus?, key: KeyCode?) -> String {
        var text: String
        if entered.system == nil {
            // The parser's message usually names the token already.
            let problem = entered.problem ?? "not a code"
            text = problem.contains(entered.token) || problem.contains(entered.code) ? problem : "'\(entered.token)': \(problem)"
        } else {
            switch status {
            case .notReportable(let reason): text = "\(entered.display): not reportable: \(reason)"
            default: text = "\(entered.display): not in the \(entered.system!.displayName) code set"
            }
        }
        if let key {
            let group = key.system == .icd10pcs ? "with that root operation"
                : key.system == .cpt ? "in that family" : "in that category"
            text += "; the key's code \(group) is \(key.display)"
        }
        return text
    }

    // MARK: - Unpaired codes and the whole answer

    enum ExtraReason {
        case notAsked(systems: [CodeSystem])
        case duplicate
        case overCoding
    }

    func extra(_ entered: EnteredCode, reason: ExtraReason) -> String {
        switch reason {
        case .notAsked(let systems):
            let names = systems.map(\.displayName).joined(separator: " and ")
            return "\(entered.display): this item asks for \(names) codes, not \(entered.system?.displayName ?? "this")"
        case .duplicate:
            return "\(entered.display): entered twice; a code is reported once"
        case .overCoding:
            return "\(entered.display): not in the key (over-coding)"
        }
    }

    func missing(_ entry: KeyEntry, inpatient: Bool) -> String {
        var text = "missing: the key has \(entry.primary.display)"
        if entry.alternatives.count > 1 {
            text += " (or " + entry.alternatives.dropFirst().map(\.display).joined(separator: ", or ") + ")"
        }
        if entry.role.isSequenced { text += ", the \(Self.roleName(entry.role, inpatient: inpatient))" }
        return text
    }

    func sequencing(_ entered: EnteredCode, first: EnteredCode, role: KeyRole, inpatient: Bool) -> String {
        "\(entered.code) is the \(Self.roleName(role, inpatient: inpatient)): type it before \(first.code)"
    }

    func excludes1(_ a: EnteredCode, _ b: EnteredCode) -> String {
        "\(a.code) and \(b.code): an Excludes1 note says they are never reported together"
    }

    // MARK: - Queries and POA

    func unsupported(_ entered: EnteredCode) -> String {
        "\(entered.display): not supported by the documentation as written; it needs a provider query first"
    }

    func query(_ entered: EnteredCode, expectation: QueryExpectation) -> String {
        let about = Self.sentence(expectation.about)
        guard let reason = expectation.reason else { return "query: warranted. \(about)" }
        if entered.query?.reason == reason { return "query \(reason.rawValue): warranted, for \(reason.phrase). \(about)" }
        let typed = entered.query?.reason.map { "not \($0.rawValue)" } ?? "name the reason"
        return "query: warranted, but for \(reason.phrase) (query \(reason.rawValue); \(typed)). \(about)"
    }

    func missedQuery(_ expectation: QueryExpectation) -> String {
        let reason = expectation.reason.map { " (query \($0.rawValue): \($0.phrase))" } ?? ""
        return "missing: a provider query was needed\(reason). \(Self.sentence(expectation.about))"
    }

    func repeatedQuery(_ entered: EnteredCode) -> String { "\(entered.display): one query is enough" }

    func unwarrantedQuery(_ entered: EnteredCode, expectation: QueryExpectation?) -> String {
        let why = expectation.map { Self.sentence($0.about) } ?? "The documentation supports the codes as written."
        return "\(entered.display): no query is needed here. \(why)"
    }

    func poa(_ entered: EnteredCode, expected: String) -> String {
        let typed = entered.poa.map { "POA \($0) (\(POAIndicator.meaning($0)))" } ?? "no POA indicator typed"
        return "\(entered.code): \(typed); the key has \(expected) (\(POAIndicator.meaning(expected))); type it as \(entered.code):\(expected)"
    }

    /// One line of pack text: white space runs made single, ending in a full stop.
    static func sentence(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let last = line.last else { return "" }
        return ".!?".contains(last) ? line : line + "."
    }

    // MARK: - Words

    static func roleName(_ role: KeyRole, inpatient: Bool) -> String {
        role == .principal || inpatient ? "principal diagnosis" : "first-listed diagnosis"
    }

    static func countWord(_ number: Int) -> String {
        switch number {
        case 1: return "one"
        case 2: return "two"
        case 3: return "three"
        case 4: return "four"
        default: return String(number)
        }
    }

    /// Section 0 (Medical and Surgical) axis titles, when the code book gives none.
    static func fallbackAxisTitle(section: UInt8, position: Int) -> String {
        if section == UInt8(ascii: "0") {
            switch position {
            case 3: return "Body Part"
            case 4: return "Approach"
            case 5: return "Device"
            case 6: return "Qualifier"
            default: break
            }
        }
        return "character \(position + 1)"
    }

    /// The episode of care a 7th character A, D or S names.
    static func episodeName(_ character: Character) -> String? {
        switch character {
        case "A": return "initial encounter"
        case "D": return "subsequent encounter"
        case "S": return "sequela"
        default: return nil
        }
    }

    /// "episode differs: initial encounter vs subsequent encounter (7th character A vs D)".
    func episode(_ entered: String, _ key: String, _ enteredTitle: String?, _ keyTitle: String?) -> String? {
        // Both codes carry a 7th character (dotted: eight characters) and it differs.
        guard entered.count == 8, key.count == 8, let mine = entered.last, let theirs = key.last, mine != theirs,
            mine.isLetter, theirs.isLetter
        else { return nil }
        let names: (String, String)
        if let enteredTitle, let keyTitle, let a = Self.episodePhrase(enteredTitle), let b = Self.episodePhrase(keyTitle) {
            names = (a, b)
        } else if let a = Self.episodeName(mine), let b = Self.episodeName(theirs) {
            names = (a, b)
        } else {
            return "7th character differs: \(mine) vs \(theirs)"
        }
        return "episode differs: \(names.0) vs \(names.1) (7th character \(mine) vs \(theirs))"
    }

    /// The part of a title after its last comma that names the encounter ("initial encounter for closed fracture").
    static func episodePhrase(_ title: String) -> String? {
        guard let last = title.split(separator: ",").last?.trimmingSpaces else { return nil }
        let lower = last.lowercased()
        return lower.contains("encounter") || lower.contains("sequela") ? lower : nil
    }

    /// Lower-case words of a title, without commas.
    static func words(_ title: String) -> [Substring] {
        title.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
    }

    /// The side a title names: "right", "left", "bilateral", or nil.
    static func side(_ words: [Substring]) -> String? {
        if words.contains("bilateral") { return "bilateral" }
        let right = words.contains("right")
        let left = words.contains("left")
        if right && !left { return "right" }
        if left && !right { return "left" }
        return nil
    }

    /// The words in which two titles differ, once their common beginning and end are dropped.
    static func difference(_ a: [Substring], _ b: [Substring]) -> (String, String)? {
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var endA = a.count
        var endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] {
            endA -= 1
            endB -= 1
        }
        let mine = a[start..<endA].joined(separator: " ")
        let theirs = b[start..<endB].joined(separator: " ")
        guard !(mine.isEmpty && theirs.isEmpty) else { return nil }
        return (mine.isEmpty ? "(nothing)" : mine, theirs.isEmpty ? "(nothing)" : theirs)
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces.
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
