import SafeText
import Testing

/// Untrusted text reaches the terminal only as visible characters.
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("\u{1B}]52;c;aGVsbG8=\u{07}", "^[]52;c;aGVsbG8=^G"),  // OSC 52: writes the clipboard
        ("\u{1B}[2J", "^[[2J"),  // clears the screen
        ("a\rb", "a^Mb"),  // a carriage return would overwrite the line
        ("x\u{7F}", "x^?"),
        ("\u{9B}31m", "<U+009B>31m"),  // the one-byte CSI
        ("abc\u{202E}fed", "abc<U+202E>fed"),  // right-to-left override
        ("\u{2066}x\u{2069}", "<U+2066>x<U+2069>"),
    ])
    func controlsAreShownNotObeyed(input: String, shown: String) {
        #expect(TerminalText.inert(input) == shown)
    }

    @Test func newlinesTabsAndOrdinaryTextPassUnchanged() {
        let text = "Chart:\n\tBP 128/82 · café · 5/5 strength · Ø · 日本語 · émoji 👍"
        #expect(TerminalText.inert(text) == text)
    }

    @Test func nothingUnsafeSurvives() {
        var every = ""
        for value in 0..<0x250 { if let scalar = Unicode.Scalar(value) { every.unicodeScalars.append(scalar) } }
        let shown = TerminalText.inert(every + "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{FEFF}")
        for scalar in shown.unicodeScalars where scalar != "\n" && scalar != "\t" {
            #expect(!TerminalText.isUnsafe(scalar), "U+\(String(scalar.value, radix: 16)) reached the output")
        }
    }

    @Test func lintNamesTheCharacter() {
        #expect(TerminalText.name("\u{1B}") == "ESC (U+001B)")
        #expect(TerminalText.name("\u{202E}") == "RIGHT-TO-LEFT OVERRIDE (U+202E)")
    }
}
