import Foundation

/// Progress as CSV (RFC 4180): one row per attempt, for a spreadsheet.
public enum ProgressExport {
    /// The header row's columns.
    public static let columns = [
        "id", "time", "trainee", "mode", "pack", "pack_version", "item", "answer", "points", "max_points",
        "effective_points", "chart_correct", "seconds", "tags", "findings", "exam_session", "overrides",
        "weight", "earned", "skipped",
    ]

    /// The CSV text, attempts in recorded order; times in UTC ISO 8601.
    public static func csv(_ document: ProgressDocument) -> String {
        var lines = [columns.joined(separator: ",")]
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        for a in document.attempts {
            let findings = a.findings.map { f -> String in
                var text = f.kind.rawValue
                if let entered = f.entered { text += " \(entered)" }
                if let key = f.key { text += "→\(key)" }
                return text
            }.joined(separator: "; ")
            let overrides = a.overrides.map { "\(number($0.points)) by \($0.by): \($0.reason)" }.joined(separator: "; ")
            let fields = [
                a.id, formatter.string(from: a.time), document.trainee ?? "", a.mode.rawValue, a.packId, a.packVersion,
                a.itemId, a.answer, number(a.points), number(a.maxPoints), number(a.effectivePoints),
                a.chartCorrect ? "true" : "false", number(a.seconds), a.tags.joined(separator: " "), findings,
                a.examSessionId ?? "", overrides, number(a.weight), number(a.earnedPoints), a.skipped ? "true" : "false",
            ]
            lines.append(fields.map(quote).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A field quoted when it holds a comma, quote or line break; a leading `=`, `+`, `-` or
    /// `@` is prefixed with `'` so a spreadsheet never runs it as a formula. The one CSV rule:
    /// the class report's CSV writes its fields with it too.
    public static func quote(_ field: String) -> String {
        var text = field
        if let first = text.first, "=+-@".contains(first), Double(text) == nil { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }
}
