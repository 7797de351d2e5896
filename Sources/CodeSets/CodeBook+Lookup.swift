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

    /// Where a search entry comes from, by its source byte (see `SearchBuild`).
    static let entrySources = ["title", "inclusion term", "index", "external cause index", "neoplasm table", "drug table"]

    func lookup(_ query: String, expanded: String, limit: Int) -> [LookupHit] {
        var hits: [LookupHit] = []
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if !trimmed.contains(" ") && trimmed.count >= 3 {
            let check = validateCM(CodeFormat.dotless(trimmed), token: trimmed)
            if check.exists, let title = check.title {
                hits.append(LookupHit(code: check.code, title: title, matched: check.code, source: "code",
                                      billable: check.reportable, needsSeventh: check.kind == "incomplete", score: 10,
                                      words: [], route: "Tabular: \(check.code)"))
            }
        }
        let reading = readQuery(expanded)
        let words = reading.words
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
            for other in reading.alternates[word] ?? [] { rows += Array(searchWords.range(ofKey: other)) }
            for row in rows {
                let f = searchWords.fields(row)
                if f.count >= 3, let s = Int(f[1]), let c = Int(f[2]) { ranges.append((s, c)); df += c }
            }
            postingRanges.append(ranges)
            idfs.append((log(total / Double(max(df, 1))) + 0.5) * (reading.weights[word] ?? 1))
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
        best.reserveCapacity(touched.count)
        for t in touched {
            let e = Int(t)
            let essCount = Double(max(entries.byte(8 * e + 4), 1))
            let source = entries.byte(8 * e + 5)
            let flags = entries.byte(8 * e + 6)
            let coverage = Double(acc[e]) / totalIdf
            let precision = min(1, Double(ess[e]) / essCount)
            var score = coverage + 0.35 * precision
            score += source == 2 ? 0.03 : (source == 0 ? 0.02 : source == 3 ? 0.02 : 0)
            if flags & 1 != 0 { score += 0.04 }
            let ordinal = Int(entries[2 * e])
            if let current = best[ordinal], current.score >= score { continue }
            best[ordinal] = (score, e)
        }
        // The best few, without sorting every code touched.
        let keep = limit * 3 + 6
        var ranked: [(key: Int, value: (score: Double, entry: Int))] = []
        ranked.reserveCapacity(keep + 1)
        func before(_ a: (key: Int, value: (score: Double, entry: Int)), _ b: (key: Int, value: (score: Double, entry: Int))) -> Bool {
            a.value.score != b.value.score ? a.value.score > b.value.score : a.key < b.key
        }
        for element in best {
            if ranked.count == keep, let last = ranked.last, !before(element, last) { continue }
            var index = ranked.count
            while index > 0 && before(element, ranked[index - 1]) { index -= 1 }
            ranked.insert(element, at: index)
            if ranked.count > keep { ranked.removeLast() }
        }
        var candidates: [LookupHit] = []
        let seventhWords = reading.positive.union(reading.episode)
        for (ordinal, value) in ranked {
            let entryItem = item(at: ordinal)
            var found = entryItem
            let text = searchText.fields(value.entry)
            let sourceIndex = text.count > 1 ? Int(text[1]) ?? 0 : 0
            let source = Self.entrySources[min(sourceIndex, Self.entrySources.count - 1)]
            let matched = text.count > 2 ? text[2] : found.title
            var steps: [String] = []
            if !found.leaf, let leaf = bestLeaf(under: found.code, reading: reading, entry: matched) {
                found = leaf
                steps.append(CodeFormat.dotted(leaf.code))
            }
            if found.leaf, let variant = sideVariant(of: found, reading: reading) {
                found = variant
                steps.append("\(reading.side ?? "side unspecified"): \(CodeFormat.dotted(variant.code))")
            }
            var code = found.code
            var title = found.title
            var needsSeventh = false
            let entryWords = Set(SearchTokenizer.words(matched))
            if found.leaf && !found.seventhOwner.isEmpty {
                let padded = found.code.padding(toLength: 6, withPad: "X", startingAt: 0)
                let options = sevenths(of: found.seventhOwner).filter { narrowed.find(padded + $0.character) == nil }
                // Only the words a 7th character adds count: "fracture" in "initial encounter for
                // closed fracture" is the code's own word and must not outvote "sequela".
                let ownWords = Set(SearchTokenizer.words(found.title))
                let scored = options.map { opt in
                    (opt, Set(SearchTokenizer.words(opt.label)).subtracting(ownWords).intersection(seventhWords).count)
                }
                var pick: CodeDetail.Seventh?
                if let top = scored.max(by: { $0.1 < $1.1 }), top.1 > 0 {
                    pick = top.0
                } else if !options.isEmpty, !options.contains(where: { $0.label.lowercased().contains("encounter") }),
                          let unspecified = options.first(where: { $0.label.lowercased().contains("unspecified") || $0.label.lowercased().contains("not applicable") }) {
                    // A 7th character that says "unspecified" (the fetus, the glaucoma stage)
                    // is what a coder picks when the record says no more; an encounter is never assumed.
                    pick = unspecified
                }
                if let pick {
                    code = padded + pick.character
                    title = "\(found.title), \(pick.label)"
                    steps.append("7th \(pick.character) (\(pick.label)): \(CodeFormat.dotted(code))")
                } else {
                    needsSeventh = true
                    steps.append("7th character to choose")
                }
            }
            let dotted = CodeFormat.dotted(code)
            // As the coder typed them where the plural stem changed them ("colles", not "colle").
            // In the order typed, then the words a reference added, as the entry spells them.
            var surface: [String: String] = [:]
            for raw in QueryReading.rawWords(matched) where raw != "," {
                if let stem = SearchTokenizer.words(raw).first, surface[stem] == nil { surface[stem] = raw }
            }
            let order = Dictionary(reading.sequence.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            let shared = words.filter { entryWords.contains($0) }
                .sorted { (order[$0] ?? Int.max, $0) < (order[$1] ?? Int.max, $1) }
                .map { reading.typed[$0] ?? surface[$0] ?? $0 }
            let label = source.prefix(1).uppercased() + source.dropFirst()
            let entryCode = CodeFormat.dotted(entryItem.code) + (entryItem.leaf ? "" : "-")
            let route = (["\(label): \(matched) -> \(entryCode)"] + steps).joined(separator: " · ")
            // A title that asserts what the query does not say ("with status migrainosus",
            // "acute") ranks after its sibling that says less.
            let profile = QueryReading.profile(found.title)
            let unsaidWords = profile.positive.subtracting(reading.positive).subtracting(SearchTokenizer.freeWords)
            // A word of the matched index path counts half: the Index put it on the route.
            let unsaid = Double(unsaidWords.subtracting(entryWords).count) + 0.5 * Double(unsaidWords.intersection(entryWords).count)
            // What the query leaves unsaid is absent: "without X", "not specified as" is the default.
            let unsaidNegations = min(3, profile.negated.subtracting(reading.positive).subtracting(reading.negated).count)
            let adjusted = value.score + reading.fit(title: found.title) - 0.012 * unsaid + 0.005 * Double(unsaidNegations)
            candidates.append(LookupHit(code: dotted, title: title, matched: matched, source: source,
                                        billable: found.leaf && !needsSeventh, needsSeventh: needsSeventh,
                                        score: (adjusted * 1000).rounded() / 1000, words: shared, route: route))
        }
        // Stable: equal scores keep the search's order.
        let order = candidates.enumerated().sorted { a, b in a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset }
        for (_, hit) in order where !hits.contains(where: { $0.code == hit.code }) {
            hits.append(hit)
            if hits.count >= limit { break }
        }
        return hits
    }

    /// The query read for search: negations, side and episode words apart; words the index
    /// lacks read as a known prefix and word, two joined words, or a typo; lay terms and
    /// eponyms sent on by the Index's own `see` references.
    func readQuery(_ expanded: String) -> QueryReading {
        var reading = QueryReading.read(expanded)
        func replace(_ word: String, with replacements: [String]) {
            let weight = reading.weights.removeValue(forKey: word) ?? 1
            let wasNegated = reading.negated.remove(word) != nil
            let wasPositive = reading.positive.remove(word) != nil
            for r in replacements {
                reading.weights[r] = max(reading.weights[r] ?? 0, weight)
                if wasNegated { reading.negated.insert(r) }
                if wasPositive { reading.positive.insert(r) }
            }
        }
        for word in reading.words where searchWords.range(ofKey: word).isEmpty {
            // "preeclampsia" is indexed as "pre-eclampsia": split a known prefix off an unknown word.
            var done = false
            for p in ["pre", "post", "non", "anti", "sub", "intra", "inter", "peri", "para", "semi"] where word.hasPrefix(p) && word.count > p.count + 3 {
                let rest = String(word.dropFirst(p.count))
                if !searchWords.range(ofKey: rest).isEmpty { replace(word, with: [p, rest]); done = true; break }
            }
            if done || !searchWords.range(ofPrefix: word).isEmpty || Int(word) != nil { continue }
            // "slipped", "bitten": the word's root as the start of indexed words ("slipping").
            for ending in ["ed", "ing", "en"] where word.hasSuffix(ending) && word.count >= ending.count + 4 {
                var root = String(word.dropLast(ending.count))
                if let last = root.last, root.dropLast().last == last { root.removeLast() }
                if !searchWords.range(ofPrefix: root).isEmpty { replace(word, with: [root]); done = true; break }
            }
            if done { continue }
            // Two words typed as one ("spinabifida").
            let chars = Array(word)
            if chars.count >= 7 {
                for cut in 3...(chars.count - 3) {
                    let a = String(chars[..<cut]), b = String(chars[cut...])
                    if !searchWords.range(ofKey: a).isEmpty && !searchWords.range(ofKey: b).isEmpty {
                        replace(word, with: [a, b]); done = true; break
                    }
                }
            }
            if done { continue }
            // Neither indexed nor the start of an indexed word: most likely a typo.
            let typed = reading.typed[word]
            if let corrected = typed.flatMap({ TypoCorrection.correction(of: $0, in: searchWords) })
                ?? TypoCorrection.correction(of: word, in: searchWords) {
                replace(word, with: [corrected])
            }
        }
        // Two words the Index writes as one ("cold sore" → "Coldsore", "chicken pox" → "Chickenpox").
        for (a, b) in zip(reading.sequence, reading.sequence.dropFirst()) where a.count >= 3 && b.count >= 3 {
            let joined = a + b
            if reading.weights[joined] == nil, !searchWords.range(ofKey: joined).isEmpty {
                reading.weights[joined] = 1
                reading.positive.insert(joined)
            }
        }
        // The noun and adjective of a body part meet ("sacrum" finds "sacral region").
        for word in reading.words where word.count >= 5 && Int(word) == nil {
            var forms: [String] = []
            for (a, b) in QueryReading.anatomyEndings {
                for (from, to) in [(a, b), (b, a)] where word.hasSuffix(from) && word.count > from.count + 3 {
                    let other = String(word.dropLast(from.count)) + to
                    if other != word, reading.weights[other] == nil, !forms.contains(other), !searchWords.range(ofKey: other).isEmpty {
                        forms.append(other)
                    }
                }
            }
            // "slipped" and "slipping", "bitten" and "biting": one verb, as the indexes use either.
            for (ending, others) in [("ed", ["ing"]), ("ing", ["ed"])] where word.hasSuffix(ending) && word.count >= ending.count + 3 {
                var root = String(word.dropLast(ending.count))
                var roots = [root]
                if let last = root.last, root.dropLast().last == last { root.removeLast(); roots.append(root) } else if let last = root.last { roots.append(root + String(last)) }
                for r in roots { for other in others {
                    let form = r + other
                    if form != word, !forms.contains(form), reading.weights[form] == nil, !searchWords.range(ofKey: form).isEmpty { forms.append(form) }
                } }
            }
            if !forms.isEmpty {
                reading.alternates[word] = forms
                if reading.positive.contains(word) { reading.positive.formUnion(forms) }
            }
        }
        // A lay term or eponym the Index sends elsewhere ("Hives — see Urticaria"): search the
        // words it is sent to as well, so the code is reached the way the Index reaches it.
        var sent = seeReferenceWords(for: Set(reading.positive))
        // A main term that is only a pointer ("Cancer — see also Neoplasm, malignant, by site";
        // "Clot — see also Embolism"): its target's words join the query's.
        if reading.positive.count > 1 {
            for word in reading.positive { sent += mainTermReferenceWords(word) }
        }
        for word in sent where reading.weights[word] == nil {
            reading.weights[word] = 0.9
            reading.positive.insert(word)
        }
        return reading
    }

    /// The side variant of a leaf the query asks for: among its siblings whose titles differ
    /// only in side words ("... right knee", "... left knee", "... unspecified knee"), the one
    /// naming the query's side, or, when the query names none, the unspecified one.
    func sideVariant(of leaf: Item, reading: QueryReading) -> Item? {
        guard !leaf.parent.isEmpty else { return nil }
        let leafWords = Set(SearchTokenizer.words(leaf.title))
        let current = QueryReading.side(of: leafWords)
        // Nothing to change: the side asked for, or no side asked for and none named.
        if let side = reading.side, current == side { return nil }
        if reading.side == nil && current == nil { return nil }
        let range = codes.range(ofPrefix: leaf.parent)
        guard range.count > 1, range.count <= 400 else { return nil }
        let signature = leafWords.subtracting(QueryReading.sideWords)
        let length = leaf.code.utf8.count
        var variants: [(item: Item, words: Set<String>)] = []
        for i in range {
            // Siblings have the leaf's length: other keys are passed over unparsed.
            let raw = codes.bytes(i)
            guard (raw.firstIndex(of: 9) ?? raw.count) == length else { continue }
            let candidate = item(at: i)
            guard candidate.leaf, candidate.parent == leaf.parent else { continue }
            let w = Set(SearchTokenizer.words(candidate.title))
            if w.subtracting(QueryReading.sideWords) == signature { variants.append((candidate, w)) }
        }
        guard variants.count > 1 else { return nil }
        if let side = reading.side {
            return variants.first(where: { QueryReading.side(of: $0.words) == side })?.item
        }
        return variants.first { QueryReading.side(of: $0.words) == nil && $0.words.contains("unspecified") }?.item
    }

    /// The words of the Alphabetic Index's `see` references that the query names: a main
    /// term, or a main term and one subterm, whose words are exactly the query's and that
    /// lead to no code of their own.
    func seeReferenceWords(for words: Set<String>) -> [String] {
        var found: [String] = []
        guard words.count <= 4 else { return found }  // a lay term or eponym is a few words
        for word in words {
            for i in indexMain.range(ofKey: word).prefix(20) {
                guard let main = Int(indexMain.fields(i)[1]) else { continue }
                // The main term's own words must all be the query's: others are passed over unwalked.
                let head = indexRows.fields(main)
                guard head.count > 2, Set(SearchTokenizer.words(head[2])).isSubset(of: words) else { continue }
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

    /// The words a one-word main term without a code of its own sends the coder to.
    func mainTermReferenceWords(_ word: String) -> [String] {
        var found: [String] = []
        for i in indexMain.range(ofKey: word).prefix(8) {
            guard let row = Int(indexMain.fields(i)[1]) else { continue }
            let f = indexRows.fields(row)
            guard f.first == "I", f.count >= 8 else { continue }
            let r = IndexRow(f)
            guard r.level == 0, (r.codes.first ?? "").isEmpty, SearchTokenizer.words(r.term) == [word] else { continue }
            let target = r.see.isEmpty ? r.seeAlso : r.see
            found += SearchTokenizer.words(target).filter { !["condition", "by", "site", "type", "nec", "specified"].contains($0) }
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

    /// The leaf under a header that best fits the query: most words shared, the negations and
    /// side it names, then an "unspecified" title (what a coder picks when the record says no
    /// more), then the shortest.
    /// The words of the matched entry (an index path, its `see` target) count at half weight:
    /// "Cellulitis, arm — see Cellulitis, upper limb" leads to the upper-limb code, not the axilla's.
    func bestLeaf(under header: String, reading: QueryReading, entry: String = "") -> Item? {
        let range = codes.range(ofPrefix: header)
        guard range.count > 1, range.count <= 400 else { return nil }
        let words = reading.positive
        let entryWords = Set(SearchTokenizer.words(entry)).subtracting(words)
        var best: (score: Double, item: Item)?
        for i in range {
            let candidate = item(at: i)
            guard candidate.leaf else { continue }
            let titleWords = SearchTokenizer.words(candidate.title)
            let titleSet = Set(titleWords)
            let shared = Double(titleSet.intersection(words).count) + 0.5 * Double(titleSet.intersection(entryWords).count)
            var score = shared - 0.01 * Double(titleWords.count) + 3 * reading.fit(title: candidate.title)
            if titleWords.contains("unspecified") { score += 0.5 }
            if best == nil || score > best!.score { best = (score, candidate) }
        }
        return best?.item
    }
}
