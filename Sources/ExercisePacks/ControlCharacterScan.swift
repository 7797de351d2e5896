import SafeText

/// Finds the characters in a pack or chart that could drive a trainee's terminal (escape
/// sequences, other control characters, bidirectional overrides), each an error at its line
/// and column. A CR before a line feed (a file saved on Windows) and tabs are fine.
enum ControlCharacterScan {
    /// At most this many are listed per file; a line says how many more there were.
    static let listed = 20
    /// How a YAML value that reads as such a character is reported (a quoted `"\e[2J"`).
    static let readAs = "this text reads as "

    /// `raw` (from the file's text) and the YAML reader's findings, without reporting one
    /// character twice: a value's finding is dropped on a line the raw scan already flagged.
    static func merged(raw: [Diagnostic], yaml: [Diagnostic]) -> [Diagnostic] {
        guard !raw.isEmpty else { return yaml }
        let lines = Set(raw.map(\.location.line))
        return raw + yaml.filter { !($0.message.hasPrefix(readAs) && lines.contains($0.location.line)) }
    }

    static func diagnostics(_ text: String, file: String) -> [Diagnostic] {
        // Fast path: most files hold no byte that could start one.
        guard TerminalText.mayHoldUnsafe(text) else { return [] }
        var found: [Diagnostic] = []
        var extra = 0
        // Split on scalars: as Characters, "\r\n" is one and would never split at "\n".
        for (index, line) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line)
            for (offset, scalar) in scalars.enumerated() where TerminalText.isUnsafe(scalar) {
                if scalar == "\r", offset == scalars.count - 1 { continue }
                // A byte-order mark at the very start of the file is the editor's, not an attack.
                if scalar == "\u{FEFF}", index == 0, offset == 0 { continue }
                guard found.count < listed else { extra += 1; continue }
                found.append(Diagnostic(
                    .error, SourceLocation(file: file, line: index + 1, column: offset + 1),
                    "\(TerminalText.name(scalar)) in the text: it could drive the trainee's terminal or reorder what it shows",
                    fixIt: "delete it; write the text it was meant to show"))
            }
        }
        if extra > 0, let last = found.last {
            found.append(Diagnostic(.error, last.location, "and \(extra) more such characters in this file"))
        }
        return found
    }
}
