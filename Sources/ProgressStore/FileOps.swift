import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The POSIX file operations crash safety rests on: whole writes, fsync of files and
/// folders, atomic replacement that keeps mode and symlinks, and moving aside.
enum FileOps {
    /// Fails with `ProgressError.io` naming the path and the call.
    static func check(_ result: Int32, _ path: String, _ operation: String) throws {
        if result < 0 { throw ProgressError.io(path: path, operation: operation, errno: errno) }
    }

    /// Opens, retrying on EINTR.
    static func open(_ path: String, _ flags: Int32, _ mode: mode_t = 0o644) throws -> Int32 {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno == EINTR { continue }
            throw ProgressError.io(path: path, operation: "open", errno: errno)
        }
    }

    /// Writes every byte (looping over short writes and EINTR).
    static func writeAll(_ fd: Int32, _ data: Data, _ path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw ProgressError.io(path: path, operation: "write", errno: errno)
                }
                offset += written
            }
        }
    }

    static func fsync(_ fd: Int32, _ path: String) throws {
        try check(Glibc.fsync(fd), path, "fsync")
    }

    /// Makes a folder's entries (a rename, a new file) durable.
    static func fsyncFolder(_ folder: String) throws {
        let fd = try open(folder, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        try fsync(fd, folder)
    }

    /// Reads a whole file; nil when it does not exist.
    static func read(_ path: String) throws -> Data? {
        let fd: Int32
        do { fd = try open(path, O_RDONLY) } catch ProgressError.io(_, _, let code) where code == ENOENT { return nil }
        defer { close(fd) }
        return try readAll(fd, path)
    }

    /// Reads from `offset` to the end of an open file.
    static func readAll(_ fd: Int32, _ path: String, from offset: Int = 0) throws -> Data {
        var info = Glibc.stat()
        try check(fstat(fd, &info), path, "fstat")
        let size = Int(info.st_size)
        var data = Data(count: max(0, size - offset))
        var done = 0
        try data.withUnsafeMutableBytes { (buffer: UnsafeMutableRawBufferPointer) in
            while done < buffer.count {
                let got = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if got < 0 {
                    if errno == EINTR { continue }
                    throw ProgressError.io(path: path, operation: "read", errno: errno)
                }
                if got == 0 { break }
                done += got
            }
        }
        if done < data.count { data.removeSubrange(done..<data.count) }
        return data
    }

    /// `stat`, or nil when the path does not exist.
    static func info(_ path: String) -> Glibc.stat? {
        var info = Glibc.stat()
        return stat(path, &info) == 0 ? info : nil
    }

    /// The path a document is really written at: a symlink is followed (to any depth),
    /// so the link stays a link and its target is replaced.
    static func resolvedTarget(_ path: String) -> String {
        var current = path
        for _ in 0..<32 {
            var info = Glibc.stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                return current
            }
            if destination.hasPrefix("/") {
                current = destination
            } else {
                current = (current as NSString).deletingLastPathComponent + "/" + destination
            }
        }
        return current
    }

    /// Replaces `path` atomically: a temporary file in the same folder, written, given the
    /// old file's mode, fsynced, renamed over, and the folder fsynced. A kill at any instant
    /// leaves the old or the new file.
    static func replaceAtomically(_ path: String, with data: Data, defaultMode: mode_t = 0o644) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = folder + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let mode = info(path).map { $0.st_mode & 0o7777 } ?? defaultMode
        let fd = try open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        do {
            try writeAll(fd, data, temporary)
            try check(fchmod(fd, mode), temporary, "fchmod")
            try fsync(fd, temporary)
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw ProgressError.io(path: path, operation: "rename", errno: code)
        }
        try fsyncFolder(folder)
    }

    /// A UTC timestamp for file names: `20250314T093012Z`.
    static func timestamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0,
            c.second ?? 0)
    }

    /// A name beside `path` that does not exist yet: `<path>.<label>-<timestamp>` (with `-2`,
    /// `-3`… when taken).
    static func asideName(_ path: String, label: String, date: Date) -> String {
        let base = "\(path).\(label)-\(timestamp(date))"
        var candidate = base
        var counter = 2
        while info(candidate) != nil || lstatExists(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        return candidate
    }

    private static func lstatExists(_ path: String) -> Bool {
        var info = Glibc.stat()
        return lstat(path, &info) == 0
    }

    /// Moves a file aside (rename: the original bytes and inode keep), fsyncs the folder.
    static func moveAside(_ path: String, label: String, date: Date) throws -> String {
        let destination = asideName(path, label: label, date: date)
        try check(rename(path, destination), path, "rename to \(destination)")
        try fsyncFolder((path as NSString).deletingLastPathComponent)
        return destination
    }

    /// Keeps a copy of a file's current bytes aside under a new name (a hard link, so no byte
    /// is rewritten), fsyncing the folder; the file itself stays.
    static func keepAside(_ path: String, label: String, date: Date) throws -> String {
        let destination = asideName(path, label: label, date: date)
        if link(path, destination) != 0 {
            // Filesystems without hard links: copy the bytes.
            let data = try read(path) ?? Data()
            let fd = try open(destination, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            defer { close(fd) }
            try writeAll(fd, data, destination)
            try fsync(fd, destination)
        }
        try fsyncFolder((path as NSString).deletingLastPathComponent)
        return destination
    }
}
