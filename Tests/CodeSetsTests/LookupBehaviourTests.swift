import CodeSets
import Testing
import TestSupport

/// What a coder sees from `lookup`, by the kind of query that used to fail: each test names
/// a behaviour, not a score.
@Suite struct LookupBehaviourTests {
    let book: CodeBook
    init() throws { book = try CodeBook.load(from: CodeSetsFixtures.codeSetsFolder) }

    func first(_ query: String) -> String? { book.lookup(query, limit: 5).first?.code }
    func firstFive(_ query: String) -> [String] { book.lookup(query, limit: 5).map(\.code) }

    // MARK: - Laterality

    @Test(arguments: [
        ("left knee oa primary", "M17.12"), ("rt knee oa primary", "M17.11"),
        ("carpal tunnel syndrome right", "G56.01"), ("bilat carpal tunnel", "G56.03"),
        ("nuclear cataract od", "H25.11"), ("nuclear cataract os", "H25.12"),
        ("cellulitis of right arm", "L03.113"),
    ])
    func theSideNamedSelectsTheSideCharacter(query: String, code: String) {
        #expect(first(query) == code, "\(query): \(firstFive(query))")
    }

    @Test(arguments: [("knee oa primary", "M17.10"), ("carpal tunnel syndrome", "G56.00")])
    func noSideNamedPrefersTheUnspecifiedSide(query: String, code: String) {
        #expect(first(query) == code, "\(query): \(firstFive(query))")
    }

    // MARK: - Episode of care

    @Test(arguments: [
        ("colles fx left initial", "S52.532A"), ("colles fx left subsequent", "S52.532D"),
        ("colles fx left sequela", "S52.532S"), ("colles fx left nonunion", "S52.532K"),
        ("colles fx left malunion", "S52.532P"),
    ])
    func theEpisodeWordPicksTheSeventhCharacter(query: String, code: String) {
        #expect(first(query) == code, "\(query): \(firstFive(query))")
    }

    @Test func anEpisodeWordDoesNotReachUnrelatedCodesThatUseIt() {
        // "initial" is also a word of "initial prescription of contraceptives" (Z30.01-).
        let codes = firstFive("hip fx left initial")
        #expect(codes.contains("S72.002A"), "\(codes)")
        #expect(!codes.contains { $0.hasPrefix("Z30") }, "\(codes)")
    }

    @Test func withoutAnEpisodeWordTheHitSaysASeventhCharacterIsNeeded() throws {
        let hit = try #require(book.lookup("colles fracture left", limit: 3).first)
        #expect(hit.code == "S52.532" && hit.needsSeventh && !hit.billable, "\(hit)")
    }

    // MARK: - Negation, stage, status

    @Test(arguments: [
        ("migraine without aura", "G43.009"), ("migraine with aura", "G43.109"),
        ("umbilical hernia w/o obstruction", "K42.9"), ("t2dm without complications", "E11.9"),
        ("aml not in remission", "C92.00"), ("aml in remission", "C92.01"),
    ])
    func aNegationChoosesTheWithoutCode(query: String, code: String) {
        #expect(first(query) == code, "\(query): \(firstFive(query))")
    }

    // MARK: - Lay terms, eponyms, abbreviations, typos

    @Test(arguments: [
        ("shingles", "B02.9"), ("pink eye", "H10.029"), ("prostate cancer", "C61"),
        ("bitten by cat initial", "W55.01XA"),
    ])
    func aLayTermReachesItsCodeThroughTheIndex(query: String, code: String) {
        #expect(firstFive(query).contains(code), "\(query): \(firstFive(query))")
    }

    @Test func aLayTermHitShowsTheIndexReferenceItFollowed() throws {
        let hit = try #require(book.lookup("pink eye", limit: 3).first)
        #expect(hit.route.contains("see Conjunctivitis"), "\(hit.route)")
    }

    @Test(arguments: [("sepsys", "A41.9"), ("glocoma", "H40.9"), ("athsma", "J45.909"), ("spinabifida", "Q05.9")])
    func aTypoStillFinds(query: String, code: String) {
        #expect(firstFive(query).contains(code), "\(query): \(firstFive(query))")
    }

    // MARK: - Why

    @Test func eachHitSaysWhichWordsMatchedWhichEntry() {
        let hits = book.lookup("colles fx left subsequent", limit: 5)
        #expect(!hits.isEmpty)
        for hit in hits {
            #expect(!hit.route.isEmpty, "\(hit.code)")
            #expect(!hit.words.isEmpty, "\(hit.code)")
        }
        let top = hits[0]
        #expect(top.words.contains("colles") && top.words.contains("fracture"), "\(top.words)")
        #expect(top.route.contains("7th D"), "\(top.route)")
    }

    @Test func theRouteGoesFromTheIndexPathToTheCode() throws {
        let hit = try #require(book.lookup("cellulitis of right arm", limit: 3).first)
        #expect(hit.route.hasPrefix("Index: Cellulitis"), "\(hit.route)")
        #expect(hit.route.contains("L03.11-") && hit.route.contains("L03.113"), "\(hit.route)")
    }

    // MARK: - Nothing found

    @Test(arguments: ["zzq", "qwxv", "pnemothorax xyzzy"])
    func nothingFoundStillOffersIndexTerms(query: String) {
        let suggestions = book.suggestions(for: query)
        #expect(!suggestions.isEmpty, "\(query)")
    }

    @Test func didYouMeanOffersTheNearMainTerm() {
        #expect(book.suggestions(for: "athsma").first?.lowercased().hasPrefix("asthma") == true, "\(book.suggestions(for: "athsma"))")
    }
}

/// ICD-10-PCS look-up: words to tables, and to full codes where they settle every axis.
@Suite struct PcsLookupTests {
    let book: CodeBook
    init() throws { book = try CodeBook.load(from: CodeSetsFixtures.codeSetsFolder) }

    @Test func lapAppendectomyFindsTheResectionCode() {
        let hits = book.pcsLookup("lap appendectomy", limit: 5)
        #expect(hits.contains { $0.code == "0DTJ4ZZ" }, "\(hits.map { $0.code ?? $0.table })")
    }

    @Test(arguments: [("lap chole", "0FT"), ("right tka", "0SR"), ("pci lad one stent", "027"), ("open cholecystectomy", "0FT")])
    func wordsAndAbbreviationsFindTheTable(query: String, table: String) {
        let tables = book.pcsLookup(query, limit: 5).map(\.table)
        #expect(tables.contains(table), "\(query): \(tables)")
    }

    @Test func aTableWhoseAxesTheWordsLeaveOpenSaysWhichAreOpen() throws {
        let hit = try #require(book.pcsLookup("right tka", limit: 5).first { $0.table == "0SR" })
        #expect(hit.code == nil && !hit.open.isEmpty, "\(hit)")
        #expect(hit.route.contains("Knee Joint, Right"), "\(hit.route)")
    }

    @Test func aSettledCodeHasItsTitleAndRoute() throws {
        let hit = try #require(book.pcsLookup("lap appendectomy", limit: 5).first { $0.code == "0DTJ4ZZ" })
        #expect(hit.title.hasPrefix("Resection Appendix"), "\(hit.title)")
        #expect(hit.route.contains("Percutaneous Endoscopic"), "\(hit.route)")
    }

    @Test func nothingFoundOffersPcsIndexTerms() {
        #expect(!book.suggestions(for: "apendectomy", pcs: true).isEmpty)
    }
}

/// The PCS abbreviations file: every line an abbreviation, its words and a source.
@Suite struct PcsAbbreviationFileTests {
    @Test func everyLineHasAnAbbreviationWordsAndASource() throws {
        let url = CodeSetsFixtures.codeSetsFolder.deletingLastPathComponent().appendingPathComponent("lookup/pcs-abbreviations.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "abbreviation\texpansions\tsource")
        for line in lines.dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(f.count == 3 && !f[0].isEmpty && !f[1].isEmpty && !f[2].isEmpty, "\(line)")
        }
    }
}
