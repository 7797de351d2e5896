import CodeSets
import Foundation

/// Builds every file of `Content/codesets/` from the release folder.
struct CodeSetBuilder {
    var source: URL
    var output: URL
    var hcpcsFile: URL?

    /// Lines of SOURCES.md gathered while building (counts, checks).
    var report: [String] = []

    init(source: URL, output: URL, hcpcsFile: URL?) {
        self.source = source
        self.output = output
        self.hcpcsFile = hcpcsFile
    }

    func path(_ relative: String) -> String { source.appendingPathComponent(relative).path }

    func write(_ name: String, _ records: [String], sorted: Bool) throws {
        let data = RecordTableWriter.encode(sorted ? RecordTableWriter.sorted(records) : records)
        try data.write(to: output.appendingPathComponent(name))
    }

    func log(_ text: String) {
        FileHandle.standardError.write(Data("codeset-build: \(text)\n".utf8))
    }

    func run() throws {
        var builder = self
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let tabular = try TabularBuild.read(path("icd10cm/icd10cm-tabular-2026-april.xml"))
        log("tabular: \(tabular.codes.count) codes, \(tabular.valid.count) valid with 7th characters")
        try write(CodeFiles.codes, tabular.codeRecords(), sorted: true)
        try write(CodeFiles.sections, tabular.sectionRecords, sorted: true)
        try write(CodeFiles.notes, tabular.noteRecords, sorted: true)

        // The code list: every tabular item, compared with what the tabular gives.
        let listText = try String(contentsOfFile: path("icd10cm/icd10cm-code-list-2026-april.txt"), encoding: .utf8)
        let listItems = Set(listText.split(whereSeparator: { $0.isNewline }).map(String.init))
        let listCodes = listItems.filter { $0.first!.isLetter && !$0.contains("-") }
        let derived = tabular.valid.union(tabular.items)
        let missingCodes = listCodes.subtracting(derived)
        let missing = missingCodes.count
        let extra = derived.subtracting(listCodes).count
        if !missingCodes.isEmpty { log("not derived, e.g. \(missingCodes.sorted().prefix(10))") }
        if extra > 0 { log("derived, not listed, e.g. \(derived.subtracting(listCodes).sorted().prefix(10))") }
        log("code list: \(listCodes.count) codes; \(missing) not derived from the tabular, \(extra) derived but not listed")
        // The list is authoritative where a tabular note narrows the 7th characters (S06 death codes).
        let narrowed = derived.subtracting(listCodes).sorted()
        try write(CodeFiles.narrowedSevenths, narrowed, sorted: true)
        builder.report.append("- \(narrowed.count) codes that the 7th-character rule would give are not in the code list (a tabular note narrows their 7th characters, as at S06); they are recorded as invalid.")
        builder.report.append("- ICD-10-CM: \(tabular.codes.count) tabular codes (\(tabular.codes.filter(\.leaf).count) leaves), \(tabular.valid.count) reportable codes once 7th characters are applied; the April 2026 code list has \(listCodes.count) codes: \(missing) of them not derived from the tabular, \(extra) derived codes not in the list.")

        var resolver = CodeResolver(tabular: tabular)
        let indexes = try IndexBuild.read(builder: self, resolver: &resolver)
        try write(CodeFiles.indexRows, indexes.rows, sorted: false)
        try write(CodeFiles.indexMain, indexes.mainTokens, sorted: true)
        try write(CodeFiles.neoplasm, indexes.neoplasm, sorted: false)
        try write(CodeFiles.drugs, indexes.drugs, sorted: false)
        builder.report.append(contentsOf: resolver.reportLines())

        let search = SearchBuild.build(tabular: tabular, indexEntries: indexes.searchEntries)
        try write(CodeFiles.searchWords, search.words, sorted: true)
        try write(CodeFiles.searchText, search.texts, sorted: false)
        try search.postings.write(to: output.appendingPathComponent(CodeFiles.searchPostings))
        try search.entryMeta.write(to: output.appendingPathComponent(CodeFiles.searchEntries))
        builder.report.append("- Search: \(search.texts.count) entries (titles, inclusion terms, Alphabetic Index paths, the codes their `see` references reach, External Cause Index paths, Neoplasm Table and Table of Drugs and Chemicals rows by column), \(search.words.count) words.")

        let pcs = try PcsBuild.read(path("icd10pcs/icd10pcs-tables-2026.xml"))
        try write(CodeFiles.pcsTables, pcs.records, sorted: true)
        log("pcs: \(pcs.records.count) tables, \(pcs.codeCount) codes")
        builder.report.append("- ICD-10-PCS: \(pcs.records.count) tables, \(pcs.codeCount) codes.")
        let pcsSearch = PcsSearchBuild.build(indexRows: indexes.rows, bodyParts: pcs.bodyPartEntries)
        try write(CodeFiles.pcsSearchEntries, pcsSearch.entries, sorted: false)
        try write(CodeFiles.pcsSearchWords, pcsSearch.words, sorted: true)
        builder.report.append("- ICD-10-PCS search: \(pcsSearch.entries.count) entries (PCS Index paths, each table's body part values), \(pcsSearch.words.count) words.")

        let drg = try DrgBuild.read(builder: self)
        try write(CodeFiles.ccList, drg.ccRecords, sorted: true)
        try write(CodeFiles.pdxCollections, drg.collections, sorted: true)
        builder.report.append("- MS-DRG: \(drg.mccCount) MCC and \(drg.ccCount) CC codes, \(drg.collections.count) PDX exclusion collections, \(drg.aliveCount) codes CC/MCC only when discharged alive.")

        for release in WeightsBuild.releases(in: source.appendingPathComponent("msdrg")) {
            let weights = try WeightsBuild.read(release.file, fiscalYear: release.year)
            try weights.write(to: output)
            builder.report.append("- MS-DRG Table 5 (FY\(release.year)): \(weights.lines.count) DRGs with relative weights and mean lengths of stay.")
        }

        if let hcpcsFile {
            let records = try HcpcsBuild.read(hcpcsFile)
            try write(CodeFiles.hcpcs, records, sorted: true)
            builder.report.append("- HCPCS Level II: \(records.count) codes from the user-supplied file `\(hcpcsFile.lastPathComponent)`.")
        } else {
            try? FileManager.default.removeItem(at: output.appendingPathComponent(CodeFiles.hcpcs))
        }
        try SourcesDocument.text(report: builder.report, withHcpcs: hcpcsFile != nil)
            .write(to: output.appendingPathComponent("SOURCES.md"), atomically: true, encoding: .utf8)
        log("done: \(output.path)")
    }
}
