import CodingScore
import Foundation
import ProgressStore
import Testing
import TestSupport

/// `credit` writes only through the store, only to a trainee's document: every refused call
/// leaves the class folder byte for byte as it was, and read-only commands make no files.
@Suite(.serialized) struct CreditSafetyTests {
    /// Ben practised once in the REPL, so the class folder holds only his journal (no
    /// `ben.json` yet): the case an instructor naturally gets wrong.
    func benWithOnlyAJournal() throws -> (home: URL, folder: URL, attemptId: String) {
        let home = try makeTemporaryFolder("credit-safety")
        let run = try runProduct("chartdrill", ["--trainee", "Ben"], input: "drill icd10cm-outpatient\nr07.89\n\nquit\n",
                                 environment: ["CHARTDRILL_HOME": home.path])
        #expect(run.status == 0, "\(run.stderr)")
        let folder = home.appendingPathComponent("progress")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ben.json.journal").path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ben.json").path))
        let id = try #require(try ProgressStore(home: home, trainee: "Ben").load().attempts.first?.id)
        return (home, folder, id)
    }

    /// Every file under `folder` with its bytes (a lock file's bytes aside).
    func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? FileManager.default.enumerator(atPath: "/")! {
            let url = folder.appendingPathComponent(path)
            // A lock file holds only the id of the process that took it last: its presence counts.
            if let data = FileManager.default.contents(atPath: url.path) { files[path] = path.hasSuffix(".lock") ? Data() : data }
        }
        return files
    }

    func credit(_ path: String, _ attempt: String) throws -> CommandResult {
        try runProduct("chartdrill", ["credit", "--progress", path, "--attempt", attempt, "--points", "1", "--why", "defensible", "--by", "kim"])
    }

    @Test func everyRefusedCallLeavesTheRecordUnchanged() throws {
        let (home, folder, id) = try benWithOnlyAJournal()
        defer { try? FileManager.default.removeItem(at: home) }
        let journal = folder.appendingPathComponent("ben.json.journal").path
        let before = snapshot(home)

        let onJournal = try credit(journal, id)
        #expect(onJournal.status == 1)
        #expect(onJournal.stderr.contains("that is the journal of ben.json; pass the folder or \(folder.path)/ben.json. Nothing was changed."))
        let bogus = try credit(journal, "no-such-attempt")
        #expect(bogus.status == 1)
        let bogusInFolder = try credit(folder.path, "no-such-attempt")
        #expect(bogusInFolder.status == 1)
        #expect(bogusInFolder.stderr.contains("no attempt with id no-such-attempt"))
        let lockFile = try credit(folder.appendingPathComponent("ben.json.lock").path, id)
        #expect(lockFile.status == 1)
        #expect(lockFile.stderr.contains("that is the lock file of ben.json"))
        let link = home.appendingPathComponent("link.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: journal)
        let throughLink = try credit(link.path, id)
        #expect(throughLink.status == 1, "a link to the journal is the journal")
        #expect(throughLink.stderr.contains("that is the journal of ben.json"))
        try FileManager.default.removeItem(at: link)
        #expect(snapshot(home) == before, "a refused credit changed the class folder")

        // Ben's record is whole: progress still shows his attempt, and a second read is the same.
        let progress = try runProduct("chartdrill", ["progress", "--trainee", "Ben"], environment: ["CHARTDRILL_HOME": home.path])
        #expect(progress.stdout.contains("1 attempts"), "\(progress.stdout)")
    }

    @Test func theFolderOrTheDocumentIsAccepted() throws {
        let (home, folder, id) = try benWithOnlyAJournal()
        defer { try? FileManager.default.removeItem(at: home) }
        let byFolder = try credit(folder.path, id)
        #expect(byFolder.status == 0, "\(byFolder.stderr)")
        #expect(byFolder.stdout.contains("of Ben"))
        let byDocument = try credit(folder.appendingPathComponent("ben.json").path, id)
        #expect(byDocument.status == 0, "\(byDocument.stderr)")
        let attempt = try #require(try ProgressStore(home: home, trainee: "Ben").load().attempts.first)
        #expect(attempt.overrides.count == 2)
        #expect(attempt.answer == "r07.89", "the original result is kept")
    }

    @Test func aReadOnlyFileIsAClearErrorAndNothingIsLost() throws {
        guard getuid() != 0 else { return }  // root writes through file modes; the lock test below covers root
        let (home, folder, id) = try benWithOnlyAJournal()
        defer { try? FileManager.default.removeItem(at: home) }
        let journal = folder.appendingPathComponent("ben.json.journal").path
        chmod(journal, 0o444)
        let before = snapshot(home)
        let result = try credit(folder.path, id)
        #expect(result.status == 1)
        #expect(snapshot(home) == before)
    }

    @Test func readOnlyCommandsMakeNoFiles() throws {
        let (home, folder, _) = try benWithOnlyAJournal()
        defer { try? FileManager.default.removeItem(at: home) }
        let before = snapshot(home)
        let mistyped = try runProduct("chartdrill", ["progress", "--trainee", "Benn"], environment: ["CHARTDRILL_HOME": home.path])
        #expect(mistyped.status == 1)
        #expect(mistyped.stderr.contains("no progress for 'Benn'"))
        #expect(mistyped.stderr.contains("trainees on file: ben"))
        let report = try runProduct("chartdrill", ["report", "--progress", folder.path])
        #expect(report.status == 0, "\(report.stderr)")
        let export = try runProduct("chartdrill", ["export", "--csv", "--trainee", "Ben"], environment: ["CHARTDRILL_HOME": home.path])
        #expect(export.status == 0)
        #expect(snapshot(home) == before, "a read-only command created or changed a file")
        let empty = try makeTemporaryFolder("empty-home")
        defer { try? FileManager.default.removeItem(at: empty) }
        _ = try runProduct("chartdrill", ["progress"], environment: ["CHARTDRILL_HOME": empty.path])
        #expect((try FileManager.default.contentsOfDirectory(atPath: empty.path)).isEmpty, "progress on a new home made files")
    }
}
