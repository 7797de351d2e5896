import CodeSets
import Testing
import TestSupport

/// A coder's typo still finds the code: an unknown word is read as the indexed word one or
/// two edits away.
@Suite struct TypoLookupTests {
    @Test(arguments: [
        ("pnuemonia", "J18.9"),
        ("diabtes type 2", "E11.9"),
        ("essential hypertenshun", "I10"),
        ("astma", "J45.909"),
    ])
    func aTypoFindsTheCodeInTheFirstFive(query: String, code: String) throws {
        let book = try CodeBook.load(from: CodeSetsFixtures.codeSetsFolder)
        let codes = book.lookup(query, limit: 5).map(\.code)
        #expect(codes.contains(code), "\(query): \(codes)")
    }

    @Test func shortWordsAreNotCorrected() throws {
        let book = try CodeBook.load(from: CodeSetsFixtures.codeSetsFolder)
        // Three letters are a few edits from many words: "zzq" is no typo of anything a coder means.
        #expect(book.lookup("zzq", limit: 5).isEmpty)
    }
}

/// Lay terms reach their code through the Alphabetic Index's own `see` references.
@Suite struct SeeReferenceLookupTests {
    @Test(arguments: [("hives", "L50.9"), ("lockjaw", "A35"), ("heart attack", "I21.9"), ("german measles", "B06.9")])
    func aLayTermFollowsTheIndexsSeeReference(query: String, code: String) throws {
        let book = try CodeBook.load(from: CodeSetsFixtures.codeSetsFolder)
        let codes = book.lookup(query, limit: 5).map(\.code)
        #expect(codes.contains(code), "\(query): \(codes)")
    }
}

/// Coder abbreviations come from `Content/lookup/abbreviations.tsv`; one with two senses
/// offers both.
@Suite struct AbbreviationLookupTests {
    @Test func anAbbreviationWithTwoSensesOffersBoth() throws {
        let book = try CodeBook.load(from: CodeSetsFixtures.codeSetsFolder)
        let codes = book.lookup("ms", limit: 6).map(\.code)
        #expect(codes.contains { $0.hasPrefix("G35") }, "multiple sclerosis: \(codes)")
        #expect(codes.contains { $0.hasPrefix("I05") || $0.hasPrefix("I08") }, "mitral stenosis: \(codes)")
    }

    @Test(arguments: [("aml", "C92.00"), ("hfref acute on chronic", "I50.23")])
    func anAbbreviationFromTheFileFindsItsCode(query: String, code: String) throws {
        let book = try CodeBook.load(from: CodeSetsFixtures.codeSetsFolder)
        #expect(book.lookup(query, limit: 5).map(\.code).contains(code), "\(query)")
    }

    @Test func everyLineOfTheFileHasAnAbbreviationAndASource() throws {
        let url = CodeSetsFixtures.codeSetsFolder.deletingLastPathComponent().appendingPathComponent("lookup/abbreviations.tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "abbreviation\texpansions\tsource")
        #expect(lines.count > 400)
        for line in lines.dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(f.count == 3 && !f[0].isEmpty && !f[2].isEmpty, "\(line)")
        }
    }
}

/// The episode of care picks the 7th character by the words it adds, not the code's own.
@Suite struct EpisodeLookupTests {
    @Test(arguments: [("nasal bone fx sequela", "S02.2XXS"), ("nasal bone fx initial", "S02.2XXA"),
                      ("colles fx left subsequent routine healing", "S52.532D")])
    func theEpisodeWordSelectsTheSeventhCharacter(query: String, code: String) throws {
        let book = try CodeBook.load(from: CodeSetsFixtures.codeSetsFolder)
        #expect(book.lookup(query, limit: 3).first?.code == code, "\(query): \(book.lookup(query, limit: 3).map(\.code))")
    }
}
