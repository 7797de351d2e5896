import CodeSets
import CodingScore
import Foundation
import Testing
import TestSupport

/// The code book's indexed Excludes1 search gives exactly the pairs that asking every pair
/// gives, on random answers drawn from categories whose notes exclude each other.
@Suite struct Excludes1PairsTests {
    @Test func theIndexedSearchFindsEveryPairThePairwiseCheckFinds() throws {
        let book = try CodeBook.load(from: CodeSetsFixtures.codeSetsFolder)
        var pool: [String] = []
        for prefix in ["E10.", "E11.", "E13.", "J44.", "J45.", "I10", "I11.", "I12.", "I13.", "K50.", "K51.", "O24.", "R10.",
                       "Z79.", "N18.", "F10.", "F32.", "M54.", "G43.", "E66."] {
            pool += book.completions(prefix: prefix, limit: 40)
        }
        #expect(pool.count > 100)
        var random = SeededGenerator(seed: 4_000)
        var pairsSeen = 0
        for _ in 0..<300 {
            let codes = (0..<Int.random(in: 2...30, using: &random)).map { _ in pool[Int.random(in: 0..<pool.count, using: &random)] }
            // The rule, asked pair by pair: each code's first occurrence against the earliest
            // earlier code it conflicts with.
            var expected: [(Int, Int)] = []
            let firsts = codes.indices.filter { codes.firstIndex(of: codes[$0]) == $0 }
            for (b, j) in firsts.enumerated() {
                if let i = firsts[..<b].first(where: { book.excludes1(codes[$0], codes[j]) }) { expected.append((i, j)) }
            }
            expected.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            let found = book.excludes1Pairs(among: codes)
            #expect(found.map { "\($0.0)-\($0.1)" } == expected.map { "\($0.0)-\($0.1)" }, "\(codes)")
            pairsSeen += expected.count
        }
        #expect(pairsSeen > 50, "the random answers must hold Excludes1 pairs to check anything")
    }
}
