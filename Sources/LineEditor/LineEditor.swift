import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one read of a line gave.
public enum LineRead: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: the line being typed was abandoned; prompt again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// Reads lines from the user: with libedit (line editing, history, Ctrl-R, Tab completion)
/// on a terminal, with plain `readLine()` and no terminal escapes otherwise.
///
/// ```swift
/// let editor = LineEditor(programName: "chartdrill", historyFile: home + "/history")
/// editor.completer = { before in ["help", "quit"].filter { $0.hasPrefix(before) } }
/// while case .line(let text) = editor.read(prompt: "> ") { ... }
/// ```
public final class LineEditor {
    /// Whether input comes from a terminal (and libedit is in use).
    public let isInteractive: Bool
    /// Given the text before the cursor, the completions of its last word (whole words).
    public var completer: ((String) -> [String])?
    /// What a candidate is (a code's title), shown beside it when candidates are listed.
    public var describer: ((String) -> String?)?

    private var editLine: OpaquePointer?
    private var history: OpaquePointer?
    private let historyFile: String?
    private var promptBuffer: UnsafeMutablePointer<CChar>?

    /// - Parameters:
    ///   - programName: the name libedit reads its `~/.editrc` settings under.
    ///   - historyFile: where history persists across runs; nil keeps none.
    ///   - forceInteractive: use libedit even if stdin is not a terminal (tests).
    public init(programName: String, historyFile: String?, forceInteractive: Bool = false) {
        self.historyFile = historyFile
        isInteractive = forceInteractive || (isatty(0) == 1 && isatty(1) == 1)
        guard isInteractive else { return }

        cel_setup_locale()
        cel_install_signal_handlers()
        history = history_init()
        if let history {
            _ = cel_history_setsize(history, 2000)
            _ = cel_history_setunique(history, 1)
            if let historyFile { _ = cel_history_load(history, historyFile) }
        }
        editLine = cel_init(programName)
        guard let editLine else { return }
        _ = cel_set_editor(editLine, "emacs")
        _ = cel_set_signal(editLine, 1)
        if let history { _ = cel_set_history(editLine, history) }
        _ = cel_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = cel_set_prompt(editLine, lineEditorPrompt)
        _ = cel_add_function(editLine, "chartdrill-complete", "Complete the word before the cursor", lineEditorComplete)
        _ = cel_bind(editLine, "^I", "chartdrill-complete")
        // Ctrl-R searches history backwards, as in bash and psql. libedit's own search prompt
        // is a bare "bck:", so Ctrl-R first says what it does, then starts the search through a
        // key sequence no terminal sends.
        _ = cel_bind(editLine, Self.searchKeys, "em-inc-search-prev")
        _ = cel_add_function(editLine, "chartdrill-search", "Search earlier lines, saying so first", lineEditorSearch)
        _ = cel_bind(editLine, "^R", "chartdrill-search")
        _ = cel_source(editLine)  // the user's ~/.editrc, if any
    }

    /// The key sequence bound to libedit's incremental search (never typed: F-keys send no such code).
    static let searchKeys = "\u{1B}[9999~"

    deinit {
        saveHistory()
        if let editLine { el_end(editLine) }
        if let history { history_end(history) }
        promptBuffer?.deallocate()
    }

    /// Reads one line after showing `prompt`.
    public func read(prompt: String) -> LineRead {
        guard isInteractive, let editLine else {
            // Scripted sessions show no prompt, so their output is only what the commands print.
            guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
            return .line(line)
        }
        setPrompt(prompt)
        _ = cel_take_interrupt()
        var count: Int32 = 0
        errno = 0
        guard let raw = el_gets(editLine, &count), count > 0 else {
            if cel_take_interrupt() != 0 || (count < 0 && errno == EINTR) {
                cel_write("^C\n")
                return .interrupted
            }
            // Ctrl-D leaves the cursor on the prompt line: end it ourselves.
            cel_write("\n")
            return .endOfInput
        }
        if cel_take_interrupt() != 0 {
            cel_write("\n")
            return .interrupted
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    /// Adds a line to history (blank lines are not kept).
    public func addHistory(_ line: String) {
        guard let history, !line.allSatisfy(\.isWhitespace) else { return }
        _ = cel_history_enter(history, line.trimmingTrailingWhitespace)
    }

    /// Writes history to its file; called on exit and after each command so a crash keeps it.
    public func saveHistory() {
        guard let history, let historyFile else { return }
        _ = cel_history_save(history, historyFile)
    }

    /// The terminal's width in columns, or nil when output is not a terminal.
    public static func terminalColumns() -> Int? {
        let columns = Int(cel_terminal_columns(1))
        return columns > 0 ? columns : nil
    }

    /// The terminal's height in rows, or nil when output is not a terminal.
    public static func terminalRows() -> Int? {
        let rows = Int(cel_terminal_rows(1))
        return rows > 0 ? rows : nil
    }

    // MARK: - Callbacks

    fileprivate var promptPointer: UnsafeMutablePointer<CChar>? { promptBuffer }

    private func setPrompt(_ prompt: String) {
        promptBuffer?.deallocate()
        let utf8 = Array(prompt.utf8CString)
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
        buffer.initialize(from: utf8, count: utf8.count)
        promptBuffer = buffer
    }

    /// Completes the word before the cursor: the common prefix of the candidates, a space
    /// after a unique one, and the list of candidates when there is nothing more to insert.
    fileprivate func complete(_ editLine: OpaquePointer) -> UInt8 {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = cel_line_before_cursor(editLine, &buffer, Int32(buffer.count))
        let before = String(decoding: buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let word = Self.lastWord(of: before)
        let candidates = completer?(before) ?? []
        guard !candidates.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let result = Completion.resolve(word: word, candidates: candidates)
        if !result.insert.isEmpty {
            _ = el_insertstr(editLine, result.insert)
            return UInt8(CC_REFRESH)
        }
        let columns = Self.terminalColumns() ?? 80
        var descriptions: [String: String] = [:]
        if let describer, candidates.count <= 60 {
            for candidate in candidates { descriptions[candidate] = describer(candidate) }
        }
        cel_write("\n" + (descriptions.isEmpty ? Completion.columns(candidates, width: columns)
            : Completion.described(candidates, descriptions: descriptions, width: columns)))
        return UInt8(CC_REDISPLAY)
    }

    static func lastWord(of text: String) -> String {
        guard let space = text.lastIndex(where: { $0 == " " || $0 == "\t" || $0 == "," || $0 == ";" }) else {
            return text
        }
        return String(text[text.index(after: space)...])
    }

    fileprivate static func from(_ editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = cel_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }
}

private func lineEditorPrompt(_ editLine: OpaquePointer?) -> UnsafeMutablePointer<CChar>? {
    LineEditor.from(editLine)?.promptPointer
}

private func lineEditorSearch(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editLine else { return UInt8(CC_ERROR) }
    let wide = (LineEditor.terminalColumns() ?? 80) >= 90
    cel_write(wide ? "\n(search earlier lines: type part of one; Ctrl-R for an older one, Enter takes it, Ctrl-G gives up)\n"
        : "\n(search earlier lines: type; Enter takes it, Ctrl-G gives up)\n")
    cel_push(editLine, LineEditor.searchKeys)
    return UInt8(CC_REDISPLAY)
}

private func lineEditorComplete(_ editLine: OpaquePointer?, _ key: Int32) -> UInt8 {
    guard let editLine, let editor = LineEditor.from(editLine) else { return UInt8(CC_ERROR) }
    return editor.complete(editLine)
}
