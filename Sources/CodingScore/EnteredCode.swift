/// One code as the trainee typed it, read and normalized.
public struct EnteredCode: Codable, Sendable, Hashable {
    /// The token exactly as typed (`e11621`, `J1885x4`, `27447-RT`).
    public var token: String
    /// Its place among the codes typed, from 0: the first ICD-10-CM code is the principal
    /// or first-listed diagnosis.
    public var position: Int
    /// The system it was read as, or nil when the token cannot be read as a code at all.
    public var system: CodeSystem?
    /// The normalized code: upper case; ICD-10-CM with its dot (`E11.621`).
    public var code: String
    /// Modifiers, upper case, sorted, without duplicates (compared as a set).
    public var modifiers: [String]
    /// Units (CPT/HCPCS), 1 unless given.
    public var units: Int
    /// How the system was settled, for the REPL's echo ("five digits: CPT").
    public var readAs: String
    /// Why the token cannot be read, when `system` is nil.
    public var problem: String?
    /// The present-on-admission indicator typed after the code (`A41.9:Y`), upper case.
    public var poa: String?
    /// Set when the token is a provider query (`query acuity`), not a code.
    public var query: EnteredQuery?

    public init(
        token: String, position: Int, system: CodeSystem?, code: String, modifiers: [String] = [],
        units: Int = 1, readAs: String = "", problem: String? = nil
    ) {
        self.token = token
        self.position = position
        self.system = system
        self.code = code
        self.modifiers = normalizedModifiers(modifiers)
        self.units = units
        self.readAs = readAs
        self.problem = problem
    }

    /// The code as a coder writes it, with modifiers and units: `27447-RT`, `96372 x2`.
    public var display: String {
        if let query { return query.reason.map { "query \($0.rawValue)" } ?? "query" }
        var text = code
        for modifier in modifiers { text += "-\(modifier)" }
        if units != 1 { text += " x\(units)" }
        return text
    }
}

/// Modifiers upper case, sorted, without duplicates (compared as a set).
func normalizedModifiers(_ modifiers: [String]) -> [String] {
    switch modifiers.count {
    case 0: return []
    case 1: return [modifiers[0].uppercased()]
    default: return Array(Set(modifiers.map { $0.uppercased() })).sorted()
    }
}
