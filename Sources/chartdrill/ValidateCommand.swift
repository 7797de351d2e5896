import ArgumentParser
import CodeSets
import Presentation

/// `chartdrill validate CODE...`: which system, whether it exists, whether it is reportable.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check codes: system, existence, reportable or header, what is missing.",
        discussion: "Exits non-zero when any code is not reportable. Prefix a code with cm:, pcs:, cpt: or hcpcs: to settle its system.")

    @Argument(help: "Codes as you would type them (E11.65, e1165, 0SR9019, cpt:99213).")
    var codes: [String]

    @OptionGroup var options: CodeBookOptions

    func run() throws {
        let book = try options.open()
        let results = book.validateAll(codes.joined(separator: " "))
        if options.json {
            try options.printJSON(results)
        } else {
            print(CodeBookText.validation(results, style: options.style), terminator: "")
        }
        if results.contains(where: { !$0.reportable }) { throw ExitCode(1) }
    }
}
