import Foundation

extension CodeBook {
    /// Ranked search over titles, inclusion terms and index paths, with coder abbreviations
    /// (CHF, COPD, T2DM, UTI, fx, ...) expanded. A code typed as the query comes first.
    public func lookup(_ query: String, limit: Int = 10) -> [LookupHit] {
        let readings = CoderAbbreviations.expansions(query, senses: abbreviations)
        guard readings.count > 1 else { return lookup(query, expanded: readings.first ?? query, limit: limit) }
        // An abbreviation with several senses: each sense's best hits, taken in turn.
        let lists = readings.map { lookup(query, expanded: $0, limit: limit) }
        var merged: [LookupHit] = []
        var seen = Set<String>()
        for rank in 0..<limit {
            for list in lists where rank < list.count && seen.insert(list[rank].code).inserted { merged.append(list[rank]) }
        }
        return Array(merged.prefix(limit))
    }

    func lookup(_ query: String, expanded: String, limit: Int) -> [LookupHit] {
        var hits: [LookupHit] = []
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if !trimmed.contains(" ") && trimmed.count >= 3 {
            let check = validateCM(CodeFormat.dotless(trimmed), token: trimmed)
            if check.exists, let title = check.title {
                hits.append(LookupHit(code: check.code, title: title, matched: check.code, source: "code",
                                      billable: check.reportable, needsSeventh: check.kind == "incomplete", score: 10))
            }
        }
        var words = Array(Set(SearchTokenizer.words(expanded))).sorted()
        // A lay term or eponym the Index sends elsewhere ("Hives — see Urticaria"): search the
        // words it is sent to as well, so the code is reached the way the Index reaches it.
        words = Array(Set(words + seeReferenceWords(for: Set(words)))).sorted()
        // "preeclampsia" is indexed as "pre-eclampsia": split a known prefix off an unknown word.
        words = Array(Set(words.flatMap { word -> [String] in
            guard searchWords.range(ofKey: word).isEmpty else { return [word] }
            for p in ["pre", "post", "non", "anti", "sub", "intra", "inter", "peri", "para", "semi"] where word.hasPrefix(p) && word.count > p.count + 3 {
                let rest = String(word.dropFirst(p.count))
                if !searchWords.range(ofKey: rest).isEmpty { return [p, rest] }
            }
            // Neither indexed nor the start of an indexed word: most likely a typo.
            if searchWords.range(ofPrefix: word).isEmpty, Int(word) == nil,
                let corrected = TypoCorrection.correction(of: word, in: searchWords)
            {
                return [corrected]
            }
            return [word]
        })).sorted()
        guard !words.isEmpty else { return hits }
        let entryCount = searchText.count
        let total = Double(max(entryCount, 1))
        var postingRanges: [[(start: Int, count: Int)]] = []
        var idfs: [Double] = []
        for word in words {
            var ranges: [(Int, Int)] = []
            var df = 0
            let exact = searchWords.range(ofKey: word)
            var rows = Array(exact)
            if rows.isEmpty && word.count >= 4 { rows = Array(searchWords.range(ofPrefix: word).prefix(40)) }
            for row in rows {
                let f = searchWords.fields(row)
                if f.count >= 3, let s = Int(f[1]), let c = Int(f[2]) { ranges.append((s, c)); df += c }
            }
            postingRanges.append(ranges)
            idfs.append(log(total / Double(max(df, 1))) + 0.5)
        }
        let totalIdf = idfs.reduce(0, +)
        var acc = [Float](repeating: 0, count: entryCount)
        var ess = [UInt8](repeating: 0, count: entryCount)
        var touched: [Int32] = []
        touched.reserveCapacity(4096)
        for (w, ranges) in postingRanges.enumerated() {
            let idf = Float(idfs[w])
            var seen = Set<Int>()
            for (start, count) in ranges {
                for k in start..<(start + count) {
                    let value = postings[k]
                    let entry = Int(value & 0x7FFF_FFFF)
                    if ranges.count > 1 { if seen.contains(entry) { continue }; seen.insert(entry) }
                    if acc[entry] == 0 { touched.append(Int32(entry)) }
                    acc[entry] += idf
                    if value & 0x8000_0000 != 0 { ess[entry] &+= 1 }
                }
            }
        }
        var best: [Int: (score: Double, entry: Int)] = [:]
        for t in touched {
            let e = Int(t)
            let essCount = Double(max(entries.byte(8 * e + 4), 1))
            let source = entries.byte(8 * e + 5)
            let flags = entries.byte(8 * e + 6)
            let coverage = Double(acc[e]) / totalIdf
            let precision = min(1, Double(ess[e]) / essCount)
            var score = coverage + 0.35 * precision
            score += source == 2 ? 0.03 : (source == 0 ? 0.02 : 0)
            if flags & 1 != 0 { score += 0.04 }
            let ordinal = Int(entries[2 * e])
            if let current = best[ordinal], current.score >= score { continue }
            best[ordinal] = (score, e)
        }
        let ranked = best.sorted { a, b in a.value.score != b.value.score ? a.value.score > b.value.score : a.key < b.key }
        let shown = Set(hits.map(\.code))
        for (ordinal, value) in ranked.prefix(limit * 3) {
            var found = item(at: ordinal)
            if !found.leaf, let leaf = bestLeaf(under: found.code, words: Set(words)) { found = leaf }
            let text = searchText.fields(value.entry)
            let source = text.count > 1 ? (text[1] == "0" ? "title" : text[1] == "1" ? "inclusion term" : "index") : "title"
            var code = found.code
            var title = found.title
            var needsSeventh = false
            if found.leaf && !found.seventhOwner.isEmpty {
                let queryWords = Set(words)
                let padded = found.code.padding(toLength: 6, withPad: "X", startingAt: 0)
                let options = sevenths(of: found.seventhOwner).filter { narrowed.find(padded + $0.character) == nil }
                // Only the words a 7th character adds count: "fracture" in "initial encounter for
                // closed fracture" is the code's own word and must not outvote "sequela".
                let ownWords = Set(SearchTokenizer.words(found.title))
                let scored = options.map { opt in
                    (opt, Set(SearchTokenizer.words(opt.label)).subtracting(ownWords).intersection(queryWords).count)
                }
                if let pick = scored.max(by: { $0.1 < $1.1 }), pick.1 > 0 {
                    code = padded + pick.0.character
                    title = "\(found.title), \(pick.0.label)"
                } else {
                    needsSeventh = true
                }
            }
            let dotted = CodeFormat.dotted(code)
            if shown.contains(dotted) || hits.contains(where: { $0.code == dotted }) { continue }
            hits.append(LookupHit(code: dotted, title: title, matched: text.count > 2 ? text[2] : title, source: source,
                                  billable: found.leaf && !needsSeventh, needsSeventh: needsSeventh, score: (value.score * 1000).rounded() / 1000))
            if hits.count >= limit { break }
        }
        return hits
    }

    /// The words of the Alphabetic Index's `see` references that the query names: a main
    /// term, or a main term and one subterm, whose words are exactly the query's and that
    /// lead to no code of their own.
    func seeReferenceWords(for words: Set<String>) -> [String] {
        var found: [String] = []
        for word in words {
            for i in indexMain.range(ofKey: word).prefix(20) {
                guard let main = Int(indexMain.fields(i)[1]) else { continue }
                var row = main
                while row < indexRows.count {
                    // Deeper subterms are passed over by their level alone, without splitting the row.
                    if row != main, let level = indexLevel(row), level > 1 {
                        row += 1
                        if row - main > 150 { break }
                        continue
                    }
                    let f = indexRows.fields(row)
                    guard f.first == "I", f.count >= 8 else { break }
                    let r = IndexRow(f)
                    if row != main && (r.level == 0 || words.count == 1) { break }  // one word: the main term alone
                    if r.level <= 1 {
                        let termWords = SearchTokenizer.words(r.level == 0 ? r.term : IndexRow(indexRows.fields(main)).term + " " + r.term)
                        // The query must be the term itself: "congestive" alone is sent to
                        // "congestion", but "congestive heart failure" is not. "See condition"
                        // sends nowhere in particular.
                        let see = SearchTokenizer.words(r.see).filter { $0 != "condition" }
                        if !see.isEmpty, (r.codes.first ?? "").isEmpty, Set(termWords) == words {
                            found += see
                        }
                    }
                    row += 1
                    if row - main > 150 { break }  // a long main term: its first subterms are enough
                }
            }
        }
        return found
    }

    /// The level (second field) of index row `row`, read from its bytes.
    func indexLevel(_ row: Int) -> Int? {
        let raw = indexRows.bytes(row)
        guard let tab = raw.firstIndex(of: 9), tab + 1 < raw.count else { return nil }
        let digit = raw[tab + 1]
        guard (48...57).contains(digit), tab + 2 >= raw.count || raw[tab + 2] == 9 else { return nil }
        return Int(digit - 48)
    }

    /// The leaf under a header that best fits the query words: most words shared, then an
    /// "unspecified" title (what a coder picks when the record says no more), then the shortest.
    func bestLeaf(under header: String, words: Set<String>) -> Item? {
        let range = codes.range(ofPrefix: header)
        guard range.count > 1, range.count <= 800 else { return nil }
        var best: (score: Double, item: Item)?
        for i in range {
            let candidate = item(at: i)
            guard candidate.leaf else { continue }
            let titleWords = SearchTokenizer.words(candidate.title)
            let shared = Set(titleWords).intersection(words).count
            var score = Double(shared) - 0.01 * Double(titleWords.count)
            if titleWords.contains("unspecified") { score += 0.5 }
            if best == nil || score > best!.score { best = (score, candidate) }
        }
        return best?.item
    }
}
