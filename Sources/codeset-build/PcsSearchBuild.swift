import CodeSets
import Foundation

/// The PCS search: the PCS Index's paths (main term, subterms, `see` and `use` references)
/// and each table's operation with each of its body part values, with a word index.
struct PcsSearchBuild {
    var entries: [String] = []
    var words: [String] = []

    static func build(indexRows: [String], bodyParts: [(prefix: String, text: String)]) -> PcsSearchBuild {
        var raw: [(prefix: String, kind: String, text: String)] = []
        let all = indexRows.map(IndexBuild.parts)
        for (i, f) in all.enumerated() where f[0] == "P" && f.count > 8 {
            let code = f[8].trimmingCharacters(in: .whitespaces)
            guard code.count >= 3 else { continue }
            var chain: [Int] = []
            var current = i
            while current >= 0 && chain.count < 12 { chain.append(current); current = Int(all[current][7]) ?? -1 }
            var text = chain.reversed().map { all[$0][2] }.filter { !$0.isEmpty }.joined(separator: ", ")
            if !f[4].isEmpty { text += " [see \(f[4])]" }
            raw.append((code, "i", text))
        }
        for entry in bodyParts { raw.append((entry.prefix, "b", entry.text)) }
        var build = PcsSearchBuild()
        var seen = Set<String>()
        var postings: [String: [Int]] = [:]
        for entry in raw {
            let tokens = SearchTokenizer.tokens(entry.text)
            guard !tokens.isEmpty else { continue }
            let signature = entry.prefix + " " + tokens.map(\.word).joined(separator: " ")
            guard seen.insert(signature).inserted else { continue }
            var essential: [String: Bool] = [:]
            for token in tokens { essential[token.word] = (essential[token.word] ?? false) || token.essential }
            let id = build.entries.count
            for word in essential.keys { postings[word, default: []].append(id) }
            let essentialWords = tokens.map(\.word).filter { essential[$0] == true }
            var unique: [String] = []
            for word in essentialWords where !unique.contains(word) { unique.append(word) }
            build.entries.append("\(entry.prefix)\t\(entry.kind)\t\(unique.joined(separator: " "))\t\(entry.text)")
        }
        build.words = postings.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.map { word in
            "\(word)\t" + postings[word]!.map(String.init).joined(separator: " ")
        }
        return build
    }
}
