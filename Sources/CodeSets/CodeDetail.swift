/// Everything `show CODE` tells: the code's place in the tabular and every note that applies.
public struct CodeDetail: Codable, Sendable, Equatable {
    /// One tabular note: who carries it (`E11`, `E08-E13`, `chapter 4`), its type and text.
    public struct Note: Codable, Sendable, Equatable {
        public var holder: String
        public var type: String
        public var text: String
    }
    /// One 7th-character value.
    public struct Seventh: Codable, Sendable, Equatable {
        public var character: String
        public var label: String
    }
    /// A code and its title.
    public struct Step: Codable, Sendable, Equatable {
        public var code: String
        public var title: String
    }
    public var code: String
    public var title: String
    public var billable: Bool
    /// The validation message (what is missing, for a header or an incomplete code).
    public var message: String
    public var chapter: Step
    public var block: Step
    /// From the category down to the parent of this code.
    public var parents: [Step]
    public var children: [Step]
    /// Notes of the code, then inherited from its parents, category, block and chapter.
    public var notes: [Note]
    public var sevenths: [Seventh]
    /// `CC`, `MCC` or nil (MS-DRG v43).
    public var severity: String?
    /// The PDX exclusion collection of a CC/MCC, if any.
    public var exclusionCollection: String?
    /// Whether the CC/MCC counts only when the patient is discharged alive.
    public var onlyIfDischargedAlive: Bool
}
