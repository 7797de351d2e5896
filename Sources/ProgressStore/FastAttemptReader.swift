import CodingScore
import Foundation

/// A byte-level reader for the JSON that `ProgressCoding.encoder()` writes for attempts (a
/// chunk line of the document) and for journal lines: about ten times faster than
/// JSONDecoder, giving exactly the values JSONDecoder gives.
///
/// It knows only the shapes of `Attempt`, `AttemptFinding`, `ManualCredit` and the journal
/// envelope, and refuses (returns nil) anything else: a value of another type, a missing or
/// repeated field, a malformed token, an escaped or non-ASCII key, an exam session, a number
/// it cannot read exactly. The caller then decodes the same bytes with JSONDecoder, so every
/// error message and edge case stays JSONDecoder's own. Unknown fields are skipped (checked
/// for well-formedness, as JSONDecoder checks them).
struct FastAttemptReader {
    /// The reader met something it does not handle; never shown, the caller falls back.
    struct Refusal: Error {}

    private let base: UnsafePointer<UInt8>
    private let end: Int
    private var at = 0
    /// Reused for strings with escapes.
    private var scratch: [UInt8] = []

    private init(_ base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.end = count
    }

    // MARK: - Entry points

    /// The attempts of one chunk line: objects separated by commas, without the brackets and
    /// without the line's trailing comma. Nil when anything is not as ChartDrill writes it.
    static func attempts(inChunk bytes: UnsafeRawBufferPointer) -> [Attempt]? {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return [] }
        var reader = FastAttemptReader(start.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        do {
            var attempts: [Attempt] = []
            reader.skipWhitespace()
            if reader.at == reader.end { return [] }
            while true {
                attempts.append(try reader.attempt())
                reader.skipWhitespace()
                if reader.at == reader.end { return attempts }
                try reader.expect(UInt8(ascii: ","))
                reader.skipWhitespace()
            }
        } catch {
            return nil
        }
    }

    /// One journal line (without its newline), or nil when JSONDecoder must read it.
    static func journalEvent(_ bytes: UnsafeRawBufferPointer) -> JournalEvent? {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return nil }
        var reader = FastAttemptReader(start.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        do {
            reader.skipWhitespace()
            let event = try reader.journalEvent()
            reader.skipWhitespace()
            return reader.at == reader.end ? event : nil
        } catch {
            return nil
        }
    }

    // MARK: - The known shapes

    private mutating func attempt() throws(Refusal) -> Attempt {
        var id: String?, time: Date?, mode: AttemptMode?, packId: String?, packVersion: String?
        var itemId: String?, answer: String?, findings: [AttemptFinding]?, points: Double?
        var maxPoints: Double?, chartCorrect: Bool?, seconds: Double?
        var tags: [String] = [], examSessionId: String?, overrides: [ManualCredit] = []
        var drg: DRGOutcome?
        var skipped = false
        var weight = 1.0
        var seen: UInt32 = 0
        try object { (reader: inout FastAttemptReader, start: Int, count: Int) throws(Refusal) in
            // Keys in the order the encoder sorts them; a repeated key is refused (JSONDecoder's
            // choice between the two is not ours to guess).
            if reader.key(start, count, is: "answer") {
                try reader.once(&seen, 0)
                answer = try reader.string()
            } else if reader.key(start, count, is: "chartCorrect") {
                try reader.once(&seen, 1)
                chartCorrect = try reader.bool()
            } else if reader.key(start, count, is: "drg") {
                try reader.once(&seen, 15)
                if !reader.null() { drg = try reader.drgOutcome() }
            } else if reader.key(start, count, is: "findings") {
                try reader.once(&seen, 2)
                var list: [AttemptFinding] = []
                try reader.array { (reader: inout FastAttemptReader) throws(Refusal) in list.append(try reader.finding()) }
                findings = list
            } else if reader.key(start, count, is: "id") {
                try reader.once(&seen, 3)
                id = try reader.string()
            } else if reader.key(start, count, is: "item") {
                try reader.once(&seen, 4)
                itemId = try reader.string()
            } else if reader.key(start, count, is: "maxPoints") {
                try reader.once(&seen, 5)
                maxPoints = try reader.double()
            } else if reader.key(start, count, is: "mode") {
                try reader.once(&seen, 6)
                guard let value = AttemptMode(rawValue: try reader.string()) else { throw Refusal() }
                mode = value
            } else if reader.key(start, count, is: "overrides") {
                try reader.once(&seen, 7)
                if !reader.null() {
                    try reader.array { (reader: inout FastAttemptReader) throws(Refusal) in
                        overrides.append(try reader.credit())
                    }
                }
            } else if reader.key(start, count, is: "pack") {
                try reader.once(&seen, 8)
                packId = try reader.string()
            } else if reader.key(start, count, is: "packVersion") {
                try reader.once(&seen, 9)
                packVersion = try reader.string()
            } else if reader.key(start, count, is: "points") {
                try reader.once(&seen, 10)
                points = try reader.double()
            } else if reader.key(start, count, is: "seconds") {
                try reader.once(&seen, 11)
                seconds = try reader.double()
            } else if reader.key(start, count, is: "session") {
                try reader.once(&seen, 12)
                examSessionId = reader.null() ? nil : try reader.string()
            } else if reader.key(start, count, is: "skipped") {
                try reader.once(&seen, 16)
                skipped = try reader.bool()
            } else if reader.key(start, count, is: "tags") {
                try reader.once(&seen, 13)
                if !reader.null() { tags = try reader.strings() }
            } else if reader.key(start, count, is: "time") {
                try reader.once(&seen, 14)
                time = Date(timeIntervalSince1970: try reader.double())
            } else if reader.key(start, count, is: "weight") {
                try reader.once(&seen, 17)
                weight = try reader.double()
                guard weight.isFinite, weight > 0, weight <= 1_000 else { throw Refusal() }
            } else {
                try reader.skipValue(depth: 0)
            }
        }
        guard let id, let time, let mode, let packId, let packVersion, let itemId, let answer, let findings,
            let points, let maxPoints, let chartCorrect, let seconds
        else { throw Refusal() }
        var attempt = Attempt(
            id: id, time: time, mode: mode, packId: packId, packVersion: packVersion, itemId: itemId, answer: answer,
            findings: findings, points: points, maxPoints: maxPoints, chartCorrect: chartCorrect, seconds: seconds,
            tags: tags, examSessionId: examSessionId, overrides: overrides, drg: drg)
        attempt.skipped = skipped
        attempt.weight = weight
        return attempt
    }

    private mutating func drgOutcome() throws(Refusal) -> DRGOutcome {
        var coded: Double?, codedWeight: Double?, key: Double?, keyWeight: Double?, rate: Double?
        var seen: UInt32 = 0
        try object { (reader: inout FastAttemptReader, start: Int, count: Int) throws(Refusal) in
            if reader.key(start, count, is: "coded") {
                try reader.once(&seen, 0)
                coded = try reader.double()
            } else if reader.key(start, count, is: "codedWeight") {
                try reader.once(&seen, 1)
                codedWeight = try reader.double()
            } else if reader.key(start, count, is: "key") {
                try reader.once(&seen, 2)
                key = try reader.double()
            } else if reader.key(start, count, is: "keyWeight") {
                try reader.once(&seen, 3)
                keyWeight = try reader.double()
            } else if reader.key(start, count, is: "rate") {
                try reader.once(&seen, 4)
                rate = reader.null() ? nil : try reader.double()
            } else {
                try reader.skipValue(depth: 0)
            }
        }
        // DRG numbers are whole numbers from 1 to 999; anything else is JSONDecoder's to judge.
        guard let coded, let codedWeight, let key, let keyWeight, coded == coded.rounded(), key == key.rounded(),
            (0...999).contains(coded), (0...999).contains(key)
        else { throw Refusal() }
        return DRGOutcome(coded: Int(coded), codedWeight: codedWeight, key: Int(key), keyWeight: keyWeight, rate: rate)
    }

    private mutating func finding() throws(Refusal) -> AttemptFinding {
        var kind: FindingKind?
        var entered: String?, key: String?, other: String?, details: [String] = []
        var seen: UInt32 = 0
        try object { (reader: inout FastAttemptReader, start: Int, count: Int) throws(Refusal) in
            if reader.key(start, count, is: "details") {
                try reader.once(&seen, 0)
                if !reader.null() { details = try reader.strings() }
            } else if reader.key(start, count, is: "entered") {
                try reader.once(&seen, 1)
                entered = reader.null() ? nil : try reader.string()
            } else if reader.key(start, count, is: "key") {
                try reader.once(&seen, 2)
                key = reader.null() ? nil : try reader.string()
            } else if reader.key(start, count, is: "kind") {
                try reader.once(&seen, 3)
                guard let value = FindingKind(rawValue: try reader.string()) else { throw Refusal() }
                kind = value
            } else if reader.key(start, count, is: "other") {
                try reader.once(&seen, 4)
                other = reader.null() ? nil : try reader.string()
            } else {
                try reader.skipValue(depth: 0)
            }
        }
        guard let kind else { throw Refusal() }
        return AttemptFinding(kind: kind, entered: entered, key: key, other: other, details: details)
    }

    private mutating func credit() throws(Refusal) -> ManualCredit {
        var id: String?, by: String?, time: Date?, points: Double?, reason: String?
        var seen: UInt32 = 0
        try object { (reader: inout FastAttemptReader, start: Int, count: Int) throws(Refusal) in
            if reader.key(start, count, is: "by") {
                try reader.once(&seen, 0)
                by = try reader.string()
            } else if reader.key(start, count, is: "id") {
                try reader.once(&seen, 1)
                id = try reader.string()
            } else if reader.key(start, count, is: "points") {
                try reader.once(&seen, 2)
                points = try reader.double()
            } else if reader.key(start, count, is: "reason") {
                try reader.once(&seen, 3)
                reason = try reader.string()
            } else if reader.key(start, count, is: "time") {
                try reader.once(&seen, 4)
                time = Date(timeIntervalSince1970: try reader.double())
            } else {
                try reader.skipValue(depth: 0)
            }
        }
        guard let id, let by, let time, let points, let reason else { throw Refusal() }
        return ManualCredit(id: id, by: by, time: time, points: points, reason: reason)
    }

    private mutating func journalEvent() throws(Refusal) -> JournalEvent {
        var seq: Int?, op: JournalEvent.Op?, attempt: Attempt?, id: String?, trainee: String?
        var credit: ManualCredit?
        var seen: UInt32 = 0
        try object { (reader: inout FastAttemptReader, start: Int, count: Int) throws(Refusal) in
            if reader.key(start, count, is: "attempt") {
                try reader.once(&seen, 0)
                attempt = reader.null() ? nil : try reader.attempt()
            } else if reader.key(start, count, is: "credit") {
                try reader.once(&seen, 1)
                credit = reader.null() ? nil : try reader.credit()
            } else if reader.key(start, count, is: "id") {
                try reader.once(&seen, 2)
                id = reader.null() ? nil : try reader.string()
            } else if reader.key(start, count, is: "op") {
                try reader.once(&seen, 3)
                guard let value = JournalEvent.Op(rawValue: try reader.string()) else { throw Refusal() }
                op = value
            } else if reader.key(start, count, is: "seq") {
                try reader.once(&seen, 4)
                seq = try reader.int()
            } else if reader.key(start, count, is: "session") {
                // Exam sessions are rare and varied: JSONDecoder reads them.
                try reader.once(&seen, 5)
                guard reader.null() else { throw Refusal() }
            } else if reader.key(start, count, is: "trainee") {
                try reader.once(&seen, 6)
                trainee = reader.null() ? nil : try reader.string()
            } else {
                try reader.skipValue(depth: 0)
            }
        }
        // An out-of-range number is JSONDecoder's to refuse (and the file's to be set aside).
        guard let seq, let op, (0...JournalEvent.maximumSeq).contains(seq) else { throw Refusal() }
        return JournalEvent(seq: seq, op: op, attempt: attempt, id: id, trainee: trainee, credit: credit)
    }

    // MARK: - Structure

    /// An object whose keys are plain ASCII without escapes (anything else is refused); `field`
    /// reads the value of each key, given where the key's bytes are.
    private mutating func object(
        _ field: (inout FastAttemptReader, Int, Int) throws(Refusal) -> Void
    ) throws(Refusal) {
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if at < end, base[at] == UInt8(ascii: "}") {
            at += 1
            return
        }
        while true {
            try expect(UInt8(ascii: "\""))
            let start = at
            while at < end, base[at] != UInt8(ascii: "\"") {
                let byte = base[at]
                if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { throw Refusal() }
                at += 1
            }
            guard at < end else { throw Refusal() }
            let count = at - start
            at += 1
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            try field(&self, start, count)
            skipWhitespace()
            guard at < end else { throw Refusal() }
            if base[at] == UInt8(ascii: ",") {
                at += 1
                skipWhitespace()
            } else if base[at] == UInt8(ascii: "}") {
                at += 1
                return
            } else {
                throw Refusal()
            }
        }
    }

    /// An array; `element` reads each element.
    private mutating func array(_ element: (inout FastAttemptReader) throws(Refusal) -> Void) throws(Refusal) {
        try expect(UInt8(ascii: "["))
        skipWhitespace()
        if at < end, base[at] == UInt8(ascii: "]") {
            at += 1
            return
        }
        while true {
            try element(&self)
            skipWhitespace()
            guard at < end else { throw Refusal() }
            if base[at] == UInt8(ascii: ",") {
                at += 1
                skipWhitespace()
            } else if base[at] == UInt8(ascii: "]") {
                at += 1
                return
            } else {
                throw Refusal()
            }
        }
    }

    private mutating func strings() throws(Refusal) -> [String] {
        var result: [String] = []
        try array { (reader: inout FastAttemptReader) throws(Refusal) in result.append(try reader.string()) }
        return result
    }

    /// Any well-formed value, read and dropped (an unknown field).
    private mutating func skipValue(depth: Int) throws(Refusal) {
        guard at < end, depth < 64 else { throw Refusal() }
        switch base[at] {
        case UInt8(ascii: "\""):
            _ = try string()
        case UInt8(ascii: "{"):
            try object { (reader: inout FastAttemptReader, _: Int, _: Int) throws(Refusal) in
                try reader.skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            try array { (reader: inout FastAttemptReader) throws(Refusal) in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            _ = try bool()
        case UInt8(ascii: "n"):
            guard null() else { throw Refusal() }
        default:
            _ = try double()
        }
    }

    // MARK: - Tokens

    private mutating func skipWhitespace() {
        while at < end {
            switch base[at] {
            case 0x20, 0x0A, 0x0D, 0x09: at += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8) throws(Refusal) {
        guard at < end, base[at] == byte else { throw Refusal() }
        at += 1
    }

    /// Marks field `bit` as read, refusing a second one.
    private func once(_ seen: inout UInt32, _ bit: UInt32) throws(Refusal) {
        let mask: UInt32 = 1 << bit
        if seen & mask != 0 { throw Refusal() }
        seen |= mask
    }

    /// The key at `start` (plain ASCII) is `literal`.
    private func key(_ start: Int, _ count: Int, is literal: StaticString) -> Bool {
        guard count == literal.utf8CodeUnitCount else { return false }
        let expected = literal.utf8Start
        for offset in 0..<count where base[start + offset] != expected[offset] { return false }
        return true
    }

    /// Consumes `null` when it is next.
    private mutating func null() -> Bool {
        guard end - at >= 4, base[at] == UInt8(ascii: "n"), base[at + 1] == UInt8(ascii: "u"),
            base[at + 2] == UInt8(ascii: "l"), base[at + 3] == UInt8(ascii: "l")
        else { return false }
        at += 4
        return true
    }

    private mutating func bool() throws(Refusal) -> Bool {
        if end - at >= 4, base[at] == UInt8(ascii: "t"), base[at + 1] == UInt8(ascii: "r"),
            base[at + 2] == UInt8(ascii: "u"), base[at + 3] == UInt8(ascii: "e")
        {
            at += 4
            return true
        }
        if end - at >= 5, base[at] == UInt8(ascii: "f"), base[at + 1] == UInt8(ascii: "a"),
            base[at + 2] == UInt8(ascii: "l"), base[at + 3] == UInt8(ascii: "s"), base[at + 4] == UInt8(ascii: "e")
        {
            at += 5
            return false
        }
        throw Refusal()
    }

    /// A string: plain bytes become the String directly; escapes go through `scratch`. Invalid
    /// UTF-8, raw control characters, unknown escapes and unpaired surrogates are refused.
    private mutating func string() throws(Refusal) -> String {
        try expect(UInt8(ascii: "\""))
        let start = at
        var ascii = true
        while at < end {
            let byte = base[at]
            if byte == UInt8(ascii: "\"") {
                let bytes = UnsafeBufferPointer(start: base + start, count: at - start)
                at += 1
                if ascii { return String(decoding: bytes, as: UTF8.self) }
                guard let text = String(validating: bytes, as: UTF8.self) else { throw Refusal() }
                return text
            }
            if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
            if byte < 0x20 { throw Refusal() }
            if byte >= 0x80 { ascii = false }
            at += 1
        }
        throw Refusal()
    }

    /// The rest of a string that has escapes, from its first byte at `start` (`at` is on the
    /// first backslash).
    private mutating func escapedString(from start: Int) throws(Refusal) -> String {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(start: base + start, count: at - start))
        while at < end {
            let byte = base[at]
            if byte == UInt8(ascii: "\"") {
                at += 1
                guard let text = String(validating: scratch, as: UTF8.self) else { throw Refusal() }
                return text
            }
            if byte < 0x20 { throw Refusal() }
            guard byte == UInt8(ascii: "\\") else {
                scratch.append(byte)
                at += 1
                continue
            }
            guard end - at >= 2 else { throw Refusal() }
            let escaped = base[at + 1]
            at += 2
            if let decoded = JSONEscape.byte(for: escaped) {
                scratch.append(decoded)
                continue
            }
            switch escaped {
            case UInt8(ascii: "u"):
                var value = try hex4()
                if value >= 0xDC00, value < 0xE000 { throw Refusal() }  // a low surrogate alone
                if JSONEscape.isHighSurrogate(value) {
                    // A high surrogate: only with a low one right after it.
                    guard end - at >= 2, base[at] == UInt8(ascii: "\\"), base[at + 1] == UInt8(ascii: "u") else {
                        throw Refusal()
                    }
                    at += 2
                    guard let paired = JSONEscape.scalar(high: value, low: try hex4()) else { throw Refusal() }
                    value = paired
                }
                appendUTF8(value)
            default:
                throw Refusal()
            }
        }
        throw Refusal()
    }

    private mutating func hex4() throws(Refusal) -> UInt32 {
        guard end - at >= 4 else { throw Refusal() }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = base[at + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Refusal()
            }
            value = value << 4 | UInt32(digit)
        }
        at += 4
        return value
    }

    private mutating func appendUTF8(_ scalar: UInt32) {
        switch scalar {
        case ..<0x80:
            scratch.append(UInt8(scalar))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | scalar >> 6))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | scalar >> 12))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | scalar >> 18))
            scratch.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// A whole number as JSON writes it (no fraction, no exponent), as JSONDecoder reads an Int.
    private mutating func int() throws(Refusal) -> Int {
        let negative = at < end && base[at] == UInt8(ascii: "-")
        if negative { at += 1 }
        let start = at
        var value = 0
        while at < end, base[at] >= UInt8(ascii: "0"), base[at] <= UInt8(ascii: "9") {
            value = value * 10 + Int(base[at] - UInt8(ascii: "0"))
            at += 1
        }
        let digits = at - start
        // No leading zero, no overflow (18 digits always fit), nothing a Double would need.
        guard digits > 0, digits <= 18, digits == 1 || base[start] != UInt8(ascii: "0") else { throw Refusal() }
        if at < end, base[at] == UInt8(ascii: ".") || base[at] | 0x20 == UInt8(ascii: "e") { throw Refusal() }
        return negative ? -value : value
    }

    /// Exact powers of ten (10^22 is the largest a Double holds exactly).
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// A JSON number as a Double, correctly rounded like JSONDecoder's: exact arithmetic when
    /// the digits fit 53 bits and the power of ten is exact (Clinger's fast path), else the
    /// standard library's parser. Values out of range or below the normal range are refused.
    private mutating func double() throws(Refusal) -> Double {
        let start = at
        let negative = at < end && base[at] == UInt8(ascii: "-")
        if negative { at += 1 }
        var mantissa: UInt64 = 0
        var significant = 0
        var exponent = 0
        var exact = true
        guard at < end else { throw Refusal() }
        if base[at] == UInt8(ascii: "0") {
            at += 1
        } else if base[at] >= UInt8(ascii: "1"), base[at] <= UInt8(ascii: "9") {
            while at < end, base[at] >= UInt8(ascii: "0"), base[at] <= UInt8(ascii: "9") {
                if significant < 19 {
                    mantissa = mantissa * 10 + UInt64(base[at] - UInt8(ascii: "0"))
                    significant += 1
                } else {
                    exponent += 1
                    if base[at] != UInt8(ascii: "0") { exact = false }
                }
                at += 1
            }
        } else {
            throw Refusal()
        }
        if at < end, base[at] == UInt8(ascii: ".") {
            at += 1
            let fractionStart = at
            while at < end, base[at] >= UInt8(ascii: "0"), base[at] <= UInt8(ascii: "9") {
                let digit = UInt64(base[at] - UInt8(ascii: "0"))
                if mantissa == 0 && digit == 0 {
                    exponent -= 1  // a leading zero of the fraction
                } else if significant < 19 {
                    mantissa = mantissa * 10 + digit
                    significant += 1
                    exponent -= 1
                } else if digit != 0 {
                    exact = false
                }
                at += 1
            }
            guard at > fractionStart else { throw Refusal() }
        }
        if at < end, base[at] | 0x20 == UInt8(ascii: "e") {
            at += 1
            var exponentNegative = false
            if at < end, base[at] == UInt8(ascii: "+") || base[at] == UInt8(ascii: "-") {
                exponentNegative = base[at] == UInt8(ascii: "-")
                at += 1
            }
            let digitsStart = at
            var written = 0
            while at < end, base[at] >= UInt8(ascii: "0"), base[at] <= UInt8(ascii: "9") {
                if written < 100_000 { written = written * 10 + Int(base[at] - UInt8(ascii: "0")) }
                at += 1
            }
            guard at > digitsStart else { throw Refusal() }
            exponent += exponentNegative ? -written : written
        }
        if mantissa == 0 { return negative ? -0.0 : 0.0 }
        if exact, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
            let magnitude = Double(mantissa)
            let value = exponent >= 0
                ? magnitude * Self.powersOfTen[exponent] : magnitude / Self.powersOfTen[-exponent]
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: at - start), as: UTF8.self)
        guard let value = Double(text), value.isFinite, value.isNormal else { throw Refusal() }
        return value
    }
}
