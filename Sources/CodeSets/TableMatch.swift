/// One row of the Neoplasm Table or the Table of Drugs and Chemicals.
public struct TableMatch: Codable, Sendable, Equatable {
    /// Terms from the main term to this row.
    public var path: [String]
    /// The column headings, in order.
    public var columns: [String]
    /// The code in each column ("" where the table has none).
    public var codes: [String]
    public var see: String
    public var seeAlso: String
    public var matchedWords: Int

    /// Neoplasm Table columns.
    public static let neoplasmColumns = ["Malignant Primary", "Malignant Secondary", "Ca in situ", "Benign",
                                         "Uncertain Behavior", "Unspecified Behavior"]
    /// Table of Drugs and Chemicals columns.
    public static let drugColumns = ["Poisoning Accidental (unintentional)", "Poisoning Intentional self-harm",
                                     "Poisoning Assault", "Poisoning Undetermined", "Adverse effect", "Underdosing"]
}
