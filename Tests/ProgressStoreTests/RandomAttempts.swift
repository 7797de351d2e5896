import CodingScore
import Foundation
import TestSupport

@testable import ProgressStore

/// Seeded random attempts with awkward content (quotes, backslashes, control characters,
/// non-ASCII, emoji, odd Doubles, optional fields present or not), and an exact fingerprint
/// to compare decoded values bit for bit (`==` would equate -0.0 and 0.0, and canonically
/// equivalent strings with different bytes).
struct RandomAttempts {
    typealias Generator = SeededGenerator

    var generator: Generator

    init(seed: UInt64) { generator = Generator(state: seed) }

    /// Pieces strings are made of: every JSON escape the encoder writes and text it writes raw.
    static let pieces: [String] = [
        "E11.42", "Z79.4", "27447-RT", "96372 x2", " ", ",", "\"", "\\", "/", "\\u", "\\n", "{", "}", "[", "]", ":",
        "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{00}", "\u{01}", "\u{1F}", "\u{7F}", "é", "e\u{301}", "中文",
        "Ωmega", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFF}", "\u{FFFD}", "😀", "👩‍⚕️", "🇵🇹", "\u{10FFFF}",
        "\u{1D11E}", "null", "true", "0.5", "chapter:04",
    ]

    /// Doubles whose text form is hard to read back exactly.
    static let oddDoubles: [Double] = [
        0, -0.0, 0.1 + 0.2, 1e-7, 1e-5, 0.1, 1.5, 3, 1e15, 1e16, 1e17, 1e20, 1e21, 1e22, 1e23, 123_456_789.123_456_78,
        9_007_199_254_740_993, 1.797_693_134_862_315_7e308, 2.225_073_858_507_201_4e-308, 4.35, 0.3, 2.675,
        -1.25, 1_750_000_000.123_456_7, 1_750_000_000.5, 60.000_000_000_000_01, 1e-300, 7e-10, 100, -100,
    ]

    mutating func int(_ range: Range<Int>) -> Int { Int.random(in: range, using: &generator) }
    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &generator) < probability }

    mutating func string(maxPieces: Int = 6) -> String {
        (0..<int(0..<(maxPieces + 1))).map { _ in Self.pieces[int(0..<Self.pieces.count)] }.joined()
    }

    /// A finite Double, normal or zero (subnormals are a separate test: the fast path refuses them).
    mutating func double() -> Double {
        switch int(0..<5) {
        case 0: return Self.oddDoubles[int(0..<Self.oddDoubles.count)]
        case 1: return Double(int(-1_000..<1_000)) / Double([1, 2, 4, 10, 100, 1_000][int(0..<6)])
        case 2: return Double.random(in: -1e6...1e6, using: &generator)
        case 3:
            while true {
                let value = Double(bitPattern: generator.next())
                if value.isFinite, value.isNormal { return value }
            }
        default: return Double.random(in: 0..<1, using: &generator) * pow(10, Double(int(-30..<30)))
        }
    }

    mutating func date() -> Date {
        switch int(0..<3) {
        case 0: return Date(timeIntervalSince1970: 1_700_000_000 + Double.random(in: 0..<1e8, using: &generator))
        case 1: return Date(timeIntervalSince1970: Double(int(1_600_000_000..<1_800_000_000)))
        default: return Date(timeIntervalSinceReferenceDate: Double.random(in: -1e9..<1e9, using: &generator))
        }
    }

    mutating func optionalString() -> String? { chance(0.5) ? string() : nil }

    mutating func finding() -> AttemptFinding {
        AttemptFinding(
            kind: FindingKind.allCases[int(0..<FindingKind.allCases.count)], entered: optionalString(),
            key: optionalString(), other: chance(0.2) ? string() : nil,
            details: chance(0.3) ? (0..<int(1..<4)).map { _ in string() } : [])
    }

    mutating func credit() -> ManualCredit {
        ManualCredit(id: Attempt.makeID(), by: string(), time: date(), points: double(), reason: string(maxPieces: 12))
    }

    mutating func attempt() -> Attempt {
        Attempt(
            id: chance(0.8) ? Attempt.makeID() : string() + Attempt.makeID(), time: date(), mode: AttemptMode.allCases[int(0..<3)],
            packId: string(), packVersion: string(maxPieces: 2), itemId: string(), answer: string(maxPieces: 10),
            findings: (0..<int(0..<5)).map { _ in finding() }, points: double(), maxPoints: double(),
            chartCorrect: chance(0.5), seconds: double(), tags: chance(0.6) ? (0..<int(1..<4)).map { _ in string() } : [],
            examSessionId: chance(0.3) ? string() : nil, overrides: chance(0.3) ? (0..<int(1..<3)).map { _ in credit() } : [],
            drg: chance(0.25)
                ? DRGOutcome(coded: int(1..<1000), codedWeight: double(), key: int(1..<1000), keyWeight: double(),
                             rate: chance(0.7) ? double() : nil)
                : nil)
    }

    // MARK: - Exact comparison

    /// Every string as its bytes, every Double and Date as its bits.
    static func fingerprint(_ attempt: Attempt) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        func add(_ text: String?) { parts.append(text.map { [1] + Array($0.utf8) } ?? [0]) }
        func add(_ number: Double) { parts.append(withUnsafeBytes(of: number.bitPattern, Array.init)) }
        func add(_ date: Date) { add(date.timeIntervalSinceReferenceDate) }
        add(attempt.id)
        add(attempt.time)
        add(attempt.mode.rawValue)
        add(attempt.packId)
        add(attempt.packVersion)
        add(attempt.itemId)
        add(attempt.answer)
        parts.append([UInt8(attempt.findings.count)])
        for finding in attempt.findings {
            add(finding.kind.rawValue)
            add(finding.entered)
            add(finding.key)
            add(finding.other)
            parts.append([UInt8(finding.details.count)])
            finding.details.forEach { add($0) }
        }
        add(attempt.points)
        add(attempt.maxPoints)
        parts.append([attempt.chartCorrect ? 1 : 0])
        add(attempt.seconds)
        parts.append([UInt8(attempt.tags.count)])
        attempt.tags.forEach { add($0) }
        add(attempt.examSessionId)
        parts.append([UInt8(attempt.overrides.count)])
        for credit in attempt.overrides { parts += fingerprint(credit) }
        if let drg = attempt.drg {
            parts.append(withUnsafeBytes(of: drg.coded, Array.init) + withUnsafeBytes(of: drg.key, Array.init))
            add(drg.codedWeight)
            add(drg.keyWeight)
            parts.append(drg.rate.map { withUnsafeBytes(of: $0.bitPattern, Array.init) } ?? [0xFF])
        } else {
            parts.append([0xFE])
        }
        return parts
    }

    static func fingerprint(_ credit: ManualCredit) -> [[UInt8]] {
        [Array(credit.id.utf8), Array(credit.by.utf8), Array(credit.reason.utf8)]
            + [credit.time.timeIntervalSinceReferenceDate, credit.points].map { withUnsafeBytes(of: $0.bitPattern, Array.init) }
    }

    static func fingerprint(_ event: JournalEvent) throws -> [[UInt8]] {
        var parts: [[UInt8]] = [withUnsafeBytes(of: event.seq, Array.init), Array(event.op.rawValue.utf8)]
        parts += event.attempt.map(fingerprint) ?? [[0xFF]]
        parts.append(try event.session.map { try ProgressCoding.encoder().encode($0).map { $0 } } ?? [0xFF])
        parts.append(event.id.map { Array($0.utf8) } ?? [0xFF])
        parts.append(event.trainee.map { Array($0.utf8) } ?? [0xFF])
        parts += event.credit.map(fingerprint) ?? [[0xFF]]
        return parts
    }

    static func fingerprint(_ document: ProgressDocument) throws -> [[UInt8]] {
        var parts: [[UInt8]] = [Array((document.trainee ?? "<none>").utf8), withUnsafeBytes(of: document.journalSeq, Array.init)]
        parts.append(try ProgressCoding.encoder().encode(document.examSessions).map { $0 })
        for attempt in document.attempts { parts += fingerprint(attempt) }
        return parts
    }
}
