/// Text from a pack, a chart or a progress file is untrusted: it must never reach a
/// terminal as control sequences (an escape that clears the screen, writes the clipboard
/// through OSC 52, or bidirectional overrides that show a line in another order).
public enum TerminalText {
    /// `text` with every control character other than newline and tab made visible:
    /// C0 controls in caret notation (`^[` for ESC, `^M` for a carriage return), DEL as `^?`,
    /// C1 controls and bidirectional controls as `<U+202E>`. Text without any comes back as is.
    public static func inert(_ text: String) -> String {
        guard mayHoldUnsafe(text) else { return text }
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

    /// False when `text` certainly holds nothing `inert` would change: a byte scan for the
    /// encodings of exactly those characters, so ordinary text with dashes, arrows or accents
    /// (which share lead bytes with them) is not walked scalar by scalar.
    public static func mayHoldUnsafe(_ text: String) -> Bool {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable(scanBytes) ?? scanBytes(Array(utf8).withUnsafeBufferPointer { $0 })
    }

    private static func scanBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var i = 0
        while i < count {
            let b = bytes[i]
            if b < 0x20 { if b != 0x0A && b != 0x09 { return true } }
            else if b == 0x7F { return true }
            else if b == 0xC2, i + 1 < count, (0x80...0x9F).contains(bytes[i + 1]) { return true }  // C1 controls
            else if b == 0xD8, i + 1 < count, bytes[i + 1] == 0x9C { return true }  // U+061C
            else if b == 0xE2, i + 2 < count {
                let (b1, b2) = (bytes[i + 1], bytes[i + 2])
                if b1 == 0x80, b2 == 0x8E || b2 == 0x8F || (0xAA...0xAE).contains(b2) { return true }  // U+200E/F, U+202A-E
                if b1 == 0x81, (0xA6...0xA9).contains(b2) { return true }  // U+2066-9
            } else if b == 0xEF, i + 2 < count, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return true }  // U+FEFF
            i += 1
        }
        return false
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
