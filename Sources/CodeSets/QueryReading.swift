/// A query as a coder means it: the words to search for, the words under a negation
/// ("without aura", "w/o obstruction", "not intractable"), the side named (right, left,
/// bilateral) and the episode-of-care words that choose a 7th character.
struct QueryReading: Sendable {
    /// Search words, each with its weight (1 for a word the query asserts).
    var weights: [String: Double] = [:]
    /// Words the query asserts.
    var positive: Set<String> = []
    /// Words under a negation.
    var negated: Set<String> = []
    /// `right`, `left` or `bilateral`, when the query names a side.
    var side: String?
    /// Words that choose a 7th character (initial, subsequent, sequela, routine, delayed,
    /// healing, nonunion, malunion, ...), kept out of the search itself.
    var episode: Set<String> = []
    /// Other forms of a search word, searched as the same word: the adjective of a body
    /// part's noun and back ("sacrum" / "sacral", "humerus" / "humeral", "femur" / "femoral").
    var alternates: [String: [String]] = [:]
    /// The asserted words in the order typed (for two words typed apart that the Index joins).
    var sequence: [String] = []
    /// A search word's form as typed, where the plural stem changed it ("sepsys" → "sepsy").
    var typed: [String: String] = [:]

    /// The search words, sorted.
    var words: [String] { weights.keys.sorted() }

    static let negators: Set<String> = ["without", "no", "not", "never", "negative"]
    /// Words that end a negation's reach: "without aura, with status" asserts status.
    static let scopeEnds: Set<String> = ["with", "w", "but", "and", "has", "having", "as"]
    static let sides: [String: String] = ["right": "right", "left": "left", "bilateral": "bilateral", "both": "bilateral"]
    /// Words that say which encounter it is; when one of them is in the query, these words
    /// choose the 7th character and are not searched ("initial" would otherwise reach
    /// "initial prescription of contraceptives").
    static let episodeTriggers: Set<String> = ["initial", "subsequent", "sequela", "sequelae", "nonunion", "malunion"]
    static let episodeWords: Set<String> = [
        "initial", "subsequent", "sequela", "sequelae", "encounter", "routine", "delayed", "healing", "nonunion",
        "malunion",
    ]
    static let ordinals: [String: String] = [
        "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
    ]

    /// Noun and adjective endings of anatomy words, both ways.
    static let anatomyEndings: [(String, String)] = [
        ("um", "al"), ("us", "al"), ("ur", "oral"), ("a", "al"), ("a", "ar"), ("is", "ic"), ("le", "ular"), ("x", "cal"),
        ("ine", "inal"), ("ary", "ar"), ("us", "ine"),
    ]

    /// Reads `text` (abbreviations already expanded).
    static func read(_ text: String) -> QueryReading {
        var reading = QueryReading()
        let raw = rawWords(text)
        let hasEpisode = raw.contains { episodeTriggers.contains($0) } || containsPair(raw, "routine", "healing")
            || containsPair(raw, "delayed", "healing")
        var negating = false
        var negatedSince = 0
        for word in raw {
            if word == "," { negating = false; continue }
            if negators.contains(word) { negating = true; negatedSince = 0; continue }
            // "not having achieved remission" negates all three; "without aura, with status"
            // and "without complications in remission" assert what follows.
            if negating && negatedSince > 0 && (scopeEnds.contains(word) || word == "in") { negating = false; continue }
            if negating && scopeEnds.contains(word) { continue }
            if negating { negatedSince += 1 }
            let spelled = ordinals[word] ?? word
            let tokens = SearchTokenizer.words(spelled)
            if tokens.count == 1, tokens[0] != spelled { reading.typed[tokens[0]] = spelled }
            for token in tokens {
                if hasEpisode && episodeWords.contains(token) {
                    reading.episode.insert(token)
                    continue
                }
                if let side = sides[token], !negating {
                    reading.side = reading.side == nil || reading.side == side ? side : "bilateral"
                }
                if negating {
                    reading.negated.insert(token)
                    if reading.weights[token] == nil { reading.weights[token] = 0.5 }
                } else {
                    reading.positive.insert(token)
                    reading.weights[token] = 1
                    reading.sequence.append(token)
                }
            }
        }
        if reading.side == "bilateral" { reading.weights["bilateral"] = 1; reading.positive.insert("bilateral") }
        return reading
    }

    static func containsPair(_ words: [String], _ a: String, _ b: String) -> Bool {
        zip(words, words.dropFirst()).contains { $0 == a && $1 == b }
    }

    /// Lower-case words in order, a comma or semicolon kept as ",", stop words kept (they end
    /// a negation's reach).
    static func rawWords(_ text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"), 0x80...0xFF:
                current.append(b)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(b + 32)
            case UInt8(ascii: ","), UInt8(ascii: ";"):
                flush(); result.append(",")
            default:
                flush()
            }
        }
        flush()
        return result
    }

    /// How a title reads: the words it asserts and the words under its negations
    /// ("Migraine without aura, not intractable" asserts migraine, negates aura and intractable).
    static func profile(_ title: String) -> (positive: Set<String>, negated: Set<String>) {
        var positive = Set<String>(), negated = Set<String>()
        var negating = false
        var negatedSince = 0
        let words = rawWords(title)
        for (index, word) in words.enumerated() {
            if word == "," { negating = false; continue }
            // "unspecified as acute or chronic" says neither.
            let unspecifiedAs = word == "unspecified" && index + 1 < words.count && words[index + 1] == "as"
            if negators.contains(word) || unspecifiedAs { negating = true; negatedSince = 0; continue }
            if negating && negatedSince > 0 && (scopeEnds.contains(word) || word == "in") { negating = false; continue }
            if negating && scopeEnds.contains(word) { continue }
            if negating { negatedSince += 1 }
            for token in SearchTokenizer.words(word) {
                if negating { negated.insert(token) } else { positive.insert(token) }
            }
        }
        return (positive, negated)
    }

    /// Side words of a title, for telling a code's side variants apart.
    static let sideWords: Set<String> = ["right", "left", "bilateral", "unilateral", "unspecified", "side", "both"]

    /// The side a title names: `right`, `left`, `bilateral`, or nil.
    static func side(of titleWords: Set<String>) -> String? {
        if titleWords.contains("bilateral") || titleWords.contains("both") { return "bilateral" }
        if titleWords.contains("right") && !titleWords.contains("left") { return "right" }
        if titleWords.contains("left") && !titleWords.contains("right") { return "left" }
        return nil
    }

    /// How well a title fits the query beyond the shared words: an asserted word the title
    /// negates, or a negated word the title asserts, counts against it; a negation the title
    /// shares counts for it; the side named (or, with none named, the unspecified side).
    func fit(title: String) -> Double {
        let profile = Self.profile(title)
        var score = 0.0
        for word in negated {
            if profile.negated.contains(word) { score += 0.12 } else if profile.positive.contains(word) { score -= 0.3 }
        }
        for word in positive where profile.negated.contains(word) && !profile.positive.contains(word) { score -= 0.3 }
        let titleSide = Self.side(of: profile.positive)
        if let side {
            if titleSide == side { score += 0.1 } else if titleSide != nil { score -= 0.15 }
        } else if titleSide != nil {
            score -= 0.06
        }
        return score
    }
}
