import CodingScore

/// One exercise of a pack: a coding task scored against an answer key, or a
/// multiple-choice question in the certification exam's shape.
public struct PackItem: Sendable, Hashable {
    /// Unique in the pack.
    public var id: String
    /// The chart as the pack names it (an id or a relative path); nil when there is none.
    public var chartReference: String?
    /// The chart it resolved to, when it did.
    public var chart: Chart?
    /// What the trainee is asked to do ("Assign the ICD-10-CM codes, first-listed diagnosis first").
    public var task: String
    /// The code systems the item asks for.
    public var systems: [CodeSystem]
    public var kind: Kind
    /// How a coder gets to the answer, in the project's own words.
    public var rationale: String?
    public var hint: String?
    /// `kind:value` tags: `chapter:04`, `section:surgery`, `skill:...`, `domain:...`.
    public var tags: [String]
    /// What the item is worth (default 1).
    public var points: Double
    /// Where the item starts in its pack file.
    public var location: SourceLocation
    /// Where each key code is written: one list per key entry, one place per alternative.
    public var keyCodeLocations: [[SourceLocation]]

    /// Where key entry `entry`, alternative `alternative`, is written; the item's own place
    /// when the parser recorded none.
    public func keyCodeLocation(_ entry: Int, _ alternative: Int) -> SourceLocation {
        guard keyCodeLocations.indices.contains(entry), keyCodeLocations[entry].indices.contains(alternative) else {
            return location
        }
        return keyCodeLocations[entry][alternative]
    }
    /// Where a multiple-choice question's text starts, and whether it is a `|` block.
    var questionPlace: (location: SourceLocation, block: Bool)? {
        get { questionLocation.map { ($0, questionIsBlock) } }
        set { questionLocation = newValue?.location; questionIsBlock = newValue?.block ?? false }
    }
    var questionLocation: SourceLocation?
    var questionIsBlock = false
    /// For inpatient items: the MS-DRG the key groups to and the patient facts grouping needs.
    public var drg: DRGExpectation?

    /// What kind of exercise an item is.
    public enum Kind: Sendable, Hashable {
        /// Type the codes; scored code by code against the key.
        case coding(AnswerKey)
        /// Choose one of the options; all or nothing.
        case multipleChoice(question: String, options: [ChoiceOption], key: MultipleChoiceKey)
    }

    public init(
        id: String, chartReference: String? = nil, chart: Chart? = nil, task: String, systems: [CodeSystem],
        kind: Kind, rationale: String? = nil, hint: String? = nil, tags: [String] = [], points: Double = 1,
        location: SourceLocation, keyCodeLocations: [[SourceLocation]] = []
    ) {
        self.id = id
        self.chartReference = chartReference
        self.chart = chart
        self.task = task
        self.systems = systems
        self.kind = kind
        self.rationale = rationale
        self.hint = hint
        self.tags = tags
        self.points = points
        self.location = location
        self.keyCodeLocations = keyCodeLocations
    }

    /// The answer key of a coding item.
    public var answerKey: AnswerKey? {
        if case .coding(let key) = kind { return key }
        return nil
    }

    /// Values of the tags of one kind: `tagValues("chapter")` → `["04"]`.
    public func tagValues(_ kind: String) -> [String] {
        tags.compactMap { tag in
            guard let colon = tag.firstIndex(of: ":"), tag[..<colon] == kind else { return nil }
            return String(tag[tag.index(after: colon)...])
        }
    }
}

/// One option of a multiple-choice item: its letter and its text.
public struct ChoiceOption: Sendable, Hashable, Codable {
    /// "A", "B", "C", "D".
    public var letter: String
    public var text: String

    public init(letter: String, text: String) {
        self.letter = letter
        self.text = text
    }
}

/// What an inpatient item says about its MS-DRG: the DRG the key's codes group to (checked
/// by the linter against the grouper) and the patient facts the grouper needs.
public struct DRGExpectation: Sendable, Hashable {
    public var expected: Int?
    public var age: Int
    /// `male`, `female` or `unknown`.
    public var sex: String
    /// UB-04 patient discharge status (1 home).
    public var dischargeStatus: Int
    /// Where `drg:` is written.
    public var location: SourceLocation
}
