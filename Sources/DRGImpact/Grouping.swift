import CodeSets
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
        /// The hospital-acquired condition it meets, when it is one (not present on admission),
        /// e.g. "Stage III and IV Pressure Ulcers": then it does not count as a CC or MCC.
        public var hospitalAcquired: String?
    }

    /// A procedure and whether it decided the DRG (the grouper's `drg_impact`). The package
    /// reports every procedure as `is_or`, so what moved the DRG is the figure that tells.
    public struct ProcedureResult: Sendable, Hashable {
        public var code: String
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

    /// The secondary diagnoses that counted as a CC or MCC (not excluded).
    public var countedSeverityCodes: [DiagnosisResult] {
        secondary.filter { !$0.excluded && ($0.severity == "CC" || $0.severity == "MCC") }
    }

    func secondary(_ code: String) -> DiagnosisResult? { secondary.first { $0.code == CodeFormat.dotless(code) } }

    /// Reads the grouper's result JSON (JSONSerialization: JSONDecoder cost four times more).
    static func decode(_ json: String) throws -> Grouping {
        guard let raw = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw GrouperError.failed("the result is not a JSON object")
        }
        func diagnosis(_ any: Any?) -> DiagnosisResult? {
            guard let d = any as? [String: Any], let code = d["code"] as? String else { return nil }
            let flags = d["flags"] as? [String] ?? []
            let hac = (d["hacs"] as? [[String: Any]] ?? []).first { $0["hac_status"] as? String == "HAC_CRITERIA_MET" }
            return DiagnosisResult(
                code: code, severity: d["severity"] as? String ?? "NONE", excluded: flags.contains("EXCLUDED"),
                movedDRG: (d["drg_impact"] as? String ?? "NONE") != "NONE",
                valid: !flags.contains("INVALID") && flags.contains("VALID"),
                hospitalAcquired: hac.map { $0["description"] as? String ?? ($0["hac_list"] as? String ?? "a hospital-acquired condition") })
        }
        return Grouping(
            drg: raw["final_drg"] as? Int ?? 999, mdc: raw["final_mdc"] as? Int,
            title: raw["final_drg_description"] as? String ?? "Ungroupable",
            severity: raw["final_severity"] as? String ?? "NONE", returnCode: raw["return_code"] as? String ?? "?",
            principal: diagnosis(raw["pdx_output"]), secondary: (raw["sdx_output"] as? [Any] ?? []).compactMap(diagnosis),
            procedures: (raw["proc_output"] as? [[String: Any]] ?? []).compactMap { p in
                guard let code = p["code"] as? String else { return nil }
                return ProcedureResult(code: code, movedDRG: (p["drg_impact"] as? String ?? "NONE") != "NONE")
            })
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
