import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A memory-mapped little-endian array of `UInt32` after the 8-byte magic `CDBIN01\n`.
public final class MappedWords: @unchecked Sendable {
    /// The number of `UInt32` words.
    public let count: Int
    private let base: UnsafeRawPointer?
    private let length: Int

    /// Maps `url` and checks its magic.
    public init(contentsOf url: URL) throws {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { throw CodeSetError.unreadable(file: url.path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size >= 8 else { throw CodeSetError.corrupt(file: url.path, reason: "shorter than its header") }
        let size = Int(info.st_size)
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw CodeSetError.unreadable(file: url.path, reason: "mmap failed")
        }
        let pointer = UnsafeRawPointer(mapped)
        for i in 0..<8 where pointer.load(fromByteOffset: i, as: UInt8.self) != CodeFiles.binaryMagic[i] {
            munmap(mapped, size)
            throw CodeSetError.corrupt(file: url.path, reason: "not a ChartDrill binary array (bad magic)")
        }
        base = pointer
        length = size
        count = (size - 8) / 4
    }

    deinit { if let base { munmap(UnsafeMutableRawPointer(mutating: base), length) } }

    /// Word `i`.
    @inline(__always)
    public subscript(i: Int) -> UInt32 {
        UInt32(littleEndian: base!.loadUnaligned(fromByteOffset: 8 + 4 * i, as: UInt32.self))
    }

    /// Byte `i` of the data after the magic.
    @inline(__always)
    public func byte(_ i: Int) -> UInt8 { base!.load(fromByteOffset: 8 + i, as: UInt8.self) }
}
