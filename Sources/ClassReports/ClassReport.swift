import Foundation
import ProgressStore

/// An instructor's report over a class: the roster, item analysis (difficulty, discrimination,
/// option counts, common wrong answers), the finding kinds the class makes most, per-tag
/// mastery, manual credit and the progress files that could not be read.
///
/// Built from the trainees' progress (`ProgressFolder.load`) and, optionally, the packs'
/// item lists; every figure is derived, nothing is stored. Manual credit counts everywhere a
/// result is used (`Attempt.effectivePoints`), and the result as scored is shown beside it.
/// See README.md in this folder for how each figure is computed.
public struct ClassReport: Codable, Sendable {
    /// When the report was made.
    public var generatedAt: Date
    /// The progress folder read.
    public var folder: String
    /// The pack the report was limited to (`--pack`), if any.
    public var packFilter: String?
    /// The packs attempted (or given), by id.
    public var packs: [PackSummary]
    public var summary: ClassSummary
    /// One entry per readable progress file, by name.
    public var roster: [RosterEntry]
    /// One entry per item attempted (or listed in a given pack), pack by pack in the pack's order.
    public var items: [ItemAnalysis]
    /// The non-correct finding kinds over every attempt, most frequent first.
    public var findingKinds: [FindingKindCount]
    /// Mastery per tag across the class, by tag.
    public var tags: [TagMastery]
    /// Every manual-credit override, oldest first, with the original result beside it.
    public var credits: [CreditRecord]
    /// Progress files that could not be read and were left out.
    public var damagedFiles: [DamagedFile]
    /// Inpatient items grouped: DRG accuracy and case-mix index, per trainee and per item.
    public var caseMix: ClassCaseMix?

    public init(
        generatedAt: Date, folder: String, packFilter: String?, packs: [PackSummary], summary: ClassSummary,
        roster: [RosterEntry], items: [ItemAnalysis], findingKinds: [FindingKindCount], tags: [TagMastery],
        credits: [CreditRecord], damagedFiles: [DamagedFile], caseMix: ClassCaseMix? = nil
    ) {
        self.caseMix = caseMix
        self.generatedAt = generatedAt
        self.folder = folder
        self.packFilter = packFilter
        self.packs = packs
        self.summary = summary
        self.roster = roster
        self.items = items
        self.findingKinds = findingKinds
        self.tags = tags
        self.credits = credits
        self.damagedFiles = damagedFiles
    }

    /// Computes the report from trainees' progress.
    /// - Parameters:
    ///   - trainees: as `ProgressFolder.load` gives them.
    ///   - damaged: the files it could not read (listed in the report).
    ///   - packs: what is known of the packs (may be empty).
    ///   - packId: limit the report to one pack's attempts.
    ///   - folder: the folder's path, for the heading.
    ///   - now: the report's time.
    public init(
        trainees: [TraineeProgress], damaged: [DamagedFileReport] = [], packs: [ReportPack] = [],
        packId: String? = nil, folder: String = "", now: Date = Date()
    ) {
        self = ClassReportBuilder(trainees: trainees.map(\.inert), packs: packs, packId: packId).build(
            damaged: damaged, folder: folder, now: now)
    }

    /// Reads a folder of progress files and computes the report. Damaged files are left out
    /// and listed in `damagedFiles`.
    /// - Throws: `ReportError.folderUnreadable` when the folder cannot be listed,
    ///   `ReportError.unknownPack` when `packId` matches neither a given pack nor any attempt.
    public static func load(
        folder: URL, packs: [ReportPack] = [], packId: String? = nil, now: Date = Date()
    ) throws -> ClassReport {
        let trainees: [TraineeProgress]
        let damaged: [DamagedFileReport]
        do {
            (trainees, damaged) = try ProgressFolder.load(folder)
        } catch {
            throw ReportError.folderUnreadable(path: folder.path, reason: "\(error)")
        }
        let report = ClassReport(
            trainees: trainees, damaged: damaged, packs: packs, packId: packId, folder: folder.path, now: now)
        if let packId, !report.packs.contains(where: { $0.id == packId }) {
            var seen = Set<String>()
            for trainee in trainees { for attempt in trainee.document.attempts { seen.insert(attempt.packId) } }
            throw ReportError.unknownPack(id: packId, folder: folder.path, seen: seen.sorted())
        }
        return report
    }

    /// The report as pretty JSON (dates ISO 8601, keys sorted).
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    /// Reads a report written by `jsonData()`.
    public static func decode(json: Data) throws -> ClassReport {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(ClassReport.self, from: json)
    }
}
