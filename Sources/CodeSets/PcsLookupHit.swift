/// One result of `CodeBook.pcsLookup`: a PCS table and, where the query's words settle every
/// axis, the full seven-character code.
public struct PcsLookupHit: Codable, Sendable, Equatable {
    /// The table's three characters (`0DT`).
    public var table: String
    /// The table as a coder names it: "Resection, Gastrointestinal System".
    public var tableTitle: String
    /// The full code (`0DTJ4ZZ`) when every axis is settled, else nil.
    public var code: String?
    /// The code's title when `code` is set, else the table's.
    public var title: String
    /// The axes the words leave open ("Approach", "Device"), when `code` is nil.
    public var open: [String]
    /// The entry that matched: a PCS Index path or a table's body part value.
    public var matched: String
    /// `pcs index` or `pcs table`.
    public var source: String
    /// The query's words (as searched) that the entry holds.
    public var words: [String]
    /// The route from the entry to the code: "PCS Index: Appendectomy [see Resection,
    /// Appendix] -> 0DTJ · Approach: Percutaneous Endoscopic (4) · Device: No Device (Z) ...".
    public var route: String
    /// The ranking score (higher is better); for comparing hits of one query only.
    public var score: Double
}
