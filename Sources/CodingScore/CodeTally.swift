/// The counts behind one answer's figures, for one code system.
///
/// `ItemScore.tallies` holds one per system the answer or key touched (and one with
/// `system == nil` for tokens that could not be read, or for a multiple-choice item), so
/// that `ScoreSummary` can add answers up per code system without re-scoring them.
public struct CodeTally: Codable, Sendable, Hashable {
    /// The code system counted, or nil for unreadable tokens and multiple-choice answers.
    public var system: CodeSystem?
    /// Codes entered (every token the parser returned, readable or not).
    public var entered: Int
    /// Entered codes found `correct` (on required or optional key codes).
    public var correct: Int
    /// Required key codes (slots that are not optional).
    public var required: Int
    /// Required key codes found `correct`.
    public var recalled: Int
    /// Key codes for Practicode's accuracy: required ones plus optional ones that were paired.
    public var keyCodes: Int

    public init(system: CodeSystem?, entered: Int = 0, correct: Int = 0, required: Int = 0, recalled: Int = 0, keyCodes: Int = 0) {
        self.system = system
        self.entered = entered
        self.correct = correct
        self.required = required
        self.recalled = recalled
        self.keyCodes = keyCodes
    }

    /// The denominator of code-over-code accuracy: the larger of codes entered and key codes.
    public var accuracyBase: Int { max(entered, keyCodes) }
}
