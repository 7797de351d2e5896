import CodeSets
import CodingScore
import Foundation

/// What a trainee's inpatient codes are worth against the key's: both DRGs, what moved one
/// away from the other, and the difference in weight and dollars. The one owner of these
/// figures; the REPL, `drg` and the reports only display them.
public struct DRGImpact: Sendable, Hashable {
    public var coded: GroupedClaim
    public var key: GroupedClaim
    public var baseRate: BaseRate?
    /// One line each: principal diagnosis, CC/MCC found or lost, CC exclusions, OR procedures.
    public var drivers: [String]
    /// "MS-DRG v43.1".
    public var versionName: String

    public init(coded: GroupedClaim, key: GroupedClaim, baseRate: BaseRate?, versionName: String) {
        self.versionName = versionName
        self.coded = coded
        self.key = key
        self.baseRate = baseRate
        self.drivers = Self.drivers(coded: coded.grouping, key: key.grouping)
    }

    /// The figures kept with the attempt.
    public var outcome: DRGOutcome {
        DRGOutcome(coded: coded.grouping.drg, codedWeight: coded.relativeWeight, key: key.grouping.drg,
                   keyWeight: key.relativeWeight, rate: baseRate?.dollarsPerWeight)
    }

    /// Why the trainee's DRG differs from the key's, in the order an auditor explains it.
    static func drivers(coded: Grouping, key: Grouping) -> [String] {
        var lines: [String] = []
        let codedPrincipal = coded.principal?.code
        let keyPrincipal = key.principal?.code
        if codedPrincipal != keyPrincipal {
            var line = "Principal diagnosis \(codedPrincipal.map(CodeFormat.dotted) ?? "missing") instead of \(keyPrincipal.map(CodeFormat.dotted) ?? "none")"
            if coded.mdc != key.mdc {
                line += ": MDC \(coded.mdc.map(String.init) ?? "none") instead of MDC \(key.mdc.map(String.init) ?? "none")"
            }
            lines.append(line)
        }
        // A code on both claims in other roles (principal on one, secondary on the other) is
        // explained by the principal-diagnosis line, not as found or lost.
        let codedCodes = Set(coded.secondary.map(\.code) + [codedPrincipal].compactMap { $0 })
        let keyCodes = Set(key.secondary.map(\.code) + [keyPrincipal].compactMap { $0 })
        for d in key.countedSeverityCodes where !codedCodes.contains(d.code) {
            lines.append("Missing \(d.severity) \(CodeFormat.dotted(d.code))\(d.movedDRG ? ": it set the key's severity level" : "")")
        }
        for d in coded.countedSeverityCodes where !keyCodes.contains(d.code) {
            lines.append("\(d.severity) \(CodeFormat.dotted(d.code)) is not in the key\(d.movedDRG ? ": it raised your severity level" : "")")
        }
        for d in coded.countedSeverityCodes where d.code == keyPrincipal {
            lines.append("\(CodeFormat.dotted(d.code)) as a secondary diagnosis counts as \(article(d.severity)) on your claim")
        }
        for d in key.countedSeverityCodes where d.code == codedPrincipal {
            lines.append("\(CodeFormat.dotted(d.code)) as a secondary diagnosis counts as \(article(d.severity)) on the key's claim")
        }
        for d in coded.secondary where d.excluded && (d.severity == "CC" || d.severity == "MCC") {
            let keyCounts = key.secondary(d.code).map { !$0.excluded } ?? false
            lines.append("CC exclusion: \(CodeFormat.dotted(d.code)) is \(article(d.severity)) but does not count with principal "
                + "\(codedPrincipal.map(CodeFormat.dotted) ?? "none")\(keyCounts ? " (with the key's principal it does)" : "")")
        }
        for d in coded.secondary + key.secondary where d.hospitalAcquired != nil {
            guard let hac = d.hospitalAcquired, d.severity != "NONE" else { continue }
            let line = "\(CodeFormat.dotted(d.code)) not present on admission is a hospital-acquired condition (\(hac)): it does not count as a \(d.severity)"
            if !lines.contains(line) { lines.append(line) }
        }
        let codedProcedures = Set(coded.procedures.map(\.code))
        let keyProcedures = Set(key.procedures.map(\.code))
        for p in key.procedures where p.movedDRG && !codedProcedures.contains(p.code) {
            lines.append("Missing procedure \(p.code): it decides the key's DRG")
        }
        for p in coded.procedures where p.movedDRG && !keyProcedures.contains(p.code) {
            lines.append("Procedure \(p.code) is not in the key: it decides your DRG")
        }
        if coded.drg != key.drg, coded.severity != key.severity {
            lines.append("Severity level \(level(coded.severity)) instead of \(level(key.severity))")
        }
        return lines
    }

    /// "an MCC", "a CC".
    static func article(_ severity: String) -> String { (severity == "MCC" ? "an " : "a ") + severity }

    private static func level(_ severity: String) -> String { severity == "NONE" ? "without CC/MCC" : severity }

    /// The lines shown after an inpatient item, wrapped by the caller.
    public func lines() -> [String] {
        var lines: [String] = []
        func describe(_ g: GroupedClaim) -> String {
            var text = "DRG \(g.grouping.drg) \(g.title)"
            if let w = g.weight { text += " (weight \(CaseMixFigures.weight(w.weight)), \(g.partition)" }
            else { text += " (no weight" }
            if let mdc = g.grouping.mdc { text += ", MDC \(mdc)" }
            return text + ")"
        }
        lines.append("You: " + describe(coded))
        lines.append("Key: " + describe(key))
        if coded.grouping.drg == key.grouping.drg {
            lines.append("Same MS-DRG as the key: no payment difference.")
        } else {
            lines += drivers.map { "· " + $0 }
            let outcome = outcome
            var money = "Weight \(outcome.weightDifference >= 0 ? "+" : "")\(CaseMixFigures.weight(outcome.weightDifference))"
            if let dollars = outcome.dollarDifference, let baseRate {
                money += ", about \(dollars >= 0 ? "+" : "")\(CaseMixFigures.dollars(dollars)) at the illustrative FY\(baseRate.fiscalYear) base rate"
                money += " of \(CaseMixFigures.dollars(baseRate.dollarsPerWeight)) (the real payment depends on the hospital's wage index and add-ons)"
            }
            money += outcome.weightDifference > 0 ? ": over-coded." : ": under-coded."
            lines.append(money)
        }
        for edit in coded.edits { lines.append("Code editor: " + edit.explanation) }
        return lines
    }
}

/// Builds the claims a DRG comparison groups, from an answer key and from a trainee's answer.
public enum ClaimBuilder {
    /// The key's claim: the required entries (the first alternative of each), POA from the key.
    public static func key(_ key: AnswerKey, patient: Patient) -> Claim {
        let diagnoses = key.requiredEntries.filter { $0.primary.system == .icd10cm }
        let first = diagnoses.firstIndex { $0.role.isSequenced } ?? diagnoses.indices.first
        var principal: Claim.Diagnosis?
        var secondary: [Claim.Diagnosis] = []
        for (index, entry) in diagnoses.enumerated() {
            let diagnosis = Claim.Diagnosis(entry.primary.code, poa: entry.poa ?? "Y")
            if index == first { principal = diagnosis } else { secondary.append(diagnosis) }
        }
        let procedures = key.requiredEntries.filter { $0.primary.system == .icd10pcs }.map(\.primary.code)
        return Claim(age: patient.age, sex: patient.sex, dischargeStatus: patient.dischargeStatus,
                     principal: principal, secondary: secondary, procedures: procedures)
    }

    /// The trainee's claim: the first ICD-10-CM code typed is the principal, the rest are
    /// secondary (each once), PCS codes are procedures; POA as the key gives it for the same
    /// code, else `Y`. Codes of other systems and unreadable tokens are left off.
    public static func answer(_ codes: [EnteredCode], key: AnswerKey, patient: Patient) -> Claim {
        var poa: [String: String] = [:]
        for entry in key.entries { for code in entry.alternatives { if let p = entry.poa { poa[code.code] = p } } }
        var principal: Claim.Diagnosis?
        var secondary: [Claim.Diagnosis] = []
        var seen = Set<String>()
        var procedures: [String] = []
        for code in codes {
            switch code.system {
            case .icd10cm?:
                guard seen.insert(code.code).inserted else { continue }
                let diagnosis = Claim.Diagnosis(code.code, poa: poa[code.code] ?? "Y")
                if principal == nil { principal = diagnosis } else { secondary.append(diagnosis) }
            case .icd10pcs?:
                procedures.append(code.code)
            default: continue
            }
        }
        return Claim(age: patient.age, sex: patient.sex, dischargeStatus: patient.dischargeStatus,
                     principal: principal, secondary: secondary, procedures: procedures)
    }
}

/// The patient facts a grouper needs besides the codes.
public struct Patient: Sendable, Hashable {
    public var age: Int
    public var sex: Claim.Sex
    public var dischargeStatus: Int

    public init(age: Int, sex: Claim.Sex, dischargeStatus: Int = 1) {
        self.age = age
        self.sex = sex
        self.dischargeStatus = dischargeStatus
    }
}
