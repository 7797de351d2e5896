import CodeSets
import CodingScore
import Foundation

/// DRG results as text, for the REPL and the `drg` subcommand alike (one rendering, so the
/// two screens say the same), and as the JSON `--json` prints.
public enum DRGText {
    /// One grouped claim: the DRG, then each code and how it counted, then the code editor.
    public static func lines(_ g: GroupedClaim, versionName: String) -> [String] {
        var lines = ["DRG \(String(format: "%03d", g.grouping.drg)) \(g.title)"]
        var facts: [String] = []
        if let w = g.weight {
            facts.append("weight \(CaseMixFigures.weight(w.weight))")
            facts.append(g.partition)
            if let stay = w.geometricMeanStay { facts.append("mean stay \(String(format: "%.1f", stay)) days (geometric)") }
        }
        if let mdc = g.grouping.mdc { facts.append("MDC \(String(format: "%02d", mdc))") }
        facts.append(versionName)
        lines.append("  " + facts.joined(separator: " · "))
        if let p = g.grouping.principal {
            lines.append("  principal  \(CodeFormat.dotted(p.code))\(p.valid ? "" : "  (not valid)")")
        }
        for d in g.grouping.secondary {
            var role = d.severity == "NONE" ? "non-CC" : d.severity
            if d.excluded { role += ", excluded by the principal (counts as non-CC)" }
            if let hac = d.hospitalAcquired, d.severity != "NONE" {
                role += ", not present on admission: a hospital-acquired condition (\(hac)), does not count"
            } else if d.movedDRG && !d.excluded && d.severity != "NONE" {
                role += ", sets the severity level"
            }
            lines.append("  secondary  \(CodeFormat.dotted(d.code))  \(role)")
        }
        for p in g.grouping.procedures {
            lines.append("  procedure  \(p.code)  \(p.movedDRG ? "decides the DRG" : "does not affect the DRG")")
        }
        for edit in g.edits { lines.append("  code editor: \(edit.explanation)") }
        if g.grouping.returnCode != "OK" { lines.append("  grouper: \(g.grouping.returnCode)") }
        return lines
    }

    /// What `drg --json` prints for one claim.
    public struct ClaimReport: Encodable, Sendable {
        public var drg: Int
        public var title: String
        public var mdc: Int?
        public var weight: Double?
        public var type: String?
        public var geometricMeanStay: Double?
        public var severity: String
        public var grouperVersion: String
        public var returnCode: String
        public var principal: String?
        public var secondary: [Secondary]
        public var procedures: [Procedure]
        public var edits: [Edit]

        public struct Secondary: Encodable, Sendable {
            public var code: String
            public var severity: String
            public var excluded: Bool
            public var movedDRG: Bool
            public var hospitalAcquired: String?
        }
        public struct Procedure: Encodable, Sendable {
            public var code: String
            public var movedDRG: Bool
        }
        public struct Edit: Encodable, Sendable {
            public var name: String
            public var code: String?
            public var explanation: String
        }

        public init(_ g: GroupedClaim, versionName: String) {
            drg = g.grouping.drg
            title = g.title
            mdc = g.grouping.mdc
            weight = g.weight?.weight
            type = g.weight?.type
            geometricMeanStay = g.weight?.geometricMeanStay
            severity = g.grouping.severity
            grouperVersion = versionName
            returnCode = g.grouping.returnCode
            principal = g.grouping.principal.map { CodeFormat.dotted($0.code) }
            secondary = g.grouping.secondary.map {
                Secondary(code: CodeFormat.dotted($0.code), severity: $0.severity, excluded: $0.excluded, movedDRG: $0.movedDRG,
                          hospitalAcquired: $0.hospitalAcquired)
            }
            procedures = g.grouping.procedures.map { Procedure(code: $0.code, movedDRG: $0.movedDRG) }
            edits = g.edits.map { Edit(name: $0.name, code: $0.code.map(CodeFormat.dotted), explanation: $0.explanation) }
        }
    }
}
