/// One path found by `CodeBook.index`: main term down to the subterm, and where it leads.
public struct IndexMatch: Codable, Sendable, Equatable {
    /// One line of the index.
    public struct Step: Codable, Sendable, Equatable {
        public var level: Int
        public var term: String
        /// Nonessential modifiers, as printed in parentheses.
        public var nonEssential: String
        public var see: String
        public var seeAlso: String
        /// PCS index: the `use` value (a body part or device key).
        public var use: String
        /// The code, PCS table or code prefix the line leads to, if any.
        public var code: String
    }
    /// `index` (diseases), `external` (external causes) or `pcs`.
    public var source: String
    public var path: [Step]
    /// How many of the query's words the path holds.
    public var matchedWords: Int
}
