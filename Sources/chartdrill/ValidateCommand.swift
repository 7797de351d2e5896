import ArgumentParser
import CodeSets

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
        let results = codes.map { book.validate($0) }
        if options.json {
            try options.printJSON(results)
        } else {
            let style = options.style
            for r in results {
                let mark = r.reportable ? style.good("ok ") : style.bad("no ")
                let system = r.system?.displayName ?? "?"
                print("\(mark) \(style.bold(r.code))  \(system)  \(r.message)" + (r.title.map { "\n    \($0)" } ?? ""))
            }
        }
        if results.contains(where: { !$0.reportable }) { throw ExitCode(1) }
    }
}
