/// The code systems a coder assigns from.
public enum CodeSystem: String, Codable, Sendable, CaseIterable, Comparable {
    /// ICD-10-CM diagnoses, written with the dot after the third character (`E11.621`).
    case icd10cm
    /// ICD-10-PCS inpatient procedures: seven characters, no dot (`0SR9019`).
    case icd10pcs
    /// CPT (AMA): five digits, or four digits and F or T. Checked by shape and range only.
    case cpt
    /// HCPCS Level II: a letter and four digits (`J1885`).
    case hcpcs

    /// The prefix a trainee may type to settle the system (`cm:`, `pcs:`, `cpt:`, `hcpcs:`).
    public var prefix: String {
        switch self {
        case .icd10cm: return "cm"
        case .icd10pcs: return "pcs"
        case .cpt: return "cpt"
        case .hcpcs: return "hcpcs"
        }
    }

    /// The name a coder reads.
    public var displayName: String {
        switch self {
        case .icd10cm: return "ICD-10-CM"
        case .icd10pcs: return "ICD-10-PCS"
        case .cpt: return "CPT"
        case .hcpcs: return "HCPCS"
        }
    }

    /// Whether codes of this system take modifiers and units.
    public var takesModifiersAndUnits: Bool { self == .cpt || self == .hcpcs }

    /// Whether codes of this system are diagnoses (they carry sequencing).
    public var isDiagnosis: Bool { self == .icd10cm }

    public init?(prefix: String) {
        guard let match = CodeSystem.allCases.first(where: { $0.prefix == prefix.lowercased() || $0.rawValue == prefix.lowercased() })
        else { return nil }
        self = match
    }

    public static func < (lhs: CodeSystem, rhs: CodeSystem) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
