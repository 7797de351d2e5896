/// A pack as the report saw it: what was given about it and how much it was practised.
public struct PackSummary: Codable, Sendable, Hashable {
    public var id: String
    /// The pack's title when pack information was given, else its id.
    public var title: String
    /// The given pack's version, else the latest version attempted.
    public var version: String
    /// The exam's pass mark (percent); nil when not known, and then readiness is left out.
    public var passMark: Double?
    /// Whether pack information (items, keys, pass mark) was given, or only attempts were seen.
    public var described: Bool
    public var items: Int
    public var attempts: Int
    /// Trainees with at least one attempt at the pack.
    public var trainees: Int

    public init(
        id: String, title: String, version: String, passMark: Double?, described: Bool, items: Int, attempts: Int,
        trainees: Int
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.passMark = passMark
        self.described = described
        self.items = items
        self.attempts = attempts
        self.trainees = trainees
    }
}
