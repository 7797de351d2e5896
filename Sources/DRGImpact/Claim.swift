import CodeSets
import Foundation

/// An inpatient claim as the grouper reads it: the principal diagnosis, the secondary
/// diagnoses with their present-on-admission indicators, the procedures, and the patient.
public struct Claim: Sendable, Hashable {
    public enum Sex: String, Sendable, Hashable, CaseIterable {
        case male, female, unknown
        /// The grouper's number for it.
        var grouperValue: Int {
            switch self {
            case .male: return 0
            case .female: return 1
            case .unknown: return 2
            }
        }
    }

    /// A diagnosis and its POA indicator (`Y`, `N`, `U`, `W`; the grouper treats blank as exempt).
    public struct Diagnosis: Sendable, Hashable {
        /// ICD-10-CM with or without the dot.
        public var code: String
        public var poa: String

        public init(_ code: String, poa: String = "Y") {
            self.code = code
            self.poa = poa
        }
    }

    /// The patient's age in years (0 to 124).
    public var age: Int
    public var sex: Sex
    /// The UB-04 patient discharge status (1 home, 3 SNF, 20 expired, ...).
    public var dischargeStatus: Int
    public var principal: Diagnosis?
    public var secondary: [Diagnosis]
    /// ICD-10-PCS codes.
    public var procedures: [String]

    public init(
        age: Int, sex: Sex, dischargeStatus: Int = 1, principal: Diagnosis?, secondary: [Diagnosis] = [],
        procedures: [String] = []
    ) {
        self.age = age
        self.sex = sex
        self.dischargeStatus = dischargeStatus
        self.principal = principal
        self.secondary = secondary
        self.procedures = procedures
    }

    /// The package's claim JSON for grouper `version` (431 is v43.1), with a discharge date
    /// (YYYYMMDD) for the code editor: what the library is given, and what the bench and the
    /// tests give the package's Python API.
    public func json(version: Int, dischargeDate: Int) -> String {
        // Written by hand: JSONSerialization cost more than the grouping itself.
        func diagnosis(_ d: Diagnosis) -> String { "{\"code\":\(Self.quoted(CodeFormat.dotless(d.code))),\"poa\":\(Self.quoted(d.poa))}" }
        var text = "{\"version\":\(version),\"age\":\(age),\"sex\":\(sex.grouperValue),\"discharge_status\":\(dischargeStatus)"
        text += ",\"discharge_date\":\(dischargeDate),\"icd_version\":10"
        if let principal { text += ",\"pdx\":" + diagnosis(principal) }
        text += ",\"sdx\":[" + secondary.map(diagnosis).joined(separator: ",") + "]"
        text += ",\"procedures\":[" + procedures.map { "{\"code\":\(Self.quoted(CodeFormat.dotless($0)))}" }.joined(separator: ",") + "]}"
        return text
    }

    /// A JSON string literal: codes come from what a trainee typed.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

}
