import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Text that changes whenever a file under some paths changes: every file and folder, in
/// name order, with its size, change times and inode (symbolic links followed). The key of a
/// cache of what was read from them: equal fingerprints, the same files.
public enum FileFingerprint {
    /// The fingerprint of `paths` (files or folders, each walked to any depth); a missing
    /// path is listed as missing. Nil when they hold more than `maximumEntries` files and
    /// folders: walking them would cost more than a cache saves.
    public static func of(_ paths: [URL]) -> String? {
        var text = ""
        var seen = Set<FolderIdentity>()
        var budget = maximumEntries
        for url in paths {
            let path = url.standardizedFileURL.path
            text += "@\(path)\n"
            guard add(path, name: ".", depth: 0, into: &text, seen: &seen, budget: &budget) else { return nil }
        }
        return text
    }

    /// Far more than ChartDrill's own packs and charts (some four hundred files).
    static let maximumEntries = 20_000

    /// The running executable's path, size, times and inode: a new build may read the same
    /// files differently.
    public static var executable: String {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        var text = "@\(path)\n"
        var seen = Set<FolderIdentity>()
        var budget = 1
        _ = add(path, name: ".", depth: -1, into: &text, seen: &seen, budget: &budget)
        return text
    }

    private struct FolderIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Deeper than any pack or chart library: a deeper folder gives no fingerprint.
    private static let maximumDepth = 12

    /// Adds `path` (shown as `name`) and, for a folder, everything under it; false once the
    /// budget of entries is spent. A negative depth lists the path alone.
    private static func add(
        _ path: String, name: String, depth: Int, into text: inout String, seen: inout Set<FolderIdentity>,
        budget: inout Int
    ) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        var info = stat()
        guard stat(path, &info) == 0 else {
            text += "\(name)\tmissing\n"
            return true
        }
        let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        text +=
            "\(name)\t\(isFolder ? "d" : "f")\t\(info.st_size)\t\(time(info.st_mtim))\t\(time(info.st_ctim))\t\(info.st_ino)\n"
        guard isFolder, depth >= 0 else { return true }
        guard depth < maximumDepth else { return false }
        guard seen.insert(FolderIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted,
            let folder = opendir(path)
        else { return true }
        var names: [String] = []
        while let entry = readdir(folder) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if entryName != ".", entryName != ".." { names.append(entryName) }
        }
        closedir(folder)
        for entryName in names.sorted() {
            let child = name == "." ? entryName : name + "/" + entryName
            guard add(path + "/" + entryName, name: child, depth: depth + 1, into: &text, seen: &seen, budget: &budget)
            else { return false }
        }
        return true
    }

    private static func time(_ value: timespec) -> String { "\(value.tv_sec).\(value.tv_nsec)" }
}
