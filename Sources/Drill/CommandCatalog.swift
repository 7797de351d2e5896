/// The REPL's commands, with their one-line help: the source of `help` and of completion.
public struct ReplCommand: Sendable {
    public var name: String
    public var usage: String
    public var summary: String
    public var aliases: [String]

    public init(_ name: String, usage: String? = nil, _ summary: String, aliases: [String] = []) {
        self.name = name
        self.usage = usage ?? name
        self.summary = summary
        self.aliases = aliases
    }
}

/// The edit distance between two short words, for "did you mean".
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}

/// The nearest of `candidates` to `word`, if it is near enough to suggest.
public func nearest(_ word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(1, word.count / 3) || best.0.hasPrefix(word.lowercased()) ? best.0 : nil
}
