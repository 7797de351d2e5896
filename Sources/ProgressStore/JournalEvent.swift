import Foundation

/// One line of the append-only journal (`<document>.journal`): a change made since the
/// document was last compacted, numbered so that a replay after a compaction skips it.
struct JournalEvent: Codable, Sendable {
    enum Op: String, Codable, Sendable {
        case attempt, exam, examEnd, trainee, credit
    }

    var seq: Int
    var op: Op
    var attempt: Attempt?
    var session: ExamSession?
    /// The exam session ended (`examEnd`) or the attempt credited (`credit`).
    var id: String?
    var trainee: String?
    var credit: ManualCredit?

    init(seq: Int, op: Op, attempt: Attempt? = nil, session: ExamSession? = nil, id: String? = nil,
         trainee: String? = nil, credit: ManualCredit? = nil) {
        self.seq = seq
        self.op = op
        self.attempt = attempt
        self.session = session
        self.id = id
        self.trainee = trainee
        self.credit = credit
    }

    /// The largest sequence number a real journal reaches (one per confirmed change: 2^53 is
    /// beyond any trainee's lifetime). A larger one is an impossible value: the line does not
    /// decode, and the file is set aside as damaged instead of overflowing on the next change.
    static let maximumSeq = 1 << 53

    static func checkedSeq(_ value: Int, codingPath: [CodingKey]) throws -> Int {
        guard (0...maximumSeq).contains(value) else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "sequence number \(value) is out of range"))
        }
        return value
    }

    enum CodingKeys: String, CodingKey { case seq, op, attempt, session, id, trainee, credit }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        seq = try Self.checkedSeq(c.decode(Int.self, forKey: .seq), codingPath: c.codingPath)
        op = try c.decode(Op.self, forKey: .op)
        attempt = try c.decodeIfPresent(Attempt.self, forKey: .attempt)
        session = try c.decodeIfPresent(ExamSession.self, forKey: .session)
        id = try c.decodeIfPresent(String.self, forKey: .id)
        trainee = try c.decodeIfPresent(String.self, forKey: .trainee)
        credit = try c.decodeIfPresent(ManualCredit.self, forKey: .credit)
    }
}

/// Just the sequence number of a journal line.
struct JournalSeq: Decodable {
    var seq: Int

    enum CodingKeys: String, CodingKey { case seq }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        seq = try JournalEvent.checkedSeq(c.decode(Int.self, forKey: .seq), codingPath: c.codingPath)
    }
}

/// A journal's bytes read into events: complete lines decoded, a torn last line (no newline)
/// set apart, lines that do not decode counted.
struct JournalContents {
    var events: [JournalEvent] = []
    /// Bytes up to and including the last newline.
    var completeLength: Int = 0
    /// Bytes after the last newline: a write cut short.
    var tornLength: Int = 0
    /// 1-based numbers (counting from the start of the bytes given) of lines that did not decode.
    var badLines: [Int] = []

    init() {}

    init(_ data: Data, decoder: JSONDecoder) {
        let newline = UInt8(ascii: "\n")
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            var lineNumber = 0
            for position in 0..<bytes.count where bytes[position] == newline {
                lineNumber += 1
                if position > start {
                    // The byte-level reader first; JSONDecoder for any line it refuses.
                    if let event = FastAttemptReader.journalEvent(UnsafeRawBufferPointer(rebasing: raw[start..<position])) {
                        events.append(event)
                        start = position + 1
                        continue
                    }
                    let line = data.subdata(in: data.startIndex + start..<data.startIndex + position)
                    if let event = try? decoder.decode(JournalEvent.self, from: line) {
                        events.append(event)
                    } else if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
                        badLines.append(lineNumber)
                    }
                }
                start = position + 1
            }
            completeLength = start
            tornLength = bytes.count - start
        }
    }
}
