import Foundation
import Testing
import TestSupport

@testable import ProgressStore

@Suite struct DamagedFileTests {
    /// Writes `bytes` as the document, loads, and checks: the bytes are kept aside exactly,
    /// the caller is warned, practice goes on with a fresh document.
    func checkMovedAside(_ bytes: Data, reasonContains: String) throws {
        let folder = try TemporaryFolder("damaged")
        defer { folder.remove() }
        let url = folder.file("p.json")
        try bytes.write(to: url)
        let store = try ProgressStore(documentURL: url, clock: FixedClock(date: baseDate).now)
        let document = try store.load()
        #expect(document.attempts.isEmpty)
        let warnings = store.takeWarnings()
        #expect(warnings.count == 1)
        let moved = try #require(warnings.first?.movedTo)
        #expect(moved.lastPathComponent == "p.json.damaged-20250615T150640Z")
        #expect(try Data(contentsOf: moved) == bytes)
        #expect(warnings[0].reason.contains(reasonContains), "\(warnings[0].reason)")
        #expect(warnings[0].description.contains(moved.path))

        try store.record(sampleAttempt("after"))
        try store.compact()
        #expect(try ProgressStore(documentURL: url).load().attempts.map(\.id) == ["after"])
        #expect(try Data(contentsOf: moved) == bytes)
    }

    func validDocument() throws -> Data {
        let document = ProgressDocument(trainee: "Ana", attempts: (0..<5).map { sampleAttempt("v\($0)") })
        return try SnapshotCodec.encode(document, savedAt: baseDate)
    }

    // MARK: - Every kind of damage

    @Test func truncatedDocument() throws {
        let whole = try validDocument()
        try checkMovedAside(whole.prefix(whole.count * 2 / 3), reasonContains: "cut short")
    }

    @Test func truncatedInsideTheHeader() throws {
        try checkMovedAside(try validDocument().prefix(30), reasonContains: "not JSON")
    }

    @Test func emptyDocument() throws {
        try checkMovedAside(Data(), reasonContains: "empty")
    }

    @Test func notJSON() throws {
        try checkMovedAside(Data("attempts: lots\n\u{00}\u{01}".utf8), reasonContains: "not JSON")
    }

    @Test func futureSchemaVersion() throws {
        try checkMovedAside(Data(#"{"schemaVersion":9,"attempts":[],"hologram":true}"#.utf8), reasonContains: "newer")
    }

    @Test func wrongTypes() throws {
        let text = String(decoding: try validDocument(), as: UTF8.self)
            .replacingOccurrences(of: #""points":1"#, with: #""points":"one""#)
        try checkMovedAside(Data(text.utf8), reasonContains: "points")
    }

    @Test func wrongTopLevel() throws {
        try checkMovedAside(Data("[1,2,3]".utf8), reasonContains: "not a JSON object")
    }

    // MARK: - The journal

    @Test func aTornLastJournalLineIsIgnoredKeptAsideAndNeverWrittenOver() throws {
        let folder = try TemporaryFolder("torn")
        defer { folder.remove() }
        let url = folder.file("p.json")
        let writer = try ProgressStore(documentURL: url)
        for index in 0..<3 { try writer.record(sampleAttempt("t\(index)")) }
        let journal = writer.journalURL
        let torn = Data(#"{"op":"attempt","seq":4,"attempt":{"id":"t3","ti"#.utf8)
        let handle = try FileHandle(forWritingTo: journal)
        handle.seekToEndOfFile()
        handle.write(torn)
        try handle.close()
        let original = try Data(contentsOf: journal)

        // Recording first: the torn bytes are kept aside, the new line goes after the whole ones.
        let store = try ProgressStore(documentURL: url, clock: FixedClock(date: baseDate).now)
        try store.record(sampleAttempt("t-next"))
        let warnings = store.takeWarnings()
        let aside = try #require(warnings.first?.movedTo)
        #expect(aside.lastPathComponent.hasPrefix("p.json.journal.torn-"))
        #expect(try Data(contentsOf: aside) == original)
        #expect(try store.load().attempts.map(\.id) == ["t0", "t1", "t2", "t-next"])
    }

    @Test func aTornLineFoundOnLoadIsKeptAside() throws {
        let folder = try TemporaryFolder("torn-load")
        defer { folder.remove() }
        let url = folder.file("p.json")
        let writer = try ProgressStore(documentURL: url)
        try writer.record(sampleAttempt("k0"))
        var bytes = try Data(contentsOf: writer.journalURL)
        bytes.append(Data(#"{"seq":2,"op":"att"#.utf8))
        try bytes.write(to: writer.journalURL)

        let store = try ProgressStore(documentURL: url)
        #expect(try store.load().attempts.map(\.id) == ["k0"])
        let aside = try #require(store.takeWarnings().first?.movedTo)
        #expect(try Data(contentsOf: aside) == bytes)
        try store.record(sampleAttempt("k1"))
        #expect(try ProgressStore(documentURL: url).load().attempts.map(\.id) == ["k0", "k1"])
    }

    @Test func anUnreadableJournalLineIsReportedAndTheRestKept() throws {
        let folder = try TemporaryFolder("bad-line")
        defer { folder.remove() }
        let url = folder.file("p.json")
        let writer = try ProgressStore(documentURL: url)
        try writer.record(sampleAttempt("b0"))
        var bytes = try Data(contentsOf: writer.journalURL)
        bytes.append(Data("garbage that is not a change\n".utf8))
        try bytes.write(to: writer.journalURL)
        try writer.record(sampleAttempt("b1"))
        let original = try Data(contentsOf: writer.journalURL)

        let store = try ProgressStore(documentURL: url)
        #expect(try store.load().attempts.map(\.id) == ["b0", "b1"])
        let warning = try #require(store.takeWarnings().first)
        #expect(warning.reason.contains("line 2 could not be read as changes"))
        #expect(warning.description.contains("its 2 readable changes were kept"), "\(warning.description)")
        #expect(!warning.description.contains("fresh document"), "the attempts were kept, and the warning says so")
        #expect(try Data(contentsOf: #require(warning.movedTo)) == original)
    }

    /// A journal with thousands of bad lines gives one short warning, not every line number.
    @Test func manyUnreadableLinesAreSummarisedInOneShortWarning() throws {
        let folder = try TemporaryFolder("many-bad")
        defer { folder.remove() }
        let url = folder.file("p.json")
        let writer = try ProgressStore(documentURL: url)
        try writer.record(sampleAttempt("m0"))
        var bytes = try Data(contentsOf: writer.journalURL)
        for _ in 0..<5_000 { bytes.append(Data("not a change\n".utf8)) }
        try bytes.write(to: writer.journalURL)

        let store = try ProgressStore(documentURL: url)
        #expect(try store.load().attempts.map(\.id) == ["m0"])
        let warning = try #require(store.takeWarnings().first)
        #expect(warning.reason.contains("5,000 lines (2, 3, 4, … 5,001)"), "\(warning.reason)")
        #expect(warning.description.count < 600)
    }

    // MARK: - Migration

    @Test func aVersion1DocumentMigratesForwardAndTheOriginalIsKept() throws {
        let folder = try TemporaryFolder("migrate")
        defer { folder.remove() }
        let url = folder.file("p.json")
        let v1 = Data(
            """
            {"schemaVersion":1,"trainee":"Old Timer","attempts":[
              {"id":"old-1","date":1700000000,"pack":"icd10cm-outpatient","packVersion":"0.9.0","item":"htn",
               "answer":"I10","findings":[{"kind":"correct","code":"I10","key":"I10"}],"points":1,"maxPoints":1,"secondsSpent":42},
              {"id":"old-2","date":1700000100,"pack":"icd10cm-outpatient","packVersion":"0.9.0","item":"ckd",
               "answer":"N18.9","findings":[{"kind":"specificity","code":"N18.9","key":"N18.4"}],"points":0,"maxPoints":1,"secondsSpent":65}
            ]}
            """.utf8)
        try v1.write(to: url)
        let store = try ProgressStore(documentURL: url, clock: FixedClock(date: baseDate).now)
        let document = try store.load()
        #expect(document.trainee == "Old Timer")
        #expect(document.attempts.map(\.id) == ["old-1", "old-2"])
        #expect(document.attempts[0].mode == .drill)
        #expect(document.attempts[0].seconds == 42)
        #expect(document.attempts[0].chartCorrect)
        #expect(!document.attempts[1].chartCorrect)
        #expect(document.attempts[1].findings[0].entered == "N18.9")
        #expect(document.attempts[1].time == Date(timeIntervalSince1970: 1_700_000_100))
        #expect(store.takeWarnings().isEmpty)

        let backup = folder.file("p.json.schema1-20250615T150640Z")
        #expect(try Data(contentsOf: backup) == v1)
        let rewritten = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        #expect(rewritten?["schemaVersion"] as? Int == ProgressDocument.currentSchemaVersion)
    }

    @Test func aMigrationStepRunsOnTheJSONObject() throws {
        var object: [String: Any] = [
            "schemaVersion": 1,
            "attempts": [["id": "x", "date": 5.0, "secondsSpent": 3, "findings": [["kind": "extra", "code": "Z00.00"]]]],
        ]
        try SchemaMigration.migrate(&object, from: 1)
        let attempt = try #require((object["attempts"] as? [[String: Any]])?.first)
        #expect(object["schemaVersion"] as? Int == ProgressDocument.currentSchemaVersion)
        #expect(attempt["time"] as? Double == 5)
        #expect(attempt["date"] == nil)
        #expect(attempt["chartCorrect"] as? Bool == false)
        #expect((attempt["findings"] as? [[String: Any]])?.first?["entered"] as? String == "Z00.00")
    }
}

/// Numbers no real file holds: an impossible value makes the file damaged, never a crash.
@Suite struct ImpossibleNumberTests {
    @Test func aSequenceNumberOfIntMaxIsSetAsideAndTheNextAnswerIsKept() throws {
        let folder = try TemporaryFolder("intmax")
        defer { folder.remove() }
        let url = folder.file("p.json")
        let line = #"{"op":"trainee","seq":9223372036854775807,"trainee":"Max"}"# + "\n"
        try Data(line.utf8).write(to: URL(fileURLWithPath: url.path + ".journal"))
        let store = try ProgressStore(documentURL: url)
        try store.record(sampleAttempt("after"))
        let reopened = try ProgressStore(documentURL: url)
        #expect(try reopened.load().attempts.map(\.id) == ["after"])
        // The bytes of the impossible line were kept aside.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(names.contains { $0.contains("damaged") }, "\(names)")
    }

    @Test func aDocumentClaimingAnImpossibleSequenceIsDamaged() throws {
        let folder = try TemporaryFolder("intmax-doc")
        defer { folder.remove() }
        let url = folder.file("p.json")
        let text = #"{"schemaVersion":2,"journalSeq":9223372036854775807,"examSessions":[],"#
            + "\n" + #""attempts":[]}"#
        try Data(text.utf8).write(to: url)
        let store = try ProgressStore(documentURL: url)
        try store.record(sampleAttempt("kept"))
        #expect(try ProgressStore(documentURL: url).load().attempts.map(\.id) == ["kept"])
    }
}
