import Foundation

/// What the grouper made of one claim: the final MS-DRG and what each code did.
public struct Grouping: Sendable, Hashable {
    /// How a diagnosis counted: its severity level and whether a CC exclusion cancelled it.
    public struct DiagnosisResult: Sendable, Hashable {
        /// Dotless, as the grouper returns it.
        public var code: String
        /// `MCC`, `CC` or `NONE`.
        public var severity: String
        /// A CC or MCC made a non-CC by the principal diagnosis (Table 6K).
        public var excluded: Bool
        /// Whether it moved the DRG (the grouper's `drg_impact`: `NONE`, `INITIAL`, `FINAL`, `BOTH`).
        public var movedDRG: Bool
        public var valid: Bool
    }

    public struct ProcedureResult: Sendable, Hashable {
        public var code: String
        /// An operating-room procedure in the MS-DRG definitions.
        public var isOR: Bool
        public var movedDRG: Bool
    }

    public var drg: Int
    public var mdc: Int?
    public var title: String
    /// `MCC`, `CC` or `NONE`: the level the DRG was chosen at.
    public var severity: String
    /// `OK`, or the grouper's reason it could not group.
    public var returnCode: String
    public var principal: DiagnosisResult?
    public var secondary: [DiagnosisResult]
    public var procedures: [ProcedureResult]

    /// The surgical/medical partition comes from Table 5; this tells whether any OR procedure counted.
    public var hasORProcedure: Bool { procedures.contains { $0.isOR } }

    /// The secondary diagnoses that counted as a CC or MCC (not excluded).
    public var countedSeverityCodes: [DiagnosisResult] {
        secondary.filter { !$0.excluded && ($0.severity == "CC" || $0.severity == "MCC") }
    }

    func secondary(_ code: String) -> DiagnosisResult? { secondary.first { $0.code == Claim.dotless(code) } }

    /// Reads the grouper's result JSON.
    static func decode(_ json: String) throws -> Grouping {
        let raw = try JSONDecoder().decode(RawResult.self, from: Data(json.utf8))
        func diagnosis(_ d: RawDiagnosis) -> DiagnosisResult {
            let flags = d.flags ?? []
            return DiagnosisResult(
                code: d.code, severity: d.severity ?? "NONE", excluded: flags.contains("EXCLUDED"),
                movedDRG: (d.drg_impact ?? "NONE") != "NONE", valid: !flags.contains("INVALID") && flags.contains("VALID"))
        }
        return Grouping(
            drg: raw.final_drg ?? 999, mdc: raw.final_mdc, title: raw.final_drg_description ?? "Ungroupable",
            severity: raw.final_severity ?? "NONE", returnCode: raw.return_code ?? "?",
            principal: raw.pdx_output.map(diagnosis), secondary: (raw.sdx_output ?? []).map(diagnosis),
            procedures: (raw.proc_output ?? []).map {
                ProcedureResult(code: $0.code, isOR: $0.is_or ?? false, movedDRG: ($0.drg_impact ?? "NONE") != "NONE")
            })
    }

    // The package's JSON, field for field.
    private struct RawDiagnosis: Decodable {
        var code: String
        var severity: String?
        var drg_impact: String?
        var flags: [String]?
    }
    private struct RawProcedure: Decodable {
        var code: String
        var is_or: Bool?
        var drg_impact: String?
    }
    private struct RawResult: Decodable {
        var final_drg: Int?
        var final_mdc: Int?
        var final_drg_description: String?
        var return_code: String?
        var final_severity: String?
        var pdx_output: RawDiagnosis?
        var sdx_output: [RawDiagnosis]?
        var proc_output: [RawProcedure]?
    }
}

/// One Medicare Code Editor edit on a claim, with the code it concerns where one does.
public struct CodeEdit: Sendable, Hashable {
    /// The editor's name for it (`AGE_CONFLICT`, `UNACCEPTABLE_PDX`, ...).
    public var name: String
    /// The code the edit is about, when a single code triggers it.
    public var code: String?

    /// The edit in words, as an auditor says it.
    public var explanation: String {
        let what = Self.descriptions[name] ?? name.lowercased().replacingOccurrences(of: "_", with: " ")
        return code.map { "\($0): \(what)" } ?? what
    }

    static let descriptions: [String: String] = [
        "INVALID_CODE": "not a valid code on the discharge date",
        "INVALID_PDX": "not a valid principal diagnosis",
        "SEX_CONFLICT": "conflicts with the patient's sex",
        "AGE_CONFLICT": "conflicts with the patient's age",
        "INVALID_AGE": "the age is not valid",
        "INVALID_SEX": "the sex is not valid",
        "INVALID_DISCHARGE_STATUS": "the discharge status is not valid",
        "E_CODE_AS_PDX": "an external-cause code cannot be the principal diagnosis",
        "MANIFESTATION_AS_PDX": "a manifestation code cannot be the principal diagnosis (code the underlying condition first)",
        "UNACCEPTABLE_PDX": "unacceptable as a principal diagnosis",
        "DUPLICATE_OF_PDX": "a secondary diagnosis repeats the principal",
        "NONSPECIFIC_PDX": "a nonspecific principal diagnosis",
        "QUESTIONABLE_ADMISSION": "a questionable admission for this principal diagnosis",
        "QUESTIONABLE_OBSTETRIC_ADMISSION": "a questionable obstetric admission",
        "NONSPECIFIC_OR": "a nonspecific operating-room procedure",
        "NONCOVERED": "a procedure Medicare does not cover",
        "LIMITED_COVERAGE": "a procedure Medicare covers only in limited circumstances",
        "OPEN_BIOPSY": "an open biopsy: check that the biopsy was open",
        "BILATERAL": "a bilateral procedure that needs review",
        "WRONG_PROCEDURE_PERFORMED": "a wrong-procedure complication code",
        "INVALID_POA": "the present-on-admission indicator is not valid",
        "UNSPECIFIED": "an unspecified code",
    ]
}
