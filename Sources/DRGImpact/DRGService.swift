import CodingScore
import Foundation

/// The grouper as the rest of ChartDrill uses it: opened once, with one `DRGGrouper` per
/// fiscal year that a pack's `codeSet` asks for. When the library is not installed, every
/// call throws the same error and `notice` says in one line how to get it.
public final class DRGService: @unchecked Sendable {
    let grouperFolders: [URL]
    let codeSetsFolder: URL
    let baseRatesFile: URL
    private let lock = NSLock()
    private var opened: Result<GrouperLibrary, GrouperError>?
    private var groupers: [Int: Result<DRGGrouper, GrouperError>] = [:]

    /// The grouper is looked for in `grouperFolders` and opened when first needed (so the
    /// REPL starts without paying for it); Table 5 is read from `codeSetsFolder` and base
    /// rates from `baseRatesFile`.
    public init(grouperFolders: [URL], codeSetsFolder: URL, baseRatesFile: URL) {
        self.grouperFolders = grouperFolders
        self.codeSetsFolder = codeSetsFolder
        self.baseRatesFile = baseRatesFile
    }

    /// The library, opened on first use.
    public var library: GrouperLibrary? { try? openLibrary().get() }

    /// Why there is no library, when there is none.
    public var openingError: GrouperError? {
        if case .failure(let error) = openLibrary() { return error }
        return nil
    }

    private func openLibrary() -> Result<GrouperLibrary, GrouperError> {
        lock.lock()
        defer { lock.unlock() }
        if let opened { return opened }
        let result: Result<GrouperLibrary, GrouperError>
        do { result = .success(try GrouperLibrary.open(searching: grouperFolders)) } catch let error as GrouperError {
            result = .failure(error)
        } catch {
            result = .failure(.unusable(error.localizedDescription))
        }
        opened = result
        return result
    }

    public var isAvailable: Bool { library != nil }

    /// The newest fiscal year whose Table 5 the code sets hold (`FY2026`): what a claim
    /// outside any pack is grouped for. Nil when there is none.
    public var newestCodeSet: String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: codeSetsFolder.path)) ?? []
        let years = names.compactMap { name -> Int? in
            guard name.hasPrefix("msdrg-weights-fy"), name.hasSuffix(".tsv") else { return nil }
            return Int(name.dropFirst("msdrg-weights-fy".count).prefix(4))
        }
        return years.max().map { "FY\($0)" }
    }

    /// One line for a screen without DRG figures.
    public var notice: String? {
        openingError.map { "MS-DRG figures are off: \($0.localizedDescription)." }
    }

    /// The grouper for a pack's code set (`FY2026`).
    /// - Throws: `GrouperError` when the library is missing, the code set names no year the
    ///   grouper has, or Table 5 for the year is missing.
    public func grouper(codeSet: String?) throws -> DRGGrouper {
        let library = try openLibrary().get()
        guard let year = DRGGrouper.fiscalYear(codeSet: codeSet) else {
            throw GrouperError.unusable("the pack names no code-set year (write 'codeSet: FY2026')")
        }
        lock.lock()
        defer { lock.unlock() }
        if let cached = groupers[year] { return try cached.get() }
        let result: Result<DRGGrouper, GrouperError>
        do {
            let weights = try DRGWeights.load(codeSetsFolder: codeSetsFolder, fiscalYear: year)
            result = .success(try DRGGrouper(library: library, fiscalYear: year, weights: weights,
                                             baseRate: BaseRate.load(file: baseRatesFile, fiscalYear: year)))
        } catch let error as GrouperError {
            result = .failure(error)
        } catch {
            result = .failure(.unusable(error.localizedDescription))
        }
        groupers[year] = result
        return try result.get()
    }

    /// Groups the key's claim alone (the linter's check, `drg` on an item).
    public func groupKey(_ key: AnswerKey, patient: Patient, codeSet: String?) throws -> GroupedClaim {
        try grouper(codeSet: codeSet).group(ClaimBuilder.key(key, patient: patient))
    }

    /// The trainee's codes against the key's.
    public func impact(answer codes: [EnteredCode], key: AnswerKey, patient: Patient, codeSet: String?) throws -> DRGImpact {
        let grouper = try grouper(codeSet: codeSet)
        let coded = try grouper.group(ClaimBuilder.answer(codes, key: key, patient: patient))
        let expected = try grouper.group(ClaimBuilder.key(key, patient: patient))
        return DRGImpact(coded: coded, key: expected, baseRate: grouper.baseRate, versionName: grouper.versionName)
    }
}
