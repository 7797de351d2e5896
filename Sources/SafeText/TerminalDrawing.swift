/// The two things every terminal screen draws, once: a bar for a share, and ANSI colour.
/// The REPL (`TextLayout`, `TextStyle`), `progress` and the class report all draw with these.
public enum TerminalDrawing {
    /// A horizontal bar of `width` cells for a share from 0 to 1 (`█` filled, `·` empty).
    public static func bar(_ share: Double, width: Int) -> String {
        let clamped = min(1, max(0, share.isFinite ? share : 0))
        let cells = max(0, width)
        let filled = Int((clamped * Double(cells)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "·", count: cells - filled)
    }

    /// `text` in the ANSI style `code` (`1` bold, `2` dim, `31` red...) when `colour`, else as it is.
    public static func paint(_ text: String, _ code: String, colour: Bool) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
