/// The REPL as a state machine: a line in, text out. The executable feeds it lines from
/// the line editor; tests feed it scripted lines.
public final class ReplSession {
    public private(set) var isFinished = false
    public let style: TextStyle

    public static let commands: [ReplCommand] = [
        ReplCommand("help", usage: "help [COMMAND]", "List the commands, or explain one", aliases: ["?"]),
        ReplCommand("quit", "Save and leave", aliases: ["exit", "q"]),
    ]

    public init(style: TextStyle = .plain) {
        self.style = style
    }

    /// The prompt to show before the next line.
    public var prompt: String { "chartdrill> " }

    /// The banner shown once when the REPL starts.
    public func banner() -> String {
        "ChartDrill: medical coding practice. Type 'help' for the commands, 'quit' to leave.\n"
    }

    /// Handles one line and returns what to print (possibly empty).
    public func handle(_ line: String) -> String {
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return "" }
        let command = Self.resolve(first.lowercased())
        switch command {
        case "help": return help(words.dropFirst().first)
        case "quit":
            isFinished = true
            return "Goodbye.\n"
        default:
            let names = Self.commands.map(\.name)
            if let suggestion = nearest(first, in: names) {
                return "Unknown command '\(first)'. Did you mean '\(suggestion)'? Type 'help' for the list.\n"
            }
            return "Unknown command '\(first)'. Type 'help' for the list.\n"
        }
    }

    /// Completions for the word before the cursor.
    public func completions(before text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let current = words.last ?? ""
        if words.count <= 1 {
            return Self.commands.map(\.name).filter { $0.hasPrefix(current.lowercased()) }
        }
        if Self.resolve(words[0].lowercased()) == "help" && words.count == 2 {
            return Self.commands.map(\.name).filter { $0.hasPrefix(current.lowercased()) }
        }
        return []
    }

    /// End of input (Ctrl-D, end of a script): leave as `quit` does.
    public func endOfInput() -> String {
        isFinished = true
        return ""
    }

    static func resolve(_ word: String) -> String {
        commands.first(where: { $0.name == word || $0.aliases.contains(word) })?.name ?? word
    }

    private func help(_ topic: String?) -> String {
        if let topic {
            guard let command = Self.commands.first(where: { $0.name == Self.resolve(topic.lowercased()) }) else {
                return "No command '\(topic)'. Type 'help' for the list.\n"
            }
            return "\(style.bold(command.usage))\n  \(command.summary)\n"
        }
        let width = (Self.commands.map(\.usage.count).max() ?? 0) + 2
        var text = "Commands:\n"
        for command in Self.commands {
            text += "  " + command.usage + String(repeating: " ", count: width - command.usage.count) + command.summary + "\n"
        }
        return text
    }
}
