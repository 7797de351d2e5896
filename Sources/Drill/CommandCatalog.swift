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

/// The edit distance between two short words (insertions, deletions, substitutions and
/// transpositions of neighbours each count one), for "did you mean".
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
            }
        }
    }
    return table[a.count][b.count]
}

/// The nearest of `candidates` to `word`, if it is near enough to suggest.
public func nearest(_ word: String, in candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    return best.1 <= max(1, word.count / 3) || best.0.hasPrefix(word.lowercased()) ? best.0 : nil
}
