import Foundation
import Testing
import TestSupport

/// A pack that `lint` rejects is rejected by every command that loads it, with lint's message.
@Suite struct RejectedPackTests {
    @Test func aHeaderCodeInAKeyIsRefusedByLintTheREPLAndGradeAlike() throws {
        let folder = try makeTemporaryFolder("header-key")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pack = folder.appendingPathComponent("header-key")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try """
        id: header-key
        title: A key with a header code
        version: 1.0.0
        author: tests
        description: The key holds E11.6, a subcategory.
        codeSet: FY2026
        mode: drill
        codeBook: true
        items:
          - id: q1
            chart: om-colles-fracture-initial
            task: Assign the ICD-10-CM codes.
            systems: [icd10cm]
            key:
              - E11.6
            rationale: Wrong on purpose.
            tags: [chapter:04]
        """.write(to: pack.appendingPathComponent("pack.yaml"), atomically: true, encoding: .utf8)
        let message = "pack.yaml:15:9: error: E11.6 is not reportable: E11.6 is a subcategory"

        let lint = try runProduct("chartdrill", ["lint", pack.path])
        #expect(lint.status != 0 && lint.stdout.contains(message), "\(lint.stdout)")

        let environment = ["CHARTDRILL_HOME": folder.appendingPathComponent("home").path, "NO_COLOR": "1"]
        let repl = try runProduct("chartdrill", ["--trainee", "Ana", "--packs", pack.path],
                                  input: "drill header-key\nE11.6\nquit\n", environment: environment)
        #expect(repl.stderr.contains("skipped for errors (header-key)") && repl.stderr.contains(message), "\(repl.stderr)")
        #expect(!repl.stdout.contains("correct"), "the pack is not offered, so nothing is marked correct")

        let answers = folder.appendingPathComponent("answers.jsonl")
        try #"{"trainee":"Ana","item":"q1","answer":"E11.6"}"#.write(to: answers, atomically: true, encoding: .utf8)
        let grade = try runProduct("chartdrill", ["grade", "--pack", "header-key", "--packs", pack.path, "--answers", answers.path])
        #expect(grade.status == 1 && grade.stderr.contains(message), "\(grade.stderr)")
    }
}
