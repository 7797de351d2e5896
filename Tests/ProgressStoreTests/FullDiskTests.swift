import Foundation
import ProgressStore
import Testing
import TestSupport

/// The store on a real disk that fills up (a small tmpfs, the kernel's own ENOSPC): a change
/// that cannot be written is refused whole and said to be refused; one that was written is
/// kept even when the compaction after it fails; nothing confirmed earlier is touched.
@Suite(.serialized, .enabled(if: SmallDisk.available, "mounting a tmpfs needs root, as make test has"))
struct FullDiskTests {
    @Test func aRecordThatFindsNoSpaceIsRefusedWholeAndEarlierAttemptsStay() throws {
        let disk = try SmallDisk(kilobytes: 256)
        defer { disk.remove() }
        let url = disk.url.appendingPathComponent("ana.json")
        let store = try ProgressStore(documentURL: url)
        try store.record(sampleAttempt("a1"))
        try store.record(sampleAttempt("a2"))
        try store.compact()   // the journal is empty: the next line needs a fresh page
        disk.fill()

        var refused: ProgressError?
        do { try store.record(sampleAttempt("a3")) } catch let error as ProgressError { refused = error }
        let message = try #require(refused).description
        #expect(message.contains("No space left on device") && message.contains("The disk is full: free some space"), "\(message)")

        let journal = (try? Data(contentsOf: URL(fileURLWithPath: url.path + ".journal"))) ?? Data()
        #expect(journal.isEmpty || journal.last == UInt8(ascii: "\n"), "no torn line is left in the journal")
        #expect(try ProgressStore(documentURL: url).load().attempts.map(\.id) == ["a1", "a2"])

        disk.free()
        try store.record(sampleAttempt("a3"))
        #expect(try ProgressStore(documentURL: url).load().attempts.map(\.id) == ["a1", "a2", "a3"])
    }

    @Test func anAnswerWrittenBeforeACompactionThatFindsNoSpaceIsKeptAndSaidToBeKept() throws {
        let disk = try SmallDisk(kilobytes: 256)
        defer { disk.remove() }
        let url = disk.url.appendingPathComponent("ana.json")
        try ProgressStore(documentURL: url).record(sampleAttempt("a1"))   // the journal's page has room left
        disk.fill()

        // Every change now passes the compaction threshold; the compaction needs new pages.
        let store = try ProgressStore(documentURL: url, options: .init(compactJournalBytes: 1))
        try store.record(sampleAttempt("a2"))
        let notes = store.takeNotes()
        #expect(notes.count == 1 && notes[0].hasPrefix("Saved, but the progress file could not be compacted"), "\(notes)")
        #expect(notes.first?.contains("tried again after the next answer") == true)
        #expect(try ProgressStore(documentURL: url).load().attempts.map(\.id) == ["a1", "a2"])

        disk.free()
        try store.record(sampleAttempt("a3"))
        #expect(store.takeNotes().isEmpty)
        let reopened = try ProgressStore(documentURL: url)
        #expect(try reopened.load().attempts.map(\.id) == ["a1", "a2", "a3"], "each attempt once, after the retried compaction")
        #expect(try reopened.summary().attemptsSinceCompaction ?? 0 == 0, "the retry compacted the journal")
    }
}
