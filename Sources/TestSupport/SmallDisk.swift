import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small tmpfs mounted on a fresh folder, for tests of a disk that really fills up (the
/// kernel's ENOSPC, not an injected error). Mounting needs root, which CI and `make test`
/// have; elsewhere `SmallDisk.available` is false and the tests that need it are not run.
public final class SmallDisk: @unchecked Sendable {
    public let url: URL
    private var filler: URL { url.appendingPathComponent(".filler") }

    /// Whether a tmpfs can be mounted here (root).
    public static var available: Bool { getuid() == 0 }

    /// Mounts a tmpfs of `kilobytes` on a new folder under the system's temporary folder.
    public init(kilobytes: Int) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("chartdrill-disk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        guard mount("tmpfs", url.path, "tmpfs", 0, "size=\(kilobytes)k,mode=0755") == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: url)
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(code),
                          userInfo: [NSLocalizedDescriptionKey: "mount tmpfs: \(String(cString: strerror(code)))"])
        }
    }

    /// Fills every free page with a filler file, so the next write that needs a page fails.
    public func fill() {
        let fd = open(filler.path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let chunk = [UInt8](repeating: 0x2E, count: 4096)
        while chunk.withUnsafeBufferPointer({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
        // The last page may have been taken part-way: fill it byte by byte.
        var byte: UInt8 = 0x2E
        while write(fd, &byte, 1) > 0 {}
    }

    /// Remounts the disk read-only (EROFS for every write, even root's).
    public func makeReadOnly() throws {
        guard mount("tmpfs", url.path, "tmpfs", UInt(MS_REMOUNT | MS_RDONLY), nil) == 0 else {
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
        }
    }

    /// Frees the space `fill` took.
    public func free() { unlink(filler.path) }

    /// Unmounts and removes the folder.
    public func remove() {
        umount2(url.path, Int32(MNT_DETACH))
        try? FileManager.default.removeItem(at: url)
    }
}
