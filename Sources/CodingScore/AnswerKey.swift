/// A code in an answer key: what the trainee must type for one slot.
public struct KeyCode: Codable, Sendable, Hashable {
    public var system: CodeSystem
    /// Normalized as `EnteredCode.code`.
    public var code: String
    /// Required modifiers, upper case, sorted.
    public var modifiers: [String]
    public var units: Int

    public init(system: CodeSystem, code: String, modifiers: [String] = [], units: Int = 1) {
        self.system = system
        self.code = code
        self.modifiers = normalizedModifiers(modifiers)
        self.units = units
    }

    /// The code as a coder writes it: `27447-RT`, `96372 x2`.
    public var display: String {
        var text = code
        for modifier in modifiers { text += "-\(modifier)" }
        if units != 1 { text += " x\(units)" }
        return text
    }
}

/// The role a key code plays on the claim.
public enum KeyRole: String, Codable, Sendable, CaseIterable {
    /// The principal diagnosis (inpatient): must be the first ICD-10-CM code typed.
    case principal
    /// The first-listed diagnosis (outpatient): must be the first ICD-10-CM code typed.
    case firstListed = "first-listed"
    /// Any other diagnosis, in any order.
    case secondary
    /// A procedure, service or supply code (ICD-10-PCS, CPT, HCPCS).
    case procedure

    /// Whether the code must come first among the diagnoses.
    public var isSequenced: Bool { self == .principal || self == .firstListed }
}

/// One slot of an answer key: one code, or alternatives of which any one is right.
public struct KeyEntry: Codable, Sendable, Hashable {
    /// At least one; any one of them fills the slot.
    public var alternatives: [KeyCode]
    public var role: KeyRole
    /// Optional codes pair and show findings but are never `missing` and never count in recall.
    public var optional: Bool
    /// Why this code, for feedback; optional.
    public var note: String?
    /// A diagnosis's present-on-admission indicator (`Y`, `N`, `U`, `W`, `1`) on an inpatient
    /// claim; nil means `Y`. Used when the claim is grouped, and scored when the key `asksPoa`.
    public var poa: String?

    public init(alternatives: [KeyCode], role: KeyRole, optional: Bool = false, note: String? = nil, poa: String? = nil) {
        self.alternatives = alternatives
        self.role = role
        self.optional = optional
        self.note = note
        self.poa = poa
    }

    public init(_ code: KeyCode, role: KeyRole, optional: Bool = false) {
        self.init(alternatives: [code], role: role, optional: optional)
    }

    /// The first alternative, which feedback names as "the key's code".
    public var primary: KeyCode { alternatives[0] }
}

/// The answer key of a coding item.
public struct AnswerKey: Codable, Sendable, Hashable {
    public var entries: [KeyEntry]
    /// The code systems the item asks for; codes of other systems are `extra`.
    public var systems: [CodeSystem]
    /// Whether a provider query is the right response, and why (nil: the item says nothing,
    /// so a query typed is not warranted).
    public var query: QueryExpectation?
    /// The trainee types each diagnosis's present-on-admission indicator (`A41.9:Y`), scored
    /// against the entries' `poa`.
    public var asksPoa: Bool

    public init(entries: [KeyEntry], systems: [CodeSystem]? = nil, query: QueryExpectation? = nil, asksPoa: Bool = false) {
        self.entries = entries
        self.systems = systems ?? Array(Set(entries.flatMap { $0.alternatives.map(\.system) })).sorted()
        self.query = query
        self.asksPoa = asksPoa
    }

    private enum CodingKeys: String, CodingKey { case entries, systems, query, asksPoa }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entries = try container.decode([KeyEntry].self, forKey: .entries)
        systems = try container.decode([CodeSystem].self, forKey: .systems)
        query = try container.decodeIfPresent(QueryExpectation.self, forKey: .query)
        asksPoa = try container.decodeIfPresent(Bool.self, forKey: .asksPoa) ?? false
    }

    /// Entries that count in recall and can be `missing`.
    public var requiredEntries: [KeyEntry] { entries.filter { !$0.optional } }

    /// The key as a trainee types it to score all correct: the required codes, the principal or
    /// first-listed one first, each diagnosis with its POA indicator when the key asks for
    /// them, and the query when one is warranted (`A41.9:Y, R65.20:Y, query indicators`).
    public var typed: String {
        let required = requiredEntries
        let ordered = required.filter { $0.role.isSequenced } + required.filter { !$0.role.isSequenced }
        var parts = ordered.map { entry -> String in
            guard asksPoa, entry.primary.system == .icd10cm else { return entry.primary.display }
            return entry.primary.display + ":" + (entry.poa ?? "Y")
        }
        if let query, query.warranted {
            parts.append(query.reason.map { "query \($0.rawValue)" } ?? "query")
        }
        return parts.joined(separator: ", ")
    }
}

/// A multiple-choice question in the certification exam's shape: all or nothing.
public struct MultipleChoiceKey: Codable, Sendable, Hashable {
    /// Option letters in order ("A", "B", "C", "D").
    public var options: [String]
    /// The right option's letter.
    public var answer: String

    public init(options: [String], answer: String) {
        self.options = options
        self.answer = answer
    }

    /// The one reader of a typed choice, for the REPL, `grade` and the scorer: the answer with
    /// spaces, brackets and a full stop around it taken off, upper-cased ("b)" → "B"); nil
    /// unless it is one of this item's own option letters.
    public func letter(in typed: String) -> String? {
        let picked = Self.trimmed(typed)
        return options.contains(where: { $0.uppercased() == picked }) ? picked : nil
    }

    /// "A, B, C or D": the item's own letters, for a prompt.
    public var lettersText: String {
        let letters = options.map { $0.uppercased() }
        guard letters.count > 1 else { return letters.first ?? "" }
        return letters.dropLast().joined(separator: ", ") + " or " + letters.last!
    }

    static func trimmed(_ typed: String) -> String {
        var letter = Substring(typed)
        let trim: Set<Character> = [" ", "\t", "\n", "\r", "(", ")", "."]
        while let first = letter.first, trim.contains(first) { letter = letter.dropFirst() }
        while let last = letter.last, trim.contains(last) { letter = letter.dropLast() }
        return letter.uppercased()
    }
}

extension KeyCode {
    /// The key code an entered code names (how a pack's key, written as a trainee types it, is
    /// read: `27447-RT`, `J1885x2`, `hcpcs:J1100`); nil when the token could not be read.
    public init?(_ entered: EnteredCode) {
        guard let system = entered.system else { return nil }
        self.init(system: system, code: entered.code, modifiers: entered.modifiers, units: entered.units)
    }
}
