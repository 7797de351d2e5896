extension CodeBook {
    /// "Did you mean": the Alphabetic Index main terms nearest to a query that found nothing,
    /// so a look-up never ends on an empty screen. Main terms holding a word a few edits from
    /// the query's words come first; failing those, the main terms beside the query's first
    /// word in the Index's alphabetical order.
    /// - Parameter pcs: the PCS Index's main terms instead of the Alphabetic Index's.
    public func suggestions(for query: String, pcs: Bool = false, limit: Int = 5) -> [String] {
        let letter: UInt8 = pcs ? UInt8(ascii: "P") : UInt8(ascii: "I")
        let expanded = CoderAbbreviations.expansions(query, senses: pcs ? pcsAbbreviations : abbreviations).first ?? query
        var words = SearchTokenizer.words(expanded)
        if words.isEmpty { words = SearchTokenizer.words(query) }
        var terms: [String] = []
        /// The main terms holding `word`, the shortest (the word itself) first.
        func addMainTerms(of word: String, exact: Bool) {
            let range = exact ? indexMain.range(ofKey: word) : indexMain.range(ofPrefix: word)
            var found: [String] = []
            for i in range.prefix(60) {
                guard let row = Int(indexMain.fields(i)[1]), row < indexRows.count, indexRows.bytes(row).first == letter else { continue }
                let term = IndexRow(indexRows.fields(row)).term
                if !term.isEmpty && !terms.contains(term) && !found.contains(term) { found.append(term) }
            }
            // The main term that starts with the word ("Asthma, asthmatic") before those that hold it.
            func rank(_ term: String) -> (Int, Int) {
                let head = term.split(separator: ",").first.map(String.init) ?? term
                return (head.lowercased().hasPrefix(word) ? 0 : 1, head.count)
            }
            let ordered = found.enumerated().sorted { a, b in
                let x = rank(a.element), y = rank(b.element)
                return x != y ? x < y : a.offset < b.offset
            }.map(\.element)
            for term in ordered.prefix(2) where terms.count < limit { terms.append(term) }
        }
        for word in words where word.count >= 3 && terms.count < limit {
            var near = TypoCorrection.nearest(to: word, in: searchWords, maxEdits: word.count >= 6 ? 3 : word.count >= 4 ? 2 : 1, limit: 6)
            if let corrected = TypoCorrection.correction(of: word, in: searchWords) { near.insert(corrected, at: 0) }
            for candidate in near where terms.count < limit { addMainTerms(of: candidate, exact: true) }
        }
        // Nothing near: the main terms beside the first word, in the Index's order.
        var probe = words.first ?? String(query.lowercased().prefix(3))
        while terms.isEmpty && !probe.isEmpty {
            let start = indexMain.lowerBound(Array(probe.utf8))
            var i = start
            while i < indexMain.count && terms.count < limit && i < start + 200 {
                addMainTerms(of: indexMain.key(i), exact: true)
                i += 1
            }
            probe.removeLast()
            if !terms.isEmpty || probe.isEmpty { break }
        }
        return Array(terms.prefix(limit))
    }
}
