/// Pure completion logic, kept apart from libedit so it can be tested without a terminal.
public enum Completion {
    /// What to insert after `word` given whole-word `candidates`: the rest of a unique
    /// candidate and a space, or the rest of their longest common prefix (maybe nothing).
    public static func resolve(word: String, candidates: [String]) -> (insert: String, unique: Bool) {
        let matching = candidates.filter { $0.lowercased().hasPrefix(word.lowercased()) }
        guard let first = matching.first else { return ("", false) }
        if Set(matching).count == 1 {
            return (String(first.dropFirst(word.count)) + " ", true)
        }
        var common = first
        for candidate in matching.dropFirst() {
            while !candidate.lowercased().hasPrefix(common.lowercased()) { common.removeLast() }
        }
        return (String(common.dropFirst(word.count)), false)
    }

    /// Candidates one a line with what each is beside it (a code's title), cut at a word to
    /// fit `width`; those without a description are listed in columns after them.
    public static func described(_ candidates: [String], descriptions: [String: String], width: Int) -> String {
        let unique = Array(Set(candidates)).sorted()
        let cell = (unique.map(\.count).max() ?? 0) + 2
        var text = ""
        var plain: [String] = []
        for candidate in unique {
            guard let description = descriptions[candidate], !description.isEmpty else {
                plain.append(candidate)
                continue
            }
            let room = max(10, width - cell - 1)
            var shown = description
            if shown.count > room {
                var words: [Substring] = []
                var length = 0
                for word in description.split(separator: " ") where length + word.count + 1 <= room - 1 {
                    words.append(word)
                    length += word.count + 1
                }
                shown = words.joined(separator: " ") + "…"
            }
            text += candidate.padding(toLength: cell) + shown + "\n"
        }
        return text + (plain.isEmpty ? "" : columns(plain, width: width))
    }

    /// Candidates laid out in columns that fit `width`, as shells list them.
    public static func columns(_ candidates: [String], width: Int) -> String {
        let unique = Array(Set(candidates)).sorted()
        let cell = (unique.map(\.count).max() ?? 0) + 2
        let perLine = max(1, width / max(cell, 1))
        var text = ""
        for (index, candidate) in unique.enumerated() {
            let isLast = index % perLine == perLine - 1 || index == unique.count - 1
            text += isLast ? candidate + "\n" : candidate.padding(toLength: cell)
        }
        return text
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}

extension String {
    var trimmingTrailingWhitespace: String {
        var text = Substring(self)
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return String(text)
    }
}
