import Foundation

/// What a REPL start found in the packs and charts, kept in the trainee's folder so that the
/// next start lists the packs without reading them all (some 850 KB of YAML and 340 charts).
///
/// It is used only when its `fingerprint` (every file loading may read, the code sets, the
/// executable and the current folder) is the same as now: a changed, added or removed file
/// means a full load, as without a cache. A file that cannot be read or decoded is ignored.
public struct StartCache: Codable, Sendable {
    public var fingerprint: String
    /// The notes the start printed about the packs (those skipped for errors).
    public var notes: [String]
    /// The usable packs, as the pack list shows them.
    public var packs: [DrillPackListing]

    public init(fingerprint: String, notes: [String], packs: [DrillPackListing]) {
        self.fingerprint = fingerprint
        self.notes = notes
        self.packs = packs
    }

    /// Where the cache is kept: `<home>/cache/`, apart from progress.
    public static func file(home: URL) -> URL {
        home.appendingPathComponent("cache", isDirectory: true).appendingPathComponent("start-v1.json")
    }

    /// The cache in `home` if it was made from files fingerprinted as `fingerprint`, else nil.
    public static func read(home: URL, fingerprint: String) -> StartCache? {
        guard let data = FileManager.default.contents(atPath: file(home: home).path),
            let cache = try? JSONDecoder().decode(StartCache.self, from: data), cache.fingerprint == fingerprint
        else { return nil }
        return cache
    }

    /// Writes the cache into `home`, atomically; a folder that cannot be written keeps none.
    public func write(home: URL) {
        let url = Self.file(home: home)
        guard let data = try? JSONEncoder().encode(self) else { return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }
}
