/// Turns titles, index terms and queries into search words, the same way at build and run time.
///
/// Lower case, Latin accents folded, split at anything but letters and digits, a light
/// plural stem, small function words dropped. Words inside parentheses or brackets (the
/// index's nonessential modifiers) are marked not essential: they can match, but an entry
/// is not penalised for lacking them in the query.
public enum SearchTokenizer {
    /// One search word and whether it is essential to its entry.
    public struct Token: Equatable, Sendable {
        public var word: String
        public var essential: Bool
    }

    /// Function words that carry no meaning for a search.
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "w",
        "as", "is", "s", "from", "into", "pt", "patient", "dx", "complaint",
    ]

    /// Words that never make an entry longer: a title "X, unspecified" is X.
    static let freeWords: Set<String> = ["unspecified", "nos", "classified", "elsewhere", "site"]

    /// The tokens of `text`.
    public static func tokens(_ text: String) -> [Token] {
        var result: [Token] = []
        var current: [UInt8] = []
        var depth = 0
        func flush() {
            guard !current.isEmpty else { return }
            let word = stem(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
            if stopWords.contains(word) { return }
            result.append(Token(word: word, essential: depth == 0 && !freeWords.contains(word)))
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 128 {
                let b = UInt8(v)
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    current.append(b)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    current.append(b + 32)
                case UInt8(ascii: "'"):
                    // "Aarskog's" is "aarskog"; the trailing s is dropped as a stop word.
                    flush()
                case UInt8(ascii: "("), UInt8(ascii: "["):
                    flush(); depth += 1
                case UInt8(ascii: ")"), UInt8(ascii: "]"):
                    flush(); depth = max(0, depth - 1)
                default:
                    flush()
                }
            } else if let folded = fold(v) {
                current.append(folded)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// The words of `text`, in order, duplicates kept.
    public static func words(_ text: String) -> [String] { tokens(text).map(\.word) }

    /// Folds common accented Latin letters to ASCII.
    static func fold(_ v: UInt32) -> UInt8? {
        switch v {
        case 0xC0...0xC5, 0xE0...0xE5: return UInt8(ascii: "a")
        case 0xC7, 0xE7: return UInt8(ascii: "c")
        case 0xC8...0xCB, 0xE8...0xEB: return UInt8(ascii: "e")
        case 0xCC...0xCF, 0xEC...0xEF: return UInt8(ascii: "i")
        case 0xD1, 0xF1: return UInt8(ascii: "n")
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: return UInt8(ascii: "o")
        case 0xD9...0xDC, 0xF9...0xFC: return UInt8(ascii: "u")
        case 0xDD, 0xFD, 0xFF: return UInt8(ascii: "y")
        default: return nil
        }
    }

    /// A light plural stem: "fractures" and "fracture" meet, "abscesses" and "abscess" meet.
    static func stem(_ word: String) -> String {
        let u = Array(word.utf8)
        guard u.count > 3, u.last == UInt8(ascii: "s") else { return word }
        if word.hasSuffix("ies") && u.count > 4 { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("sses") { return String(word.dropLast(2)) }
        if word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is") { return word }
        return String(word.dropLast())
    }
}
