/// What a code book says of one code, as far as scoring needs it.
public enum CodeStatus: Sendable, Equatable {
    /// Valid and reportable (billable) in the code set.
    case reportable
    /// In the code set but not reportable: a category or subcategory with children, or a
    /// code that needs its 7th character. `reason` says what is missing, in a coder's words
    /// ("E11.6 is a subcategory: choose a 5th character").
    case notReportable(reason: String)
    /// Not in the code set at all (never existed, deleted, mistyped).
    case unknown
    /// The system is checked by shape only (CPT without a licensed file): assume valid.
    case shapeOnly
}

/// The code book as the scoring library sees it. `CodeSets.CodeBook` is the real one;
/// tests use small fakes. Codes are passed normalized (see `CodeNormalizer`).
public protocol CodeCatalog: Sendable {
    /// Validity and reportability of `code` in `system`.
    func status(of code: String, in system: CodeSystem) -> CodeStatus

    /// Whether an Excludes1 note (of either code, or inherited from its category or block)
    /// says `a` and `b` are never reported together. Both are ICD-10-CM codes.
    func excludes1(_ a: String, _ b: String) -> Bool

    /// The Excludes1 conflicts among `codes` (ICD-10-CM, normalized), at most one per code:
    /// for each code's first occurrence `j`, the first occurrence `i < j` of the earliest code
    /// that `excludes1` keeps apart from it. Sorted by `i`, then `j`. So an answer of n codes
    /// gets at most n such findings, however many of its codes exclude each other. The
    /// default asks each pair; a real code book answers in about linear time.
    func excludes1Pairs(among codes: [String]) -> [(Int, Int)]

    /// The official title of a code, when the code set has one.
    func title(of code: String, in system: CodeSystem) -> String?

    /// ICD-10-PCS: the title of the axis at `position` (0-based, 0...6) in the table that
    /// `code` belongs to ("Body Part", "Approach", "Device", "Qualifier"), or nil.
    func pcsAxisTitle(of code: String, position: Int) -> String?

    /// ICD-10-PCS: the label of the value `code` has at `position` ("Open", "Left Knee Joint"), or nil.
    func pcsValueLabel(of code: String, position: Int) -> String?
}

/// A catalog that knows nothing: every well-shaped code is taken as valid. Used where no
/// code book is loaded (and as a base for test fakes).
public struct ShapeOnlyCatalog: CodeCatalog {
    public init() {}
    public func status(of code: String, in system: CodeSystem) -> CodeStatus { .shapeOnly }
    public func excludes1(_ a: String, _ b: String) -> Bool { false }
    public func title(of code: String, in system: CodeSystem) -> String? { nil }
    public func pcsAxisTitle(of code: String, position: Int) -> String? { nil }
    public func pcsValueLabel(of code: String, position: Int) -> String? { nil }
}

extension CodeCatalog {
    public func excludes1Pairs(among codes: [String]) -> [(Int, Int)] {
        let firsts = Excludes1Conflicts.firstOccurrences(codes)
        var pairs: [(Int, Int)] = []
        for (b, j) in firsts.enumerated() {
            if let i = firsts[..<b].first(where: { excludes1(codes[$0], codes[j]) }) { pairs.append((i, j)) }
        }
        return Excludes1Conflicts.sorted(pairs)
    }
}

/// What every `excludes1Pairs` shares: first occurrences and the order of the result.
public enum Excludes1Conflicts {
    /// The index of each code's first occurrence, in order.
    public static func firstOccurrences(_ codes: [String]) -> [Int] {
        var seen = Set<String>()
        return codes.indices.filter { seen.insert(codes[$0]).inserted }
    }

    public static func sorted(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    }
}
