import Foundation

/// A claim grouped: the DRG with its Table 5 weight, and the code editor's edits.
public struct GroupedClaim: Sendable, Hashable {
    public var claim: Claim
    public var grouping: Grouping
    /// Nil when Table 5 has no row for the DRG (the error DRGs 998 and 999 have no weight).
    public var weight: DRGWeight?
    public var edits: [CodeEdit]

    /// The relative weight, 0 for a DRG without one.
    public var relativeWeight: Double { weight?.weight ?? 0 }
    /// The DRG's title as the grouper gives it.
    public var title: String { grouping.title }
    /// Surgical when Table 5 says so.
    public var partition: String { weight?.isSurgical == true ? "surgical" : "medical" }
}

/// Groups claims for one fiscal year's code set: the grouper version, Table 5 and the
/// illustrative base rate all follow the year, which comes from the pack (`codeSet: FY2026`).
public final class DRGGrouper: @unchecked Sendable {
    public let library: GrouperLibrary
    public let fiscalYear: Int
    /// The grouper version used (431 is MS-DRG v43.1).
    public let version: Int
    public let weights: DRGWeights
    public let baseRate: BaseRate?

    /// - Throws: `GrouperError.noVersion` when the grouper has no version for the year, or the
    ///   error of loading Table 5.
    public init(library: GrouperLibrary, fiscalYear: Int, weights: DRGWeights, baseRate: BaseRate?) throws {
        guard let version = Self.version(fiscalYear: fiscalYear) else { throw GrouperError.noVersion(fiscalYear: fiscalYear) }
        self.library = library
        self.fiscalYear = fiscalYear
        self.version = version
        self.weights = weights
        self.baseRate = baseRate
    }

    /// The newest grouper version for a fiscal year: FY2026 is v43.1 (the April update the
    /// FY2026 April code files match), FY2027 v44.0.
    public static func version(fiscalYear: Int) -> Int? {
        let major = fiscalYear - 1983
        return GrouperLibrary.knownVersions.first { $0 / 10 == major }
    }

    /// "MS-DRG v43.1".
    public var versionName: String { "MS-DRG v\(version / 10).\(version % 10)" }

    /// The fiscal year of a pack's `codeSet` (`FY2026`, `fy2026`, `2026`), if it names one.
    public static func fiscalYear(codeSet: String?) -> Int? {
        guard let codeSet else { return nil }
        let digits = codeSet.filter(\.isNumber)
        guard digits.count == 4, let year = Int(digits), (2015...2100).contains(year) else { return nil }
        return year
    }

    /// A discharge date inside the fiscal year, after the April update: the code editor
    /// checks codes against the date.
    var dischargeDate: Int { fiscalYear * 10000 + 401 }

    /// Groups a claim and runs the code editor on it.
    /// - Throws: `GrouperError.failed` when the grouper returns nothing or what it returns
    ///   cannot be read.
    public func group(_ claim: Claim) throws -> GroupedClaim {
        guard let json = library.group(claim.json(version: version, dischargeDate: dischargeDate)) else {
            throw GrouperError.failed("no result for principal diagnosis \(claim.principal?.code ?? "(none)")")
        }
        let grouping: Grouping
        do { grouping = try Grouping.decode(json) } catch {
            throw GrouperError.failed("unreadable result (\(error))")
        }
        return GroupedClaim(claim: claim, grouping: grouping, weight: weights[grouping.drg], edits: edits(claim))
    }

    /// The code editor's edits, each tied to the code that alone triggers it where one does:
    /// the editor counts edits per claim, so each code is edited once more on its own.
    func edits(_ claim: Claim) -> [CodeEdit] {
        let whole = editNames(claim)
        guard !whole.isEmpty else { return [] }
        var remaining = whole
        var result: [CodeEdit] = []
        var bare = claim
        bare.secondary = []
        bare.procedures = []
        let principalOnly = editNames(bare)
        if let principal = claim.principal {
            for name in principalOnly {
                guard let index = remaining.firstIndex(of: name) else { continue }
                remaining.remove(at: index)
                result.append(CodeEdit(name: name, code: principal.code))
            }
        }
        var candidates: [(String, Claim)] = []
        for diagnosis in claim.secondary {
            var one = bare
            one.secondary = [diagnosis]
            candidates.append((diagnosis.code, one))
        }
        for procedure in claim.procedures {
            var one = bare
            one.procedures = [procedure]
            candidates.append((procedure, one))
        }
        for (code, one) in candidates where !remaining.isEmpty {
            // What this code adds to the principal's own edits (a multiset difference).
            var added = editNames(one)
            for name in principalOnly { if let index = added.firstIndex(of: name) { added.remove(at: index) } }
            for name in added {
                guard let index = remaining.firstIndex(of: name) else { continue }
                remaining.remove(at: index)
                result.append(CodeEdit(name: name, code: code))
            }
        }
        return result + remaining.map { CodeEdit(name: $0, code: nil) }
    }

    /// Edit names, one per occurrence.
    private func editNames(_ claim: Claim) -> [String] {
        guard let json = library.edit(claim.json(version: version, dischargeDate: dischargeDate)),
            let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let edits = object["edits"] as? [[String: Any]]
        else { return [] }
        return edits.flatMap { edit -> [String] in
            guard let name = edit["name"] as? String else { return [] }
            return Array(repeating: name, count: max(1, edit["count"] as? Int ?? 1))
        }
    }
}
