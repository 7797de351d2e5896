import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only table of byte records, memory-mapped from one file.
///
/// Layout (little-endian): the 8-byte magic `CDREC01\n`, a `UInt32` record count `n`, then
/// `n + 1` `UInt32` offsets into the data area that follows. Record `i` is the bytes
/// `offsets[i] ..< offsets[i + 1]`. A record's key is its bytes up to the first tab. Tables
/// written sorted (see `RecordTableWriter`) can be searched by key with `lowerBound(_:)`;
/// all tables can be read by position. Opening costs one `mmap`; nothing is parsed.
public final class RecordTable: @unchecked Sendable {
    /// The number of records.
    public let count: Int
    private let base: UnsafeRawPointer?
    private let length: Int
    private let dataStart: Int

    static let magic: [UInt8] = Array("CDREC01\n".utf8)

    /// Maps `url` and checks its header.
    /// - Throws: `CodeSetError.unreadable` or `.corrupt` naming the file.
    public init(contentsOf url: URL) throws {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { throw CodeSetError.unreadable(file: url.path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw CodeSetError.unreadable(file: url.path, reason: String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        guard size >= 16 else { throw CodeSetError.corrupt(file: url.path, reason: "shorter than its header") }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else {
            throw CodeSetError.unreadable(file: url.path, reason: "mmap failed")
        }
        let pointer = UnsafeRawPointer(mapped)
        for i in 0..<8 where pointer.load(fromByteOffset: i, as: UInt8.self) != Self.magic[i] {
            munmap(mapped, size)
            throw CodeSetError.corrupt(file: url.path, reason: "not a ChartDrill record table (bad magic)")
        }
        let n = Int(UInt32(littleEndian: pointer.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        let start = 12 + 4 * (n + 1)
        guard start <= size else {
            munmap(mapped, size)
            throw CodeSetError.corrupt(file: url.path, reason: "record count \(n) does not fit the file")
        }
        let last = Int(UInt32(littleEndian: pointer.loadUnaligned(fromByteOffset: 12 + 4 * n, as: UInt32.self)))
        guard start + last <= size else {
            munmap(mapped, size)
            throw CodeSetError.corrupt(file: url.path, reason: "data area is truncated")
        }
        base = pointer
        length = size
        count = n
        dataStart = start
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), length) }
    }

    @inline(__always)
    private func offset(_ i: Int) -> Int {
        Int(UInt32(littleEndian: base!.loadUnaligned(fromByteOffset: 12 + 4 * i, as: UInt32.self)))
    }

    /// The raw bytes of record `i`.
    @inline(__always)
    public func bytes(_ i: Int) -> UnsafeRawBufferPointer {
        let lower = offset(i), upper = offset(i + 1)
        return UnsafeRawBufferPointer(start: base! + dataStart + lower, count: upper - lower)
    }

    /// Record `i` as a string.
    public func string(_ i: Int) -> String {
        String(decoding: bytes(i), as: UTF8.self)
    }

    /// Record `i` split at tabs.
    public func fields(_ i: Int) -> [String] {
        string(i).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }

    /// The key (bytes before the first tab) of record `i`, as a string.
    public func key(_ i: Int) -> String {
        let raw = bytes(i)
        let end = raw.firstIndex(of: 9) ?? raw.count
        return String(decoding: UnsafeRawBufferPointer(rebasing: raw[0..<end]), as: UTF8.self)
    }

    /// Compares record `i`'s key with `key`: negative, zero or positive.
    /// With `prefix`, a record key that starts with `key` compares equal.
    @inline(__always)
    func compareKey(_ i: Int, _ key: [UInt8], prefix: Bool = false) -> Int {
        let raw = bytes(i)
        var j = 0
        while true {
            let recordEnded = j == raw.count || raw[j] == 9
            if j == key.count { return recordEnded || prefix ? 0 : 1 }
            if recordEnded { return -1 }
            let a = raw[j], b = key[j]
            if a != b { return a < b ? -1 : 1 }
            j += 1
        }
    }

    /// The first record whose key is not less than `key` (a sorted table only).
    public func lowerBound(_ key: [UInt8]) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if compareKey(mid, key) < 0 { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The positions of the records whose key equals `key` (a sorted table only).
    public func range(ofKey key: String) -> Range<Int> {
        let bytes = Array(key.utf8)
        let first = lowerBound(bytes)
        var end = first
        while end < count && compareKey(end, bytes) == 0 { end += 1 }
        return first..<end
    }

    /// The positions of the records whose key starts with `prefix` (a sorted table only).
    public func range(ofPrefix prefix: String) -> Range<Int> {
        let bytes = Array(prefix.utf8)
        let first = lowerBound(bytes)
        var low = first, high = count
        while low < high {
            let mid = (low + high) / 2
            if compareKey(mid, bytes, prefix: true) <= 0 { low = mid + 1 } else { high = mid }
        }
        return first..<low
    }

    /// The fields of the first record with key `key`, or nil.
    public func find(_ key: String) -> [String]? {
        let r = range(ofKey: key)
        return r.isEmpty ? nil : fields(r.lowerBound)
    }
}

/// Writes a `RecordTable` file: records in the order given (sort them first for keyed search).
public enum RecordTableWriter {
    /// The file bytes for `records`.
    public static func encode(_ records: [String]) -> Data {
        var out = Data(RecordTable.magic)
        func put(_ value: Int) {
            var little = UInt32(value).littleEndian
            withUnsafeBytes(of: &little) { out.append(contentsOf: $0) }
        }
        put(records.count)
        var offset = 0
        put(0)
        for record in records {
            offset += record.utf8.count
            put(offset)
        }
        for record in records { out.append(contentsOf: Array(record.utf8)) }
        return out
    }

    /// Sorts records by their bytes, the order `RecordTable.lowerBound` expects.
    public static func sorted(_ records: [String]) -> [String] {
        records.map { (Array($0.utf8), $0) }
            .sorted { lhs, rhs in
                let a = lhs.0, b = rhs.0
                // Compare keys first (tab sorts below every printable byte, so whole-record order works).
                return a.lexicographicallyPrecedes(b)
            }
            .map(\.1)
    }
}
