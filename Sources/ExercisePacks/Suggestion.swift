import SafeText

/// "Did you mean ...?": the nearest known word to a misspelt one.
enum Suggestion {
    /// The known word closest to `word` (case-insensitive edit distance), if it is close enough
    /// to be a likely typo.
    static func nearest(to word: String, in known: [String]) -> String? {
        guard word.utf8.count <= 64 else { return nil }  // a field name or a code, never a page
        let lowered = word.lowercased()
        var best: (String, Int)?
        for candidate in known {
            let distance = EditDistance.between(lowered, candidate.lowercased())
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(1, min(3, candidate.count / 3))
        return distance <= allowed ? candidate : nil
    }

    /// " (did you mean 'x'?)" or "".
    static func phrase(for word: String, in known: [String]) -> String {
        nearest(to: word, in: known).map { " (did you mean '\($0)'?)" } ?? ""
    }
}

/// Collects diagnostics while a file is read.
final class DiagnosticSink {
    var diagnostics: [Diagnostic] = []

    func error(_ location: SourceLocation, _ message: String, fixIt: String? = nil) {
        diagnostics.append(Diagnostic(.error, location, message, fixIt: fixIt))
    }

    func warning(_ location: SourceLocation, _ message: String, fixIt: String? = nil) {
        diagnostics.append(Diagnostic(.warning, location, message, fixIt: fixIt))
    }
}

/// The fields of one YAML mapping, checked against the names a format allows.
struct FieldReader {
    let node: SourceNode
    let what: String
    private(set) var fields: [String: SourceNode] = [:]
    private(set) var keyLocations: [String: SourceLocation] = [:]
    let sink: DiagnosticSink

    /// Reads `node` as a mapping of `what` ("the pack", "item 'q01'"); reports unknown fields
    /// with a suggestion. Nil (with an error) when `node` is not a mapping.
    init?(_ node: SourceNode, what: String, known: [String], sink: DiagnosticSink) {
        self.node = node
        self.what = what
        self.sink = sink
        guard case .mapping(let pairs) = node.value else {
            sink.error(node.location, "\(what) must be a mapping of fields (name: value), not \(node.kindName)")
            return nil
        }
        for (key, value) in pairs {
            guard let name = key.text else {
                sink.error(key.location, "a field name must be plain text, not \(key.kindName)")
                continue
            }
            if known.contains(name) {
                fields[name] = value
                keyLocations[name] = key.location
            } else {
                let suggestion = Suggestion.nearest(to: name, in: known)
                sink.error(key.location,
                    "unknown field '\(name)' in \(what)\(suggestion.map { " (did you mean '\($0)'?)" } ?? "")",
                    fixIt: suggestion.map { "write '\($0)'" } ?? "known fields: \(known.joined(separator: ", "))")
            }
        }
    }

    /// The node of a field, nil when absent or null.
    subscript(_ name: String) -> SourceNode? {
        guard let node = fields[name], !node.isNull else { return nil }
        return node
    }

    /// Where a field's name is written, or the mapping itself.
    func location(of name: String) -> SourceLocation { keyLocations[name] ?? node.location }

    /// A text field; an error when it is missing but `required`, or not text.
    func string(_ name: String, required: Bool = false) -> String? {
        guard let value = self[name] else {
            if required { sink.error(node.location, "\(what) has no '\(name)'", fixIt: "add '\(name): ...'") }
            return nil
        }
        guard let text = value.text else {
            sink.error(value.location, "'\(name)' must be text, not \(value.kindName)")
            return nil
        }
        let trimmed = text.trimmed
        if trimmed.isEmpty {
            if required { sink.error(value.location, "'\(name)' is empty in \(what)") }
            return nil
        }
        return trimmed
    }

    /// A number field (accepts `60`, `70.5`, `-0.5`); an error when it is not a finite number.
    func number(_ name: String) -> Double? {
        guard let value = self[name] else { return nil }
        guard let text = value.text, let number = Double(text.trimmed),
            number.isFinite, abs(number) < 1e9
        else {
            sink.error(value.location, "'\(name)' must be a number, not '\(value.text ?? value.kindName)'")
            return nil
        }
        return number
    }

    /// A yes/no field (`true`/`false`, `yes`/`no`).
    func bool(_ name: String) -> Bool? {
        guard let value = self[name] else { return nil }
        switch value.text?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            sink.error(value.location, "'\(name)' must be true or false, not '\(value.text ?? value.kindName)'")
            return nil
        }
    }

    /// A list of texts; a single text counts as a list of one.
    func strings(_ name: String) -> [(String, SourceLocation)]? {
        guard let value = self[name] else { return nil }
        switch value.value {
        case .scalar(let text, _, _):
            return [(text, value.location)]
        case .sequence(let children):
            var result: [(String, SourceLocation)] = []
            for child in children {
                if let text = child.text, !child.isNull {
                    result.append((text, child.location))
                } else {
                    sink.error(child.location, "each entry of '\(name)' must be text, not \(child.kindName)")
                }
            }
            return result
        case .mapping:
            sink.error(value.location, "'\(name)' must be a list, as in [a, b], not a mapping")
            return nil
        }
    }
}

import Foundation

extension StringProtocol {
    /// Without leading and trailing white space and new lines (a fast path of
    /// Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`).
    var trimmed: String {
        let text = Substring(self)
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard scalars[before].properties.isWhitespace else { break }
            end = before
        }
        return String(text[start..<end])
    }
}
