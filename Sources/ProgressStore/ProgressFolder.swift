import Foundation

/// One trainee's progress as an instructor reads it from a folder.
public struct TraineeProgress: Sendable {
    /// The document file.
    public var file: URL
    /// The name the trainee gave, else the file's name without `.json`.
    public var trainee: String
    public var document: ProgressDocument

    /// Statistics over the trainee's attempts.
    public func stats(calendar: Calendar = .current) -> ProgressStats { document.stats(calendar: calendar) }
}

/// Reads a folder of progress files (each `<name>.json`, with its `<name>.json.journal` if
/// present) without changing anything in it: damaged files are reported, not moved.
public enum ProgressFolder {
    /// The trainees' document names (`ben.json`) among a folder's file names: a document, or a
    /// journal whose document was never compacted. Sorted; hidden files left out.
    public static func documentNames(_ names: [String]) -> [String] {
        var documents = Set(names.filter { $0.hasSuffix(".json") })
        for name in names where name.hasSuffix(".json.journal") { documents.insert(String(name.dropLast(".journal".count))) }
        return documents.sorted().filter { !$0.hasPrefix(".") }
    }

    /// Every readable trainee, by name, and a report for each file that could not be read.
    public static func load(_ folder: URL) throws -> ([TraineeProgress], [DamagedFileReport]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw ProgressError.unreadable(path: folder.path, reason: "not a readable folder")
        }
        var trainees: [TraineeProgress] = []
        var damaged: [DamagedFileReport] = []
        let decoder = ProgressCoding.decoder()
        var seenFiles: [String: String] = [:]  // device and inode → the name read first
        for name in documentNames(names) {
            let file = folder.appendingPathComponent(name)
            if name.unicodeScalars.contains("\u{FFFD}") {
                damaged.append(DamagedFileReport(original: file, movedTo: nil,
                    reason: "the file name is not UTF-8; rename it to the trainee's name to include it"))
                continue
            }
            // Open only regular files: a FIFO would block the report for ever.
            let target = FileOps.resolvedTarget(file.path)
            if let info = FileOps.info(target) {
                guard (info.st_mode & S_IFMT) == S_IFREG else {
                    damaged.append(DamagedFileReport(original: file, movedTo: nil, reason: "not a regular file; left out"))
                    continue
                }
                let identity = "\(info.st_dev):\(info.st_ino)"
                if let earlier = seenFiles[identity] {
                    damaged.append(DamagedFileReport(original: file, movedTo: nil,
                        reason: "the same file as \(earlier) (a link); counted once"))
                    continue
                }
                seenFiles[identity] = name
            }
            if let info = FileOps.info(target + ".journal"), (info.st_mode & S_IFMT) != S_IFREG {
                damaged.append(DamagedFileReport(original: URL(fileURLWithPath: target + ".journal"), movedTo: nil,
                    reason: "not a regular file; left out"))
                continue
            }
            let (read, problems) = readDocument(file, decoder: decoder)
            damaged += problems
            guard let document = read else { continue }
            let fallback = String(name.dropLast(".json".count))
            trainees.append(TraineeProgress(file: file, trainee: document.trainee ?? fallback, document: document))
        }
        // A copied file: the same attempts under another name. Each trainee counts once (the
        // file with the most attempts), and the copy is named.
        var kept: [TraineeProgress] = []
        var owner: [String: Int] = [:]  // attempt id → the kept trainee holding it
        for trainee in trainees.sorted(by: { ($0.document.attempts.count, $1.file.path) > ($1.document.attempts.count, $0.file.path) }) {
            let owners = Set(trainee.document.attempts.map { owner[$0.id] ?? -1 })
            if owners.count == 1, let index = owners.first, index >= 0 {
                damaged.append(DamagedFileReport(original: trainee.file, movedTo: nil,
                    reason: "a copy of \(kept[index].file.lastPathComponent) (the same attempts); counted once"))
                continue
            }
            for attempt in trainee.document.attempts where owner[attempt.id] == nil { owner[attempt.id] = kept.count }
            kept.append(trainee)
        }
        return (kept.sorted { ($0.trainee, $0.file.path) < ($1.trainee, $1.file.path) }, damaged)
    }

    /// One trainee's document and journal, read without changing anything (no lock file made,
    /// nothing moved aside): nil with a report when the document cannot be read; reports for
    /// journal lines that cannot be read beside a document.
    static func readDocument(_ file: URL, decoder: JSONDecoder) -> (ProgressDocument?, [DamagedFileReport]) {
        var document = ProgressDocument()
        var snapshotSeq = 0
        var damaged: [DamagedFileReport] = []
        do {
            if let data = try FileOps.read(FileOps.resolvedTarget(file.path)) {
                document = try SnapshotCodec.decode(data).document
                snapshotSeq = document.journalSeq
            }
        } catch let damage as SnapshotCodec.Damage {
            return (nil, [DamagedFileReport(original: file, movedTo: nil, reason: damage.reason)])
        } catch {
            return (nil, [DamagedFileReport(original: file, movedTo: nil, reason: "\(error)")])
        }
        let journal = FileOps.resolvedTarget(file.path) + ".journal"
        if let data = try? FileOps.read(journal), !data.isEmpty {
            let contents = JournalContents(data, decoder: decoder)
            var builder = DocumentBuilder(document)
            for event in contents.events where event.seq > snapshotSeq { builder.apply(event) }
            document = builder.document
            if !contents.badLines.isEmpty {
                damaged.append(
                    DamagedFileReport(
                        original: URL(fileURLWithPath: journal), movedTo: nil,
                        reason: "\(DamagedFileReport.lines(contents.badLines)) could not be read as changes; the rest was read"))
            }
        }
        return (document, damaged)
    }
}
