import ArgumentParser
import CodeSets
import Presentation

/// `chartdrill show CODE`: a code's place in the tabular and every note that applies.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an ICD-10-CM code: title, chapter, block, parents, notes, 7th characters, CC/MCC.")

    @Argument(help: "An ICD-10-CM code (E11.65) or a PCS table or code (0FT, 0FT44ZZ).")
    var code: String

    @OptionGroup var options: CodeBookOptions

    func run() throws {
        let book = try options.open()
        let bare = code.uppercased().replacingOccurrences(of: ".", with: "")
        if options.json {
            if let first = bare.first, first.isNumber { return try options.printJSON(book.validate("pcs:" + bare)) }
            guard let detail = book.show(code) else {
                try options.printJSON(book.validate(code))
                throw ExitCode(1)
            }
            return try options.printJSON(detail)
        }
        // The same text as the REPL's `show`.
        let (text, found) = CodeBookText.show(code, in: book, style: options.style)
        emit(text)
        if !found { throw ExitCode(1) }
    }
}
