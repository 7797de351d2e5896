import ArgumentParser
import CodeSets
import Drill

/// `chartdrill lookup WORDS...`: ranked search of the code book.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find ICD-10-CM codes by words, as a coder writes them (CHF, T2DM, fx ...).")

    @Argument(help: "Words to search for.")
    var words: [String]

    @Option(name: .shortAndLong, help: "How many results.")
    var limit = 10

    @OptionGroup var options: CodeBookOptions

    func run() throws {
        let book = try options.open()
        let hits = book.lookup(words.joined(separator: " "), limit: limit)
        if options.json { return try options.printJSON(hits) }
        if hits.isEmpty { print("no match for \"\(words.joined(separator: " "))\""); throw ExitCode(1) }
        print(CodeBookText.lookup(hits, style: options.style), terminator: "")
    }
}
