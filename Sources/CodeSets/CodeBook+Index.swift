extension CodeBook {
    /// One flattened index row: `source, level, term, nonEss, see, seeAlso, use, parent, code...`.
    struct IndexRow {
        var level: Int
        var term: String
        var nonEss: String
        var see: String
        var seeAlso: String
        var use: String
        var parent: Int
        var codes: [String]
        init(_ f: [String]) {
            level = Int(f[1]) ?? 0; term = f[2]; nonEss = f[3]; see = f[4]; seeAlso = f[5]; use = f[6]
            parent = Int(f[7]) ?? -1; codes = Array(f.dropFirst(8))
        }
        var step: IndexMatch.Step {
            .init(level: level, term: term, nonEssential: nonEss, see: see, seeAlso: seeAlso, use: use, code: codes.first ?? "")
        }
    }

    /// Walks the Alphabetic Index the way a coder does: the first word finds the main term,
    /// the others its subterms. Returns the best paths, each from the main term down, with
    /// the see / see also references and the code each line leads to.
    /// - Parameter source: `index` (diseases and injuries), `external` (external causes) or `pcs`.
    public func index(_ words: String, source: String = "index", limit: Int = 10) -> [IndexMatch] {
        let letter = source == "external" ? "E" : source == "pcs" ? "P" : "I"
        let query = SearchTokenizer.words(CoderAbbreviations.expand(words))
        guard let first = query.first else { return [] }
        let wanted = Set(query)
        var mains = Set<Int>()
        for i in indexMain.range(ofKey: first) {
            if let row = Int(indexMain.fields(i)[1]), indexRows.fields(row).first == letter { mains.insert(row) }
        }
        if mains.isEmpty && first.count >= 3 {
            for i in indexMain.range(ofPrefix: first).prefix(200) {
                if let row = Int(indexMain.fields(i)[1]), indexRows.fields(row).first == letter { mains.insert(row) }
            }
        }
        var results: [(score: Int, matched: Int, order: Int, rows: [Int])] = []
        for main in mains.sorted() {
            var row = main
            var pathRows: [Int] = []
            var pathWords: [[String]] = []
            while row < indexRows.count {
                let f = indexRows.fields(row)
                guard f.first == letter else { break }
                let r = IndexRow(f)
                if row != main && r.level == 0 { break }
                while pathRows.count > r.level { pathRows.removeLast(); pathWords.removeLast() }
                pathRows.append(row)
                pathWords.append(SearchTokenizer.words(r.term + " " + r.nonEss))
                let matched = wanted.intersection(pathWords.flatMap { $0 }).count
                let leads = !(r.codes.first ?? "").isEmpty || !r.see.isEmpty || !r.seeAlso.isEmpty || !r.use.isEmpty
                if leads && matched > 0 {
                    let extra = pathWords.flatMap { $0 }.filter { !wanted.contains($0) }.count
                    results.append((matched * 100 - extra, matched, row, pathRows))
                }
                row += 1
            }
        }
        results.sort { a, b in a.score != b.score ? a.score > b.score : a.order < b.order }
        return results.prefix(limit).map { result in
            IndexMatch(source: source, path: result.rows.map { IndexRow(indexRows.fields($0)).step },
                       matchedWords: result.matched)
        }
    }

    /// Rows of the Neoplasm Table for a site ("lung upper lobe"), best first.
    public func neoplasm(_ site: String, limit: Int = 10) -> [TableMatch] {
        tableSearch(neoplasmRows, site, columns: TableMatch.neoplasmColumns, limit: limit)
    }

    /// Rows of the Table of Drugs and Chemicals for a substance, best first; a brand name
    /// (`tylenol`) is searched as the generic the Table lists (`genericName(ofBrand:)`).
    public func drug(_ name: String, limit: Int = 10) -> [TableMatch] {
        tableSearch(drugRows, genericName(ofBrand: name) ?? name, columns: TableMatch.drugColumns, limit: limit)
    }

    /// The Table of Drugs' generic for a brand name ("Tylenol" → "acetaminophen"), nil for a
    /// name that is not a listed brand.
    public func genericName(ofBrand name: String) -> String? {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return drugBrands[key]?.first
    }

    func tableSearch(_ table: RecordTable, _ text: String, columns: [String], limit: Int) -> [TableMatch] {
        let wanted = Set(SearchTokenizer.words(CoderAbbreviations.expand(text)))
        guard !wanted.isEmpty else { return [] }
        var pathRows: [Int] = []
        var pathWords: [[String]] = []
        var results: [(score: Int, order: Int, rows: [Int], matched: Int)] = []
        for row in 0..<table.count {
            let r = IndexRow(table.fields(row))
            while pathRows.count > r.level { pathRows.removeLast(); pathWords.removeLast() }
            pathRows.append(row)
            pathWords.append(SearchTokenizer.words(r.term + " " + r.nonEss))
            // The Neoplasm Table's main term is "Neoplasm, neoplastic": it never counts.
            let all = pathWords.flatMap { $0 }.filter { $0 != "neoplasm" && $0 != "neoplastic" }
            let matched = wanted.intersection(all).count
            guard matched > 0 else { continue }
            let extra = all.filter { !wanted.contains($0) }.count
            results.append((matched * 100 - extra, row, pathRows, matched))
        }
        results.sort { a, b in a.score != b.score ? a.score > b.score : a.order < b.order }
        return results.prefix(limit).map { result in
            let last = IndexRow(table.fields(result.rows.last!))
            return TableMatch(path: result.rows.map { IndexRow(table.fields($0)).term }, columns: columns,
                              codes: last.codes, see: last.see, seeAlso: last.seeAlso, matchedWords: result.matched)
        }
    }
}
