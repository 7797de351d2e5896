import ArgumentParser
import CodeSets
import Presentation

/// `chartdrill lookup WORDS...`: ranked search of the code book.
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find ICD-10-CM codes (or, with --pcs, ICD-10-PCS tables and codes) by words, as a coder writes them (CHF, T2DM, fx, lap appy ...).")

    @Argument(help: "Words to search for.")
    var words: [String]

    @Option(name: .shortAndLong, help: "How many results.")
    var limit = 10

    @Flag(help: "Search ICD-10-PCS: the PCS Index and the tables' body part, approach, device and qualifier values.")
    var pcs = false

    @OptionGroup var options: CodeBookOptions

    /// What `--json` prints when nothing matched: no hits, and the nearest index terms.
    struct NoMatch: Encodable {
        var query: String
        var hits: [String] = []
        var didYouMean: [String]
    }

    func run() throws {
        let book = try options.open()
        let query = words.joined(separator: " ")
        if pcs {
            let hits = book.pcsLookup(query, limit: limit)
            if !hits.isEmpty {
                if options.json { return try options.printJSON(hits) }
                return emit(CodeBookText.pcsLookup(hits, style: options.style, width: screenWidth()))
            }
        } else {
            let hits = book.lookup(query, limit: limit)
            if !hits.isEmpty {
                if options.json { return try options.printJSON(hits) }
                return emit(CodeBookText.lookup(hits, style: options.style, width: screenWidth()))
            }
        }
        let suggestions = book.suggestions(for: query, pcs: pcs)
        if options.json {
            try options.printJSON(NoMatch(query: query, didYouMean: suggestions))
        } else {
            print(CodeBookText.noMatch(query, suggestions: suggestions, style: options.style, pcs: pcs), terminator: "")
        }
        throw ExitCode(1)
    }
}
