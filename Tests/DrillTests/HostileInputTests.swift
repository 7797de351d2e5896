import ClassReports
import CodingScore
import Drill
import ExercisePacks
import Foundation
@testable import ProgressStore
import SafeText
import Testing
import TestSupport

/// Packs and progress files are untrusted: hostile text is refused by lint, and whatever
/// reaches a screen (the REPL, the terminal report) reaches it inert.
@Suite struct HostileInputTests {
    /// What an attacker writes into a pack: raw and as YAML escapes.
    static let payloads: [(raw: String, yamlEscape: String)] = [
        ("\u{1B}]52;c;aGVsbG8=\u{07}", "\\e]52;c;aGVsbG8=\\a"),  // write the clipboard
        ("\u{1B}[2J\u{1B}[H", "\\e[2J\\e[H"),  // clear the screen
        ("\u{9B}31m", "\\x9b31m"),  // one-byte CSI
        ("safe\u{202E}txt.exe", "safe\\u202Etxt.exe"),  // right-to-left override
        ("a\rOVERWRITTEN", "a\\rOVERWRITTEN"),
        ("\u{1B}P+q\u{1B}\\", "\\eP+q\\e\\\\"),  // DCS
    ]

    static func pack(title: String, question: String, rationale: String, option: String) -> String {
        """
        id: hostile
        title: "\(title)"
        version: 1.0.0
        author: x
        items:
          - id: q1
            type: multiple-choice
            question: "\(question)"
            options:
              A: "\(option)"
              B: two
              C: three
              D: four
            answer: A
            rationale: "\(rationale)"
        """
    }

    static func assertInert(_ text: String, _ context: String) {
        let bad = text.unicodeScalars.first { TerminalText.isUnsafe($0) }
        #expect(bad == nil, "\(context): U+\(String(bad?.value ?? 0, radix: 16)) reached the screen")
    }

    @Test func lintRefusesEveryPayloadAndTheReplShowsWhatSlipsByInert() throws {
        for (index, payload) in Self.payloads.enumerated() {
            let text = Self.pack(title: "T \(payload.yamlEscape)", question: "Q \(payload.yamlEscape)?",
                                 rationale: "R \(payload.yamlEscape)", option: "O \(payload.yamlEscape)")
            let (pack, diagnostics) = PackParser(catalog: ShapeOnlyCatalog()).parse(text, file: "pack.yaml")
            let flagged = diagnostics.filter { $0.severity == .error && $0.message.contains("could drive the trainee's terminal") }
            #expect(flagged.count >= 4, "payload \(index): \(diagnostics)")
            #expect(flagged.allSatisfy { $0.location.line > 1 && $0.location.column >= 1 })
            // Even loaded regardless of the errors, nothing reaches the screen as a control.
            let drillPack = DrillPack(try #require(pack))
            let session = DrillSession(packs: [drillPack], codeBook: nil, progress: nil, clock: ManualClock())
            var shown = session.start(askForName: false)
            for line in ["drill hostile", "B", "list", "help", "menu"] { shown += session.handle(line) }
            Self.assertInert(shown, "payload \(index)")
            #expect(shown.contains("^") || shown.contains("<U+"), "payload \(index): shown visibly")
        }
    }

    @Test func rawControlCharactersAndAFileSavedOnWindows() {
        let raw = Self.pack(title: "T", question: "Q", rationale: "R \u{1B}[2J", option: "O")
        let found = PackParser(catalog: ShapeOnlyCatalog()).parse(raw, file: "p.yaml").diagnostics
        #expect(found.contains { $0.message.hasPrefix("ESC (U+001B)") || $0.message.contains("ESC (U+001B)") })
        let windows = Self.pack(title: "T", question: "Q", rationale: "R", option: "O").replacingOccurrences(of: "\n", with: "\r\n")
        let clean = PackParser(catalog: ShapeOnlyCatalog()).parse(windows, file: "p.yaml").diagnostics
        #expect(!clean.contains { $0.message.contains("could drive") }, "CRLF line ends are not an attack: \(clean)")
    }

    /// Random hostile packs: payloads, invalid bytes, huge strings and nesting in random
    /// fields. Nothing crashes, and nothing the REPL prints holds a control character.
    @Test func randomHostilePacksNeverReachTheScreen() throws {
        var generator = SeededGenerator(seed: 13)
        let pieces = Self.payloads.flatMap { [$0.raw, $0.yamlEscape] } + [
            String(repeating: "x", count: 20_000), "\u{0}", "\u{FEFF}", "[[[[[[", "&a [*a, *a]", "\\u0000", "\u{85}",
        ]
        for round in 0..<300 {
            func piece() -> String { pieces[Int.random(in: 0..<pieces.count, using: &generator)] }
            let text = Self.pack(title: piece(), question: piece() + piece(), rationale: piece(), option: piece())
            let (pack, _) = PackParser(catalog: ShapeOnlyCatalog()).parse(text, file: "pack.yaml")
            guard let pack else { continue }
            let session = DrillSession(packs: [DrillPack(pack)], codeBook: nil, progress: nil, clock: ManualClock())
            var shown = session.start(askForName: false)
            for line in ["drill hostile", "A", "", "menu"] { shown += session.handle(line) }
            Self.assertInert(shown, "round \(round)")
        }
    }

    @Test func aHostileProgressFileIsInertInTheTerminalReportAndEscapedInHTML() throws {
        let attempt = Attempt(
            time: Date(timeIntervalSince1970: 1_780_000_000), mode: .drill, packId: "p\u{1B}[2J", packVersion: "1",
            itemId: "i\u{202E}", answer: "<script>alert(1)</script> \u{1B}]52;c;x\u{07}",
            findings: [AttemptFinding(kind: .extra, entered: "\u{1B}[31mX")], points: 0, maxPoints: 1, chartCorrect: false,
            seconds: 1)
        let trainee = TraineeProgress(
            file: URL(fileURLWithPath: "/class/\u{1B}[2Jevil.json"), trainee: "Eve \u{1B}[2J<b>",
            document: ProgressDocument(trainee: "Eve", attempts: [attempt]))
        let report = ClassReport(trainees: [trainee])
        Self.assertInert(TerminalReport(report, colour: false).render(), "terminal report")
        let html = HTMLReport(report).render()
        Self.assertInert(html, "html report")
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("Eve ^[[2J&lt;b&gt;"), "the name is shown, inert and escaped")
    }

    /// The real binary on a real terminal: the bytes written to the terminal hold no hostile
    /// sequence, from a pack (refused and skipped) or a progress file (shown inert).
    @Test func onATerminalTheRawBytesHoldNoHostileSequence() throws {
        let home = try makeTemporaryFolder("hostile-pty")
        defer { try? FileManager.default.removeItem(at: home) }
        let packs = home.appendingPathComponent("packs/hostile")
        try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
        try Self.pack(title: "Evil \\e]52;c;aGVsbG8=\\a", question: "Q \\e[2J", rationale: "R", option: "O")
            .write(to: packs.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        // A trainee name with an escape, as a damaged or hostile progress file would hold it.
        try ProgressStore(home: home, trainee: "Eve").setTrainee("Eve \u{1B}]52;c;aGVsbG8=\u{07}")
        try Data("Eve\n".utf8).write(to: home.appendingPathComponent("trainee"))
        let terminal = try PseudoTerminal(
            product: "chartdrill", environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"], columns: 100, rows: 40,
            viaSetsid: true)
        #expect(terminal.waitFor("chartdrill> "), "\(terminal.output)")
        let mark = terminal.output.count
        terminal.type("drill hostile\r")
        #expect(terminal.waitFor("chartdrill> ", after: mark))
        terminal.type("quit\r")
        _ = terminal.waitForExit()
        let raw = terminal.rawOutput
        #expect(!raw.contains("\u{1B}]52"), "the clipboard sequence reached the terminal")
        #expect(!raw.contains("\u{1B}[2J"), "the clear-screen sequence reached the terminal")
        #expect(raw.contains("Welcome back, Eve ^[]52;c;aGVsbG8=^G"), "\(PseudoTerminal.stripEscapes(raw))")
        #expect(raw.contains("1 pack(s) skipped for errors (hostile)") && raw.contains("error: this text reads as ESC"))
    }
}

@Suite struct PackLimitTests {
    @Test func aBillionLaughsPackIsRefusedQuickly() {
        var lines = ["id: laughs", "title: t", "items:", "  - id: a", "    type: multiple-choice", "    question: &a0 \"lol\""]
        for level in 1...12 { lines.append("    x\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]") }
        let found = PackParser(catalog: ShapeOnlyCatalog()).parse(lines.joined(separator: "\n"), file: "p.yaml").diagnostics
        #expect(found.contains { $0.message.contains("too large or too deeply nested") })
    }

    @Test func tooManyItemsAreRefused() {
        var text = "id: big\ntitle: t\nversion: 1\nauthor: x\nitems:\n"
        for index in 0...PackParser.maximumItems {
            text += "  - {id: q\(index), type: multiple-choice, question: Q, options: {A: a, B: b, C: c, D: d}, answer: A, rationale: r}\n"
        }
        let (pack, found) = PackParser(catalog: ShapeOnlyCatalog()).parse(text, file: "p.yaml")
        #expect(found.contains { $0.message == "the pack has 2001 items; a pack holds at most 2000" })
        #expect(pack?.items.count == PackParser.maximumItems)
    }
}

/// An answer far longer than any claim is refused before it is parsed or saved.
@Suite struct LongAnswerTests {
    @Test func aMegabyteAnswerIsRefusedAndNothingIsSaved() throws {
        let home = try makeTemporaryFolder("long-answer")
        defer { try? FileManager.default.removeItem(at: home) }
        let script = "drill icd10cm-outpatient\n" + String(repeating: "x", count: 1_000_000) + "\n"
            + String(repeating: "E11.9 ", count: 30_000) + "\nr07.89\n\nquit\n"
        let result = try runProduct("chartdrill", ["--trainee", "Long"], input: script, environment: ["CHARTDRILL_HOME": home.path])
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "Not taken: the answer is").count - 1 == 2)
        #expect(result.stdout.contains("an answer holds at most 100000"))
        // Only the real answer is kept.
        #expect(try ProgressStore(home: home, trainee: "Long").load().attempts.map(\.answer) == ["r07.89"])
    }
}
