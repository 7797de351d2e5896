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
    /// for the code editor.
    func json(version: Int, dischargeDate: Int) -> String {
        func diagnosis(_ d: Diagnosis) -> [String: Any] { ["code": Self.dotless(d.code), "poa": d.poa] }
        var object: [String: Any] = [
            "version": version, "age": age, "sex": sex.grouperValue, "discharge_status": dischargeStatus,
            "discharge_date": dischargeDate, "icd_version": 10,
            "sdx": secondary.map(diagnosis), "procedures": procedures.map { ["code": Self.dotless($0)] },
        ]
        if let principal { object["pdx"] = diagnosis(principal) }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func dotless(_ code: String) -> String { code.replacingOccurrences(of: ".", with: "").uppercased() }
}
