/// Points per finding kind: how an item's points are counted.
///
/// A pack may override any of them with a partial `scoring:` map (kind → points); kinds it
/// leaves out keep their defaults:
///
/// ```yaml
/// scoring:
///   extra: -1
///   specificity: 0.25
/// ```
///
/// | kind | default | why |
/// | --- | --- | --- |
/// | correct | +1 | the code, modifiers and units are right |
/// | specificity | +0.5 | right category: an unspecified code where more is documented, or another detail |
/// | (specificity, wrong side) | 0 | `wrongSide`: an auditor counts a wrong laterality as a wrong code |
/// | (specificity, wrong episode) | 0 | `wrongEpisode`: the same for a wrong 7th character of episode or healing |
/// | level | +0.5 | right E/M family, wrong level |
/// | axis | +0.5 | right PCS root operation, another axis wrong |
/// | modifier | +0.5 | right code, modifiers wrong |
/// | units | +0.5 | right code, units wrong |
/// | invalid | −0.5 | a claim with it would be rejected |
/// | extra | −0.5 | over-coding |
/// | missing | 0 | under-coding earns nothing |
/// | sequencing | −0.5 | principal / first-listed diagnosis not first |
/// | excludes1 | −0.5 | two codes never reported together |
/// | query | +0.5 | a warranted query, asked for another reason |
/// | unsupported | −0.5 | a code assigned that needed a provider query first |
/// | poa | −0.5 | a wrong or missing present-on-admission indicator |
///
/// A warranted query counts like one required key code: `correct` when asked for the right
/// reason, `missing` when not asked; a query where none is warranted is `extra`.
///
/// An item's points are the sum of its findings' points, never below 0. The most it can
/// earn (`ItemScore.maxPoints`) is `correct` times the number of required key codes.
/// Findings on optional key codes keep their penalties but earn no credit. When both the
/// modifiers and the units of a code are wrong, the finding earns
/// `max(modifier + units − correct, min(modifier, units, 0))`: each wrong part takes away what
/// it takes alone (0 with the defaults).
public struct ScoringPolicy: Codable, Sendable, Hashable {
    public var correct: Double
    public var specificity: Double
    public var level: Double
    public var axis: Double
    public var modifier: Double
    public var units: Double
    public var invalid: Double
    public var extra: Double
    public var missing: Double
    public var sequencing: Double
    public var excludes1: Double
    public var query: Double
    public var unsupported: Double
    public var poa: Double
    /// A `specificity` finding whose reason is `laterality` (a pack may not override it yet).
    public var wrongSide: Double = 0
    /// A `specificity` finding whose reason is `episode`.
    public var wrongEpisode: Double = 0

    /// The defaults documented above.
    public static let `default` = ScoringPolicy()

    public init(
        correct: Double = 1, specificity: Double = 0.5, level: Double = 0.5, axis: Double = 0.5,
        modifier: Double = 0.5, units: Double = 0.5, invalid: Double = -0.5, extra: Double = -0.5,
        missing: Double = 0, sequencing: Double = -0.5, excludes1: Double = -0.5, query: Double = 0.5,
        unsupported: Double = -0.5, poa: Double = -0.5
    ) {
        self.correct = correct
        self.specificity = specificity
        self.level = level
        self.axis = axis
        self.modifier = modifier
        self.units = units
        self.invalid = invalid
        self.extra = extra
        self.missing = missing
        self.sequencing = sequencing
        self.excludes1 = excludes1
        self.query = query
        self.unsupported = unsupported
        self.poa = poa
    }

    /// The defaults with `overrides` applied.
    public init(overrides: [FindingKind: Double]) {
        self.init()
        for (kind, points) in overrides { self[kind] = points }
    }

    /// The points of one finding kind.
    public subscript(kind: FindingKind) -> Double {
        get {
            switch kind {
            case .correct: return correct
            case .specificity: return specificity
            case .level: return level
            case .axis: return axis
            case .modifier: return modifier
            case .units: return units
            case .invalid: return invalid
            case .extra: return extra
            case .missing: return missing
            case .sequencing: return sequencing
            case .excludes1: return excludes1
            case .query: return query
            case .unsupported: return unsupported
            case .poa: return poa
            }
        }
        set {
            switch kind {
            case .correct: correct = newValue
            case .specificity: specificity = newValue
            case .level: level = newValue
            case .axis: axis = newValue
            case .modifier: modifier = newValue
            case .units: units = newValue
            case .invalid: invalid = newValue
            case .extra: extra = newValue
            case .missing: missing = newValue
            case .sequencing: sequencing = newValue
            case .excludes1: excludes1 = newValue
            case .query: query = newValue
            case .unsupported: unsupported = newValue
            case .poa: poa = newValue
            }
        }
    }

    /// The points of a `specificity` finding, by its reason.
    public func points(for reason: SpecificityReason) -> Double {
        switch reason {
        case .laterality: return wrongSide
        case .episode: return wrongEpisode
        case .unspecified, .detail: return specificity
        }
    }

    /// The points of a code whose modifiers and units are both wrong.
    public var modifierAndUnits: Double {
        max(modifier + units - correct, min(modifier, units, 0))
    }

    // MARK: - Codable: a partial map, unknown kinds refused

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes a partial map of kind → points; kinds left out keep their defaults. A key that
    /// is not a finding kind is an error naming the kinds there are.
    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: Key.self)
        for key in container.allKeys {
            guard let kind = FindingKind(rawValue: key.stringValue) else {
                let known = FindingKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "scoring: '\(key.stringValue)' is not a finding kind; use one of \(known)")
            }
            self[kind] = try container.decode(Double.self, forKey: key)
        }
    }

    /// Encodes every kind, in the order of `FindingKind.allCases`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for kind in FindingKind.allCases {
            try container.encode(self[kind], forKey: Key(stringValue: kind.rawValue))
        }
    }
}
