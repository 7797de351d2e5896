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
        let operation = (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB
        var waited = 0.0
        var pause = 0.001
        while flock(fd, operation) != 0 {
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
            usleep(useconds_t(pause * 1_000_000))
            waited += pause
            pause = min(pause * 2, 0.02)
        }
        self.fd = fd
    }

    /// Releases the lock (closing the descriptor releases it too, even on a crash).
    func unlock() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
