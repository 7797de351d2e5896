import CodeSets
import CodingScore

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
        guard !hits.isEmpty else { return "No match for \"\(query)\". Try other words or an abbreviation (CHF, fx, T2DM).\n" }
        return CodeBookText.lookup(hits, style: style, width: width)
    }

    public func show(_ code: String, width: Int) -> String {
        let bare = code.uppercased().filter { $0 != "." }
        if let first = bare.first, first.isNumber {
            let validation = book.validate("pcs:" + bare)
            return "\(validation.code)  \(validation.title ?? "")\n\(validation.message)\n"
        }
        if let detail = book.show(code) {
            return TextLayout.wrap(CodeBookText.show(detail, style: style), width: width).joined(separator: "\n")
        }
        return book.validate(code).message + "\n"
    }

    public func completions(prefix: String) -> [String] {
        book.completions(prefix: prefix, limit: 40)
    }
}
