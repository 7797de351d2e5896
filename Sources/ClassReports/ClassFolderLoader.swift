import Foundation
import ProgressStore

/// Reads a class folder with `ProgressFolder.load`, on every core: the documents are split
/// into groups, each group is presented to `ProgressFolder.load` as a temporary folder of
/// symbolic links (outside the class folder, which is never changed), and the results are
/// merged with their real paths. Small folders, one core, or a failure to make the links
/// fall back to one plain `ProgressFolder.load`.
enum ClassFolderLoader {
    static func load(_ folder: URL) throws -> ([TraineeProgress], [DamagedFileReport]) {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            return try ProgressFolder.load(folder)
        }
        let present = Set(names)
        var documents = Set(names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") })
        for name in names where name.hasSuffix(".json.journal") && !name.hasPrefix(".") {
            documents.insert(String(name.dropLast(".journal".count)))
        }
        let sorted = documents.sorted()
        guard sorted.count >= 32 else { return try ProgressFolder.load(folder) }

        let groups = min(cores, 8)
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("chartdrill-report-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        var groupFolders: [URL] = []
        do {
            for group in 0..<groups {
                let groupFolder = base.appendingPathComponent("\(group)")
                try FileManager.default.createDirectory(at: groupFolder, withIntermediateDirectories: true)
                groupFolders.append(groupFolder)
            }
            for (index, name) in sorted.enumerated() {
                let groupFolder = groupFolders[index % groups]
                for file in [name, name + ".journal"] where present.contains(file) {
                    try FileManager.default.createSymbolicLink(
                        at: groupFolder.appendingPathComponent(file), withDestinationURL: folder.appendingPathComponent(file))
                }
            }
        } catch {
            return try ProgressFolder.load(folder)
        }

        let results = ResultBox(count: groups)
        let folders = groupFolders
        DispatchQueue.concurrentPerform(iterations: groups) { group in
            results.set(group, Result { try ProgressFolder.load(folders[group]) })
        }
        var trainees: [TraineeProgress] = []
        var damaged: [DamagedFileReport] = []
        for (group, result) in results.values.enumerated() {
            guard let result else { continue }
            let (loaded, reports) = try result.get()
            let prefix = groupFolders[group].path + "/"
            func real(_ url: URL) -> URL {
                url.path.hasPrefix(prefix) ? folder.appendingPathComponent(String(url.path.dropFirst(prefix.count))) : url
            }
            for var trainee in loaded {
                trainee.file = real(trainee.file)
                trainees.append(trainee)
            }
            for var report in reports {
                report.original = real(report.original)
                damaged.append(report)
            }
        }
        trainees.sort { ($0.trainee, $0.file.path) < ($1.trainee, $1.file.path) }
        damaged.sort { $0.original.path < $1.original.path }
        return (trainees, damaged)
    }

    /// Results written by concurrent workers, one slot each.
    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var values: [Result<([TraineeProgress], [DamagedFileReport]), Error>?]

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Result<([TraineeProgress], [DamagedFileReport]), Error>) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
    }
}
