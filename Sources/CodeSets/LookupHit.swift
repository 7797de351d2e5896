/// One result of `CodeBook.lookup`: a code and why it matched.
public struct LookupHit: Codable, Sendable, Equatable {
    /// The code, dotted (`E11.65`); for a code that still needs a 7th character and whose
    /// query named none, the code as far as it goes (`S52.521`), with `needsSeventh` set.
    public var code: String
    /// The official title.
    public var title: String
    /// The entry that matched best: the title, an inclusion term or an index path.
    public var matched: String
    /// Where `matched` comes from: `title`, `inclusion term`, `index`, `external cause index`,
    /// `neoplasm table`, `drug table` (or `code` for a code typed as the query).
    public var source: String
    /// Whether the code is reportable as shown.
    public var billable: Bool
    /// Whether a 7th character is still to be chosen.
    public var needsSeventh: Bool
    /// The ranking score (higher is better); for comparing hits of one query only.
    public var score: Double
    /// The query's words (as searched: abbreviations expanded, typos corrected) that the
    /// matched entry holds.
    public var words: [String] = []
    /// The route from the entry to the code, as a coder takes it from the Index to the
    /// Tabular: "Index: Fracture, radius, distal, Colles' -> S52.53- · right: S52.531 ·
    /// 7th D: subsequent encounter for closed fracture with routine healing".
    public var route: String = ""
}
