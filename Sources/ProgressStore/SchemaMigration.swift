import Foundation

/// Migrates an older progress document forward, one version step at a time, on the JSON
/// object (so each step only needs to know its two versions). The original file is kept
/// aside as `<name>.schema<N>-<timestamp>` before the migrated document replaces it.
public enum SchemaMigration {
    /// A step from version `from` to `from + 1`.
    public typealias Step = @Sendable (inout [String: Any]) throws -> Void

    /// The steps, by the version they start from.
    static let steps: [Int: Step] = [1: migrate1to2, 2: migrate2to3]

    /// Applies every step from `version` to the current version.
    public static func migrate(_ document: inout [String: Any], from version: Int) throws {
        var current = version
        while current < ProgressDocument.currentSchemaVersion {
            guard let step = steps[current] else {
                throw SnapshotCodec.Damage(reason: "no migration from schemaVersion \(current)")
            }
            try step(&document)
            current += 1
            document["schemaVersion"] = current
        }
    }

    /// Version 1 (drill only, ChartDrill's first format): attempts had `date` (seconds since
    /// 1970), `pack`, `packVersion`, `item`, `answer`, `findings` as `{kind, code, key}`,
    /// `points`, `maxPoints`, `secondsSpent`; no mode, tags, chart-correct or exam sessions.
    /// Version 2 renames `date` to `time`, `secondsSpent` to `seconds`, a finding's `code` to
    /// `entered`; adds `mode: drill`, `chartCorrect` (every finding correct), `tags: []`,
    /// `examSessions: []` and `journalSeq: 0`.
    static func migrate1to2(_ document: inout [String: Any]) throws {
        guard let attempts = document["attempts"] as? [[String: Any]] else {
            throw SnapshotCodec.Damage(reason: "schemaVersion 1 document without an attempts list")
        }
        document["attempts"] = try attempts.enumerated().map { (position, old) -> [String: Any] in
            var attempt = old
            guard let date = attempt.removeValue(forKey: "date") else {
                throw SnapshotCodec.Damage(reason: "attempts[\(position)] has no date")
            }
            attempt["time"] = date
            attempt["seconds"] = attempt.removeValue(forKey: "secondsSpent") ?? 0
            attempt["mode"] = AttemptMode.drill.rawValue
            let findings = (attempt["findings"] as? [[String: Any]] ?? []).map { old -> [String: Any] in
                var finding = old
                if let code = finding.removeValue(forKey: "code") { finding["entered"] = code }
                return finding
            }
            attempt["findings"] = findings
            attempt["chartCorrect"] = !findings.isEmpty && findings.allSatisfy { ($0["kind"] as? String) == "correct" }
            return attempt
        }
        document["examSessions"] = document["examSessions"] ?? [Any]()
        document["journalSeq"] = 0
    }

    /// Version 3 stores each attempt's `weight` (the item's `points:`), so that every screen
    /// counts points the same way. Version 2 attempts were recorded without it: they get 1,
    /// which is what every screen but the run summary already counted them as.
    static func migrate2to3(_ document: inout [String: Any]) throws {
        guard let attempts = document["attempts"] as? [[String: Any]] else {
            throw SnapshotCodec.Damage(reason: "schemaVersion 2 document without an attempts list")
        }
        document["attempts"] = attempts.map { old -> [String: Any] in
            var attempt = old
            if attempt["weight"] == nil { attempt["weight"] = 1 }
            return attempt
        }
    }
}
