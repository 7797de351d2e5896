import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One trainee's progress on disk: crash-safe, locked against a second ChartDrill, versioned.
///
/// Files, beside the document (or beside a symlink's target): `<name>.json`, the compacted
/// document; `<name>.json.journal`, JSON lines appended (and fsynced) once per change since the
/// last compaction; `<name>.json.lock`, the `flock` every change takes. Recording an attempt
/// appends one line: it never rewrites or re-decodes the attempts already on file. When the
/// journal passes `Options.compactJournalBytes` it is folded into the document (a temporary
/// file, fsync, rename, fsync of the folder) and emptied. See FORMAT.md.
public final class ProgressStore: @unchecked Sendable {
    /// Tuning and waiting.
    public struct Options: Sendable {
        /// How long to wait for another ChartDrill's lock before `ProgressError.lockTimeout`.
        public var lockTimeout: Double
        /// The journal size after which a change folds it into the document.
        public var compactJournalBytes: Int

        public init(lockTimeout: Double = 10, compactJournalBytes: Int = 4 << 20) {
            self.lockTimeout = lockTimeout
            self.compactJournalBytes = compactJournalBytes
        }
    }

    /// The document as named (a symlink stays a symlink: its target is written).
    public let documentURL: URL
    public let options: Options
    private let clock: @Sendable () -> Date
    private let mutex = NSLock()
    private var cache: Cache?
    private var pendingWarnings: [DamagedFileReport] = []
    /// Things the user should hear that are not damage: a compaction that failed after the
    /// change itself was saved.
    private var pendingNotes: [String] = []

    /// The loaded document and how far into the files it reaches.
    private struct Cache {
        var builder: DocumentBuilder
        var snapshot: FileIdentity?
        var journalOffset: Int
    }

    /// Identifies one version of the snapshot file (a rename gives a new inode).
    private struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: Int

        init?(_ path: String) {
            guard let info = FileOps.info(path) else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        }
    }

    /// The document file of a trainee under the home folder: `<home>/progress/<slug>.json`,
    /// `default.json` when no name is given.
    public static func documentURL(home: URL, trainee: String? = nil) -> URL {
        home.appendingPathComponent("progress", isDirectory: true)
            .appendingPathComponent("\(slug(trainee ?? "")).json")
    }

    /// A file-name form of a trainee's name: lower case letters, digits and hyphens.
    public static func slug(_ name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar), scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "default" : result
    }

    /// The store of a trainee under the home folder; creates `<home>/progress/` if needed.
    public convenience init(
        home: URL, trainee: String? = nil, options: Options = Options(),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        try self.init(documentURL: ProgressStore.documentURL(home: home, trainee: trainee), options: options, clock: clock)
    }

    /// The store of an explicit document file. Opening reads and creates nothing: the folder
    /// is made on the first write, and reading a trainee with no file yet leaves no trace.
    /// - Throws: `ProgressError.notADocument` for a path that is not a progress document
    ///   (a journal, a lock file, a folder, a file set aside as damaged, a FIFO).
    public init(documentURL: URL, options: Options = Options(), clock: @escaping @Sendable () -> Date = { Date() }) throws {
        try Self.checkDocumentPath(documentURL)
        self.documentURL = documentURL
        self.options = options
        self.clock = clock
    }

    /// Refuses any path that is not a trainee's progress document, before anything is opened:
    /// a store opened on a journal would read it as a damaged document and set it aside.
    public static func checkDocumentPath(_ url: URL) throws {
        let path = url.path
        let target = FileOps.resolvedTarget(path)
        let name = (target as NSString).lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        func owner(_ suffix: String) -> String { String(name.dropLast(suffix.count)) }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isFolder), isFolder.boolValue {
            throw ProgressError.notADocument(path: path, reason: "that is a folder", instead: "a trainee's <name>.json in it")
        }
        if name.hasSuffix(".json.journal") {
            let document = owner(".journal")
            throw ProgressError.notADocument(
                path: path, reason: "that is the journal of \(document)", instead: "the folder or \((folder as NSString).appendingPathComponent(document))")
        }
        if name.hasSuffix(".json.lock") {
            throw ProgressError.notADocument(
                path: path, reason: "that is the lock file of \(owner(".lock"))", instead: "\((folder as NSString).appendingPathComponent(owner(".lock")))")
        }
        if name.contains(".damaged-") {
            throw ProgressError.notADocument(
                path: path, reason: "that is a damaged file ChartDrill set aside (its bytes are kept as they were)",
                instead: "the trainee's <name>.json; to recover from it, copy what you need by hand")
        }
        guard name.hasSuffix(".json") else {
            throw ProgressError.notADocument(path: path, reason: "a trainee's progress document ends in .json", instead: "<name>.json")
        }
        if let info = FileOps.info(target), (info.st_mode & S_IFMT) != S_IFREG {
            throw ProgressError.notADocument(path: path, reason: "that is not a regular file", instead: "a trainee's <name>.json")
        }
    }

    /// Whether the trainee has anything on file (a document or a journal).
    public var exists: Bool { FileOps.info(snapshotPath) != nil || FileOps.info(journalPath) != nil }

    /// Makes the document's folder, before a write.
    private func makeFolder() throws {
        let folder = (snapshotPath as NSString).deletingLastPathComponent
        guard FileOps.info(folder) == nil else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ProgressError.io(path: folder, operation: "create folder", errno: EACCES)
        }
    }

    // MARK: - Paths

    /// The file actually written: the document, or the final target of its symlink.
    var snapshotPath: String { FileOps.resolvedTarget(documentURL.path) }
    var journalPath: String { snapshotPath + ".journal" }
    var lockPath: String { snapshotPath + ".lock" }
    /// The journal beside the document.
    public var journalURL: URL { URL(fileURLWithPath: journalPath) }

    // MARK: - Changes

    /// Records one confirmed attempt: on disk (fsynced) when this returns.
    /// - Throws: `ProgressError.duplicateAttempt` when the id is already known to this store,
    ///   `.lockTimeout`, `.io`.
    public func record(_ attempt: Attempt) throws {
        try change { seq in JournalEvent(seq: seq, op: .attempt, attempt: attempt) } precheck: { builder in
            if builder?.contains(attemptId: attempt.id) == true {
                throw ProgressError.duplicateAttempt(id: attempt.id, path: self.documentURL.path)
            }
        }
    }

    /// Saves the state of an exam being sat (replacing the saved state of the same id).
    /// For a sitting that another session may share, use `updateExamSession`.
    public func saveExamSession(_ session: ExamSession) throws {
        try change { seq in JournalEvent(seq: seq, op: .exam, session: session) }
    }

    /// Applies `change` to the sitting as it is on disk now, under the lock (so another
    /// session's answers are kept, never overwritten from a stale copy), and returns the
    /// sitting as saved. `mine` supplies the sitting when none is on file yet, and the question
    /// on screen and the time used.
    /// - Throws: `ProgressError.examSubmitted` when the sitting was submitted meanwhile.
    @discardableResult
    public func updateExamSession(_ mine: ExamSession, _ change: ExamChange) throws -> ExamSession {
        var saved = mine
        try self.change(needsDocument: true, { seq in JournalEvent(seq: seq, op: .exam, session: saved) }) { builder in
            let onFile = builder?.document.examSessions.first { $0.id == mine.id }
            if onFile == nil, builder?.hasAttempts(ofExamSession: mine.id) == true {
                throw ProgressError.examSubmitted(id: mine.id, path: self.documentURL.path)
            }
            var session = onFile ?? mine
            switch change {
            case .answer(let item, let text): session.answers[item] = text.isEmpty ? nil : text
            case .flag(let item, let on):
                session.flags.removeAll { $0 == item }
                if on { session.flags.append(item) }
            case .position: break
            }
            session.currentItemId = mine.currentItemId
            session.secondsUsed = max(session.secondsUsed, mine.secondsUsed)
            session.updated = self.clock()
            session.holderPid = getpid()
            session.holderHost = ExamSession.hostName
            saved = session
        }
        return saved
    }

    /// Removes a sitting once submitted (its attempts are recorded with `record`).
    public func finishExamSession(id: String) throws {
        try change { seq in JournalEvent(seq: seq, op: .examEnd, id: id) }
    }

    /// Remembers the trainee's name.
    public func setTrainee(_ name: String) throws {
        try change { seq in JournalEvent(seq: seq, op: .trainee, trainee: name) }
    }

    /// Adds a manual-credit override beside an attempt's original result.
    /// - Throws: `ProgressError.unknownAttempt` when no attempt has that id.
    public func addCredit(_ credit: ManualCredit, toAttempt attemptId: String) throws {
        try change(needsDocument: true) { seq in JournalEvent(seq: seq, op: .credit, id: attemptId, credit: credit) }
            precheck: { builder in
                if builder?.contains(attemptId: attemptId) != true {
                    throw ProgressError.unknownAttempt(id: attemptId, path: self.documentURL.path)
                }
            }
    }

    /// Writes `document` as the whole progress of a store that holds nothing yet (an import,
    /// a test or bench fixture), atomically.
    /// - Throws: `ProgressError.unreadable` when attempts are already on file (nothing is replaced).
    public func seed(_ document: ProgressDocument) throws {
        mutex.lock()
        defer { mutex.unlock() }
        try makeFolder()
        let lock = try FileLock(path: lockPath, exclusive: true, timeout: options.lockTimeout)
        defer { lock.unlock() }
        try refreshLocked()
        guard let current = cache?.builder.document, current.attempts.isEmpty, current.examSessions.isEmpty else {
            throw ProgressError.unreadable(path: documentURL.path, reason: "it already holds progress; seed only an empty store")
        }
        var seeded = document
        seeded.journalSeq = current.journalSeq
        cache = Cache(builder: DocumentBuilder(seeded), snapshot: nil, journalOffset: 0)
        try compactLocked()
    }

    // MARK: - Reading

    /// The whole document: the compacted file and the journal, read once and then kept up to
    /// date by reading only what another process appended since. A damaged file is moved
    /// aside first (see `takeWarnings`).
    public func load() throws -> ProgressDocument {
        mutex.lock()
        defer { mutex.unlock() }
        // Nothing on file: an empty document, with no lock file made (reading leaves no trace).
        if cache == nil, !exists {
            // Known to be empty as of now: later writes check against it, and read what others add.
            cache = Cache(builder: DocumentBuilder(ProgressDocument()), snapshot: nil, journalOffset: 0)
            return ProgressDocument()
        }
        let lock = try FileLock(path: lockPath, exclusive: true, timeout: options.lockTimeout)
        defer { lock.unlock() }
        try refreshLocked()
        return cache!.builder.document
    }

    /// The whole document, read without changing anything: no lock file is made and nothing
    /// is moved aside, so it works in a read-only folder or file system. Files that cannot be
    /// read are reported (not moved). For read-only commands (`progress`, `export`).
    public func read() throws -> (ProgressDocument, [DamagedFileReport]) {
        try Self.checkDocumentPath(documentURL)
        let lock = try FileLock.forReading(path: lockPath, timeout: options.lockTimeout)
        defer { lock?.unlock() }
        let (document, damaged) = ProgressFolder.readDocument(documentURL, decoder: ProgressCoding.decoder())
        guard let document else {
            throw ProgressError.unreadable(
                path: documentURL.path, reason: damaged.first?.reason ?? "unreadable")
        }
        return (document, damaged)
    }

    /// The trainee's name and the exam sittings in progress, without decoding the attempts
    /// in the document (its first line and the journal only): what the REPL needs at start.
    /// Falls back to a full `load()` when the document is not in ChartDrill's current layout.
    public func summary() throws -> ProgressSummary {
        mutex.lock()
        defer { mutex.unlock() }
        if cache == nil, !exists { return ProgressSummary(trainee: nil, examSessions: [], attemptsSinceCompaction: 0) }
        let lock = try FileLock(path: lockPath, exclusive: true, timeout: options.lockTimeout)
        defer { lock.unlock() }
        if cache == nil, FileOps.info(journalPath).map({ Int($0.st_size) <= options.compactJournalBytes * 2 }) ?? true {
            var header = SnapshotCodec.Header(schemaVersion: ProgressDocument.currentSchemaVersion, journalSeq: 0, examSessions: [])
            let line = snapshotFirstLine()
            if let line { header = SnapshotCodec.decodeHeader(firstLine: line) ?? header }
            if line == nil || header.schemaVersion == ProgressDocument.currentSchemaVersion, line.map({ SnapshotCodec.decodeHeader(firstLine: $0) != nil }) ?? true {
                var builder = DocumentBuilder(
                    ProgressDocument(trainee: header.trainee, examSessions: header.examSessions, journalSeq: header.journalSeq))
                var journalAttempts = 0
                if let data = try FileOps.read(journalPath) {
                    let contents = JournalContents(data, decoder: ProgressCoding.decoder())
                    for event in contents.events where event.seq > header.journalSeq {
                        if event.op == .attempt { journalAttempts += 1 } else { builder.apply(event) }
                    }
                }
                return ProgressSummary(
                    trainee: builder.document.trainee, examSessions: builder.document.examSessions,
                    attemptsSinceCompaction: journalAttempts)
            }
        }
        try refreshLocked()
        let document = cache!.builder.document
        return ProgressSummary(trainee: document.trainee, examSessions: document.examSessions, attemptsSinceCompaction: nil)
    }

    /// Reports of files found damaged and moved aside since the last call (the REPL prints them).
    public func takeWarnings() -> [DamagedFileReport] {
        mutex.lock()
        defer { mutex.unlock() }
        let warnings = pendingWarnings
        pendingWarnings = []
        return warnings
    }

    /// Folds the journal into the document now (normally done when the journal grows past
    /// `Options.compactJournalBytes`).
    public func compact() throws {
        mutex.lock()
        defer { mutex.unlock() }
        try makeFolder()
        let lock = try FileLock(path: lockPath, exclusive: true, timeout: options.lockTimeout)
        defer { lock.unlock() }
        try refreshLocked()
        try compactLocked()
    }

    /// Items due for review at `now` (loads the document).
    public func reviewQueue(now: Date, scheduler: ReviewScheduler = ReviewScheduler()) throws -> [ReviewCard] {
        try load().reviewQueue(now: now, scheduler: scheduler)
    }

    // MARK: - The write path

    /// Lock, read what is new (only if a document is loaded), check, append one fsynced line,
    /// compact when the journal is large, unlock.
    private func change(
        needsDocument: Bool = false, _ makeEvent: (Int) -> JournalEvent,
        precheck: (DocumentBuilder?) throws -> Void = { _ in }
    ) throws {
        mutex.lock()
        defer { mutex.unlock() }
        try makeFolder()
        let lock = try FileLock(path: lockPath, exclusive: true, timeout: options.lockTimeout)
        defer { lock.unlock() }

        let journal = journalPath
        let created = FileOps.info(journal) == nil
        var fd = try FileOps.open(journal, O_RDWR | O_APPEND | O_CREAT, 0o644)
        defer { close(fd) }
        if created { try FileOps.fsyncFolder((journal as NSString).deletingLastPathComponent) }
        var size = try fileSize(fd, journal)
        if size > 0, try lastByte(fd, size: size, journal) != UInt8(ascii: "\n") {
            // A write cut short: keep its bytes aside, continue from the last whole line.
            close(fd)
            try repairTornJournal()
            fd = try FileOps.open(journal, O_RDWR | O_APPEND, 0o644)
            size = try fileSize(fd, journal)
        }

        if needsDocument || cache != nil { try refreshLocked() }
        try precheck(cache?.builder)
        let lastSeq: Int
        if let cache, cache.journalOffset == size {
            lastSeq = cache.builder.document.journalSeq
        } else {
            lastSeq = try lastSequence(fd, size: size)
        }
        let event = makeEvent(lastSeq + 1)
        var line = try ProgressCoding.encoder().encode(event)
        line.append(UInt8(ascii: "\n"))
        do {
            try FileOps.writeAll(fd, line, journal)
            try FileOps.fsync(fd, journal)
        } catch {
            // Disk full or an I/O error: take the partial line back so no torn line stays.
            _ = ftruncate(fd, off_t(size))
            _ = Glibc.fsync(fd)
            throw error
        }
        if cache?.journalOffset == size {
            // In place: a copy of the cache would copy every attempt.
            cache!.builder.apply(event)
            cache!.journalOffset = size + line.count
        }
        if size + line.count > options.compactJournalBytes {
            // The change is on disk already: a compaction that fails (a full disk) is retried
            // at the next change, and reported as what it is, not as a lost answer.
            do {
                try refreshLocked()
                try compactLocked()
            } catch {
                pendingNotes.append("Saved, but the progress file could not be compacted (\(error.localizedDescription)); "
                    + "it will be tried again after the next answer.")
            }
        }
    }

    /// Notes since the last call: a compaction that failed after a change was saved.
    public func takeNotes() -> [String] {
        mutex.lock()
        defer { mutex.unlock() }
        let notes = pendingNotes
        pendingNotes = []
        return notes
    }

    private func fileSize(_ fd: Int32, _ path: String) throws -> Int {
        var info = stat()
        try FileOps.check(fstat(fd, &info), path, "fstat")
        return Int(info.st_size)
    }

    private func lastByte(_ fd: Int32, size: Int, _ path: String) throws -> UInt8 {
        var byte: UInt8 = 0
        guard pread(fd, &byte, 1, off_t(size - 1)) == 1 else {
            throw ProgressError.io(path: path, operation: "read", errno: errno)
        }
        return byte
    }

    /// The sequence number of the last journal line, or of the document when the journal is empty.
    private func lastSequence(_ fd: Int32, size: Int) throws -> Int {
        var window = 16_384
        while size > 0 {
            let start = max(0, size - window)
            var data = Data(count: size - start)
            let got = data.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, off_t(start)) }
            if got < 0 { throw ProgressError.io(path: journalPath, operation: "read", errno: errno) }
            data.removeLast(data.count - got)
            var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
            if start > 0, !lines.isEmpty { lines.removeFirst() }  // may begin mid-line
            let decoder = ProgressCoding.decoder()
            for line in lines.reversed() {
                if let seq = try? decoder.decode(JournalSeq.self, from: Data(line)) { return seq.seq }
            }
            if start == 0 { break }
            window *= 4
        }
        return snapshotHeaderSeq()
    }

    /// The document's `journalSeq` from its first line only (0 when there is no readable document).
    private func snapshotHeaderSeq() -> Int {
        guard let line = snapshotFirstLine() else { return 0 }
        if let header = SnapshotCodec.decodeHeader(firstLine: line) { return header.journalSeq }
        let seq = (try? SnapshotCodec.decodeGeneral(FileOps.read(snapshotPath) ?? Data()))?.document.journalSeq ?? 0
        // An impossible number: count from 0; the next full read sets the document aside as
        // damaged and replays the journal, so the change written now is kept.
        return (0...JournalEvent.maximumSeq).contains(seq) ? seq : 0
    }

    /// The document's first line (its header in ChartDrill's layout), or nil with no document.
    private func snapshotFirstLine() -> Data? {
        guard let fd = try? FileOps.open(snapshotPath, O_RDONLY) else { return nil }
        defer { close(fd) }
        var collected = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while collected.count < 64 << 20 {
            let got = pread(fd, &buffer, buffer.count, off_t(collected.count))
            if got <= 0 { break }
            if let newline = buffer[0..<got].firstIndex(of: UInt8(ascii: "\n")) {
                collected.append(contentsOf: buffer[0..<newline])
                return collected
            }
            collected.append(contentsOf: buffer[0..<got])
        }
        return collected
    }

    /// Keeps the torn journal's bytes aside, then replaces the journal by its whole lines.
    private func repairTornJournal() throws {
        let journal = journalPath
        let data = try FileOps.read(journal) ?? Data()
        let contents = JournalContents(data, decoder: ProgressCoding.decoder())
        guard contents.tornLength > 0 else { return }
        let aside = try FileOps.keepAside(journal, label: "torn", date: clock())
        pendingWarnings.append(
            DamagedFileReport(
                original: URL(fileURLWithPath: journal), movedTo: URL(fileURLWithPath: aside),
                reason: "its last line was cut short (\(contents.tornLength) bytes), as a crash mid-write leaves it",
                kept: "every whole line before it was kept"))
        try FileOps.replaceAtomically(journal, with: data.prefix(contents.completeLength))
    }

    /// Temporary files a kill left before their rename (only written under the lock, so none
    /// is in use while we hold it). Their bytes are a copy of what the real files hold.
    private func removeStaleTemporaries() {
        let folder = (snapshotPath as NSString).deletingLastPathComponent
        let name = (snapshotPath as NSString).lastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for candidate in names
        where candidate.hasPrefix("." + name + ".tmp-") || candidate.hasPrefix("." + name + ".journal.tmp-") {
            unlink(folder + "/" + candidate)
        }
    }

    // MARK: - Loading and compaction (the caller holds the lock)

    private func refreshLocked() throws {
        let snapshot = snapshotPath
        let journal = journalPath
        let identity = FileIdentity(snapshot)
        // (No binding of the whole cache here: a second reference would make the in-place
        // updates below copy every attempt.)
        if cache?.snapshot == identity, let offset = cache?.journalOffset,
            let journalInfo = FileOps.info(journal) ?? (offset == 0 ? stat() : nil), Int(journalInfo.st_size) >= offset
        {
            // Only what was appended since.
            guard Int(journalInfo.st_size) > offset else { return }
            let fd = try FileOps.open(journal, O_RDONLY)
            defer { close(fd) }
            let fresh = try FileOps.readAll(fd, journal, from: offset)
            let contents = JournalContents(fresh, decoder: ProgressCoding.decoder())
            if contents.tornLength == 0, contents.badLines.isEmpty {
                for event in contents.events where event.seq > self.cache!.builder.document.journalSeq {
                    self.cache!.builder.apply(event)
                }
                self.cache!.journalOffset += contents.completeLength
                return
            }
        }
        try fullLoadLocked()
    }

    /// Reads everything; moves a damaged document aside, keeps a damaged or torn journal aside,
    /// migrates an older version, and compacts when any of these happened.
    private func fullLoadLocked() throws {
        let snapshot = snapshotPath
        let journal = journalPath
        var document = ProgressDocument()
        var needsCompaction = false
        var snapshotSeq = 0
        if let data = try FileOps.read(snapshot) {
            do {
                let decoded = try SnapshotCodec.decode(data)
                document = decoded.document
                snapshotSeq = document.journalSeq
                if let version = decoded.migratedFrom {
                    _ = try FileOps.keepAside(snapshot, label: "schema\(version)", date: clock())
                    needsCompaction = true
                }
            } catch let damage as SnapshotCodec.Damage {
                let aside = try FileOps.moveAside(snapshot, label: "damaged", date: clock())
                pendingWarnings.append(
                    DamagedFileReport(
                        original: URL(fileURLWithPath: snapshot), movedTo: URL(fileURLWithPath: aside),
                        reason: damage.reason))
                snapshotSeq = -1  // replay the whole journal
            }
        }
        var builder = DocumentBuilder(document)
        var journalOffset = 0
        if let data = try FileOps.read(journal), !data.isEmpty {
            let contents = JournalContents(data, decoder: ProgressCoding.decoder())
            for event in contents.events where event.seq > snapshotSeq { builder.apply(event) }
            journalOffset = contents.completeLength
            if contents.tornLength > 0 || !contents.badLines.isEmpty {
                let aside = try FileOps.keepAside(journal, label: contents.badLines.isEmpty ? "torn" : "damaged", date: clock())
                var reasons: [String] = []
                if !contents.badLines.isEmpty {
                    reasons.append("\(DamagedFileReport.lines(contents.badLines)) could not be read as changes")
                }
                if contents.tornLength > 0 { reasons.append("its last line was cut short") }
                let readable = contents.events.count
                pendingWarnings.append(
                    DamagedFileReport(
                        original: URL(fileURLWithPath: journal), movedTo: URL(fileURLWithPath: aside),
                        reason: reasons.joined(separator: "; "),
                        kept: readable == 1 ? "its one readable change was kept" : "its \(readable) readable changes were kept"))
                needsCompaction = true
            }
        }
        if snapshotSeq < 0 { needsCompaction = true }
        cache = Cache(builder: builder, snapshot: FileIdentity(snapshot), journalOffset: journalOffset)
        if needsCompaction { try compactLocked() }
    }

    /// Writes the loaded document atomically, then empties the journal (lines replayed after a
    /// crash between the two are skipped by their sequence numbers).
    private func compactLocked() throws {
        guard let document = cache?.builder.document else { return }
        let snapshot = snapshotPath
        removeStaleTemporaries()
        let data = try SnapshotCodec.encode(document, savedAt: clock())
        try FileOps.replaceAtomically(snapshot, with: data)
        let journal = journalPath
        if let info = FileOps.info(journal), info.st_size > 0 {
            // A new empty file renamed over (not a truncation): a copy kept aside as a hard
            // link keeps its bytes.
            try FileOps.replaceAtomically(journal, with: Data())
        }
        cache!.snapshot = FileIdentity(snapshot)
        cache!.journalOffset = 0
    }
}

/// What the REPL needs at start, read without decoding the attempts (`ProgressStore.summary()`).
public struct ProgressSummary: Sendable, Hashable {
    /// The trainee's name, if given.
    public var trainee: String?
    /// Mock exams being sat: offer to resume them.
    public var examSessions: [ExamSession]
    /// Attempts in the journal (nil when the whole document was loaded instead).
    public var attemptsSinceCompaction: Int?
}
