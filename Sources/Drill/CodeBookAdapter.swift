import CodeSets
import CodingScore
import Presentation

/// The shipped code book, as the REPL uses it.
public struct CodeBookAdapter: CodeBookService {
    public let book: CodeBook
    public let style: TextStyle

    public init(book: CodeBook, style: TextStyle) {
        self.book = book
        self.style = style
    }

    public var catalog: any CodeCatalog { book }

    public func lookup(_ query: String, width: Int) -> String {
        let hits = book.lookup(query, limit: 8)
        guard !hits.isEmpty else { return CodeBookText.noMatch(query, suggestions: book.suggestions(for: query), style: style) }
        return CodeBookText.lookup(hits, style: style, width: width)
    }

    public func pcsLookup(_ query: String, width: Int) -> String {
        let hits = book.pcsLookup(query, limit: 8)
        guard !hits.isEmpty else {
            return CodeBookText.noMatch(query, suggestions: book.suggestions(for: query, pcs: true), style: style, pcs: true)
        }
        return CodeBookText.pcsLookup(hits, style: style, width: width)
    }

    public func show(_ code: String, width: Int) -> String {
        TextLayout.wrap(CodeBookText.show(code, in: book, style: style).text, width: width).joined(separator: "\n") + "\n"
    }

    public func completions(prefix: String) -> [String] {
        book.completions(prefix: prefix, limit: 40)
    }

    public func reference(_ part: CodeBookPart, _ query: String, width: Int) -> String {
        let text: String
        switch part {
        case .index:
            let matches = book.index(query, limit: 5)
            text = matches.isEmpty ? "No main term for \"\(query)\". Start with the condition (fracture, pain, diabetes).\n"
                : CodeBookText.index(matches, style: style)
        case .neoplasm:
            let rows = book.neoplasm(query, limit: 5)
            text = rows.isEmpty ? "No Neoplasm Table row for \"\(query)\".\n" : CodeBookText.tableRows(rows, style: style)
        case .drug:
            let rows = book.drug(query, limit: 5)
            text = CodeBookText.brandLine(query, book: book)
                + (rows.isEmpty ? "No Drug Table row for \"\(query)\".\n" : CodeBookText.tableRows(rows, style: style))
        case .pcs:
            guard let table = book.pcsTable(query) else {
                return "No ICD-10-PCS table \(query.uppercased().prefix(3)): give the first three characters (0FT).\n"
            }
            text = CodeBookText.pcsTable(table, style: style, narrowedTo: query.replacingOccurrences(of: ".", with: ""))
        case .validate:
            text = CodeBookText.validation(book.validateAll(query), style: style)
        }
        return TextLayout.wrap(text, width: width).joined(separator: "\n") + (text.hasSuffix("\n") ? "" : "\n")
    }
}
