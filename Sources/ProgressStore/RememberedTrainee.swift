import Foundation

/// Who practised last on a home: `<home>/trainee`, one name on one line, so that the next start
/// greets them and the subcommands default to them.
public enum RememberedTrainee {
    static let fileName = "trainee"

    /// The name remembered on `home`, or nil when none is (or the file is empty or unreadable).
    public static func read(home: URL) -> String? {
        guard let text = try? String(contentsOf: home.appendingPathComponent(fileName), encoding: .utf8) else { return nil }
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty ? nil : name
    }

    /// Remembers `name` on `home`, replacing the file whole.
    public static func write(_ name: String, home: URL) throws {
        try Data((name + "\n").utf8).write(to: home.appendingPathComponent(fileName), options: .atomic)
    }
}
