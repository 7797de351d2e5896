import ArgumentParser
import CodeSets
import Drill

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
        if let first = bare.first, first.isNumber, let table = book.pcsTable(String(bare.prefix(3))) {
            let validation = book.validate("pcs:" + bare)
            if options.json { return try options.printJSON(validation) }
            print("\(validation.code)  \(validation.title ?? "")\n\(validation.message)")
            if validation.code.count < 7 { print(CodeBookText.pcsTable(table, style: options.style), terminator: "") }
            return
        }
        guard let detail = book.show(code) else {
            let check = book.validate(code)
            if options.json { try options.printJSON(check) } else { print(check.message) }
            throw ExitCode(1)
        }
        if options.json { return try options.printJSON(detail) }
        print(CodeBookText.show(detail, style: options.style), terminator: "")
    }
}
