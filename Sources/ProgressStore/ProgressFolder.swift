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
        // A document, or a journal whose document was never compacted.
        var documents = Set(names.filter { $0.hasSuffix(".json") })
        for name in names where name.hasSuffix(".json.journal") { documents.insert(String(name.dropLast(".journal".count))) }
        for name in documents.sorted() where !name.hasPrefix(".") {
            let file = folder.appendingPathComponent(name)
            var document = ProgressDocument()
            var snapshotSeq = 0
            do {
                if let data = try FileOps.read(FileOps.resolvedTarget(file.path)) {
                    document = try SnapshotCodec.decode(data).document
                    snapshotSeq = document.journalSeq
                }
            } catch let damage as SnapshotCodec.Damage {
                damaged.append(DamagedFileReport(original: file, movedTo: nil, reason: damage.reason))
                continue
            } catch {
                damaged.append(DamagedFileReport(original: file, movedTo: nil, reason: "\(error)"))
                continue
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
                            reason: "line(s) \(contents.badLines.map(String.init).joined(separator: ", ")) are not readable changes; the rest was read"))
                }
            }
            let fallback = String(name.dropLast(".json".count))
            trainees.append(TraineeProgress(file: file, trainee: document.trainee ?? fallback, document: document))
        }
        return (trainees.sorted { ($0.trainee, $0.file.path) < ($1.trainee, $1.file.path) }, damaged)
    }
}
