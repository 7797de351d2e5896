import Foundation
import Testing
import TestSupport

@testable import ProgressStore

/// The byte-level reader gives exactly what JSONDecoder gives, and leaves to JSONDecoder
/// everything it does not recognise (so errors and damage reports are unchanged).
@Suite struct FastAttemptReaderTests {
    // MARK: - Helpers

    func fast(_ json: String) -> [Attempt]? {
        Array(json.utf8).withUnsafeBytes { FastAttemptReader.attempts(inChunk: $0) }
    }

    func fastEvent(_ json: String) -> JournalEvent? {
        Array(json.utf8).withUnsafeBytes { FastAttemptReader.journalEvent($0) }
    }

    /// What the old path gives for one attempt object: JSONDecoder alone.
    func reference(_ json: String) -> Attempt? {
        try? ProgressCoding.decoder().decode(Attempt.self, from: Data(json.utf8))
    }

    func encoded(_ attempt: Attempt) throws -> String {
        String(decoding: try ProgressCoding.encoder().encode(attempt), as: UTF8.self)
    }

    /// Rewrites every non-ASCII character inside JSON strings as `\uXXXX` (surrogate pairs
    /// above U+FFFF, upper or lower case hex) and some slashes as `\/`. Keys are ASCII without
    /// slashes, so only values change.
    func escapingStrings(_ json: String, _ random: inout RandomAttempts) -> String {
        var out = String.UnicodeScalarView()
        var inString = false
        var scalars = json.unicodeScalars.makeIterator()
        func hex(_ value: UInt32, upper: Bool) -> String {
            let digits = String(value, radix: 16, uppercase: upper)
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
        while let scalar = scalars.next() {
            guard inString else {
                out.append(scalar)
                if scalar == "\"" { inString = true }
                continue
            }
            switch scalar {
            case "\"":
                inString = false
                out.append(scalar)
            case "\\":
                out.append(scalar)
                let next = scalars.next()!
                out.append(next)
                if next == "u" { for _ in 0..<4 { out.append(scalars.next()!) } }
            case "/" where random.chance(0.5):
                out.append(contentsOf: "\\/".unicodeScalars)
            case _ where scalar.value >= 0x80:
                let upper = random.chance(0.5)
                if scalar.value > 0xFFFF {
                    let offset = scalar.value - 0x10000
                    out.append(contentsOf: (hex(0xD800 + offset >> 10, upper: upper) + hex(0xDC00 + offset & 0x3FF, upper: upper)).unicodeScalars)
                } else {
                    out.append(contentsOf: hex(scalar.value, upper: upper).unicodeScalars)
                }
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Journal lines read by JSONDecoder alone, as before the fast path.
    func referenceJournal(_ data: Data) -> (events: [JournalEvent], badLines: [Int]) {
        var events: [JournalEvent] = []
        var bad: [Int] = []
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        lines.removeLast()  // after the last newline: torn or empty
        for (number, line) in lines.enumerated() where !line.isEmpty {
            if let event = try? ProgressCoding.decoder().decode(JournalEvent.self, from: Data(line)) {
                events.append(event)
            } else if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
                bad.append(number + 1)
            }
        }
        return (events, bad)
    }

    /// A snapshot read by JSONDecoder alone (the whole object at once).
    func referenceSnapshot(_ data: Data) throws -> ProgressDocument {
        let whole = try ProgressCoding.decoder().decode(SnapshotCodec.Whole.self, from: data)
        return ProgressDocument(
            trainee: whole.trainee, attempts: whole.attempts, examSessions: whole.examSessions ?? [],
            journalSeq: whole.journalSeq ?? 0)
    }

    /// The reason the old path gave for a snapshot whose attempts do not decode: the whole
    /// attempts array through JSONDecoder, described.
    func oldReason(_ document: Data) -> String? {
        let text = String(decoding: document, as: UTF8.self)
        guard let range = text.range(of: "\"attempts\":"), let close = text.range(of: "}", options: .backwards) else { return nil }
        let body = Data(text[range.upperBound..<close.lowerBound].utf8)
        do {
            _ = try ProgressCoding.decoder().decode([Attempt].self, from: body)
            return nil
        } catch {
            return SnapshotCodec.describe(error)
        }
    }

    // MARK: - Equivalence

    @Test func randomAttemptsDecodeBitForBitAsJSONDecoderDoes() throws {
        var random = RandomAttempts(seed: 20_250_615)
        var checked = 0
        for _ in 0..<4_000 {
            let json = try encoded(random.attempt())
            let decoded = try #require(fast(json), "refused: \(json)")
            let expected = try #require(reference(json))
            #expect(decoded.count == 1)
            #expect(decoded.map(RandomAttempts.fingerprint) == [RandomAttempts.fingerprint(expected)], "\(json)")
            checked += 1
        }
        #expect(checked == 4_000)
    }

    @Test func chunksAsTheDocumentWritesThem() throws {
        var random = RandomAttempts(seed: 7)
        let attempts = (0..<600).map { _ in random.attempt() }
        let array = try ProgressCoding.encoder().encode(attempts)
        let chunk = String(decoding: array.dropFirst().dropLast(), as: UTF8.self)
        let decoded = try #require(fast(chunk))
        let expected = try ProgressCoding.decoder().decode([Attempt].self, from: array)
        #expect(decoded.map(RandomAttempts.fingerprint) == expected.map(RandomAttempts.fingerprint))
        #expect(fast("") == [])
        #expect(fast(" \n ") == [])
    }

    @Test func everyEscapeDecodesAsJSONDecoderDecodesIt() throws {
        var random = RandomAttempts(seed: 99)
        for _ in 0..<1_500 {
            let plain = try encoded(random.attempt())
            let escaped = escapingStrings(plain, &random)
            let decoded = try #require(fast(escaped), "refused: \(escaped)")
            let expected = try #require(reference(escaped))
            let unescaped = try #require(reference(plain))
            #expect(decoded.map(RandomAttempts.fingerprint) == [RandomAttempts.fingerprint(expected)], "\(escaped)")
            #expect(RandomAttempts.fingerprint(expected) == RandomAttempts.fingerprint(unescaped))
        }
        // Escapes the encoder never writes: ASCII as \u, \b \f, an escaped slash, "\u0000".
        let handWritten = #"{"answer":"\u0045\u00311\b\f\/\u0000\ud83d\uDE00","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"dr\u0069ll","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#
        let decoded = try #require(fast(handWritten))
        let expected = try #require(reference(handWritten))
        #expect(decoded.map(RandomAttempts.fingerprint) == [RandomAttempts.fingerprint(expected)])
    }

    @Test func optionalFieldsNullOrAbsentAndUnknownFieldsIgnored() throws {
        let cases = [
            #"{"answer":"a","chartCorrect":false,"findings":[{"kind":"missing","key":"Z79.84"}],"id":"x","item":"i","maxPoints":3,"mode":"exam","pack":"p","packVersion":"1","points":0,"seconds":2,"time":1700000000.25}"#,
            #"{"answer":"a","chartCorrect":false,"findings":[{"details":null,"entered":null,"key":null,"kind":"axis","other":null}],"id":"x","item":"i","maxPoints":3,"mode":"exam","overrides":null,"pack":"p","packVersion":"1","points":0,"seconds":2,"session":null,"tags":null,"time":1}"#,
            #"{ "zeta" : {"a":[1,-2.5e3,{"b":null},true,false,"s\"t"]}, "answer" : "a" , "chartCorrect":true,"findings":[ ],"id":"x","item":"i","maxPoints":3,"mode":"review","pack":"p","packVersion":"1","points":3,"seconds":2,"time":-1.5E+2,"extra":[]}"#,
            #"{"answer":"a","chartCorrect":true,"findings":[{"kind":"excludes1","entered":"A","other":"B","details":["x","y"],"unknown":1}],"id":"x","item":"i","maxPoints":1,"mode":"drill","overrides":[{"by":"Ann","id":"c1","points":0.5,"reason":"why","time":1750000000.123456,"note":"n"}],"pack":"p","packVersion":"1","points":1,"seconds":0,"session":"s1","tags":["t"],"time":0}"#,
        ]
        for json in cases {
            let decoded = try #require(fast(json), "refused: \(json)")
            let expected = try #require(reference(json))
            #expect(decoded.map(RandomAttempts.fingerprint) == [RandomAttempts.fingerprint(expected)], "\(json)")
        }
    }

    @Test func journalLinesDecodeAsJSONDecoderDecodesThem() throws {
        var random = RandomAttempts(seed: 3)
        var data = Data()
        var fastLines = 0
        for seq in 1...800 {
            let event: JournalEvent
            switch random.int(0..<10) {
            case 0: event = JournalEvent(seq: seq, op: .credit, id: Attempt.makeID(), credit: random.credit())
            case 1: event = JournalEvent(seq: seq, op: .trainee, trainee: random.string())
            case 2: event = JournalEvent(seq: seq, op: .examEnd, id: random.string())
            case 3:
                event = JournalEvent(
                    seq: seq, op: .exam,
                    session: ExamSession(packId: "p", packVersion: "1", started: random.date(), answers: ["i1": random.string()]))
            default: event = JournalEvent(seq: seq, op: .attempt, attempt: random.attempt())
            }
            let line = try ProgressCoding.encoder().encode(event)
            let viaFast = line.withUnsafeBytes { FastAttemptReader.journalEvent($0) }
            // Exam sessions are left to JSONDecoder; everything else is read fast.
            #expect((viaFast == nil) == (event.op == .exam))
            if viaFast != nil { fastLines += 1 }
            data.append(line)
            data.append(UInt8(ascii: "\n"))
        }
        let contents = JournalContents(data, decoder: ProgressCoding.decoder())
        let expected = referenceJournal(data)
        #expect(contents.badLines == expected.badLines)
        #expect(try contents.events.map(RandomAttempts.fingerprint) == expected.events.map(RandomAttempts.fingerprint))
        #expect(fastLines > 600)
    }

    @Test func wholeDocumentsLoadAsTheOldPathLoadsThem() throws {
        let folder = try TemporaryFolder("fastdecode")
        defer { folder.remove() }
        let url = folder.file("p.json")
        var random = RandomAttempts(seed: 42)
        let attempts = (0..<(SnapshotCodec.chunkSize * 2 + 500)).map { _ in random.attempt() }
        let session = ExamSession(packId: "p", packVersion: "1", started: baseDate, answers: ["a": "b"])
        try ProgressStore(documentURL: url).seed(
            ProgressDocument(trainee: "Zoë \"Z\" 😀", attempts: attempts, examSessions: [session]))
        let writer = try ProgressStore(documentURL: url)
        for _ in 0..<40 { try writer.record(random.attempt()) }
        try writer.addCredit(random.credit(), toAttempt: attempts[17].id)
        try writer.setTrainee(random.string())

        func expectedDocument() throws -> ProgressDocument {
            let snapshot = try referenceSnapshot(Data(contentsOf: url))
            var builder = DocumentBuilder(snapshot)
            let journal = (try? Data(contentsOf: writer.journalURL)) ?? Data()
            for event in referenceJournal(journal).events where event.seq > snapshot.journalSeq { builder.apply(event) }
            return builder.document
        }

        let loaded = try ProgressStore(documentURL: url).load()
        #expect(loaded.attempts.count == attempts.count + 40)
        #expect(try RandomAttempts.fingerprint(loaded) == RandomAttempts.fingerprint(try expectedDocument()))

        // Compacted (journal folded in), then read again.
        try writer.compact()
        let reread = try ProgressStore(documentURL: url).load()
        #expect(try RandomAttempts.fingerprint(reread) == RandomAttempts.fingerprint(try expectedDocument()))
        #expect(try RandomAttempts.fingerprint(reread) == RandomAttempts.fingerprint(loaded))
    }

    // MARK: - Fallback

    /// Attempt objects the fast path must refuse, whether JSONDecoder reads them or not.
    static let refused: [(String, String)] = [
        ("a number for a string", #"{"answer":12,"chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("a truncated record", #"{"answer":"a","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"dri"#),
        ("an unknown escape", #"{"answer":"a\q","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("a lone surrogate", #"{"answer":"\ud800x","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("a raw control character", "{\"answer\":\"a\u{01}\",\"chartCorrect\":true,\"findings\":[],\"id\":\"x\",\"item\":\"i\",\"maxPoints\":1,\"mode\":\"drill\",\"pack\":\"p\",\"packVersion\":\"1\",\"points\":1,\"seconds\":2,\"time\":3}"),
        ("an unknown mode", #"{"answer":"a","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"quiz","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("an unknown finding kind", #"{"answer":"a","chartCorrect":true,"findings":[{"kind":"great"}],"id":"x","item":"i","maxPoints":1,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("a missing field", #"{"answer":"a","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"drill","pack":"p","packVersion":"1","points":1,"time":3}"#),
        ("null for a required field", #"{"answer":null,"chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("a number too large", #"{"answer":"a","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1e400,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("a subnormal number", #"{"answer":"a","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":5e-324,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("a string for a Bool", #"{"answer":"a","chartCorrect":"yes","findings":[],"id":"x","item":"i","maxPoints":1,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("a repeated key", #"{"answer":"a","answer":"b","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("an escaped key", #"{"\u0061nswer":"a","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("a leading zero", #"{"answer":"a","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":01,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#),
        ("trailing garbage", #"{"answer":"a","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}x"#),
        ("invalid UTF-8", "{\"answer\":\"a~\",\"chartCorrect\":true,\"findings\":[],\"id\":\"x\",\"item\":\"i\",\"maxPoints\":1,\"mode\":\"drill\",\"pack\":\"p\",\"packVersion\":\"1\",\"points\":1,\"seconds\":2,\"time\":3}"),
    ]

    @Test(arguments: 0..<FastAttemptReaderTests.refused.count)
    func refusedRecordsGoToJSONDecoderWithTheSameResult(_ index: Int) throws {
        let (label, raw) = Self.refused[index]
        // The invalid UTF-8 case: its "~" becomes a byte UTF-8 never uses.
        var bytes = Array(raw.utf8)
        if label == "invalid UTF-8" { bytes = bytes.map { $0 == UInt8(ascii: "~") ? 0xFF : $0 } }
        let json = String(decoding: bytes, as: UTF8.self)
        #expect(bytes.withUnsafeBytes { FastAttemptReader.attempts(inChunk: $0) } == nil, "\(label)")

        // Through the document reader: the same attempts, or the same error, as JSONDecoder.
        let body = Data("[\n".utf8) + Data(bytes) + Data("\n]".utf8)
        let expected = Result { try ProgressCoding.decoder().decode([Attempt].self, from: body) }
        let actual = Result { try SnapshotCodec.decodeAttempts(body) }
        switch (expected, actual) {
        case (.success(let want), .success(let got)):
            #expect(got.map(RandomAttempts.fingerprint) == want.map(RandomAttempts.fingerprint), "\(label)")
        case (.failure(let want), .failure(let got)):
            #expect(SnapshotCodec.describe(got) == SnapshotCodec.describe(want), "\(label)")
        default:
            Issue.record("\(label): JSONDecoder gave \(expected), the document reader \(actual) for \(json)")
        }

        // As a journal line: read or counted bad exactly as before.
        let line = Data(#"{"attempt":"#.utf8) + Data(bytes) + Data(#","op":"attempt","seq":1}"#.utf8) + Data("\n".utf8)
        let contents = JournalContents(line, decoder: ProgressCoding.decoder())
        let reference = referenceJournal(line)
        #expect(contents.badLines == reference.badLines, "\(label)")
        #expect(try contents.events.map(RandomAttempts.fingerprint) == reference.events.map(RandomAttempts.fingerprint))
    }

    @Test func refusedJournalEnvelopesGoToJSONDecoder() throws {
        let attempt = #"{"answer":"a","chartCorrect":true,"findings":[],"id":"x","item":"i","maxPoints":1,"mode":"drill","pack":"p","packVersion":"1","points":1,"seconds":2,"time":3}"#
        let lines = [
            #"{"attempt":\#(attempt),"op":"attempt","seq":1.0}"#,
            #"{"attempt":\#(attempt),"op":"attempt","seq":"2"}"#,
            #"{"attempt":\#(attempt),"op":"attempt","seq":1e1}"#,
            #"{"attempt":\#(attempt),"op":"retry","seq":3}"#,
            #"{"attempt":\#(attempt),"op":"attempt"}"#,
            #"{"op":"examEnd","seq":4,"id":5}"#,
            #"{"op":"exam","seq":5,"session":{"id":"s","packId":"p","packVersion":"1","started":1,"secondsUsed":0,"answers":{},"flags":[],"updated":2}}"#,
            #"{"op":"trainee","seq":6,"trainee":"Ana","trainee":"Bo"}"#,
            #"{"op":"attempt","seq":7,"attempt":\#(attempt)"#,
        ]
        for line in lines { #expect(fastEvent(line) == nil, "\(line)") }
        let good = #"{"attempt":\#(attempt),"op":"attempt","seq":8}"#
        #expect(fastEvent(good) != nil)
        let data = Data((lines + [good, "  ", #"{"op":"trainee","seq":9,"trainee":null}"#]).joined(separator: "\n").utf8) + Data("\n".utf8)
        let contents = JournalContents(data, decoder: ProgressCoding.decoder())
        let reference = referenceJournal(data)
        #expect(contents.badLines == reference.badLines)
        #expect(try contents.events.map(RandomAttempts.fingerprint) == reference.events.map(RandomAttempts.fingerprint))
    }

    @Test func aDamagedDocumentIsReportedAsBefore() throws {
        var random = RandomAttempts(seed: 11)
        let document = ProgressDocument(trainee: "Ana", attempts: (0..<50).map { _ in random.attempt() })
        let valid = String(decoding: try SnapshotCodec.encode(document, savedAt: baseDate), as: UTF8.self)
        let damages = [
            valid.replacingOccurrences(of: #""chartCorrect":true"#, with: #""chartCorrect":"true""#),
            valid.replacingOccurrences(of: #""mode":"drill""#, with: #""mode":"dril""#),
            valid.replacingOccurrences(of: #""findings":["#, with: #""findings":[7,"#),
        ]
        for text in damages {
            #expect(text != valid)
            let folder = try TemporaryFolder("fastdamage")
            defer { folder.remove() }
            let url = folder.file("p.json")
            try Data(text.utf8).write(to: url)
            let store = try ProgressStore(documentURL: url, clock: FixedClock(date: baseDate).now)
            #expect(try store.load().attempts.isEmpty)
            let warnings = store.takeWarnings()
            #expect(warnings.count == 1)
            let reason = try #require(oldReason(Data(text.utf8)))
            #expect(warnings.first?.reason == reason)
            #expect(try Data(contentsOf: folder.file("p.json.damaged-20250615T150640Z")) == Data(text.utf8))
        }
    }
}
