import CodingScore
import Foundation

/// The code book: ICD-10-CM, ICD-10-PCS, MS-DRG CC/MCC, and HCPCS/CPT by shape or from a
/// user's file, read from `Content/codesets/`.
///
/// Loading maps the files; nothing is parsed until asked, so a code book is ready in well
/// under a millisecond. All methods are read-only and safe to call from any thread.
public final class CodeBook: CodeCatalog, @unchecked Sendable {
    let folder: URL
    let codes: RecordTable
    let sections: RecordTable
    let notes: RecordTable
    let narrowed: RecordTable
    let indexRows: RecordTable
    let indexMain: RecordTable
    let neoplasmRows: RecordTable
    let drugRows: RecordTable
    let searchWords: RecordTable
    let searchText: RecordTable
    let postings: MappedWords
    let entries: MappedWords
    let pcsTables: RecordTable
    /// The PCS search (absent from a code-sets folder built before it: PCS look-up then finds nothing).
    let pcsSearchEntries: RecordTable?
    let pcsSearchWords: RecordTable?
    let ccList: RecordTable
    let pdx: RecordTable
    let hcpcs: RecordTable?
    let cpt: [String: String]?
    /// Coder abbreviations from `Content/lookup/abbreviations.tsv` (abbreviation → senses),
    /// read at the first look-up (opening the code book stays well under a millisecond); the
    /// built-in short list serves when the file is absent.
    var abbreviations: [String: [String]] { abbreviationCache.value }
    private let abbreviationCache: AbbreviationCache
    /// PCS abbreviations (`Content/lookup/pcs-abbreviations.tsv`: lap, TKA, PCI, ORIF, ...),
    /// before the general list, for `pcsLookup`.
    var pcsAbbreviations: [String: [String]] { pcsAbbreviationCache.value }
    private let pcsAbbreviationCache: AbbreviationCache
    /// Brand names of drugs and the generic the Table of Drugs lists them under
    /// (`Content/lookup/drug-brands.tsv`, each line with its source), read at the first use.
    var drugBrands: [String: [String]] { drugBrandCache.value }
    private let drugBrandCache: AbbreviationCache
    /// The senses `pcsLookup` reads: the general list with the PCS list over it, merged once
    /// (copying a thousand senses cost every PCS query some 0.04 ms).
    var pcsSenses: [String: [String]] {
        pcsSensesCache.value {
            var senses = abbreviations
            for (key, value) in pcsAbbreviations { senses[key] = value }
            return senses
        }
    }
    private let pcsSensesCache = Memo<[String: [String]]>()
    /// Excludes1 references over a code, parsed once: scoring and linting ask for the same
    /// codes again and again, and parsing the notes of a code's whole chain each time cost
    /// the linter four seconds on 10,000 items.
    private let excludes1Cache = Excludes1Cache()

    /// Opens the code sets in `folder` (normally `Content/codesets`).
    /// - Parameter cptFile: a licensed CPT file of the user's own: one code per line, then a
    ///   tab and its descriptor. Without it, CPT codes are checked by shape only.
    /// - Throws: `CodeSetError` naming the missing or damaged file.
    public static func load(from folder: URL, cptFile: URL? = nil) throws -> CodeBook {
        try CodeBook(folder: folder, cptFile: cptFile)
    }

    init(folder: URL, cptFile: URL?) throws {
        self.folder = folder
        func table(_ name: String) throws -> RecordTable { try RecordTable(contentsOf: folder.appendingPathComponent(name)) }
        codes = try table(CodeFiles.codes)
        sections = try table(CodeFiles.sections)
        notes = try table(CodeFiles.notes)
        narrowed = try table(CodeFiles.narrowedSevenths)
        indexRows = try table(CodeFiles.indexRows)
        indexMain = try table(CodeFiles.indexMain)
        neoplasmRows = try table(CodeFiles.neoplasm)
        drugRows = try table(CodeFiles.drugs)
        searchWords = try table(CodeFiles.searchWords)
        searchText = try table(CodeFiles.searchText)
        postings = try MappedWords(contentsOf: folder.appendingPathComponent(CodeFiles.searchPostings))
        entries = try MappedWords(contentsOf: folder.appendingPathComponent(CodeFiles.searchEntries))
        pcsTables = try table(CodeFiles.pcsTables)
        pcsSearchEntries = try? table(CodeFiles.pcsSearchEntries)
        pcsSearchWords = try? table(CodeFiles.pcsSearchWords)
        ccList = try table(CodeFiles.ccList)
        pdx = try table(CodeFiles.pdxCollections)
        let hcpcsURL = folder.appendingPathComponent(CodeFiles.hcpcs)
        hcpcs = FileManager.default.fileExists(atPath: hcpcsURL.path) ? try RecordTable(contentsOf: hcpcsURL) : nil
        if let cptFile {
            cpt = try Self.readCPT(cptFile)
        } else {
            cpt = nil
        }
        abbreviationCache = AbbreviationCache(file: folder.deletingLastPathComponent().appendingPathComponent("lookup/abbreviations.tsv"))
        pcsAbbreviationCache = AbbreviationCache(file: folder.deletingLastPathComponent().appendingPathComponent("lookup/pcs-abbreviations.tsv"))
        drugBrandCache = AbbreviationCache(file: folder.deletingLastPathComponent().appendingPathComponent("lookup/drug-brands.tsv"))
    }

    /// Reads a user's CPT file: `CODE<TAB>descriptor` per line; `#` lines and blank lines skipped.
    static func readCPT(_ url: URL) throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CodeSetError.unreadable(file: url.path, reason: "no such file")
        }
        var result: [String: String] = [:]
        for (number, line) in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).enumerated() {
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let parts = line.split(separator: "\t", maxSplits: 1)
            let code = parts[0].trimmingCharacters(in: .whitespaces).uppercased()
            guard CodeShapes.isCPT(code) else {
                throw CodeSetError.badLine(file: url.path, line: number + 1, reason: "`\(code)` is not a CPT code (5 digits, or 4 digits and F or T); expected CODE<TAB>descriptor")
            }
            result[code] = parts.count > 1 ? String(parts[1]) : ""
        }
        return result
    }

    // MARK: - Tabular records

    /// A tabular item: dotless code, leaf or header, title, parent, block, chapter, 7th-character owner.
    struct Item {
        var code: String
        var leaf: Bool
        var title: String
        var parent: String
        var block: String
        var chapter: String
        var seventhOwner: String
        init(_ f: [String]) {
            code = f[0]; leaf = f[1] == "L"; title = f[2]; parent = f[3]; block = f[4]; chapter = f[5]
            seventhOwner = f.count > 6 ? f[6] : ""
        }
    }

    func item(_ dotless: String) -> Item? {
        codes.find(dotless).map(Item.init)
    }

    func item(at ordinal: Int) -> Item { Item(codes.fields(ordinal)) }

    /// The direct children of a tabular item.
    func children(of dotless: String) -> [Item] {
        codes.range(ofPrefix: dotless).map { item(at: $0) }.filter { $0.parent == dotless }
    }

    /// The 7th-character values defined at `owner`.
    func sevenths(of owner: String) -> [CodeDetail.Seventh] {
        notes.range(ofKey: "c:\(owner)").compactMap { i in
            let f = notes.fields(i)
            guard f.count >= 5, f[2] == "7" else { return nil }
            return CodeDetail.Seventh(character: f[3], label: f[4])
        }
    }

    /// Notes held by `holder` (`c:E11`, `b:E08-E13`, `h:4`), in release order.
    func notes(of holder: String) -> [(type: String, text: String)] {
        notes.range(ofKey: holder).compactMap { i in
            let f = notes.fields(i)
            guard f.count >= 4, f[2] != "7" else { return nil }
            return (f[2], f[3...].joined(separator: "\t"))
        }
    }

    /// The tabular item a (possibly 7-character) code rests on, or nil.
    func tabularBase(_ dotless: String) -> Item? {
        if let found = item(dotless) { return found }
        guard dotless.count == 7 else { return nil }
        var base = String(dotless.prefix(6))
        while base.count > 3 && base.hasSuffix("X") { base.removeLast() }
        return item(base)
    }

    /// The chain from `item` up to its category: the item first.
    func chain(_ start: Item) -> [Item] {
        var result = [start]
        var current = start
        while !current.parent.isEmpty, let parent = item(current.parent) {
            result.append(parent)
            current = parent
        }
        return result
    }

    // MARK: - CodeCatalog

    public func status(of code: String, in system: CodeSystem) -> CodeStatus {
        switch system {
        case .icd10cm: return validateCM(CodeFormat.dotless(code), token: code).status
        case .icd10pcs: return validatePCS(CodeFormat.dotless(code), token: code).status
        case .cpt:
            guard let cpt else { return .shapeOnly }
            return cpt[CodeFormat.dotless(code)] != nil ? .reportable : .unknown
        case .hcpcs:
            guard let hcpcs else { return .shapeOnly }
            return hcpcs.find(CodeFormat.dotless(code)) != nil ? .reportable : .unknown
        }
    }

    public func title(of code: String, in system: CodeSystem) -> String? {
        let bare = CodeFormat.dotless(code)
        switch system {
        case .icd10cm: return cmTitle(bare)
        case .icd10pcs: return pcsTitle(bare)
        case .cpt: return cpt?[bare]
        case .hcpcs: return hcpcs?.find(bare)?.dropFirst().first
        }
    }

    /// The title of an ICD-10-CM code; a 7-character code gets its 7th character's label.
    func cmTitle(_ dotless: String) -> String? {
        if let found = item(dotless) { return found.title }
        guard dotless.count == 7, let base = tabularBase(dotless), !base.seventhOwner.isEmpty else { return nil }
        let last = String(dotless.suffix(1))
        guard let label = sevenths(of: base.seventhOwner).first(where: { $0.character == last })?.label else { return nil }
        return "\(base.title), \(label)"
    }

    public func excludes1(_ a: String, _ b: String) -> Bool {
        let x = CodeFormat.dotless(a), y = CodeFormat.dotless(b)
        return excludes1Notes(of: x).contains { $0.matches(y) } || excludes1Notes(of: y).contains { $0.matches(x) }
    }

    /// The pairs among `codes` that Excludes1 keeps apart, without asking every pair: each
    /// distinct code's references are looked up in the sorted distinct codes (a reference is
    /// a prefix or a range of prefixes, so its matches are one run of the sorted list).
    public func excludes1Pairs(among codes: [String]) -> [(Int, Int)] {
        guard codes.count > 1 else { return [] }
        let dotless = codes.map(CodeFormat.dotless)
        var first: [String: Int] = [:]
        for (index, code) in dotless.enumerated() where first[code] == nil { first[code] = index }
        let sorted = first.keys.sorted()
        // For each code, the first position of the earliest code it conflicts with.
        var partner: [String: Int] = [:]
        func note(_ x: String, _ y: String) {
            let (early, late) = first[x]! < first[y]! ? (x, y) : (y, x)
            partner[late] = min(partner[late] ?? Int.max, first[early]!)
        }
        for code in sorted {
            for reference in excludes1Notes(of: code) {
                var low = 0, high = sorted.count
                while low < high {
                    let middle = (low + high) / 2
                    if sorted[middle] < reference.low { low = middle + 1 } else { high = middle }
                }
                var index = low
                while index < sorted.count, String(sorted[index].prefix(reference.high.count)) <= reference.high {
                    let other = sorted[index]
                    if other != code, reference.matches(other) { note(code, other) }
                    index += 1
                }
            }
        }
        return Excludes1Conflicts.sorted(partner.map { ($0.value, first[$0.key]!) })
    }

    /// The code references of every Excludes1 note over `dotless`: its own, its parents',
    /// its category's, its block's and its chapter's.
    func excludes1Notes(of dotless: String) -> [CodeReference] {
        if let cached = excludes1Cache.references(for: dotless) { return cached }
        let references = parseExcludes1Notes(of: dotless)
        excludes1Cache.store(references, for: dotless)
        return references
    }

    private func parseExcludes1Notes(of dotless: String) -> [CodeReference] {
        guard let base = tabularBase(dotless) else { return [] }
        var holders = chain(base).map { "c:\($0.code)" }
        holders.append("b:\(base.block)")
        holders.append("h:\(base.chapter)")
        return holders.flatMap { holder in
            notes(of: holder).filter { $0.type == "excludes1" }.flatMap { CodeReference.parse(in: $0.text) }
        }
    }

    public func pcsAxisTitle(of code: String, position: Int) -> String? {
        let bare = CodeFormat.dotless(code)
        guard bare.count == 7, (0...6).contains(position), let table = pcsTable(String(bare.prefix(3))) else { return nil }
        if position < 3 { return table.headTitles.count > position ? table.headTitles[position] : nil }
        let row = table.row(for: bare) ?? table.rows.first
        return row.flatMap { $0.axes.count > position - 3 ? $0.axes[position - 3].title : nil }
    }

    public func pcsValueLabel(of code: String, position: Int) -> String? {
        let bare = CodeFormat.dotless(code)
        let chars = Array(bare)
        guard chars.count == 7, (0...6).contains(position), let table = pcsTable(String(bare.prefix(3))) else { return nil }
        switch position {
        case 0: return table.section
        case 1: return table.bodySystem
        case 2: return table.operation
        default:
            let value = String(chars[position])
            let rows = table.row(for: bare).map { [$0] } ?? table.rows
            for row in rows where row.axes.count > position - 3 {
                if let label = row.axes[position - 3].values.first(where: { $0.code == value })?.label { return label }
            }
            return nil
        }
    }

    // MARK: - MS-DRG

    /// The MS-DRG v43 severity of `code` as a secondary diagnosis (`CC`, `MCC`), or nil.
    public func severity(of code: String) -> String? {
        ccList.find(CodeFormat.dotless(code)).map { $0[1] }
    }

    /// Whether the CC/MCC `secondary` is excluded (counts as a non-CC) when `principal` is the
    /// principal diagnosis (Table 6K). False when `secondary` is not a CC/MCC.
    public func ccExcluded(secondary: String, principal: String) -> Bool {
        guard let f = ccList.find(CodeFormat.dotless(secondary)), f.count > 2, !f[2].isEmpty,
              let members = pdx.find(f[2]), members.count > 1 else { return false }
        let target = CodeFormat.dotless(principal)
        return members[1].split(separator: " ").contains { $0 == target }
    }

    // MARK: - Completion

    /// Codes that start with `prefix`, for tab completion: the children of a header
    /// (`E11.6` → `E11.61`, `E11.62`, ...), the 7th characters of a code that needs one, the
    /// values of the next PCS position.
    public func completions(prefix: String, limit: Int = 50) -> [String] {
        let bare = CodeFormat.dotless(prefix)
        guard !bare.isEmpty else { return [] }
        if let first = bare.first, first.isNumber {
            return pcsCompletions(bare, limit: limit)
        }
        if let found = item(bare) {
            if !found.leaf {
                return Array(children(of: bare).map { CodeFormat.dotted($0.code) }.prefix(limit))
            }
            if !found.seventhOwner.isEmpty {
                let padded = bare.padding(toLength: 6, withPad: "X", startingAt: 0)
                return sevenths(of: found.seventhOwner).map { CodeFormat.dotted(padded + $0.character) }
                    .filter { narrowed.find(CodeFormat.dotless($0)) == nil }
            }
            return [CodeFormat.dotted(bare)]
        }
        // A partial code: every tabular item starting with it, shortest first.
        let matches = codes.range(ofPrefix: bare).prefix(2000).map { codes.key($0) }
        let shortest = matches.map(\.count).min() ?? 0
        let list = matches.filter { $0.count == shortest }.map(CodeFormat.dotted)
        if list.isEmpty && bare.count <= 7, pcsTable(String(bare.prefix(3))) != nil { return pcsCompletions(bare, limit: limit) }
        return Array(list.prefix(limit))
    }

    /// PCS completion: the values allowed in the next position after `bare`.
    func pcsCompletions(_ bare: String, limit: Int) -> [String] {
        if bare.count < 3 {
            let keys = pcsTables.range(ofPrefix: bare).map { pcsTables.key($0) }
            let next = Set(keys.map { String($0.prefix(bare.count + 1)) })
            return Array(next.sorted().prefix(limit))
        }
        guard bare.count < 7, let table = pcsTable(String(bare.prefix(3))) else { return bare.count == 7 ? [bare] : [] }
        let chars = Array(bare)
        var next = Set<String>()
        for row in table.rows where row.axes.count == 4 {
            let fits = (3..<chars.count).allSatisfy { p in row.axes[p - 3].values.contains { $0.code == String(chars[p]) } }
            if fits { for value in row.axes[chars.count - 3].values { next.insert(bare + value.code) } }
        }
        return Array(next.sorted().prefix(limit))
    }
}

/// A lock-protected memo of parsed Excludes1 references, by dotless code.
final class Excludes1Cache: @unchecked Sendable {
    private let lock = NSLock()
    private var byCode: [String: [CodeReference]] = [:]

    func references(for code: String) -> [CodeReference]? {
        lock.lock()
        defer { lock.unlock() }
        return byCode[code]
    }

    func store(_ references: [CodeReference], for code: String) {
        lock.lock()
        byCode[code] = references
        lock.unlock()
    }
}

/// The abbreviation file, read once when first needed.
final class AbbreviationCache: @unchecked Sendable {
    private let file: URL
    private let lock = NSLock()
    private var loaded: [String: [String]]?

    init(file: URL) { self.file = file }

    var value: [String: [String]] {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let read = CoderAbbreviations.read(file)
        loaded = read
        return read
    }
}

/// A value computed once, at its first use, under a lock.
final class Memo<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    func value(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let made = make()
        stored = made
        return made
    }
}
