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
