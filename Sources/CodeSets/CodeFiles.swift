/// The file names under `Content/codesets/`, shared by the builder and the reader.
public enum CodeFiles {
    /// ICD-10-CM tabular items: `code, kind(L/H), title, parent, block, chapter, seventhOwner`, sorted by dotless code.
    public static let codes = "icd10cm-codes.rec"
    /// Chapters (key: number) and blocks (key: `A00-A09`): `id, C/B, title, first, last, chapter`.
    public static let sections = "icd10cm-sections.rec"
    /// Tabular notes: `holder, seq, type, text...`; holder is `c:CODE`, `b:BLOCK` or `h:CHAPTER`.
    public static let notes = "icd10cm-notes.rec"
    /// Index rows in release order: `source, level, term, nonEss, see, seeAlso, use, parent, code`.
    public static let indexRows = "index-rows.rec"
    /// Main-term words: `word, row`, sorted.
    public static let indexMain = "index-main.rec"
    /// Neoplasm Table rows (same layout as index rows, six code columns).
    public static let neoplasm = "icd10cm-neoplasm.rec"
    /// Table of Drugs and Chemicals rows (same layout, six code columns).
    public static let drugs = "icd10cm-drugs.rec"
    /// Search words: `word, firstPosting, count`, sorted.
    public static let searchWords = "search-words.rec"
    /// Search entry texts: `code, source, text`, by entry number.
    public static let searchText = "search-text.rec"
    /// Postings: magic, then `UInt32` entry numbers (top bit: essential word).
    public static let searchPostings = "search-postings.bin"
    /// Entry facts, 8 bytes each: `UInt32` code row, `UInt8` essential words, source, flags, 0.
    public static let searchEntries = "search-entries.bin"
    /// PCS tables keyed by their three characters.
    public static let pcsTables = "icd10pcs-tables.rec"
    /// PCS search entries, by entry number: `prefix, kind, essential words (space separated), text`; prefix is a
    /// table (`0DT`) or a longer code prefix (`0DTJ`, a full code); kind `i` an index path,
    /// `b` a table's operation and body part value.
    public static let pcsSearchEntries = "icd10pcs-search.rec"
    /// PCS search words: `word, entry numbers (space separated)`, sorted.
    public static let pcsSearchWords = "icd10pcs-words.rec"
    /// MS-DRG CC/MCC: `code, CC|MCC, collection, A(live only)`, sorted.
    public static let ccList = "msdrg-cc.rec"
    /// PDX exclusion collections: `number, codes...` (space separated, sorted).
    public static let pdxCollections = "msdrg-pdx.rec"
    /// HCPCS Level II descriptors when a release was supplied: `code, descriptor`.
    public static let hcpcs = "hcpcs.rec"
    /// Codes the 7th-character rule would give but the code list does not have (sorted).
    public static let narrowedSevenths = "icd10cm-narrowed-7th.rec"
    /// Magic of the binary arrays.
    public static let binaryMagic: [UInt8] = Array("CDBIN01\n".utf8)
}
