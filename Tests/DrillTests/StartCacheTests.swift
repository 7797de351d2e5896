import Foundation
import Testing
import TestSupport
@testable import Drill

/// A start lists the packs from what the last start found when no file has changed since;
/// the cache must never show what the files no longer say.
@Suite(.serialized) struct StartCacheTests {
    /// A copy of the three-item test pack in a folder of its own, and a trainee's home.
    private func setUp() throws -> (folder: URL, pack: URL, home: URL) {
        let folder = try makeTemporaryFolder("start-cache")
        let pack = folder.appendingPathComponent("test-drill")
        try FileManager.default.copyItem(
            at: BuiltProducts.packageRoot.appendingPathComponent("Tests/Fixtures/test-drill"), to: pack)
        return (folder, pack, folder.appendingPathComponent("home"))
    }

    private func start(_ pack: URL, home: URL, input: String = "quit\n") throws -> CommandResult {
        try runProduct(
            "chartdrill", ["--trainee", "Ana", "--packs", pack.path], input: input,
            environment: ["CHARTDRILL_HOME": home.path, "NO_COLOR": "1"])
    }

    @Test func aSecondStartSaysWhatTheFirstSaid() throws {
        let (folder, pack, home) = try setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try start(pack, home: home)
        #expect(
            FileManager.default.fileExists(atPath: StartCache.file(home: home).path),
            "the first start keeps what it found")
        let second = try start(pack, home: home)
        #expect(first.status == 0 && second.status == 0)
        #expect(second.stdout == first.stdout)
        #expect(second.stderr == first.stderr)
        #expect(second.stdout.contains("test-drill") && second.stdout.contains("  3 items"))
    }

    @Test func aPackOpenedAfterAStartFromTheCacheIsTheOneListed() throws {
        let (folder, pack, home) = try setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try start(pack, home: home)
        let drilled = try start(pack, home: home, input: "drill test-drill\nR07.89\nquit\n")
        #expect(drilled.stdout.contains("Item 1 of 3 · chest-pain"), "\(drilled.stdout)")
        #expect(drilled.stdout.contains("Read: R07.89 (ICD-10-CM)"))
    }

    @Test func aPackChangedSinceTheLastStartIsReadAgainAndRefused() throws {
        let (folder, pack, home) = try setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try start(pack, home: home)
        #expect(before.stdout.contains("test-drill"))
        let file = pack.appendingPathComponent("pack.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "      - R07.89\n", with: "      - E11.6\n").write(
            to: file, atomically: true, encoding: .utf8)
        let after = try start(pack, home: home)
        #expect(after.stderr.contains("skipped for errors (test-drill)"), "\(after.stderr)")
        #expect(after.stderr.contains("error: E11.6 is not reportable"), "the loader's own message, with its place")
        #expect(!after.stdout.contains("test-drill"), "the broken pack is not listed")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let fixed = try start(pack, home: home)
        #expect(fixed.stdout == before.stdout && fixed.stderr == before.stderr)
    }

    @Test func aChartAddedToThePackIsSeen() throws {
        let (folder, pack, home) = try setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try start(pack, home: home)
        // A second chart with an id the pack already has: an error once the file is there.
        let charts = pack.appendingPathComponent("charts")
        let first = try FileManager.default.contentsOfDirectory(atPath: charts.path).sorted().first {
            $0.hasSuffix(".md")
        }
        let name = try #require(first)
        try FileManager.default.copyItem(
            at: charts.appendingPathComponent(name), to: charts.appendingPathComponent("copy-" + name))
        let after = try start(pack, home: home)
        #expect(after.stderr.contains("is already used by"), "\(after.stderr)")
    }

    @Test func aDamagedCacheIsIgnoredAndMadeAgain() throws {
        let (folder, pack, home) = try setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try start(pack, home: home)
        let cache = StartCache.file(home: home)
        try Data("{\"fingerprint\": 12, ".utf8).write(to: cache)
        let damaged = try start(pack, home: home)
        #expect(damaged.stdout == first.stdout && damaged.stderr == first.stderr)
        let data = try Data(contentsOf: cache)
        #expect(
            (try? JSONDecoder().decode(StartCache.self, from: data)) != nil, "made again by the start that ignored it")
    }

    @Test func aCacheOfOtherFilesIsNotUsed() throws {
        let (folder, pack, home) = try setUp()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try start(pack, home: home)
        var cache = try JSONDecoder().decode(StartCache.self, from: Data(contentsOf: StartCache.file(home: home)))
        cache.packs = [DrillPackListing(id: "ghost", title: "Not on disk", mode: .drill, itemCount: 1)]
        cache.fingerprint += "x"
        cache.write(home: home)
        let second = try start(pack, home: home)
        #expect(!second.stdout.contains("ghost"))
        #expect(second.stdout.contains("test-drill"))
    }
}

/// The session's side: a list from the cache, packs loaded when first needed.
@Suite struct PackShelfTests {
    private func session(_ shelf: PackShelf) -> DrillSession {
        let progress = FakeProgress()
        progress.traineeName = "Sam"
        return DrillSession(shelf: shelf, codeBook: FakeCodeBook(), progress: progress, clock: ManualClock())
    }

    @Test func theListComesFromTheCacheAndThePacksLoadWhenOpened() {
        var loads = 0
        let shelf = PackShelf(listing: [Fixtures.drillPack.listing, Fixtures.examPack.listing]) {
            loads += 1
            return [Fixtures.drillPack, Fixtures.examPack]
        }
        let session = session(shelf)
        let start = session.start()
        #expect(loads == 0, "listing the packs reads none")
        let loaded = PackShelf([Fixtures.drillPack, Fixtures.examPack])
        #expect(start == self.session(loaded).start(), "the same start screen as with the packs loaded")
        #expect(session.handle("1").contains("dm-neuro"))
        #expect(loads == 1)
        _ = session.handle("quit")
        #expect(loads == 1)
    }

    @Test func aNumberTypedAfterThePacksChangedShowsTheNewList() {
        let shelf = PackShelf(listing: [Fixtures.drillPack.listing, Fixtures.examPack.listing]) { [Fixtures.examPack] }
        let session = session(shelf)
        _ = session.start()
        let output = session.handle("1")
        #expect(output.contains("The packs changed on disk since they were listed"))
        #expect(output.contains("mock") && !output.contains("dx-basics"))
        _ = session.handle("1")
        #expect(
            session.prompt.hasPrefix("[") && session.prompt.hasSuffix(" 1/3> "),
            "the new list's first pack, the exam: \(session.prompt)")
    }
}
