import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An advisory `flock` on a separate lock file (never the document a rename replaces),
/// waited for with a timeout.
struct FileLock {
    let path: String
    private let fd: Int32

    /// Takes the lock, exclusive or shared, polling until `timeout` seconds have passed.
    init(path: String, exclusive: Bool, timeout: Double) throws {
        self.path = path
        let fd = try FileOps.open(path, O_RDWR | O_CREAT, 0o644)
        try Self.wait(fd, path: path, operation: exclusive ? LOCK_EX : LOCK_SH, timeout: timeout)
        if exclusive {
            // Who holds it now, for anyone who has to wait: the process id, in the lock file.
            let text = "\(getpid())\n"
            _ = ftruncate(fd, 0)
            _ = text.withCString { pwrite(fd, $0, strlen($0), 0) }
        }
        self.fd = fd
    }

    /// A shared lock for a reader that must change nothing: the lock file is opened read-only
    /// and never made. Nil when there is none to take (no lock file yet, a read-only folder
    /// where nobody can write either).
    static func forReading(path: String, timeout: Double) throws -> FileLock? {
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        try wait(fd, path: path, operation: LOCK_SH, timeout: timeout)
        return FileLock(path: path, fd: fd)
    }

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// Polls `flock` until it is granted; after half a second says who holds the lock.
    /// Closes `fd` when it throws.
    private static func wait(_ fd: Int32, path: String, operation: Int32, timeout: Double) throws {
        var waited = 0.0
        var pause = 0.001
        var told = false
        while flock(fd, operation | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else {
                close(fd)
                throw ProgressError.io(path: path, operation: "flock", errno: code)
            }
            if waited >= timeout {
                close(fd)
                throw ProgressError.lockTimeout(path: path, seconds: timeout)
            }
            if !told, waited >= 0.5 {
                // Half a second is no ordinary wait: say who holds it, and that this one waits.
                told = true
                let holder = FileLock.holder(fd).map { "the ChartDrill with process id \($0)" } ?? "another ChartDrill"
                FileHandle.standardError.write(Data(
                    "Waiting up to \(Int(timeout)) s for \(holder), which holds this trainee's progress (\(path))...\n".utf8))
            }
            usleep(useconds_t(pause * 1_000_000))
            waited += pause
            pause = min(pause * 2, 0.02)
        }
    }

    /// The process id written in the lock file by its holder, if any.
    static func holder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 16)
        let count = pread(fd, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Releases the lock (closing the descriptor releases it too, even on a crash).
    func unlock() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
