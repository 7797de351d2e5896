import ArgumentParser
import CodeSets
import Presentation

/// `chartdrill index WORDS...`: walk the Alphabetic Index from a main term.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Walk the Alphabetic Index: main term first, then subterms (index fracture radius distal).")

    @Argument(help: "The main term, then subterms.")
    var words: [String]

    @Flag(name: .long, help: "Search the External Cause Index.")
    var external = false

    @Flag(name: .long, help: "Search the ICD-10-PCS Index.")
    var pcs = false

    @Option(name: .shortAndLong, help: "How many paths.")
    var limit = 8

    @OptionGroup var options: CodeBookOptions

    func run() throws {
        let book = try options.open()
        let matches = book.index(words.joined(separator: " "), source: pcs ? "pcs" : external ? "external" : "index", limit: limit)
        if options.json {
            // Nothing found exits 1 in both modes, as the text does.
            try options.printJSON(matches)
            if matches.isEmpty { throw ExitCode(1) }
            return
        }
        if matches.isEmpty { print("no main term for \"\(words.first ?? "")\""); throw ExitCode(1) }
        emit(CodeBookText.index(matches, style: options.style) + "\n")
    }
}
