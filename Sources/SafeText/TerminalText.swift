/// Text from a pack, a chart or a progress file is untrusted: it must never reach a
/// terminal as control sequences (an escape that clears the screen, writes the clipboard
/// through OSC 52, or bidirectional overrides that show a line in another order).
public enum TerminalText {
    /// `text` with every control character other than newline and tab made visible:
    /// C0 controls in caret notation (`^[` for ESC, `^M` for a carriage return), DEL as `^?`,
    /// C1 controls and bidirectional controls as `<U+202E>`. Text without any comes back as is.
    public static func inert(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            if let visible = visibleForm(scalar) {
                result.append(contentsOf: visible.unicodeScalars)
                changed = true
            } else {
                result.append(scalar)
            }
        }
        return changed ? String(result) : text
    }

    /// Whether `scalar` is one that `inert` shows visibly.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { visibleForm(scalar) != nil }

    /// A short name for a lint message: `ESC (U+001B)`, `RIGHT-TO-LEFT OVERRIDE (U+202E)`.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let code = "U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        let names: [UInt32: String] = [
            0x1B: "ESC", 0x07: "BEL", 0x08: "BACKSPACE", 0x0D: "CARRIAGE RETURN", 0x7F: "DEL", 0x9B: "CSI",
            0x9D: "OSC", 0x202A: "LEFT-TO-RIGHT EMBEDDING", 0x202B: "RIGHT-TO-LEFT EMBEDDING",
            0x202C: "POP DIRECTIONAL FORMATTING", 0x202D: "LEFT-TO-RIGHT OVERRIDE", 0x202E: "RIGHT-TO-LEFT OVERRIDE",
            0x2066: "LEFT-TO-RIGHT ISOLATE", 0x2067: "RIGHT-TO-LEFT ISOLATE", 0x2068: "FIRST STRONG ISOLATE",
            0x2069: "POP DIRECTIONAL ISOLATE", 0x200E: "LEFT-TO-RIGHT MARK", 0x200F: "RIGHT-TO-LEFT MARK",
            0x061C: "ARABIC LETTER MARK", 0xFEFF: "ZERO WIDTH NO-BREAK SPACE",
        ]
        if let name = names[scalar.value] { return "\(name) (\(code))" }
        return scalar.value < 0x20 || (0x80...0x9F).contains(scalar.value) ? "control character (\(code))" : code
    }

    private static func visibleForm(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x0A, 0x09: return nil
        case 0x00..<0x20: return "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F: return "^?"
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C, 0xFEFF:
            return "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
        default: return nil
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
