import ArgumentParser
import CodeSets
import DRGImpact
import Drill
import ExercisePacks
import Foundation
import Installation
import LineEditor
import Presentation
import SafeText

/// The interactive REPL (the default subcommand).
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start the interactive REPL (the default).",
        discussion: "Reads commands from a terminal with line editing, or one per line from a pipe or file."
    )

    @Option(name: .customLong("packs"), help: ArgumentHelp("Another folder of packs.", valueName: "DIR"))
    var packFolders: [String] = []

    @Option(help: ArgumentHelp("Practise as this trainee (remembered for next time).", valueName: "NAME"))
    var trainee: String?

    func run() throws {
        let interactive = isatty(0) == 1 && isatty(1) == 1
        let environment = ProcessInfo.processInfo.environment
        let style = TextStyle(colour: TextStyle.colourAllowed(environment: environment))
        let locations = DataLocations.fromEnvironment()
        var notes: [String] = []

        let book: CodeBook?
        do {
            book = try CodeBook.load(from: locations.codeSetsFolder)
        } catch {
            book = nil
            notes.append("The code book could not be opened (\(error)); lookup and code checks are off.")
        }
        let packSources = locations.packSources(extra: packFolders)
        func loadLibrary() -> PackLibrary {
            PackLibrary.load(packSources: packSources, chartLibraries: [locations.chartsFolder], catalog: book)
        }
        // Reading every pack and chart is most of a start: when none has changed since the last
        // start, the list comes from what that start found, and the packs load when first needed.
        let fingerprint = Self.startFingerprint(packSources: packSources, locations: locations, bookOpened: book != nil)
        let shelf: PackShelf
        if let fingerprint, let cached = StartCache.read(home: locations.home, fingerprint: fingerprint) {
            notes += cached.notes
            shelf = PackShelf(listing: cached.packs) { loadLibrary().usablePacks.map(DrillPack.init) }
        } else {
            let library = loadLibrary()
            var packNotes: [String] = []
            let skipped = library.packs.filter { !library.errors(of: $0).isEmpty }
            let errors = library.diagnostics.filter { $0.severity == .error }
            if !errors.isEmpty {
                // lint's own messages, so the REPL and lint say the same of a pack they refuse.
                let names = skipped.map(\.id).joined(separator: ", ")
                // A pack whose YAML cannot be read is not in `packs`: count the files, not the packs read.
                let files = Set(errors.map(\.file)).count
                let what = skipped.isEmpty ? "\(files) file(s) could not be read" : "\(skipped.count) pack(s) skipped for errors (\(names))"
                packNotes.append("\(what); 'chartdrill lint' lists them all:\n"
                    + errors.prefix(3).map { "  " + TerminalText.inert($0.description) }.joined(separator: "\n"))
            }
            notes += packNotes
            let packs = library.usablePacks.map(DrillPack.init)
            shelf = PackShelf(packs)
            if let fingerprint {
                StartCache(fingerprint: fingerprint, notes: packNotes, packs: packs.map(\.listing)).write(home: locations.home)
            }
        }
        let progress: ProgressAdapter?
        var progressProblem: String?
        do {
            let adapter = try ProgressAdapter(home: locations.home)
            if let trainee, adapter.traineeName != trainee { try adapter.setTraineeName(trainee) }
            progress = adapter
        } catch {
            progress = nil
            // Foundation's file errors say "error 512"; the system's reason underneath is the one to show.
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = underlying.map { String(cString: strerror(Int32($0.code))) }
                ?? ((error as NSError).domain == NSCocoaErrorDomain ? "the folder cannot be created or written" : error.localizedDescription)
            progressProblem = "progress cannot be kept in \(locations.home.path) (\(reason))"
            notes.append("Progress cannot be kept in \(locations.home.path): \(reason). Answers are scored but not saved.")
        }

        let session = DrillSession(
            shelf: shelf, codeBook: book.map { CodeBookAdapter(book: $0, style: style) },
            progress: progress, clock: SystemClock(), settings: Self.settings(style: style),
            drg: DRGService(grouperFolders: locations.grouperFolders(), codeSetsFolder: locations.codeSetsFolder,
                            baseRatesFile: locations.baseRatesFile),
            progressProblem: progressProblem)
        let editor = LineEditor(
            programName: "chartdrill", historyFile: interactive ? locations.historyFile.path : nil)
        editor.completer = { session.completions(before: $0) }
        editor.describer = { session.describe(candidate: $0) }

        for note in notes { FileHandle.standardError.write(Data((note + "\n").utf8)) }
        print(TextLayout.fitToScreen(session.start(askForName: interactive), width: screenWidth()), terminator: "")
        while !session.isFinished {
            let read = editor.read(prompt: session.prompt)
            // Measured after the read: the terminal may have been resized while the line was typed.
            session.settings = Self.settings(style: style)
            switch read {
            case .line(let line):
                editor.addHistory(line)
                // A pasted escape is text, not a command to the terminal the answer is echoed to.
                let output = session.handle(TerminalText.inert(line))
                let width = screenWidth()
                Pager.show(TextLayout.fitToScreen(output, width: width), rows: interactive ? LineEditor.terminalRows() : nil, columns: width)
                editor.saveHistory()
            case .interrupted:
                continue
            case .endOfInput:
                print(TextLayout.fitToScreen(session.endOfInput(), width: screenWidth()), terminator: "")
            }
            fflush(nil)
        }
    }

    /// What a start's packs depend on: every file loading may read, the code sets the keys are
    /// checked against, the executable that reads them and the folder paths are shown from.
    /// Nil when there are too many files to be worth it (no cache is used).
    static func startFingerprint(packSources: [URL], locations: DataLocations, bookOpened: Bool) -> String? {
        let inputs = PackLibrary.inputs(packSources: packSources, chartLibraries: [locations.chartsFolder])
        guard let files = FileFingerprint.of(inputs + (bookOpened ? [locations.codeSetsFolder] : [])) else { return nil }
        let environment = ProcessInfo.processInfo.environment["YAMS_DEFAULT_ENCODING"] ?? ""
        return "chartdrill start 1\ncwd \(FileManager.default.currentDirectoryPath)\nbook \(bookOpened)\nyams \(environment)\n"
            + FileFingerprint.executable + files
    }

    /// Wraps to the terminal's width (at most 100 columns, for reading).
    static func settings(style: TextStyle) -> DrillSession.Settings {
        let columns = LineEditor.terminalColumns() ?? 80
        return DrillSession.Settings(
            width: min(100, max(40, columns - 1)), style: style)
    }
}
