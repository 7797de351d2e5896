import CodeSets
import CodingScore
import Foundation
import Testing
import TestSupport

/// The code book as a coder uses it: messages, notes, search, completion, CC/MCC.
@Suite struct CodeBookTests {
    let book: CodeBook
    init() throws { book = try CodeBook.load(from: CodeSetsFixtures.codeSetsFolder) }

    // MARK: - Validation messages

    @Test func subcategoryAsksForTheNextCharacter() {
        let result = book.validate("E11.6")
        #expect(!result.reportable && result.exists)
        #expect(result.message == "E11.6 is a subcategory: choose a 5th character (E11.61-E11.69)")
        #expect(book.status(of: "E11.6", in: .icd10cm) == .notReportable(reason: result.message))
    }

    @Test func injuryCodeAsksForItsSeventhCharacter() {
        let result = book.validate("S52.521")
        #expect(result.message == "S52.521 needs a 7th character (A, D, G, K, ...)")
        #expect(book.validate("S52.501").message.hasPrefix("S52.501 needs a 7th character (A, B, C, D"))
        #expect(book.validate("S52.521A").reportable)
        #expect(book.validate("s52521a").reportable)
    }

    @Test func placeholderXRule() {
        #expect(book.validate("T79.4XXA").reportable)
        #expect(book.validate("T79.4").message.contains("T79.4XXA"))
        let missingX = book.validate("T79.4A")
        #expect(!missingX.reportable)
        #expect(missingX.message.contains("placeholder X: T79.4XXA"))
        #expect(!book.validate("T79.4XA").reportable)
    }

    @Test func systemsAreTold() {
        #expect(book.validate("0SR9019").system == .icd10pcs)
        #expect(book.validate("99213").system == .cpt)
        #expect(book.status(of: "99213", in: .cpt) == .shapeOnly)
        #expect(book.status(of: "J1885", in: .hcpcs) == .shapeOnly)
        #expect(book.validate("J11.00").system == .icd10cm)
        #expect(!book.validate("9921").reportable)
    }

    // MARK: - Notes and Excludes1

    @Test func categoryExcludes1PairsBothWays() {
        #expect(book.excludes1("E10.9", "E11.9"))
        #expect(book.excludes1("E11.65", "E10.10"))
        #expect(!book.excludes1("E11.9", "I10"))
        // Excludes2 (not Excludes1): J44 and J45 may go together.
        #expect(!book.excludes1("E11.9", "E78.5"))
    }

    @Test func showInheritsNotesFromCategoryBlockAndChapter() throws {
        let detail = try #require(book.show("E11.65"))
        #expect(detail.billable)
        #expect(detail.chapter.code == "4")
        #expect(detail.block.code == "E08-E13")
        #expect(detail.parents.map(\.code) == ["E11", "E11.6"])
        #expect(detail.notes.contains { $0.holder == "E11" && $0.type == "excludes1" && $0.text.contains("E10.-") })
        #expect(detail.notes.contains { $0.holder == "E11" && $0.type == "useAdditionalCode" })
        let fracture = try #require(book.show("S52.521A"))
        #expect(fracture.sevenths.contains { $0.character == "A" && $0.label.contains("initial") })
        #expect(fracture.title.hasSuffix("initial encounter for closed fracture"))
    }

    // MARK: - CC/MCC

    @Test func severityAndExclusions() {
        #expect(book.severity(of: "A02.1") == "MCC")
        #expect(book.severity(of: "A00.0") == "CC")
        #expect(book.severity(of: "I10") == nil)
        #expect(book.ccExcluded(secondary: "A00.0", principal: "A00.1"))
        #expect(!book.ccExcluded(secondary: "A00.0", principal: "I10"))
        #expect(book.show("J96.01")?.severity == "MCC")
    }

    // MARK: - Lookup

    @Test func abbreviationsFindTheCode() {
        #expect(book.lookup("CHF", limit: 3).first?.code == "I50.9")
        #expect(book.lookup("t2dm with hyperglycemia", limit: 3).first?.code == "E11.65")
        #expect(book.lookup("uti", limit: 3).first?.code == "N39.0")
        #expect(book.lookup("copd exacerbation", limit: 3).first?.code == "J44.1")
    }

    @Test func injuryLookupTakesTheEncounterFromTheQuery() {
        let hit = book.lookup("closed fx left distal radius initial", limit: 5).first
        #expect(hit?.code == "S52.502A")
        #expect(hit?.billable == true)
    }

    @Test func typedCodeComesFirst() {
        #expect(book.lookup("E11.9", limit: 3).first?.code == "E11.9")
    }

    @Test func fixtureQualityHoldsTopFive() throws {
        let url = CodeSetsFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/lookup-queries.tsv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline)
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.count >= 60)
        var topFive = 0
        for row in rows where book.lookup(row[0], limit: 5).contains(where: { $0.code == row[1] }) { topFive += 1 }
        #expect(Double(topFive) / Double(rows.count) >= 0.9, "top-5 \(topFive)/\(rows.count)")
    }

    // MARK: - Index, tables, PCS

    @Test func indexWalksMainTermToSubterm() throws {
        let match = try #require(book.index("failure heart congestive").first)
        #expect(match.path.first?.term.hasPrefix("Failure") == true)
        #expect(match.path.last?.code == "I50.9")
        #expect(book.index("abandonment").first?.path.first?.see == "Maltreatment")
    }

    @Test func neoplasmAndDrugTables() throws {
        let lung = try #require(book.neoplasm("lung upper lobe").first)
        #expect(lung.codes.first == "C34.1-")
        let drug = try #require(book.drug("acetaminophen").first)
        #expect(drug.codes.first?.hasPrefix("T39.1X1") == true)
    }

    @Test func pcsTableAndLabels() throws {
        let table = try #require(book.pcsTable("0FT"))
        #expect(table.operation == "Resection")
        #expect(table.rows.contains { $0.axes[0].values.contains { $0.label == "Gallbladder" } })
        #expect(book.pcsAxisTitle(of: "0FT44ZZ", position: 4) == "Approach")
        #expect(book.pcsValueLabel(of: "0FT44ZZ", position: 4) == "Percutaneous Endoscopic")
        #expect(book.title(of: "0FT44ZZ", in: .icd10pcs)?.contains("Gallbladder") == true)
    }

    // MARK: - Completion

    @Test func completionListsChildren() {
        let children = book.completions(prefix: "E11.6", limit: 50)
        #expect(children.contains("E11.65") && children.contains("E11.61"))
        #expect(!children.contains("E11.9"))
        #expect(book.completions(prefix: "T79.4", limit: 10).contains("T79.4XXA"))
        #expect(book.completions(prefix: "0FT4", limit: 10).contains("0FT40"))
    }

    // MARK: - Errors

    @Test func missingFolderIsAClearError() {
        #expect(throws: CodeSetError.self) { try CodeBook.load(from: URL(fileURLWithPath: "/nonexistent")) }
    }
}
