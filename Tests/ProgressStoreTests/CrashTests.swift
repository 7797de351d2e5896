import Foundation
import Testing
import TestSupport

@testable import ProgressStore

/// Runs the `progress-torture` child and kills it for real.
@Suite struct CrashTests {
    func tortureBinary() throws -> URL {
        try #require(
            BuiltProducts.builtExecutable("progress-torture"),
            "progress-torture was not built beside the tests (\(BuiltProducts.folder.path)); run swift build first")
    }

    func launch(_ binary: URL, _ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, output)
    }

    func ids(_ data: Data) -> [String] {
        // Only whole lines: an id is confirmed once its newline is out.
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()
        return lines.filter { !$0.isEmpty }
    }

    // MARK: - SIGKILL at random moments

    @Test func killedAtRandomMomentsTheFileAlwaysHoldsEveryConfirmedAttempt() throws {
        let binary = try tortureBinary()
        let folder = try TemporaryFolder("crash")
        defer { folder.remove() }
        let url = folder.file("p.json")
        var generator = SystemRandomNumberGenerator()
        var confirmed = Set<String>()
        var kills = 0
        for run in 0..<200 {
            // A small journal threshold so kills also land inside compactions.
            let (process, output) = try launch(binary, [url.path, "r\(run)", "0", "3000"])
            // The moment: after a random number of confirmed attempts (0 to 15, so also during
            // start-up), then a random pause of up to 2 ms; independent of the machine's speed.
            let wanted = Int.random(in: 0...15, using: &generator)
            var seen = Data()
            while ids(seen).count < wanted {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
            }
            usleep(UInt32.random(in: 0...2_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal, "run \(run): the child ended on its own")
            kills += 1
            seen.append(output.fileHandleForReading.readDataToEndOfFile())
            confirmed.formUnion(ids(seen))

            let store = try ProgressStore(documentURL: url)
            let document = try store.load()
            let onFile = Set(document.attempts.map(\.id))
            let lost = confirmed.subtracting(onFile)
            #expect(lost.isEmpty, "run \(run): confirmed but not on file: \(lost.sorted().prefix(5))")
            #expect(onFile.count == document.attempts.count, "run \(run): an attempt appears twice")
            let damaged = store.takeWarnings().filter { $0.movedTo?.lastPathComponent.contains("damaged") == true }
            #expect(damaged.isEmpty, "run \(run): \(damaged)")
            if let snapshot = try? Data(contentsOf: url) {
                #expect((try? JSONSerialization.jsonObject(with: snapshot)) != nil, "run \(run): the document does not parse")
            }
            if !lost.isEmpty { break }
        }
        #expect(kills == 200)
        #expect(confirmed.count > 200, "the child confirmed only \(confirmed.count) attempts in 200 runs")
        // Temporary files a kill left behind are cleared by the next compaction.
        try ProgressStore(documentURL: url).compact()
        #expect(folder.names().filter { $0.contains(".tmp-") }.isEmpty)
    }

    // MARK: - Two writers on one trainee

    @Test func twoProcessesAppending500EachLeave1000() throws {
        let binary = try tortureBinary()
        let folder = try TemporaryFolder("writers")
        defer { folder.remove() }
        let url = folder.file("p.json")
        let (first, firstOutput) = try launch(binary, [url.path, "one", "500", "20000"])
        let (second, secondOutput) = try launch(binary, [url.path, "two", "500", "20000"])
        let firstIds = ids(firstOutput.fileHandleForReading.readDataToEndOfFile())
        let secondIds = ids(secondOutput.fileHandleForReading.readDataToEndOfFile())
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0)
        #expect(firstIds.count == 500)
        #expect(secondIds.count == 500)

        let document = try ProgressStore(documentURL: url).load()
        #expect(document.attempts.count == 1_000)
        #expect(Set(document.attempts.map(\.id)) == Set(firstIds + secondIds))
    }
}
