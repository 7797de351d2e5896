import Foundation
import ProgressStore
import Testing
import TestSupport

/// When another ChartDrill holds a trainee's lock, the one that waits says so and who.
@Suite struct LockWaitTests {
    @Test func aWaitForTheLockIsSaidWithTheHoldersProcessId() throws {
        let home = try makeTemporaryFolder("lock-wait")
        defer { try? FileManager.default.removeItem(at: home) }
        try ProgressStore(home: home, trainee: "Ben").setTrainee("Ben")
        let lockPath = ProgressStore.documentURL(home: home, trainee: "Ben").path + ".lock"
        let fd = open(lockPath, O_RDWR)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX) == 0)
        let me = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = me.withCString { pwrite(fd, $0, strlen($0), 0) }

        let process = Process()
        process.executableURL = BuiltProducts.executable("chartdrill")
        process.arguments = ["progress", "--trainee", "Ben"]
        process.environment = ProcessInfo.processInfo.environment.merging(["CHARTDRILL_HOME": home.path]) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Hold the lock well past the half second after which the waiter speaks, then let go.
        usleep(1_500_000)
        flock(fd, LOCK_UN)
        close(fd)
        process.waitUntilExit()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(said)")
        #expect(said.contains("Waiting up to 10 s for the ChartDrill with process id \(getpid()), which holds this trainee's progress"), "\(said)")
    }
}
