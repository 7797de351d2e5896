import Foundation

/// The compacted document (`<name>.json`): one JSON object, laid out so that its header can be
/// read without decoding any attempt.
///
/// Line 1 holds every field but the attempts and ends with a comma; line 2 is
/// `"attempts":[...]}`. Any JSON tool reads the file as one object; ChartDrill reads line 1
/// alone when it needs only the header, and falls back to a general parse (with migration)
/// when the layout or the version differs. Each chunk line is read by `FastAttemptReader`,
/// with JSONDecoder for any line it refuses, so errors and damage reports are JSONDecoder's.
enum SnapshotCodec {
    /// Every field of the document but the attempts.
    struct Header: Codable {
        var schemaVersion: Int
        var trainee: String?
        var journalSeq: Int
        var savedAt: Date?
        var examSessions: [ExamSession]
    }

    /// The whole document, for the general (slow) path.
    struct Whole: Decodable {
        var schemaVersion: Int
        var trainee: String?
        var journalSeq: Int?
        var examSessions: [ExamSession]?
        var attempts: [Attempt]
    }

    /// Why a snapshot cannot be read.
    struct Damage: Error {
        var reason: String
    }

    /// The result of reading a snapshot.
    struct Decoded {
        var document: ProgressDocument
        /// The version the file was written in, when older than the current one.
        var migratedFrom: Int?
    }

    private static let attemptsPrefix = Data("\"attempts\":".utf8)

    static func encode(_ document: ProgressDocument, savedAt: Date) throws -> Data {
        let encoder = ProgressCoding.encoder()
        let header = Header(
            schemaVersion: ProgressDocument.currentSchemaVersion, trainee: document.trainee,
            journalSeq: document.journalSeq, savedAt: savedAt, examSessions: document.examSessions)
        var data = try encoder.encode(header)
        data.removeLast()  // the closing brace
        data.append(contentsOf: Array(",\n".utf8))
        data.append(attemptsPrefix)
        if document.attempts.isEmpty {
            data.append(contentsOf: Array("[]".utf8))
        } else {
            // Chunks of attempts, one per line, encoded in parallel; read back in parallel.
            let chunks = try Parallel.map(chunkRanges(document.attempts.count)) { range -> Data in
                let encoded = try ProgressCoding.encoder().encode(Array(document.attempts[range]))
                return encoded.dropFirst().dropLast()  // the brackets
            }
            data.append(contentsOf: Array("[\n".utf8))
            for (index, chunk) in chunks.enumerated() {
                if index > 0 { data.append(contentsOf: Array(",\n".utf8)) }
                data.append(chunk)
            }
            data.append(contentsOf: Array("\n]".utf8))
        }
        data.append(contentsOf: Array("}\n".utf8))
        return data
    }

    /// Attempts per line of the document.
    static let chunkSize = 4_096

    static func chunkRanges(_ count: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: chunkSize).map { $0..<min($0 + chunkSize, count) }
    }

    /// Decodes the attempts array: line by line in parallel when written in chunks, else whole.
    static func decodeAttempts(_ body: Data) throws -> [Attempt] {
        let open = Data("[\n".utf8)
        let close = Data("\n]".utf8)
        guard body.starts(with: open), body.count >= open.count + close.count, body.suffix(2) == close else {
            return try ProgressCoding.decoder().decode([Attempt].self, from: body)
        }
        let lines = lineRanges(body, from: open.count, to: body.count - close.count)
        let chunked = try? Parallel.map(lines) { range -> [Attempt] in
            var line = body[(body.startIndex + range.lowerBound)..<(body.startIndex + range.upperBound)]
            if line.last == UInt8(ascii: ",") { line = line.dropLast() }
            // The byte-level reader first; JSONDecoder for anything it refuses.
            if let attempts = line.withUnsafeBytes({ FastAttemptReader.attempts(inChunk: $0) }) { return attempts }
            var wrapped = Data([UInt8(ascii: "[")])
            wrapped.append(line)
            wrapped.append(UInt8(ascii: "]"))
            return try ProgressCoding.decoder().decode([Attempt].self, from: wrapped)
        }
        // Lines that are not whole chunks (a file edited by hand): read as one array.
        guard let chunked else { return try ProgressCoding.decoder().decode([Attempt].self, from: body) }
        return chunked.flatMap { $0 }
    }

    /// The non-empty lines between byte offsets `lower` and `upper` of `data`, as offsets
    /// (a scan of raw bytes: `Data.split` costs more than decoding the attempts).
    static func lineRanges(_ data: Data, from lower: Int, to upper: Int) -> [Range<Int>] {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var ranges: [Range<Int>] = []
            var start = lower
            for position in lower..<upper where raw[position] == UInt8(ascii: "\n") {
                if position > start { ranges.append(start..<position) }
                start = position + 1
            }
            if upper > start { ranges.append(start..<upper) }
            return ranges
        }
    }

    /// The header alone (line 1), or nil when the layout is not ChartDrill's own.
    static func decodeHeader(firstLine: Data) -> Header? {
        guard var line = Optional(firstLine), line.last == UInt8(ascii: ",") else { return nil }
        line[line.index(before: line.endIndex)] = UInt8(ascii: "}")
        guard let header = try? ProgressCoding.decoder().decode(Header.self, from: line),
            (0...JournalEvent.maximumSeq).contains(header.journalSeq)
        else { return nil }
        return header
    }

    /// Decodes a whole snapshot: the fast layout when it matches, else a general parse with
    /// migration. Throws `Damage` for anything that is not a readable document of a version
    /// this ChartDrill knows.
    static func decode(_ data: Data) throws -> Decoded {
        let decoded = try decodeUnchecked(data)
        // A number no real document reaches (the next change would overflow on it).
        guard (0...JournalEvent.maximumSeq).contains(decoded.document.journalSeq) else {
            throw Damage(reason: "journalSeq \(decoded.document.journalSeq) is out of range")
        }
        return decoded
    }

    private static func decodeUnchecked(_ data: Data) throws -> Decoded {
        if data.isEmpty { throw Damage(reason: "the file is empty") }
        if let newline = data.firstIndex(of: UInt8(ascii: "\n")),
            let header = decodeHeader(firstLine: data[data.startIndex..<newline]),
            header.schemaVersion == ProgressDocument.currentSchemaVersion
        {
            let rest = data[(newline + 1)...]
            var end = rest.endIndex
            while end > rest.startIndex, [UInt8(ascii: "\n"), UInt8(ascii: " ")].contains(rest[end - 1]) { end -= 1 }
            if rest.starts(with: attemptsPrefix), end > rest.startIndex, rest[end - 1] == UInt8(ascii: "}") {
                let array = rest[(rest.startIndex + attemptsPrefix.count)..<(end - 1)]
                do {
                    let attempts = try decodeAttempts(array)  // a slice: no copy of the whole file
                    let document = ProgressDocument(
                        trainee: header.trainee, attempts: attempts, examSessions: header.examSessions,
                        journalSeq: header.journalSeq)
                    return Decoded(document: document, migratedFrom: nil)
                } catch {
                    throw Damage(reason: describe(error))
                }
            }
        }
        return try decodeGeneral(data)
    }

    /// Any valid JSON layout, any known version: migrated in memory, then decoded.
    static func decodeGeneral(_ data: Data) throws -> Decoded {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw Damage(reason: "not JSON, or cut short")
        }
        guard var dictionary = object as? [String: Any] else {
            throw Damage(reason: "the top level is not a JSON object")
        }
        guard let version = dictionary["schemaVersion"] as? Int else {
            throw Damage(reason: "no whole-number schemaVersion")
        }
        if version > ProgressDocument.currentSchemaVersion {
            throw Damage(
                reason: "schemaVersion \(version) is newer than this ChartDrill reads "
                    + "(\(ProgressDocument.currentSchemaVersion)); update ChartDrill to read it")
        }
        if version < 1 { throw Damage(reason: "schemaVersion \(version) is not a version ChartDrill ever wrote") }
        do {
            try SchemaMigration.migrate(&dictionary, from: version)
        } catch let damage as Damage {
            throw damage
        } catch {
            throw Damage(reason: "cannot migrate from schemaVersion \(version): \(error)")
        }
        do {
            let migrated = try JSONSerialization.data(withJSONObject: dictionary)
            let whole = try ProgressCoding.decoder().decode(Whole.self, from: migrated)
            let document = ProgressDocument(
                trainee: whole.trainee, attempts: whole.attempts, examSessions: whole.examSessions ?? [],
                journalSeq: whole.journalSeq ?? 0)
            return Decoded(
                document: document, migratedFrom: version < ProgressDocument.currentSchemaVersion ? version : nil)
        } catch {
            throw Damage(reason: describe(error))
        }
    }

    /// A decoding error in words, with the JSON path when there is one.
    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.typeMismatch(let type, let context):
            return "wrong type at \(path(context)): expected \(type)"
        case DecodingError.keyNotFound(let key, let context):
            return "missing field \(key.stringValue) at \(path(context))"
        case DecodingError.valueNotFound(_, let context):
            return "null value at \(path(context))"
        case DecodingError.dataCorrupted(let context):
            return "unreadable value at \(path(context)): \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the top level" : path
    }
}
