import Foundation

extension CodeBook {
    /// Ranked search of ICD-10-PCS: the PCS Index's paths and each table's body part values,
    /// with PCS abbreviations (lap, appy, TKA, PCI, LAD, EGD, ORIF, CABG, ...) expanded. Each hit
    /// is a table; where the words settle every axis (body part, approach, device, qualifier)
    /// it carries the full code and its title.
    public func pcsLookup(_ query: String, limit: Int = 10) -> [PcsLookupHit] {
        guard let entryTable = pcsSearchEntries, let wordTable = pcsSearchWords, entryTable.count > 0 else { return [] }
        let expanded = CoderAbbreviations.expansions(query, senses: pcsSenses).first ?? query
        var words: [String] = []
        for word in SearchTokenizer.words(expanded) where !words.contains(word) { words.append(word) }
        // A word the PCS search lacks: a typo of one it holds.
        words = words.map { word in
            guard wordTable.range(ofKey: word).isEmpty, wordTable.range(ofPrefix: word).isEmpty, Int(word) == nil else { return word }
            return TypoCorrection.correction(of: word, in: wordTable) ?? word
        }
        // A scope's default operation gives way to the one the query names: "egd with
        // duodenal biopsy" is an Excision through the scope, not an Inspection.
        let typed = Set(SearchTokenizer.words(query))
        if words.contains("inspection"), typed.isDisjoint(with: Self.inspectionWords),
            words.contains(where: { Self.operationCharacter[$0] != nil && $0 != "inspection" })
        {
            words.removeAll { $0 == "inspection" }
        }
        guard !words.isEmpty else { return [] }
        // The PCS Index's Body Part and Device Keys ("Rotator cuff — use Shoulder Muscle"):
        // a term the query names brings the value name the tables use.
        var wanted = Set(words)
        let wordSet = wanted
        for word in words {
            // A word of many main terms ("right", "artery") names no one key entry.
            let range = indexMain.range(ofKey: word)
            guard range.count <= 40 else { continue }
            for i in range {
                guard let rowField = Self.field(1, of: indexMain.bytes(i)),
                      let row = Int(String(decoding: rowField, as: UTF8.self)), row < indexRows.count,
                      indexRows.bytes(row).first == UInt8(ascii: "P"), indexLevel(row) == 0 else { continue }
                // Few main terms have a `use`: only those records are split.
                guard let use = Self.field(6, of: indexRows.bytes(row)), !use.isEmpty else { continue }
                let r = IndexRow(indexRows.fields(row))
                guard r.level == 0, !r.use.isEmpty, Set(SearchTokenizer.words(r.term)).isSubset(of: wordSet) else { continue }
                wanted.formUnion(SearchTokenizer.words(r.use))
            }
        }
        let total = Double(entryTable.count)
        // Scores by entry number in arrays, with the entries found listed: hashing hundreds of
        // entry numbers per word into a dictionary was a good part of a query.
        var acc = [Double](repeating: 0, count: entryTable.count)
        var lastWord = [Int32](repeating: -1, count: entryTable.count)
        var found: [Int] = []
        var idfOf: [String: Double] = [:]
        var totalIdf = 0.0
        for (position, word) in words.enumerated() {
            var rows = Array(wordTable.range(ofKey: word))
            if rows.isEmpty && word.count >= 5 { rows = Array(wordTable.range(ofPrefix: word).prefix(10)) }
            var ids: [Int] = []
            for row in rows { ids += Self.postingNumbers(wordTable.bytes(row)) }
            let idf = log(total / Double(max(ids.count, 1))) + 0.5
            idfOf[word] = idf
            totalIdf += idf
            // A word in thousands of entries ("right", "open") chooses axis values, not tables.
            guard ids.count <= 1500 else { continue }
            // Each entry once per word (a word's prefix rows may share entries).
            for id in ids where id < acc.count && lastWord[id] != Int32(position) {
                if lastWord[id] < 0 { found.append(id) }
                lastWord[id] = Int32(position)
                acc[id] += idf
            }
        }
        // A root operation the query names: too common a word to choose tables by itself, it
        // counts (as much as the query's rarest word) for the Medical and Surgical entries of
        // that operation that the other words found.
        let named = Set(words.compactMap { Self.operationCharacter[$0].flatMap(\.asciiValue) })
        if !named.isEmpty, let rarest = idfOf.values.max() {
            for id in found {
                // The entry's table prefix is its first bytes: read them, not the whole record.
                let bytes = entryTable.bytes(id)
                guard bytes.count >= 3, bytes[0] == UInt8(ascii: "0"), named.contains(bytes[2]) else { continue }
                acc[id] += rarest
            }
            totalIdf += rarest
        }
        guard let top = found.lazy.map({ acc[$0] }).max(), totalIdf > 0 else { return [] }
        // Only entries near the best are read, and from their bytes: splitting hundreds of
        // records a query into strings and sets was most of its time.
        let wantedWords = wanted.sorted().map { (bytes: Array($0.utf8), idf: idfOf[$0] ?? 0) }
        var byTable: [String: (score: Double, id: Int, prefix: String)] = [:]
        for id in found where acc[id] >= 0.4 * top {
            let value = acc[id]
            let raw = entryTable.bytes(id)
            guard let fields = Self.entryFields(raw) else { continue }
            let essentialBytes = UnsafeRawBufferPointer(rebasing: raw[fields.essential])
            var shared = 0, essentialCount = 0, essentialIdf = 0.0
            let simple = Self.matchEssential(essentialBytes, wantedWords, shared: &shared, count: &essentialCount, idf: &essentialIdf)
            if !simple {
                let essential = Set(String(decoding: essentialBytes, as: UTF8.self).split(separator: " ").map(String.init))
                let sharedEssential = essential.intersection(wanted)
                shared = sharedEssential.count
                essentialCount = essential.count
                // In a fixed order: a sum of three terms or more depends on its order, and a set's order changes from
                // one run to the next, which made ties between tables come out differently.
                essentialIdf = sharedEssential.sorted().reduce(0) { $0 + (idfOf[$1] ?? 0) }
            }
            let precision = essentialCount == 0 ? 0 : Double(shared) / Double(essentialCount)
            // Words matched only in parentheses or a `see` count half.
            let coverage = (essentialIdf + 0.5 * (value - essentialIdf)) / totalIdf
            let prefix = String(decoding: UnsafeRawBufferPointer(rebasing: raw[fields.prefix]), as: UTF8.self)
            let key = String(prefix.prefix(3))
            let isIndex = fields.kind.count == 1 && raw[fields.kind.lowerBound] == UInt8(ascii: "i")
            let score = coverage + 0.35 * precision + (isIndex ? 0.02 : 0) + 0.001 * Double(min(prefix.count, 7))
            if let current = byTable[key], current.score > score || (current.score == score && current.id < id) { continue }
            byTable[key] = (score, id, prefix)
        }
        let ranked = byTable.sorted { a, b in a.value.score != b.value.score ? a.value.score > b.value.score : a.key < b.key }
        var hits: [PcsLookupHit] = []
        for (key, value) in ranked.prefix(limit + 2) {
            guard let table = pcsTable(key) else { continue }
            let f = entryTable.fields(value.id)
            let matched = f[3]
            let settled = settle(table, prefix: value.prefix, words: wanted)
            let source = f[1] == "i" ? "pcs index" : "pcs table"
            let entryWords = Set(SearchTokenizer.words(matched))
            let label = f[1] == "i" ? "PCS Index" : "PCS Table"
            let route = (["\(label): \(matched) -> \(value.prefix)"] + settled.steps).joined(separator: " · ")
            let tableTitle = "\(table.operation), \(table.bodySystem)"
            let code = settled.code
            let score = value.score + 0.08 * Double(settled.matched) / Double(max(words.count, 1)) + (code == nil ? 0 : 0.01)
            hits.append(PcsLookupHit(table: key, tableTitle: tableTitle, code: code,
                                     title: code.flatMap { pcsTitle($0, in: table) } ?? tableTitle, open: settled.open,
                                     matched: matched, source: source, words: words.filter { entryWords.contains($0) },
                                     route: route, score: (score * 1000).rounded() / 1000))
        }
        let order = hits.enumerated().sorted { a, b in a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset }
        return Array(order.map(\.element).prefix(limit))
    }

    /// The root operations of the Medical and Surgical section, as query words, with the third
    /// character of their codes.
    static let operationCharacter: [String: Character] = [
        "alteration": "0", "bypass": "1", "change": "2", "control": "3", "creation": "4", "destruction": "5",
        "detachment": "6", "dilation": "7", "division": "8", "drainage": "9", "excision": "B", "extirpation": "C",
        "extraction": "D", "fragmentation": "F", "fusion": "G", "insertion": "H", "inspection": "J", "map": "K",
        "occlusion": "L", "reattachment": "M", "release": "N", "removal": "P", "repair": "Q", "replacement": "R",
        "reposition": "S", "resection": "T", "supplement": "U", "restriction": "V", "revision": "W", "transfer": "X",
        "transplantation": "Y",
    ]
    /// Words by which a coder asks for an inspection itself.
    static let inspectionWords: Set<String> = ["inspection", "exploration", "exploratory", "examination", "diagnostic"]

    /// Field `n` (from 0) of a tab-separated record, or nil when it has fewer fields.
    static func field(_ n: Int, of raw: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        var start = 0, index = 0
        for i in 0...raw.count where i == raw.count || raw[i] == 9 {
            if index == n { return UnsafeRawBufferPointer(rebasing: raw[start..<i]) }
            index += 1
            start = i + 1
        }
        return nil
    }

    /// The byte ranges of a PCS search entry's prefix, kind and essential words (its first
    /// three fields), or nil when it has fewer than four fields.
    static func entryFields(_ raw: UnsafeRawBufferPointer) -> (prefix: Range<Int>, kind: Range<Int>, essential: Range<Int>)? {
        var first = -1, second = -1
        for i in 0..<raw.count where raw[i] == 9 {
            if first < 0 { first = i } else if second < 0 { second = i } else {
                return (0..<first, (first + 1)..<second, (second + 1)..<i)
            }
        }
        return nil
    }

    /// Counts the distinct space-separated words of `essential` and those among `wanted`,
    /// summing the shared words' idf (in the entry's order). False when a word is not plain
    /// ASCII: the caller then reads it as strings.
    static func matchEssential(
        _ essential: UnsafeRawBufferPointer, _ wanted: [(bytes: [UInt8], idf: Double)],
        shared: inout Int, count: inout Int, idf: inout Double
    ) -> Bool {
        var start = 0
        for i in 0...essential.count where i == essential.count || essential[i] == 0x20 {
            defer { start = i + 1 }
            guard i > start else { continue }
            let word = UnsafeRawBufferPointer(rebasing: essential[start..<i])
            for b in word where b >= 0x80 || b == 0x0D || b == 0x0A { return false }
            if Self.occurs(word, before: start, in: essential) { continue }
            count += 1
            for w in wanted where Self.same(w.bytes, word) {
                shared += 1
                idf += w.idf
                break
            }
        }
        return true
    }

    /// Whether `bytes` and `word` hold the same bytes.
    @inline(__always)
    static func same(_ bytes: [UInt8], _ word: UnsafeRawBufferPointer) -> Bool {
        bytes.count == word.count && bytes.withUnsafeBytes { memcmp($0.baseAddress!, word.baseAddress!, word.count) == 0 }
    }

    /// Whether `word` is one of the space-separated words of `text` before `end`.
    static func occurs(_ word: UnsafeRawBufferPointer, before end: Int, in text: UnsafeRawBufferPointer) -> Bool {
        var start = 0
        for i in 0..<end where text[i] == 0x20 {
            if i - start == word.count, memcmp(text.baseAddress! + start, word.baseAddress!, word.count) == 0 { return true }
            start = i + 1
        }
        return false
    }

    /// The entry numbers of a PCS word record (`word<TAB>n n n`), read from its bytes.
    static func postingNumbers(_ raw: UnsafeRawBufferPointer) -> [Int] {
        var result: [Int] = []
        var value = 0
        var inNumber = false
        var pastKey = false
        for b in raw {
            if !pastKey { if b == 9 { pastKey = true }; continue }
            if b >= 48 && b <= 57 { value = value * 10 + Int(b - 48); inNumber = true } else if inNumber { result.append(value); value = 0; inNumber = false }
        }
        if inNumber { result.append(value) }
        return result
    }

    /// Positions 4 to 7 of `table` as far as `prefix` and the words settle them: a value whose
    /// label shares the most words (the fewest other words on a tie; two values equally good
    /// leave the axis open), else the only value, else "No Device" / "No Qualifier".
    func settle(_ table: PcsTable, prefix: String, words: Set<String>) -> (code: String?, open: [String], steps: [String], matched: Int) {
        let fixed = Array(prefix.dropFirst(3)).map(String.init)
        var candidates: [(code: String?, open: [String], steps: [String], matched: Int, chars: [String])] = []
        // Rows repeat the same values (a body part list, the approaches): each label is read once.
        var fitOf: [String: (shared: Int, extra: Int)] = [:]
        for row in table.rows where row.axes.count == 4 {
            var chars: [String] = []
            var open: [String] = []
            var steps: [String] = []
            var matched = 0
            var fits = true
            for k in 0..<4 {
                let axis = row.axes[k]
                if k < fixed.count {
                    guard axis.values.contains(where: { $0.code == fixed[k] }) else { fits = false; break }
                    chars.append(fixed[k])
                    continue
                }
                var top: (value: PcsTable.Value, shared: Int, extra: Int)?
                var tie = false
                for value in axis.values {
                    let shared: Int, extra: Int
                    if let known = fitOf[value.label] {
                        (shared, extra) = known
                    } else {
                        let labelWords = Set(SearchTokenizer.words(value.label))
                        shared = labelWords.intersection(words).count
                        extra = labelWords.count - shared
                        fitOf[value.label] = (shared, extra)
                    }
                    if let current = top {
                        if shared > current.shared || (shared == current.shared && extra < current.extra) {
                            top = (value, shared, extra); tie = false
                        } else if shared == current.shared && extra == current.extra { tie = true }
                    } else {
                        top = (value, shared, extra)
                    }
                }
                if let top, top.shared > 0, !tie {
                    chars.append(top.value.code)
                    matched += top.shared
                    steps.append("\(axis.title): \(top.value.label) (\(top.value.code))")
                } else if axis.values.count == 1 {
                    chars.append(axis.values[0].code)
                } else if let none = axis.values.first(where: { $0.label.hasPrefix("No ") || $0.label == "None" }), top == nil || top!.shared == 0 {
                    chars.append(none.code)
                    steps.append("\(axis.title): \(none.label) (\(none.code))")
                } else {
                    chars.append("?")
                    open.append(axis.title)
                }
            }
            guard fits else { continue }
            candidates.append((open.isEmpty ? table.key + chars.joined() : nil, open, steps, matched, chars))
        }
        // The rows the words fit best; a code only when they agree on it (a row that alone
        // allows some value must not settle an axis the words left open).
        guard let top = candidates.map(\.matched).max() else { return (nil, ["Body Part"], [], 0) }
        let fitting = candidates.filter { $0.matched == top }
        let codes = Set(fitting.map { $0.code ?? "?" })
        if codes.count == 1, let only = fitting.first, only.code != nil {
            return (only.code, [], only.steps, only.matched)
        }
        let first = fitting[0]
        var open = first.open
        for k in 0..<4 where !open.contains(table.rows.first?.axes[k].title ?? "") {
            if Set(fitting.map { $0.chars[k] }).count > 1, let title = table.rows.first?.axes[k].title { open.append(title) }
        }
        return (nil, open, first.steps.filter { step in !open.contains { step.hasPrefix($0 + ":") } }, first.matched)
    }
}
