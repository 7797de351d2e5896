/// A query word the index does not hold, read as the indexed word one or two edits away
/// ("pnemonia" → "pneumonia", "diabtes" → "diabetes"): coders type fast.
enum TypoCorrection {
    /// Edits allowed: one for words of 5 or 6 letters, two for longer ones; none for shorter
    /// ones (every short word is an edit from some other: "hive" is not a typo of "hiv").
    static func allowedEdits(_ length: Int) -> Int { length < 5 ? 0 : length < 7 ? 1 : 2 }

    /// The indexed word nearest to `word`, within the allowed edits; ties go to the word with
    /// the most postings (the commoner term), then the first in order. Nil when none is near.
    static func correction(of word: String, in words: RecordTable) -> String? {
        let target = Array(word.utf8)
        let limit = allowedEdits(target.count)
        guard limit > 0 else { return nil }
        var best: (distance: Int, postings: Int, index: Int)?
        // Three buffers of their own: with `previous = row, beforePrevious = row` sharing one buffer until the first
        // write, Swift 6.3.1's optimiser (-O) lost a copy and the release build missed corrections the debug build made
        // ("abderhhalden").
        var row = [Int](repeating: 0, count: target.count + 1)
        var previous = [Int](repeating: 0, count: target.count + 1)
        var beforePrevious = [Int](repeating: 0, count: target.count + 1)
        for index in 0..<words.count {
            let raw = words.bytes(index)
            let end = raw.firstIndex(of: 9) ?? raw.count
            guard abs(end - target.count) <= limit, end > 0 else { continue }
            // Damerau-Levenshtein (adjacent transpositions), stopped once a row exceeds the limit.
            for j in 0...target.count { previous[j] = j }
            var rowMinimum = 0
            var exceeded = false
            for i in 1...end {
                row[0] = i
                rowMinimum = i
                for j in 1...target.count {
                    let cost = raw[i - 1] == target[j - 1] ? 0 : 1
                    var value = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, raw[i - 1] == target[j - 2], raw[i - 2] == target[j - 1] {
                        value = min(value, beforePrevious[j - 2] + 1)
                    }
                    row[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { exceeded = true; break }
                swap(&beforePrevious, &previous)
                swap(&previous, &row)
            }
            var distance = previous[target.count]
            if exceeded || distance > limit {
                // A letter typed out of place ("athsma"): the same letters, the first in place.
                guard end == target.count, raw[0] == target[0], best == nil || best!.distance > limit,
                      Array(raw[0..<end]).sorted() == target.sorted() else { continue }
                distance = limit + 1
            }
            guard distance > 0 else { continue }
            let fields = words.fields(index)
            let postings = fields.count >= 3 ? Int(fields[2]) ?? 0 : 0
            if best == nil || distance < best!.distance || (distance == best!.distance && postings > best!.postings) {
                best = (distance, postings, index)
            }
        }
        return best.map { words.key($0.index) }
    }
}

extension TypoCorrection {
    /// The indexed words nearest to `word` (at most `maxEdits` edits, Levenshtein), nearest
    /// first, then the commoner: for "did you mean" when nothing matched.
    static func nearest(to word: String, in words: RecordTable, maxEdits: Int, limit: Int) -> [String] {
        let target = Array(word.utf8)
        guard !target.isEmpty else { return [] }
        var found: [(distance: Int, postings: Int, index: Int)] = []
        var previous = [Int](repeating: 0, count: target.count + 1)
        var row = previous
        for index in 0..<words.count {
            let raw = words.bytes(index)
            let end = raw.firstIndex(of: 9) ?? raw.count
            guard abs(end - target.count) <= maxEdits, end > 0 else { continue }
            for j in 0...target.count { previous[j] = j }
            var exceeded = false
            for i in 1...end {
                row[0] = i
                var rowMinimum = i
                for j in 1...target.count {
                    let cost = raw[i - 1] == target[j - 1] ? 0 : 1
                    row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                    rowMinimum = min(rowMinimum, row[j])
                }
                if rowMinimum > maxEdits { exceeded = true; break }
                swap(&previous, &row)
            }
            guard !exceeded, previous[target.count] <= maxEdits else { continue }
            let fields = words.fields(index)
            let postings = fields.count >= 3 ? Int(fields[2]) ?? 0 : 0
            found.append((previous[target.count], postings, index))
        }
        found.sort { a, b in a.distance != b.distance ? a.distance < b.distance : a.postings > b.postings }
        return found.prefix(limit).map { words.key($0.index) }
    }
}
