import Foundation
import Testing
import TestSupport

/// What an answer accepts, the other readers accept, through the binary.
@Suite struct AnswerSyntaxTests {
    @Test func validateReadsModifiersAndUnitsAsAnAnswerDoes() throws {
        let result = try runProduct("chartdrill", ["validate", "99213-25", "J1885", "x", "2", "20610-RT"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("99213  CPT") && result.stdout.contains("with modifier 25"))
        #expect(result.stdout.contains("J1885  HCPCS") && result.stdout.contains("with 2 units"), "\(result.stdout)")
        #expect(!result.stdout.contains("J18.85"), "units are not read into an ICD-10-CM code")
        let home = try makeTemporaryFolder("validate-repl")
        defer { try? FileManager.default.removeItem(at: home) }
        let repl = try runProduct("chartdrill", ["--trainee", "Ana"], input: "validate J1885 x 2, 99213-25\nquit\n",
                                  environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"])
        let lines = repl.stdout.split(separator: "\n").filter { $0.hasPrefix("ok ") || $0.hasPrefix("no ") }
        #expect(lines.count == 2 && repl.stdout.contains("with 2 units"), "the REPL's validate reads as the subcommand does: \(lines)")
    }

    @Test func oneCodeOnEachSideIsNotADuplicateEvenWhenBothAreWrong() throws {
        let home = try makeTemporaryFolder("sides")
        defer { try? FileManager.default.removeItem(at: home) }
        let script = "drill outpatient-procedures\n20610-RT, 20610-LT, 96372 x 2\n\nquit\n"
        let result = try runProduct("chartdrill", ["--trainee", "Robin"], input: script,
                                    environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"])
        #expect(result.stdout.contains("Read: 20610-RT (CPT), 20610-LT (CPT), 96372 x2 (CPT)"), "\(result.stdout.suffix(1200))")
        #expect(!result.stdout.contains("entered twice"), "\(result.stdout.suffix(1200))")
    }
}

/// A multiple-choice item is answered by its own option letters in every reader.
@Suite struct ChoiceLetterTests {
    @Test func aFiveOptionItemTakesEInTheREPLAndInGrade() throws {
        let folder = try makeTemporaryFolder("five-options")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("five")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try """
        id: five-options
        title: Five options
        version: 1.0.0
        author: tests
        description: A multiple-choice item with five options.
        codeSet: FY2026
        mode: drill
        codeBook: false
        items:
          - id: q1
            type: multiple-choice
            question: Which suffix means surgical removal?
            options:
              A: -otomy
              B: -ostomy
              C: -plasty
              D: -rrhaphy
              E: -ectomy
            answer: E
            rationale: Excision is removal; the others cut into, open, reshape or suture.
            tags: [domain:terminology]
        """.write(to: pack.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        let environment = ["CHARTDRILL_HOME": folder.appendingPathComponent("home").path, "NO_COLOR": "1"]
        let session = try runProduct("chartdrill", ["--trainee", "Ana", "--packs", pack.path],
                                     input: "drill five-options\nF\ne\nquit\n", environment: environment)
        #expect(session.stdout.contains("Type A, B, C, D or E."), "\(session.stdout.suffix(800))")
        #expect(session.stdout.contains("All correct."), "\(session.stdout.suffix(800))")
        let answers = folder.appendingPathComponent("answers.jsonl")
        try #"{"trainee":"Ana","item":"q1","answer":"e"}"#.write(to: answers, atomically: true, encoding: .utf8)
        let graded = try runProduct("chartdrill", ["grade", "--pack", "five-options", "--packs", pack.path, "--answers", answers.path])
        #expect(graded.stdout.split(separator: "\n").contains { $0.hasPrefix("  Ana ") && $0.contains("100.0") }, "\(graded.stdout)")
    }
}
