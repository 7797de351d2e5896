import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Long output, one screen at a time, as psql pages: only when it is taller than the screen,
/// through `$PAGER` when one is set, else a built-in pager that takes single keys (space: next
/// page, Enter: next line, b: back a page, q: stop) without Enter and leaves no keystroke for
/// the next prompt. On a pipe, or when the text fits, it is written as it is.
public enum Pager {
    /// Writes `text` to standard output, paged when it is taller than `rows` on a terminal.
    public static func show(_ text: String, rows: Int?, columns: Int = 80,
                            environment: [String: String] = ProcessInfo.processInfo.environment) {
        // Lines are split only on a terminal that could page them: a pipe gets the text as it is.
        guard let rows, rows >= 4, isatty(0) == 1, isatty(1) == 1 else { return write(text) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        guard lines.count > rows - 1 else { return write(text) }
        if let command = environment["PAGER"]?.trimmingCharacters(in: .whitespaces), !command.isEmpty,
            runExternal(command, text: text)
        {
            return
        }
        builtIn(lines, rows: rows, prompt: columns >= 66 ? prompt : shortPrompt)
    }

    /// Hands `text` to the user's pager; false when it cannot be started.
    static func runExternal(_ command: String, text: String) -> Bool {
        guard let pipe = popen(command, "w") else { return false }
        fflush(nil)
        _ = text.withCString { fputs($0, pipe) }
        return pclose(pipe) != -1
    }

    static let prompt = "-- more: space next page · Enter next line · b back · q quit --"
    static let shortPrompt = "-- more: space, Enter, b(ack), q(uit) --"

    static func builtIn(_ lines: [String], rows: Int, prompt: String) {
        let page = rows - 1
        var saved = termios()
        guard tcgetattr(0, &saved) == 0 else {
            write(lines.joined(separator: "\n") + "\n")
            return
        }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(0, TCSANOW, &raw)
        defer {
            // Keys typed while paging were the pager's: none of them reaches the next prompt.
            tcflush(0, TCIFLUSH)
            tcsetattr(0, TCSANOW, &saved)
        }
        var shown = min(page, lines.count)
        write(lines[0..<shown].joined(separator: "\n") + "\n")
        while shown < lines.count {
            write(prompt)
            var key: UInt8 = 0
            let count = read(0, &key, 1)
            write("\r\u{1B}[K")  // the prompt goes; the page stays
            guard count == 1 else { return }
            switch key {
            case UInt8(ascii: "q"), UInt8(ascii: "Q"), 0x1B, 0x03, 0x04:
                return
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "j"):
                write(lines[shown] + "\n")
                shown += 1
            case UInt8(ascii: "b"), UInt8(ascii: "B"):
                let start = max(0, shown - 2 * page)
                shown = min(lines.count, start + page)
                write(lines[start..<shown].joined(separator: "\n") + "\n")
            default:
                let end = min(lines.count, shown + page)
                write(lines[shown..<end].joined(separator: "\n") + "\n")
                shown = end
            }
        }
    }

    private static func write(_ text: String) {
        print(text, terminator: "")
        fflush(nil)
    }
}
