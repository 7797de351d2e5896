import Foundation
import SafeText

/// Terminal styling: ANSI colour only on a terminal, never when `NO_COLOR` is set or the
/// terminal is `dumb`.
public struct TextStyle: Sendable {
    /// Whether escapes are written at all.
    public var colour: Bool

    public init(colour: Bool) { self.colour = colour }

    /// No escapes at all: pipes, files, tests.
    public static let plain = TextStyle(colour: false)

    /// The one rule for colour: `fd` is a terminal, `NO_COLOR` is unset, `TERM` is not `dumb`.
    public static func colourAllowed(fd: Int32 = 1, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        isatty(fd) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }

    /// Styling for output written to `fd` (standard output by default).
    public static func forOutput(fd: Int32 = 1) -> TextStyle { TextStyle(colour: colourAllowed(fd: fd)) }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func good(_ text: String) -> String { wrap(text, "32") }
    public func bad(_ text: String) -> String { wrap(text, "31") }
    public func warn(_ text: String) -> String { wrap(text, "33") }
    public func accent(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        TerminalDrawing.paint(text, code, colour: colour)
    }
}
