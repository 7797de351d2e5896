import Foundation
import Testing
import TestSupport

/// The REPL on small real terminals (a pseudo-terminal of 60 and 120 columns, 24 rows): no
/// printed line is wider than the terminal and no code is split across lines; after an answer
/// the findings and the score are on the screen together; the pager takes q without Enter and
/// leaves nothing of it in the next prompt.
@Suite(.serialized) struct ScreenFitTests {
    @Test(arguments: [60, 120])
    func everyLineFitsAndTheFeedbackStaysOnScreen(columns: Int) throws {
        let home = try makeTemporaryFolder("fit-\(columns)")
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try PseudoTerminal(
            product: "chartdrill", arguments: ["--trainee", "Robin"],
            environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1", "PAGER": ""], columns: UInt16(columns), rows: 24)
        #expect(terminal.waitFor("chartdrill> "))
        func page(to prompt: String, after mark: Int) {
            // Through the built-in pager, a key at a time, to the next prompt.
            for _ in 0..<40 where !terminal.waitFor(prompt, after: mark, seconds: 0.3) {
                if terminal.output.dropFirst(mark).contains("-- more") { terminal.type(" ") }
            }
        }
        for command in ["packs", "help", "lookup chest pain atypical", "show E11.6", "progress", "pcs 0SR"] {
            let mark = terminal.output.count
            terminal.type(command + "\r")
            page(to: "chartdrill> ", after: mark)
        }
        var mark = terminal.output.count
        terminal.type("drill icd10cm-outpatient\r")
        #expect(terminal.waitFor("-- more", after: mark), "the chart is taller than 24 rows")
        terminal.type("q")   // no Enter
        #expect(terminal.waitFor("icd10cm-outpatient 1/37> ", after: mark), "q took effect without Enter")
        let afterPager = terminal.output.dropFirst(mark)
        #expect(!afterPager.contains("1/37> q"), "the pager's key does not reach the next prompt")

        mark = terminal.output.count
        terminal.type("r07.9, e78.5\r")
        #expect(terminal.waitFor("0.75 of 1 point", after: mark))
        let feedback = String(terminal.output.dropFirst(mark))
        let screen = feedback.components(separatedBy: "-- more").first ?? feedback
        // The echoed answer and the first page, up to the pager's prompt (which starts a line).
        let screenLines = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(screenLines.count <= 24, "the first screen of feedback fits the terminal")
        #expect(screen.contains("~ specificity R07.9") && screen.contains("0.75 of 1 point"),
                "the findings and the score are on the first screen together:\n\(screen)")
        page(to: "1/37> ", after: mark + screen.count)
        terminal.type("quit\r")
        _ = terminal.waitForExit()

        // The pager's prompt is erased in place (CR, erase line); with escapes stripped it would
        // seem to run into the next line, so it is taken out before lines are measured.
        let shown = terminal.output
            .replacingOccurrences(of: "-- more: space next page · Enter next line · b back · q quit --", with: "")
            .replacingOccurrences(of: "-- more: space, Enter, b(ack), q(uit) --", with: "")
        let lines = shown.split(separator: "\n", omittingEmptySubsequences: false)
        let wide = lines.filter { $0.count > columns }
        #expect(wide.isEmpty, "\(wide.count) lines wider than \(columns) columns:\n\(wide.prefix(5).joined(separator: "\n"))")
        // A code split across lines leaves a line that ends in a letter and digit(s) of a code
        // and a next line that starts with its rest.
        var split: [String] = []
        for (line, next) in zip(lines, lines.dropFirst()) {
            guard let last = line.split(separator: " ").last, let first = next.split(separator: " ").first else { continue }
            if last.count <= 3, last.first?.isUppercase == true, last.dropFirst().allSatisfy(\.isNumber), !last.dropFirst().isEmpty,
               first.first == "." || first.first?.isNumber == true, next.first != " " {
                split.append("\(line) / \(next)")
            }
        }
        #expect(split.isEmpty, "\(split)")
    }

    /// Subcommands page as the REPL does: a long `show` on a 24-row terminal waits at the
    /// pager, and q ends it without Enter.
    @Test func aLongSubcommandOutputIsPagedAndQEndsIt() throws {
        let terminal = try PseudoTerminal(
            product: "chartdrill", arguments: ["pcs", "0SR"], environment: ["NO_COLOR": "1", "PAGER": ""], columns: 80, rows: 24)
        #expect(terminal.waitFor("-- more"), "\(terminal.output.suffix(400))")
        #expect(terminal.waitForExit(seconds: 0.5) == nil, "it waits at the pager")
        terminal.type("q")
        #expect(terminal.waitForExit() == 0)
        let lines = terminal.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 || $0.hasPrefix("-- more") })
    }
}
