/// One result of `CodeBook.lookup`: a code and why it matched.
public struct LookupHit: Codable, Sendable, Equatable {
    /// The code, dotted (`E11.65`); for a code that still needs a 7th character and whose
    /// query named none, the code as far as it goes (`S52.521`), with `needsSeventh` set.
    public var code: String
    /// The official title.
    public var title: String
    /// The entry that matched best: the title, an inclusion term or an index path.
    public var matched: String
    /// Where `matched` comes from: `title`, `inclusion term` or `index`.
    public var source: String
    /// Whether the code is reportable as shown.
    public var billable: Bool
    /// Whether a 7th character is still to be chosen.
    public var needsSeventh: Bool
    /// The ranking score (higher is better); for comparing hits of one query only.
    public var score: Double
}
