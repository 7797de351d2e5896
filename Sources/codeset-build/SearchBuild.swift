import CodeSets
import Foundation

/// The prebuilt inverted word index over titles, inclusion terms and index paths.
struct SearchBuild {
    var words: [String] = []
    var texts: [String] = []
    var postings = Data()
    var entryMeta = Data()

    static func build(tabular: TabularBuild, indexEntries: [(code: String, text: String, source: UInt8)]) -> SearchBuild {
        let sortedCodes = tabular.codes.map(\.code).map { (Array($0.utf8), $0) }
            .sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
        var ordinal: [String: Int] = [:]
        for (i, code) in sortedCodes.enumerated() { ordinal[code] = i }
        let byCode = Dictionary(uniqueKeysWithValues: tabular.codes.map { ($0.code, $0) })

        var entries: [(ordinal: Int, source: UInt8, text: String)] = []
        for code in tabular.codes {
            guard let o = ordinal[code.code] else { continue }
            entries.append((o, 0, code.title))
            for term in code.inclusionTerms { entries.append((o, 1, term)) }
        }
        for entry in indexEntries {
            var code = entry.code
            if ordinal[code] == nil && code.count == 7 {
                code = String(code.prefix(6))
                while code.count > 3 && code.hasSuffix("X") { code.removeLast() }
            }
            guard let o = ordinal[code] else { continue }
            entries.append((o, entry.source, entry.text))
        }

        var build = SearchBuild()
        var seen = Set<String>()
        var postingLists: [String: [UInt32]] = [:]
        var meta: [UInt8] = []
        for entry in entries {
            let tokens = SearchTokenizer.tokens(entry.text)
            guard !tokens.isEmpty else { continue }
            let signature = "\(entry.ordinal) " + tokens.map(\.word).joined(separator: " ")
            if seen.contains(signature) { continue }
            seen.insert(signature)
            let id = UInt32(build.texts.count)
            var essential: [String: Bool] = [:]
            for token in tokens { essential[token.word] = (essential[token.word] ?? false) || token.essential }
            for (word, isEssential) in essential {
                postingLists[word, default: []].append(isEssential ? id | 0x8000_0000 : id)
            }
            let code = sortedCodes[entry.ordinal]
            let info = byCode[code]!
            let flags: UInt8 = (info.leaf ? 1 : 0) | (info.seventhOwner.isEmpty ? 0 : 2)
            var o = UInt32(entry.ordinal).littleEndian
            withUnsafeBytes(of: &o) { meta.append(contentsOf: $0) }
            meta.append(UInt8(min(255, essential.values.filter { $0 }.count)))
            meta.append(entry.source)
            meta.append(flags)
            meta.append(0)
            build.texts.append("\(CodeFormat.dotted(code))\t\(entry.source)\t\(entry.text)")
        }
        var all: [UInt32] = []
        for word in postingLists.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            let list = postingLists[word]!
            build.words.append("\(word)\t\(all.count)\t\(list.count)")
            all.append(contentsOf: list)
        }
        var postings = Data(CodeFiles.binaryMagic)
        all.withUnsafeBufferPointer { buffer in
            for value in buffer {
                var little = value.littleEndian
                withUnsafeBytes(of: &little) { postings.append(contentsOf: $0) }
            }
        }
        build.postings = postings
        build.entryMeta = Data(CodeFiles.binaryMagic) + Data(meta)
        return build
    }
}
