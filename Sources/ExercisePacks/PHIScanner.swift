/// Finds the HIPAA Safe Harbor identifiers that a detector can see in chart text.
///
/// Rule-based and line by line, over whitespace tokens and their neighbours (no regular expressions):
/// - names after a title (`Mr.`, `Mrs.`, `Ms.`, `Miss`, `Dr.`), on a person line
///   (`Patient: First Last`, `Name:`, `Surgeon:`), after `signed by`, before a credential
///   (`Jane Doe, MD`), after a relationship word (`her husband Carlos`, `son kenji watanabe`),
///   before a person verb (`Whitaker presented`, `X is a 64-year-old`), after `named` or `goes by`,
///   and a common given name before a surname-like word (`John Smith`, `JOHN SMITH`) — the names of
///   `PHINames.swift`; eponyms (`Allen test`, `Lou Gehrig disease`) and brand names pass;
/// - dates finer than the year: `3/14`, `03/14/2025`, `2025-03-14`, `2025.03.14`, `March 14`, `Aug. 14`,
///   `14 Mar 2025`, `14-Aug-2024`, `March 2025`, `the twelfth of May`, `LMP: 2/28`,
///   holidays; clinical numbers pass (`BP 128/82`, `5/5 strength`, `2/6 murmur`, `20/20 vision`,
///   `pain 7/10`, `32 4/7 weeks`, `hospital day 2`, `POD 1`);
/// - ages over 89 (`92-year-old`, `age 95`, `95 y/o`, `ninety-two-year-old`, `in her 90s`); `90 or older` passes;
/// - phone and fax numbers, spaced and international too (`+1 415 555 0166`, `020 7946 0123`),
///   e-mail addresses, URLs, IPv4 and IPv6 addresses, SSNs (`305 66 1428`, `last four of social 6789`);
/// - medical record, account, health plan (Medicare MBI `1EG4-TE5-MK73`), member, licence, passport,
///   DEA, NPI, employee, student, badge, accession, court case, vehicle (VIN, plate, registration) and
///   device numbers after their labels, credit-card numbers, lettered IDs (`RS-009912`), long runs of digits;
/// - biometric identifiers (fingerprint, retina, voice, face templates), full-face photographs,
///   social-media handles;
/// - places smaller than a state: ZIP and postal codes, `City, ST`, street addresses, PO boxes,
///   apartments, counties, cities and neighbourhoods after `lives in` or `from`, GPS coordinates;
///   a state or a country alone passes.
///
/// - unique characteristics (`PHICharacteristics.swift`): public figures (`the current mayor`, `Olympic gold medal`),
///   the only one of a kind in a community, distinctive marks and tattoos with words; videos and images of the face;
/// - named landmarks (`under the Burnside Bridge`), highways (`I-95`), and the cities of `PHIPlaces.swift`.
///
/// Placeholders in square brackets (`[NAME]`, `[DATE]`, `[MRN]`) are never identifiers.
public struct PHIScanner: Sendable {
    public init() {}

    /// The kind of identifier found.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case name, date, age, phone, email, ssn, recordNumber = "record-number", vehicle, device, url
        case ipAddress = "ip-address", zipCode = "zip-code", address, number
        case place, account, handle, biometric, photo

        /// What it is, in a sentence's words.
        public var noun: String {
            switch self {
            case .name: return "a person's name"
            case .date: return "a date more specific than the year"
            case .age: return "an age over 89"
            case .phone: return "a phone or fax number"
            case .email: return "an e-mail address"
            case .ssn: return "a Social Security number"
            case .recordNumber: return "a record, plan, member, licence or certificate number"
            case .vehicle: return "a vehicle identifier"
            case .device: return "a device serial number"
            case .url: return "a web address"
            case .ipAddress: return "an IP address"
            case .zipCode: return "a ZIP or postal code"
            case .address: return "a street address"
            case .number: return "a number that could identify someone"
            case .place: return "a city, county, neighbourhood or other place smaller than a state"
            case .account: return "a bank, card or billing account number"
            case .handle: return "a social-media handle or user name"
            case .biometric: return "a biometric identifier"
            case .photo: return "a full-face photograph"
            }
        }

        /// The placeholder to write instead.
        public var placeholder: String {
            switch self {
            case .name: return "[NAME] or 'the patient'"
            case .date: return "[DATE], the year alone, or 'hospital day 2'"
            case .age: return "'90 or older'"
            case .phone: return "[PHONE]"
            case .email: return "[EMAIL]"
            case .ssn: return "[SSN]"
            case .recordNumber: return "[MRN] or [ID]"
            case .vehicle: return "[VEHICLE]"
            case .device: return "[SERIAL]"
            case .url: return "[URL]"
            case .ipAddress: return "[IP]"
            case .zipCode: return "[ZIP]"
            case .address: return "[ADDRESS]"
            case .number: return "[ID]"
            case .place: return "[CITY], the state alone, or 'a rural county'"
            case .account: return "[ACCOUNT]"
            case .handle: return "[HANDLE]"
            case .biometric: return "[BIOMETRIC]"
            case .photo: return "[PHOTO]"
            }
        }
    }

    /// One identifier found on a line.
    public struct Finding: Sendable, Hashable, Codable {
        public var kind: Kind
        /// Column of its first character, from 1 (Unicode scalars, as YAML counts them).
        public var column: Int
        /// The text found.
        public var text: String

        public init(kind: Kind, column: Int, text: String) {
            self.kind = kind
            self.column = column
            self.text = text
        }
    }

    /// Scans multi-line text; each finding comes with its line, counting `firstLine` for the first.
    public func scan(text: String, firstLine: Int = 1) -> [(line: Int, finding: Finding)] {
        var result: [(Int, Finding)] = []
        var number = firstLine
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for finding in scan(line: line) { result.append((number, finding)) }
            number += 1
        }
        return result
    }

    /// Scans one line; at most one finding per token.
    public func scan<Line: StringProtocol>(line: Line) -> [Finding] {
        var bytes = Array(line.utf8)
        guard !bytes.isEmpty else { return [] }
        Self.foldDashes(&bytes)
        Self.foldLeaders(&bytes)
        maskPlaceholders(&bytes)
        // `PID|1||M2291047^^^STVAL^MR`: in a message segment the field and component marks separate words.
        // (The same pass counts what the readings again below look for, so that a line with none is not walked again.)
        var pipes = 0, carets = 0, commas = 0, fieldMarks = 0, foreignDigitLeads = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: "^"): carets += 1
            case UInt8(ascii: ","): commas += 1
            case UInt8(ascii: "*"), UInt8(ascii: "\""), UInt8(ascii: "="), UInt8(ascii: "_"): fieldMarks += 1
            case 0xD9, 0xDB: foreignDigitLeads += 1
            default: break
            }
        }
        let segment = pipes >= 3 || carets >= 2
        let unseparated = bytes
        if segment {
            for index in bytes.indices where bytes[index] == UInt8(ascii: "|") || bytes[index] == UInt8(ascii: "^") || bytes[index] == UInt8(ascii: "~") {
                bytes[index] = UInt8(ascii: " ")
            }
        }
        var findings = scan(bytes: bytes)
        if segment, pipes >= 3 {
            let columns = Set(findings.map(\.column))
            findings += Self.segmentFields(unseparated).filter { !columns.contains($0.column) }
            findings.sort { $0.column < $1.column }
        }
        // `"birthDate":"1938-11-05"`, `NM1*IL*1*DRISCOLL*FIONNUALA~`, `city=Kalispell`: machine-made fields, by their names.
        let fields = fieldMarks > 0 ? Self.fieldFindings(unseparated) : []
        if !fields.isEmpty {
            let columns = Set(findings.map(\.column))
            findings += fields.filter { !columns.contains($0.column) }
            findings.sort { $0.column < $1.column }
        }
        // `SSN|286-41-9053|VERIFIED`, `03/02/2024,03/09/2024,INPT`: cells run together by a separator, read again apart.
        if commas >= 2 || (1...2).contains(pipes), let opened = Self.openedSeparators(bytes) {
            var origins: [Int] = []
            for (offset, byte) in opened.enumerated() where byte & 0xC0 != 0x80 { origins.append(offset) }
            addRescan(of: bytes, opened, origins, to: &findings)
        }
        // Text copied from a scan reads `O7/l9/l962` and `Attend1ng Phys1cian: Ma1colm`: the line read again with the
        // likely letters and digits put back finds what the misread hid, reported as written.
        if let repaired = Self.repairedScan(bytes) {
            let written = tokenize(bytes)
            let columns = Set(findings.map(\.column))
            for finding in scan(bytes: repaired) where !columns.contains(finding.column) {
                guard let token = written.first(where: { $0.column == finding.column }) else { continue }
                findings.append(Finding(kind: finding.kind, column: finding.column, text: token.raw))
            }
            findings.sort { $0.column < $1.column }
        }
        // `N a m e :  S u n i l   K u m a r`, `D.O.B.  2 0 / 0 6 / 1 9 7 1`: text spaced out a character at a time (a form's
        // boxes, wide print read by OCR) is read again with those spaces closed, and what that finds is reported as written.
        if let (closed, origins) = Self.closedSpacing(bytes) { addRescan(of: bytes, closed, origins, to: &findings) }
        // `( 503 ) 555 - 0171`, `172 . 19 . 88 . 4`, `08/ 27 /2023`: the marks of a number typed with spaces around them
        // are closed up the same way.
        if let (closed, origins) = Self.closedMarks(bytes) { addRescan(of: bytes, closed, origins, to: &findings) }
        // `تاريخ الميلاد: ١٥/٠٦/١٩٥٣`: Arabic-Indic and Persian digits are read again as digits.
        if foreignDigitLeads > 0, let (folded, origins) = Self.foldedDigits(bytes) { addRescan(of: bytes, folded, origins, to: &findings) }
        return findings
    }

    /// The column (counting characters from 1) of the byte at `offset` of a line.
    static func characterColumn(_ bytes: [UInt8], _ offset: Int) -> Int {
        bytes[..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    /// Scans `closed` (the line rewritten, each character's origin in `bytes` in `origins`) and adds what it finds at
    /// columns not yet reported, as written in the line.
    private func addRescan(of bytes: [UInt8], _ closed: [UInt8], _ origins: [Int], to findings: inout [Finding]) {
        let columns = Set(findings.map(\.column))
        for finding in scan(bytes: closed) {
            let start = origins[finding.column - 1]
            var last = origins[min(origins.count, finding.column - 1 + finding.text.unicodeScalars.count) - 1]
            // (The whole of the last character, when it takes more than one byte.)
            while last + 1 < bytes.count, bytes[last + 1] & 0xC0 == 0x80 { last += 1 }
            let column = Self.characterColumn(bytes, start)
            guard !columns.contains(column) else { continue }
            findings.append(Finding(kind: finding.kind, column: column, text: String(decoding: bytes[start...last], as: UTF8.self)))
        }
        findings.sort { $0.column < $1.column }
    }

    /// The line with its Arabic-Indic (U+0660…0669) and Persian (U+06F0…06F9) digits as ASCII digits, and each
    /// character's origin; nil when it has none.
    static func foldedDigits(_ bytes: [UInt8]) -> ([UInt8], [Int])? {
        func isForeignDigit(_ at: Int) -> Bool {
            at + 1 < bytes.count && (bytes[at] == 0xD9 && (0xA0...0xA9).contains(bytes[at + 1]) || bytes[at] == 0xDB && (0xB0...0xB9).contains(bytes[at + 1]))
        }
        guard bytes.indices.contains(where: isForeignDigit) else { return nil }
        var folded: [UInt8] = []
        var origins: [Int] = []
        var index = 0
        while index < bytes.count {
            if isForeignDigit(index) {
                folded.append(0x30 + (bytes[index + 1] & 0x0F))
                origins.append(index)
                index += 2
                continue
            }
            if bytes[index] & 0xC0 != 0x80 { origins.append(index) }
            folded.append(bytes[index])
            index += 1
        }
        return (folded, origins)
    }

    /// The line with a comma between two cells (none on either side a space, and no thousands after it) and a pipe of a
    /// line of one or two turned to spaces, so that each cell is a word; nil when there is none. Same length as the line.
    static func openedSeparators(_ bytes: [UInt8]) -> [UInt8]? {
        var commas: [Int] = [], pipes: [Int] = []
        for index in bytes.indices.dropFirst().dropLast() where bytes[index - 1] != 0x20 && bytes[index + 1] != 0x20 {
            if bytes[index] == UInt8(ascii: ",") {
                // (`1,250,000`: a comma of thousands stays.)
                let digit: (Int) -> Bool = { $0 < bytes.count && bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
                let thousands = digit(index - 1) && digit(index + 1) && digit(index + 2) && digit(index + 3) && !digit(index + 4)
                if !thousands { commas.append(index) }
            } else if bytes[index] == UInt8(ascii: "|") {
                pipes.append(index)
            }
        }
        let allPipes = bytes.reduce(0) { $1 == UInt8(ascii: "|") ? $0 + 1 : $0 }
        var opened = bytes
        var changed = false
        if commas.count >= 2 { for index in commas { opened[index] = 0x20 }; changed = true }
        if !pipes.isEmpty, allPipes < 3 { for index in pipes { opened[index] = 0x20 }; changed = true }
        return changed ? opened : nil
    }

    /// The line with the spaces closed up around `.`, `/` and `-` between digits, after `(` and before `)` beside a digit;
    /// nil when there are none. Each character of the result comes with the byte of the line it came from.
    static func closedMarks(_ bytes: [UInt8]) -> ([UInt8], [Int])? {
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isMark(_ byte: UInt8) -> Bool { byte == 0x2E || byte == 0x2F || byte == 0x2D }
        // The nearest byte that is not a space from `index` going by `step`, and where it is.
        func neighbour(_ index: Int, _ step: Int) -> Int? {
            var at = index
            while at >= 0, at < bytes.count, bytes[at] == 0x20 { at += step }
            return at >= 0 && at < bytes.count ? at : nil
        }
        // (An empty list allocates nothing: most lines have no such gap.)
        var gaps: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == 0x20 else { index += 1; continue }
            var end = index
            while end < bytes.count, bytes[end] == 0x20 { end += 1 }
            if index > 0, end < bytes.count {
                let left = bytes[index - 1], right = bytes[end]
                // `08/ 27`, `555 - 0171`, `172 . 19`: a mark with a digit on its far side and one across the gap;
                // `( 503 )`: inside the brackets of an area code.
                let close = isMark(left) && isDigit(right) && index >= 2 && neighbour(index - 2, -1).map { isDigit(bytes[$0]) } == true
                    || isDigit(left) && isMark(right) && neighbour(end + 1, 1).map { isDigit(bytes[$0]) } == true
                    || left == 0x28 && (isDigit(right) || right == 0x29)
                    || isDigit(left) && right == 0x29
                if close { gaps.append(index..<end) }
            }
            index = end
        }
        guard !gaps.isEmpty else { return nil }
        var closed: [UInt8] = []
        var origins: [Int] = []
        var gap = 0
        for (offset, byte) in bytes.enumerated() {
            while gap < gaps.count, gaps[gap].upperBound <= offset { gap += 1 }
            if gap < gaps.count, gaps[gap].contains(offset) { continue }
            closed.append(byte)
            if byte & 0xC0 != 0x80 { origins.append(offset) }
        }
        return (closed, origins)
    }

    /// The line with the single spaces inside a run of five or more characters each standing alone closed up (a wider
    /// gap in the run stays one space), and for each character of the result the byte of the line it came from; nil
    /// when the line has no such run. ASCII only: a spaced-out run is a form's or a printer's.
    static func closedSpacing(_ bytes: [UInt8]) -> ([UInt8], [Int])? {
        // (Most lines have no three characters standing alone in a row: look for `x y z` before building anything.)
        var alone = 0
        var index = 0
        while index + 1 < bytes.count {
            let loneCharacter = bytes[index] != 0x20 && bytes[index + 1] == 0x20 && (index == 0 || bytes[index - 1] == 0x20)
            if loneCharacter { alone += 1; if alone >= 3 { break }; index += 2 } else { if bytes[index] != 0x20 { alone = 0 }; index += 1 }
        }
        guard alone >= 3 else { return nil }
        // Words as (start, end) byte ranges, split on spaces.
        var words: [(Int, Int)] = []
        index = 0
        while index < bytes.count {
            if bytes[index] == 0x20 { index += 1; continue }
            let start = index
            while index < bytes.count, bytes[index] != 0x20 { index += 1 }
            words.append((start, index))
        }
        func single(_ word: (Int, Int)) -> Bool { word.1 - word.0 == 1 && bytes[word.0] < 0x80 }
        var closed: [UInt8] = []
        var origins: [Int] = []
        var changed = false
        var at = 0
        var copiedTo = 0
        while at < words.count {
            guard single(words[at]) else { at += 1; continue }
            var end = at
            var tight = 0
            while end + 1 < words.count, single(words[end + 1]) {
                if words[end + 1].0 - words[end].1 == 1 { tight += 1 }
                end += 1
            }
            // (`Pain scale: 0 1 2 3 4 5 6 7 8 9 10`: counting is a scale, not a number spaced out.)
            let counting = end > at && (at + 1...end).allSatisfy { bytes[words[$0].0] == bytes[words[$0 - 1].0] &+ 1 }
            guard end - at + 1 >= 5, tight >= 4, !counting else { at = end + 1; continue }
            for byte in copiedTo..<words[at].0 { closed.append(bytes[byte]); origins.append(byte) }
            for word in at...end {
                if word > at, words[word].0 - words[word - 1].1 > 1 { closed.append(0x20); origins.append(words[word].0 - 1) }
                closed.append(bytes[words[word].0])
                origins.append(words[word].0)
            }
            copiedTo = words[end].1
            changed = true
            at = end + 1
        }
        guard changed else { return nil }
        for byte in copiedTo..<bytes.count { closed.append(bytes[byte]); origins.append(byte) }
        // Columns count characters, not bytes: keep the origin of each character's first byte only.
        var characterOrigins: [Int] = []
        for (offset, byte) in closed.enumerated() where byte & 0xC0 != 0x80 { characterOrigins.append(origins[offset]) }
        return (closed, characterOrigins)
    }

    private func scan(bytes: [UInt8]) -> [Finding] {
        let tokens = tokenize(bytes)
        guard !tokens.isEmpty else { return [] }
        var cues: Cues = []
        for token in tokens where token.roles.contains(.cue) { if let cue = Self.cueWords[token.lower] { cues.formUnion(cue) } }
        var found: [Int: Kind] = [:]
        func flag(_ index: Int, _ kind: Kind) { if found[index] == nil { found[index] = kind } }
        // Line cues first: the ID of a fingerprint template is a biometric identifier before it is a number.
        if !cues.isDisjoint(with: [.biometric, .photo, .selfie, .handle, .tattoo, .media, .notable, .mark, .only]) {
            for (at, kind) in lineRules(tokens, cues) { flag(at, kind) }
        }
        for index in tokens.indices {
            if let kind = classifyAlone(tokens, index) { flag(index, kind) }
            if let (at, kind) = classifyInContext(tokens, index) { flag(at, kind) }
            if let (at, kind) = classifyRun(tokens, index) { flag(at, kind) }
            if let at = findName(tokens, index) { flag(at, .name) }
            if let (at, kind) = findPlace(tokens, index, cues) { flag(at, kind) }
        }
        for (at, kind) in broadRules(tokens, cues) { flag(at, kind) }
        // `in North Dakota`: a state or country of two words is not a person, whichever rule took it for one.
        for (index, kind) in found where kind == .name {
            if tokens[index].roles.contains(.multiStart) && isWholeStateOrCountry(tokens, index)
                || index > 0 && tokens[index - 1].roles.contains(.multiStart) && isWholeStateOrCountry(tokens, index - 1)
                    && !tokens[index - 1].roles.contains(.country) && !tokens[index - 1].roles.contains(.region)
            {
                found[index] = nil
            }
        }
        // `Dad Bright and Engaged, Asking Good Questions`: in a line in title case, a name that is also an everyday word
        // (`Bright`, `Grace`) is just a word.
        if found.contains(where: { $0.value == .name && tokens[$0.key].tier == .ambiguous }), isTitleCaseLine(tokens) {
            for (index, kind) in found where kind == .name && tokens[index].tier == .ambiguous { found[index] = nil }
        }
        // `X12 837P version 005010X222A1`, `NDC 50090-1234-00`: a version of a standard or a product code is no one's number.
        // (The line is searched for those words only once it has a number to judge.)
        let hasNumber = found.values.contains { $0 == .number || $0 == .zipCode || $0 == .recordNumber }
        let versionLine = hasNumber && tokens.contains { Self.versionWords.contains($0.lower) || $0.core == "X12" }
        let productCodeLine = hasNumber && tokens.contains { $0.lower == "ndc" || $0.lower == "ndcs" || $0.lower == "ndcs," }
        for (index, kind) in found where (versionLine || productCodeLine) && (kind == .number || kind == .zipCode || kind == .recordNumber) {
            let core = tokens[index].core
            // (`update to 8652410973`: ten digits alone are a phone number, not a release.)
            let bareTen = tokens[index].letters == 0 && tokens[index].digits >= 10 && tokens[index].marks.isEmpty
            if versionLine, !bareTen, core == "X12" || tokens[max(0, index - 2)..<index].contains(where: { Self.versionWords.contains($0.lower) }) {
                found[index] = nil
            }
            if productCodeLine, Self.isNDCShape(core) { found[index] = nil }
        }
        // `esta carta es confidencial`: in Spanish, French or Portuguese prose a lower-case word that is also a listed name
        // is a word, unless a word that names comes before it (`se llama`, `sr`).
        if found.contains(where: { $0.value == .name && tokens[$0.key].isLower }), isRomanceProse(tokens) {
            for (index, kind) in found where kind == .name && tokens[index].isLower
                && !(index > 0 && ["llama", "llamo", "nombre", "appelle", "nom", "sr", "sra", "dr", "dra", "mme", "m.", "chama"].contains(tokens[index - 1].lower))
            {
                found[index] = nil
            }
        }
        // `a Phonak Audéo, the battery`: a name of words of the dictionary only, none of them in a name list, is a product's
        // or a heading's words.
        for (index, kind) in found where kind == .name && tokens[index].isTitle && tokens[index].tier.isEmpty && tokens[index].headTier.isEmpty
            && !tokens[index].isUnknownWord && Self.isDictionaryWord(tokens[index].key) && tokens[index].key == tokens[index].lower
        {
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if let next, next.isTitle, next.tier.isEmpty, next.headTier.isEmpty, Self.isDictionaryWord(next.key), !tokens[index].endsWithComma {
                found[index] = nil
            }
        }
        // `G0439, 99497`: a HCPCS code (a letter and four digits) beside a CPT-like code, or after `HCPCS`, is a code.
        if found.values.contains(.number) {
            let codeLine = tokens.contains { $0.letters == 0 && $0.digits == 5 && $0.core.utf8.count == 5 } || tokens.contains { $0.lower == "hcpcs" }
            for (index, kind) in found where kind == .number && codeLine && Self.isHCPCSShape(tokens[index].core) { found[index] = nil }
        }
        // Values no one is identified by: `placeholder 0000000`, `Taxonomy 207Q00000X`, an X12 guide's `005010X222A1`, a
        // netmask `255.255.255.0`, a form's number `CMS-10126` and its revision `CMS-1500 (02/12)`, a vaccine's lot, and
        // numbers before a unit of hearing (`250-8000 Hz`, `20 20 25 35 dB`, `Gain 12/18/25 dB`).
        for (index, kind) in found where [.number, .recordNumber, .device, .ipAddress, .date, .phone, .ssn].contains(kind) {
            let core = tokens[index].core
            let utf8 = Array(core.utf8)
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            var drop = utf8.count >= 4 && utf8.allSatisfy { $0 == 0x30 }
            drop = drop || utf8.count == 10 && utf8.last == UInt8(ascii: "X") && utf8.prefix(3).allSatisfy(isDigit) && utf8.allSatisfy { isDigit($0) || isCapital($0) }
            drop = drop || utf8.count == 12 && core.hasPrefix("00") && utf8[6] == UInt8(ascii: "X") && utf8.prefix(6).allSatisfy(isDigit)
            drop = drop || kind == .ipAddress && (core.hasPrefix("255.") || core.hasPrefix("0."))
            if !drop, let dash = core.firstIndex(of: "-"), ["CMS", "HCFA", "UB", "OMB"].contains(String(core[..<dash])),
                core[core.index(after: dash)...].allSatisfy(\.isASCIIDigitCharacter), core.utf8.count <= 9
            {
                drop = true
            }
            if !drop, kind == .date, tokens[index].firstByte == UInt8(ascii: "("), index > 0, let dash = tokens[index - 1].core.firstIndex(of: "-"),
                Self.formPrefixes.contains(String(tokens[index - 1].core[..<dash]))
            {
                drop = true
            }
            // (A lot is a batch's: it identifies someone only as the lot of what was implanted in them.)
            if !drop, kind == .device, index > 0, tokens[index - 1].lower == "lot",
                tokens.contains(where: { Self.vaccineWords.contains($0.key) })
                    || !tokens.contains(where: { Self.implantWords.contains($0.key) })
            {
                drop = true
            }
            if !drop, tokens[index].letters == 0 {
                var ahead = index + 1
                while ahead < tokens.count, tokens[ahead].letters == 0, tokens[ahead].digits > 0, ahead < index + 12 { ahead += 1 }
                if ahead < tokens.count, ["db", "dbhl", "hz", "khz", "hz:"].contains(tokens[ahead].lower) || next.map({ ["hz", "hz:", "khz"].contains($0.lower) }) == true {
                    drop = true
                }
            }
            // (`CAS 15663-27-1`: a chemical's registry number; `127.0.0.1`: the machine itself; `Table 14.3.1.2`: a section;
            // `42 U.S.C. 1320d-6`: a statute; `VA Form 21-4142a`: a form; `Item # 381-0045-02 (SKU)`: a product; `from 10.4.2.1 to
            // 10.4.3.0`: a release.)
            if !drop, index > 0, tokens[index - 1].core == "CAS" || tokens[index - 1].raw == "REF" { drop = true }
            // (`bolus 100-200-300 mL`: quantities in steps, each a multiple of five.)
            if !drop, kind == .number, tokens[index].letters == 0, tokens[index].marks == .dash {
                let groups = core.split(separator: "-")
                if groups.count >= 3, groups.allSatisfy({ (2...3).contains($0.count) && (Int($0) ?? 1) % 5 == 0 }) { drop = true }
            }
            if !drop, index > 0, ["U.S.C.", "U.S.C", "USC", "C.F.R.", "C.F.R", "CFR", "§", "§§"].contains(tokens[index - 1].core) || tokens[index - 1].raw == "§" { drop = true }
            if !drop, kind == .number, tokens[index].digits <= 8, tokens[index].marks.contains(.dash), index > 0, tokens[index].firstByte != UInt8(ascii: "#"),
                tokens[index - 1].key == "form" || tokens[index - 1].key == "forms"
                    || tokens[index - 1].lower == "and" && tokens[max(0, index - 4)..<index].contains(where: { $0.key == "form" || $0.key == "forms" })
            {
                drop = true
            }
            if !drop, kind == .number, tokens.contains(where: { ["sku", "upc", "(sku)", "catalog", "cat#"].contains($0.key) }) { drop = true }
            if !drop, kind == .ipAddress, index > 0, ["from", "to", "version", "v", "build"].contains(tokens[index - 1].lower),
                tokens.contains(where: { ["upgraded", "upgrade", "version", "firmware", "build"].contains($0.key) })
            {
                drop = true
            }
            // (`TA 12/8 al inicio, 9/6 a la hora`: pressures in centimetres of mercury, as Spanish and Portuguese notes give them.)
            if !drop, kind == .date, tokens[index].marks == .slash, let (first, second) = slashParts(core), first > second, first <= 25, second >= 3,
                tokens.contains(where: { $0.core == "TA" || $0.core == "PA" })
            {
                drop = true
            }
            // (`FSBG ac/hs 142 188 201 167`: readings in a row, not one number in groups.)
            if !drop, kind == .number, tokens[index].letters == 0, index > 0, Self.readingWords.contains(tokens[index - 1].lower) { drop = true }
            if !drop, kind == .ipAddress, core.hasPrefix("127.") { drop = true }
            // (`Fx 12/25 delivered`: the fractions of a course of radiation, this one of so many.)
            if !drop, kind == .date, index > 0, ["fx", "fraction", "fractions", "fx#"].contains(tokens[index - 1].key) { drop = true }
            // (`Error 0x80070005`: a code in hexadecimal; `KB5034441`: a software update; `part number CF237X`: a product.)
            if !drop, kind == .number, core.hasPrefix("0x"), core.utf8.count >= 4, core.dropFirst(2).allSatisfy(\.isHexDigit) { drop = true }
            if !drop, kind == .number, core.hasPrefix("KB"), (6...7).contains(tokens[index].digits), tokens[index].letters == 2, tokens[index].marks.isEmpty { drop = true }
            if !drop, kind == .number, index > 1, ["number", "no", "no.", "#"].contains(tokens[index - 1].lower), tokens[index - 2].key == "part"
                || index > 0 && ["p/n", "p/n:", "pn:"].contains(tokens[index - 1].lower)
            {
                drop = true
            }
            // (`6/12 post MI`: months since, as British notes write them; `Sets/reps 3/12`: an exercise's sets and repetitions.)
            if !drop, kind == .date, tokens[index].marks == .slash, let (_, second) = slashParts(core), [7, 12, 52].contains(second),
                next.map({ ["post", "ago", "since", "hx"].contains($0.key) }) == true
            {
                drop = true
            }
            if !drop, kind == .date, tokens[index].marks == .slash, tokens.contains(where: { ["sets/reps", "reps", "sets", "repetitions"].contains($0.key) }) { drop = true }
            // (`Stretcher wheel replacement part 300-45-7712`: a part's number.)
            if !drop, kind == .number || kind == .ssn, index > 0, tokens[index - 1].key == "part" { drop = true }
            // (`3/7 days`: days of a week; `10/15/20 mg`: steps of a dose; `1900-0700`: a shift's hours.)
            if !drop, kind == .date, tokens[index].marks == .slash, !tokens[index].endsWithComma, core.split(separator: "/").allSatisfy({ $0.count <= 2 }), let next,
                next.roles.contains(.unit) && !["l", "r", "unit"].contains(next.key) || ["days", "nights", "weeks"].contains(next.key)
            {
                drop = true
            }
            if !drop, kind == .number, tokens[index].marks == .dash, tokens[index].letters == 0, core.utf8.count == 9,
                let first = Int(core.prefix(4)), let second = Int(core.suffix(4)), first % 100 < 60, second % 100 < 60, first / 100 < 24, second / 100 < 24,
                tokens.contains(where: { ["shift", "shifts", "hours", "hrs"].contains($0.key) })
            {
                drop = true
            }
            // (`Fertilisation rate 8/11 (73%)`: a rate with its percentage; `R 16/14/12, L 15/11`: sizes on each side.)
            if !drop, kind == .date, tokens[index].marks == .slash, next.map({ $0.raw.hasPrefix("(") && $0.raw.contains("%") }) == true
                || index > 0 && (["rate", "ratio"].contains(tokens[index - 1].key) || ["L", "R"].contains(tokens[index - 1].core))
            {
                drop = true
            }
            // (`EHR upgraded to 2024.1.3`: a release numbered by its year.)
            if !drop, kind == .date, tokens[index].marks == .dot, tokens.contains(where: { Self.releaseWords.contains($0.key) }) { drop = true }
            // (`PHQ-9 12/27, GAD-7 8/21`: a score out of a scale's most, after the scale's name.)
            if !drop, kind == .date, tokens[index].marks == .slash, tokens[max(0, index - 4)..<index].contains(where: { Self.isScaleName($0.core) }) { drop = true }
            // (`1990-1991`: a span of years.)
            if !drop, kind == .number, tokens[index].marks == .dash, tokens[index].letters == 0, core.utf8.count == 9,
                let first = Int(core.prefix(4)), let second = Int(core.suffix(4)), (1900...2099).contains(first), second > first, second - first <= 30
            {
                drop = true
            }
            // (`Citrix Workspace 23.9.1.104 is the approved client build`: a release on a line about software, not a host.)
            if !drop, kind == .ipAddress, tokens.contains(where: { Self.releaseWords.contains($0.key) }),
                !tokens.contains(where: { Self.hostWords.contains($0.key) })
            {
                drop = true
            }
            if !drop, kind == .ipAddress, index > 0, ["section", "table", "figure", "listing", "appendix", "and", "step", "clause", "article", "paragraph"].contains(tokens[index - 1].key),
                tokens[..<index].contains(where: { ["section", "table", "figure", "listing", "appendix", "step", "protocol", "clause", "article", "paragraph"].contains($0.key) })
            {
                drop = true
            }
            if drop { found[index] = nil }
        }
        // `www.fda.gov/medwatch`, `cdc.gov`: a public agency's site names no one.
        for (index, kind) in found where kind == .url {
            let host = tokens[index].lower.split(separator: "/").first(where: { $0.contains(".") }) ?? ""
            let path = tokens[index].lower.split(separator: "/").drop { !$0.contains(".") }.dropFirst()
            if host.hasSuffix(".gov") || host.hasSuffix(".mil"), path.count <= 1,
                path.allSatisfy({ $0.allSatisfy { $0 >= "a" && $0 <= "z" } }), !tokens[index].core.contains(where: \.isNumber)
            {
                found[index] = nil
            }
        }
        // `Language: Somali (Maay Maay)`, `Ngôn ngữ: Tiếng Việt`, `Country of origin: Cabo Verde`: a language's or a country's
        // name after its label is no person and no place smaller than a state.
        if let label = tokens.indices.first(where: { at in
            tokens[at].ends(with: ":") && (Self.languageOrCountryLabels.contains(tokens[at].key)
                || tokens[at].key == "origin" && at >= 2 && tokens[at - 2].key == "country")
        }) {
            for (index, kind) in found where index > label && index <= label + 4
                && (kind == .name && tokens[index].tier.isDisjoint(with: [.given, .surname]) || kind == .place)
            {
                found[index] = nil
            }
        }
        // `revised June 2020`: the month of a form's revision is no one's date; `tita and tito`: words for kin in other
        // languages are no names; `Clinic closed Thanksgiving Day`: a holiday a place keeps; `covers Alabama,`: a state;
        // `QuantiFERON-TB Gold Plus:`, `approved by Legal`: a word of the dictionary that no list holds, as a label or a
        // department.
        let closure = tokens.contains { ["closed", "closes", "closure", "hours", "observed", "open", "staffing", "coverage"].contains($0.key) }
        for (index, kind) in found where kind == .date && index > 0 && tokens[index].roles.contains(.month)
            && ["revised", "rev", "rev.", "updated", "version", "edition", "published", "reviewed"].contains(tokens[index - 1].lower)
            || kind == .name && tokens[index].isLower && Self.kinshipWords.contains(tokens[index].key)
            || kind == .date && closure && tokens[index].keyRoles.contains(.holiday)
            || (kind == .address || kind == .place) && tokens[index].isTitle && tokens[index].roles.contains(.state) && isWholeStateOrCountry(tokens, index)
            || kind == .name && tokens[index].isTitle && Self.isDictionaryWord(tokens[index].key) && !tokens[index].tier.contains(.given)
                && tokens[index].ends(with: ":")
            || kind == .name && tokens[index].isTitle && Self.isDictionaryWord(tokens[index].key) && tokens[index].tier.isDisjoint(with: [.given, .surname])
                && index > 0 && tokens[index - 1].lower == "by" && (index + 1 == tokens.count || !tokens[index + 1].isTitle)
        {
            found[index] = nil
        }
        // `Anesthesiologist, CRNA`: a role; `Interpreter: Portuguese`: a language; `Sector Charlie`: a letter's word;
        // `Mrs. across the aisle`: a word of the dictionary after a title.
        for (index, kind) in found where kind == .name {
            let token = tokens[index]
            let previous = index > 0 ? tokens[index - 1] : nil
            let credentialList = Self.credentials.contains(token.core) && token.isUpper && token.tier.isEmpty
                && (previous.map { Self.credentials.contains($0.core) } == true || index + 1 < tokens.count && Self.credentials.contains(tokens[index + 1].core))
            if token.keyRoles.contains(.personRole) && token.tier.isEmpty || Self.personRoles.contains(token.key) && token.tier.isEmpty || credentialList
                || Self.languageNames.contains(token.key) && tokens.contains(where: { ["interpreter", "interpreter:", "language", "speaks", "idioma", "interp"].contains($0.key) })
                // (`donor of Danish nationality`: a people's adjective before a word of origin.)
                || Self.languageNames.contains(token.key) && index + 1 < tokens.count && ["nationality", "descent", "origin", "citizen", "citizenship", "heritage"].contains(tokens[index + 1].key)
                || Self.spellingAlphabet.contains(token.key) && previous.map({ ["sector", "zone", "team", "unit", "division", "group", "squad", "ward", "company"].contains($0.key) }) == true
                || token.isLower && Self.isDictionaryWord(token.key) && token.tier.isEmpty && previous.map({ ["mr.", "mrs.", "ms.", "mr", "mrs"].contains($0.lower) }) == true
            {
                found[index] = nil
            }
        }
        // `loss of fingerprint ridges`: the skin of a finger, not a print taken; `in Victoria, Australia`: a state of a country.
        // (`Turned 90 degrees toward the bed`: an angle.)
        for (index, kind) in found where kind == .age && index + 1 < tokens.count && ["degrees", "degree", "deg", "°"].contains(tokens[index + 1].key) {
            found[index] = nil
        }
        for (index, kind) in found where kind == .biometric || kind == .place {
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if kind == .biometric && next.map({ ["ridges", "ridge", "loss", "changes", "background", "clearance"].contains($0.key) }) == true
                || kind == .place && tokens[index].endsWithComma && next?.key == "australia" && ["Victoria", "Queensland", "Tasmania"].contains(tokens[index].core)
                || kind == .place && next?.key == "australia" && ["Western", "South", "Northern"].contains(tokens[index].core)
            {
                found[index] = nil
            }
        }
        // `Patient: [NAME]   Address: [ADDRESS]`: a form's label is not a name, whatever stands before it.
        for (index, kind) in found where kind == .name && tokens[index].ends(with: ":") && Self.formLabels.contains(tokens[index].key) {
            found[index] = nil
        }
        return found.keys.sorted().map { index in
            Finding(kind: found[index]!, column: tokens[index].column, text: tokens[index].raw)
        }
    }

    /// What the rules see of each token of a line (tiers, roles, shape): for tuning with the bench's
    /// `PHI_BENCH_EXPLAIN`, not for display.
    public func tokenReport<Line: StringProtocol>(line: Line) -> [String] {
        var bytes = Array(line.utf8)
        Self.foldDashes(&bytes)
        maskPlaceholders(&bytes)
        return tokenize(bytes).map { token in
            "\(token.raw) tier=\(token.tier.rawValue) head=\(token.headTier.rawValue) roles=\(token.roles.rawValue) keyRoles=\(token.keyRoles.rawValue)"
                + " title=\(token.isTitle) lower=\(token.isLower) upper=\(token.isUpper) nameLike=\(token.nameLike) placeLike=\(token.placeLike) unknown=\(token.isUnknownWord)"
        }
    }

    // MARK: - Message segments

    /// The fields of an HL7 v2 segment that hold identifiers by their place: the patient's (`PID`), the next of
    /// kin's (`NK1`), the guarantor's and the insured's names, numbers, addresses and dates, and the clinicians of a
    /// visit or an order. Each finding is reported at its field's first character.
    static func segmentFields(_ bytes: [UInt8]) -> [Finding] {
        let fields = bytes.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        guard fields.count >= 3, let name = fields.first, name.count == 3,
            name.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) })
        else { return [] }
        let positions: [Int: Kind]
        switch String(decoding: name, as: UTF8.self) {
        case "PID": positions = [2: .recordNumber, 3: .recordNumber, 4: .recordNumber, 5: .name, 6: .name, 7: .date, 9: .name, 11: .address,
            13: .phone, 14: .phone, 18: .account, 19: .ssn, 20: .recordNumber, 21: .recordNumber, 29: .date]
        case "NK1": positions = [2: .name, 4: .address, 5: .phone, 6: .phone, 30: .name, 31: .phone, 32: .address]
        case "GT1": positions = [2: .number, 3: .name, 5: .address, 6: .phone, 7: .phone, 8: .date, 12: .ssn]
        case "IN1": positions = [16: .name, 18: .date, 19: .address, 36: .number, 49: .number]
        case "IN2": positions = [1: .number, 2: .ssn, 6: .number, 8: .number]
        case "PV1": positions = [7: .name, 8: .name, 9: .name, 17: .name, 19: .number, 50: .number]
        case "ORC": positions = [10: .name, 11: .name, 12: .name, 19: .name]
        case "OBR": positions = [16: .name, 28: .name, 32: .name]
        case "SPM": positions = [2: .number, 3: .number]
        case "MRG": positions = [1: .recordNumber, 2: .recordNumber, 3: .account, 7: .name]
        // An observation that is an image of the face or an identification photo (value type ED, encapsulated data).
        case "OBX" where fields.count > 5 && String(decoding: fields[2], as: UTF8.self) == "ED"
            && ["PHOTO", "FACE", "PORTRAIT", "HEADSHOT"].contains(where: { String(decoding: fields[3], as: UTF8.self).uppercased().contains($0) }):
            positions = [5: .photo]
        default: positions = [:]
        }
        var found: [Finding] = []
        var column = name.count + 2
        for (index, field) in fields.enumerated().dropFirst() {
            defer { column += String(decoding: field, as: UTF8.self).unicodeScalars.count + 1 }
            guard let kind = positions[index], field.contains(where: { isASCIILetter($0) || ($0 >= 0x30 && $0 <= 0x39) }) else { continue }
            // A date field needs digits; a name field needs letters (`^^^` alone names nobody).
            if kind == .date, !field.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { continue }
            if kind == .name, field.filter({ isASCIILetter($0) }).count < 3 { continue }
            // A number field needs digits (`^^^^MR` is only the type of an empty identifier).
            if kind == .recordNumber || kind == .number || kind == .account || kind == .ssn || kind == .phone,
                !field.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { continue }
            found.append(Finding(kind: kind, column: column, text: String(decoding: field, as: UTF8.self)))
        }
        return found
    }

    // MARK: - Misread scans

    /// The line with the misreads of a scanned page put back, or nil when it has none: in a word of digits, `O`/`o`
    /// read as 0 and `l`/`I` as 1 (`l2/O4/2O22`); in a word of letters, a 1 or 0 among letters read as the letter
    /// that makes a known word or name (`Phys1cian`, `Ma1colm`, `Ph0to`), and an `l` read as `i` where that makes a
    /// known word (`Clty`, `Patlent`). Every change is one byte for one byte, so columns stay as written.
    static func repairedScan(_ bytes: [UInt8]) -> [UInt8]? {
        var repaired = bytes
        var changed = false
        var start = 0
        while start < bytes.count {
            guard bytes[start] != 0x20, bytes[start] != 0x09 else { start += 1; continue }
            var end = start
            while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x09 { end += 1 }
            // An `l` for an `i` only in a form's labels (`Clty/State/Zlp:`, `Patlent Narne:`): in prose it is a letter.
            var following = end
            while following < bytes.count, bytes[following] == 0x20 || bytes[following] == 0x09 { following += 1 }
            var followingEnd = following
            while followingEnd < bytes.count, bytes[followingEnd] != 0x20, bytes[followingEnd] != 0x09 { followingEnd += 1 }
            let label = bytes[end - 1] == UInt8(ascii: ":") || followingEnd > following && bytes[followingEnd - 1] == UInt8(ascii: ":")
            if let word = repairedWord(bytes[start..<end], label: label) {
                repaired.replaceSubrange(start..<end, with: word)
                changed = true
            }
            start = end
        }
        return changed ? repaired : nil
    }

    private static let misreadDigits: Set<UInt8> = Set("OoIl".utf8)

    private static func repairedWord(_ word: ArraySlice<UInt8>, label: Bool) -> [UInt8]? {
        var digits = 0, letters = 0, misread = 0
        for byte in word {
            if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if isASCIILetter(byte) {
                letters += 1
                if misreadDigits.contains(byte) { misread += 1 }
            }
        }
        // A number: `7O6O5`, `O7/l9/l962`, `l2l4` (digits with only misread letters among them).
        // (`l7 Maple Ct`: one `l` before a digit in a short word; `l98.5l.lOO.9`: an address of four dotted groups.)
        let dottedGroups = word.filter { $0 == UInt8(ascii: ".") }.count == 3 && digits >= 3
        let shortNumber = digits >= 1 && word.count <= 3 && misread == 1 && word.first == UInt8(ascii: "l")
        if digits >= 2 || shortNumber, misread > 0, misread == letters, digits >= misread || dottedGroups || shortNumber {
            return word.map { byte in
                switch byte {
                case UInt8(ascii: "O"), UInt8(ascii: "o"): UInt8(ascii: "0")
                case UInt8(ascii: "I"), UInt8(ascii: "l"): UInt8(ascii: "1")
                default: byte
                }
            }
        }
        // A code: `W8l7` (an `l`, `I`, `O` or `o` between two digits is a digit).
        if digits >= 2, misread > 0 {
            var inner = Array(word)
            var changed = false
            for index in inner.indices.dropFirst().dropLast() where misreadDigits.contains(inner[index])
                && inner[index - 1] >= 0x30 && inner[index - 1] <= 0x39 && inner[index + 1] >= 0x30 && inner[index + 1] <= 0x39
            {
                inner[index] = inner[index] == UInt8(ascii: "O") || inner[index] == UInt8(ascii: "o") ? UInt8(ascii: "0") : UInt8(ascii: "1")
                changed = true
            }
            if changed { return inner }
        }
        // A word: `Phys1cian`, `Ma1colm`, `Ph0to`, `Clty`, `Zlp:`.
        guard letters >= 3, digits == 0 ? label : digits <= 2 else { return nil }
        let inner = Array(word)
        let positions = inner.indices.filter { index in
            let byte = inner[index]
            let between = index > 0 && isASCIILetter(inner[index - 1]) || index + 1 < inner.count && isASCIILetter(inner[index + 1])
            return between && (digits > 0 && digits <= 2 && (byte == UInt8(ascii: "1") || byte == UInt8(ascii: "0"))
                || digits == 0 && label && byte == UInt8(ascii: "l"))
        }
        guard !positions.isEmpty, positions.count <= 2 else { return nil }
        if digits == 0, knownWord(inner) { return nil }
        let choices: [UInt8: [UInt8]] = [
            UInt8(ascii: "1"): [UInt8(ascii: "i"), UInt8(ascii: "l")], UInt8(ascii: "0"): [UInt8(ascii: "o")],
            UInt8(ascii: "l"): [UInt8(ascii: "i")],
        ]
        // Each misread position tries its letters; the first spelling that is a known word or name wins.
        // (`M0RRISON`: in a word in capitals, the letter put back is a capital.)
        let capitals = inner.allSatisfy { !($0 >= 0x61 && $0 <= 0x7A) }
        var candidates: [[UInt8]] = [inner]
        for position in positions {
            candidates = candidates.flatMap { candidate in
                (choices[candidate[position]] ?? []).map { letter in
                    var next = candidate
                    next[position] = capitals ? letter & 0xDF : letter
                    return next
                }
            }
        }
        for candidate in candidates where knownWord(candidate) { return candidate }
        // A 1 between letters that makes no word is still most likely an i (`Spr1ngfie`).
        if digits > 0, positions.count == digits { return candidates.first }
        return nil
    }

    /// Whether the letters of a word (without its punctuation) are in the word lists or the name lists.
    private static func knownWord(_ word: [UInt8]) -> Bool {
        var lower = word.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        while let last = lower.last, trailingPunctuationSet.contains(last) { lower.removeLast() }
        while let first = lower.first, leadingPunctuation.contains(first) { lower.removeFirst() }
        let text = String(decoding: lower, as: UTF8.self)
        if wordRoles[text] != nil || Names.tiers[text] != nil || cities.contains(text) { return true }
        // `City/State/Zip:`: each part of a slashed label.
        if text.contains("/") { return text.split(separator: "/").allSatisfy { wordRoles[String($0)] != nil || formLabels.contains(String($0)) } }
        return formLabels.contains(text)
    }

    /// Words of forms' labels, which the word lists do not all hold: a misread hides them (`Patlent`, `Ser1al`), and
    /// `Address:` is a label, not a name.
    private static let formLabels: Set<String> = [
        "patient", "serial", "file", "city", "state", "zip", "physician", "attending", "photo", "fingerprint", "date",
        "birth", "name", "address", "admission", "discharge", "signature", "phone", "insurance", "member", "policy",
    ]
    private static let trailingPunctuationSet: Set<UInt8> = Set(".,;:)]\"'!?*_`>}#".utf8)

    // MARK: - Tokens

    /// A class, not a struct: the rules look at each token many times, and a reference is one retain.
    final class Token {
        let raw: String
        /// Without surrounding punctuation.
        let core: String
        let lower: String
        let column: Int
        let endsWithComma: Bool
        /// The first and last bytes of `raw`.
        let firstByte: UInt8
        let lastByte: UInt8
        /// ASCII digits and letters (any script) in `core`.
        let digits: Int
        let letters: Int
        /// `Smith`, `O'Brien`, `Moreau-Lefèvre`: a capital and then lower case.
        let isTitle: Bool
        /// `SMITH`: two or more letters, all capitals, no digits.
        let isUpper: Bool
        /// `smith`: letters, all lower case.
        let isLower: Bool
        /// `lower` without a possessive `'s`.
        let key: String
        /// What `lower` (and `key`) is in the word lists, looked up once.
        let roles: Roles
        let keyRoles: Roles
        /// Which name lists hold `key`, and the part before a hyphen (`Jean` of `Jean-Baptiste`).
        let tier: NameTier
        let headTier: NameTier
        /// Punctuation inside `core`.
        let marks: Marks
        /// `J.`
        let isInitial: Bool
        /// A capitalised word that can be part of a person's or a place's name.
        let nameLike: Bool
        let placeLike: Bool
        /// `Kahananui`, `Thurles`, `THORVALDSEN`: a word of three letters or more in no dictionary, word list or name
        /// tier that could be a word (so most likely a name of someone or somewhere); listed names may be one too.
        let isUnknownWord: Bool

        init(raw: String, core: String, lower: String, column: Int, digits: Int, letters: Int, isTitle: Bool,
            isUpper: Bool, isLower: Bool, key: String, roles: Roles, keyRoles: Roles, tier: NameTier, headTier: NameTier,
            marks: Marks, isUnknownWord: Bool = false)
        {
            self.isUnknownWord = isUnknownWord
            self.raw = raw
            self.core = core
            self.lower = lower
            self.column = column
            let utf8 = raw.utf8
            firstByte = utf8.first ?? 0
            lastByte = utf8.last ?? 0
            endsWithComma = lastByte == UInt8(ascii: ",")
            self.digits = digits
            self.letters = letters
            self.isTitle = isTitle
            self.isUpper = isUpper
            self.isLower = isLower
            self.key = key
            self.roles = roles
            self.keyRoles = keyRoles
            self.tier = tier
            self.headTier = headTier
            self.marks = marks
            // `J.`, and `(K.` opening an aside.
            let opensAside = utf8.count == 3 && firstByte == UInt8(ascii: "(")
            let letterByte = opensAside ? utf8[utf8.index(after: utf8.startIndex)] : firstByte
            isInitial = (utf8.count == 2 || opensAside) && letterByte >= 0x41 && letterByte <= 0x5A && lastByte == UInt8(ascii: ".")
            nameLike = isTitle && PHIScanner.computeNameLike(key: key, keyRoles: keyRoles, tier: tier, headTier: headTier)
            placeLike = isTitle && PHIScanner.computePlaceLike(key: key, roles: roles.union(keyRoles), tier: tier)
        }

        /// `smith` or `abdi-warsame`: a word in lower case, dashes allowed.
        var isLowerOrDashed: Bool { isLower || lower == core && marks == .dash && digits == 0 }

        /// `k.` or `K.`: one letter and its full stop, in either case.
        var isLooseInitial: Bool { letters == 1 && core.utf8.count == 1 && ends(with: ".") }

        /// `"JJ"`, `"Smitty",`: a word in double quotes.
        var isQuotedWord: Bool {
            firstByte == UInt8(ascii: "\"") && raw.utf8.count > 2 && (lastByte == UInt8(ascii: "\"") || raw.hasSuffix("\","))
        }

        /// Whether `raw` ends with this ASCII character.
        func ends(with character: Unicode.Scalar) -> Bool { lastByte == UInt8(character.value) }
    }

    /// Punctuation a token's core holds.
    struct Marks: OptionSet {
        let rawValue: UInt16
        static let at = Marks(rawValue: 1 << 0)
        static let dot = Marks(rawValue: 1 << 1)
        static let dash = Marks(rawValue: 1 << 2)
        static let slash = Marks(rawValue: 1 << 3)
        static let colon = Marks(rawValue: 1 << 4)
        static let hash = Marks(rawValue: 1 << 5)
        static let plus = Marks(rawValue: 1 << 6)
        static let underscore = Marks(rawValue: 1 << 7)
        static let degree = Marks(rawValue: 1 << 8)
        static let comma = Marks(rawValue: 1 << 9)
    }

    /// Which of the name lists of `PHINames.swift` hold a word.
    struct NameTier: OptionSet {
        let rawValue: UInt8
        static let given = NameTier(rawValue: 1 << 0)
        static let surname = NameTier(rawValue: 1 << 1)
        static let ambiguous = NameTier(rawValue: 1 << 2)
        static let clinical = NameTier(rawValue: 1 << 3)
        static let listed: NameTier = [.given, .surname]
    }

    private func maskPlaceholders(_ bytes: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "[") {
                var end = index + 1
                while end < bytes.count, end - index < 64, bytes[end] != UInt8(ascii: "]"), bytes[end] != UInt8(ascii: "[") {
                    end += 1
                }
                // (`[MRN: 300-771-264]`: three digits or more in brackets are a value, not a placeholder's name.)
                if end < bytes.count, bytes[end] == UInt8(ascii: "]"), !Self.isBracketedAddress(bytes[(index + 1)..<end]),
                    !Self.isSpelledMark(bytes[(index + 1)..<end]), bytes[(index + 1)..<end].lazy.filter({ $0 >= 0x30 && $0 <= 0x39 }).count < 3,
                    // (`[attachment: face_front_yusuf.jpg]`: a labelled value or a file's name in brackets is read.)
                    !bytes[(index + 1)..<end].contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "@") })
                {
                    for masked in index...end { bytes[masked] = UInt8(ascii: " ") }
                    index = end
                }
            }
            index += 1
        }
    }

    /// `[at]`, `[dot]`: the marks of an e-mail address written out (`jo [at] example [dot] net`), not a placeholder.
    static func isSpelledMark(_ inner: ArraySlice<UInt8>) -> Bool {
        let word = inner.map { $0 | 0x20 }
        return word.elementsEqual("at".utf8) || word.elementsEqual("dot".utf8)
    }

    /// Unicode hyphens and dashes (U+2010 to U+2013, U+2212) read as `-`, so that `142‐58‐6093` is an SSN. One
    /// scalar becomes one scalar, so columns (which count scalars) stay right.
    static func foldDashes(_ bytes: inout [UInt8]) {
        guard bytes.contains(where: { $0 == 0xE2 }) else { return }
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0xE2, index + 2 < bytes.count,
                (bytes[index + 1] == 0x80 && (0x90...0x93).contains(bytes[index + 2])) || (bytes[index + 1] == 0x88 && bytes[index + 2] == 0x92)
            {
                folded.append(UInt8(ascii: "-"))
                index += 3
                continue
            }
            folded.append(bytes[index])
            index += 1
        }
        bytes = folded
    }

    /// `Patient Name ........ OYELARAN`: the dots that lead a form's label to its value stand for its colon; the space or
    /// dot right after the label becomes one, the rest spaces (the same length, so columns stay as written).
    static func foldLeaders(_ bytes: inout [UInt8]) {
        var index = 0
        while index + 3 < bytes.count {
            guard bytes[index] == 0x2E, bytes[index + 1] == 0x2E, bytes[index + 2] == 0x2E, bytes[index + 3] == 0x2E else { index += 1; continue }
            var end = index
            while end < bytes.count, bytes[end] == 0x2E || bytes[end] == 0x20 && end + 1 < bytes.count && bytes[end + 1] == 0x2E { end += 1 }
            let afterLabel = index > 0 && isASCIILetter(bytes[index - 1]) ? index
                : index > 1 && bytes[index - 1] == 0x20 && isASCIILetter(bytes[index - 2]) ? index - 1 : nil
            if let colon = afterLabel, end < bytes.count {
                for at in index..<end { bytes[at] = 0x20 }
                bytes[colon] = UInt8(ascii: ":")
            }
            index = end
        }
    }

    /// `[2001:db8::1]`: an IPv6 address in brackets (as written before a port) is not a placeholder.
    static func isBracketedAddress(_ inner: ArraySlice<UInt8>) -> Bool {
        var colons = 0
        for byte in inner {
            switch byte {
            case UInt8(ascii: ":"): colons += 1
            case 0x30...0x39, 0x41...0x46, 0x61...0x66, UInt8(ascii: "."), UInt8(ascii: "%"): continue
            default: return false
            }
        }
        return colons >= 2
    }

    private func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        var column = 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                index += 1
                column += 1
                continue
            }
            let start = index
            let startColumn = column
            while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x09, bytes[index] != 0x0D {
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
                // `OKONKWO,CHIDI`, `Tucson,AZ,85719`: a comma after a letter (or between a digit and a letter) ends a word
                // as a comma and a space would; `1,200` stays one number.
                // (`"NWOSU","Delphine"`: the fields of a CSV row, quoted.)
                if bytes[index - 1] == UInt8(ascii: ","), index < bytes.count, index - 2 >= start,
                    Self.isASCIILetter(bytes[index - 2]) && (Self.isASCIILetter(bytes[index]) || bytes[index] >= 0x30 && bytes[index] <= 0x39)
                        || bytes[index - 2] >= 0x30 && bytes[index - 2] <= 0x39 && Self.isASCIILetter(bytes[index])
                        || bytes[index - 2] == UInt8(ascii: "\"") && bytes[index] == UInt8(ascii: "\""),
                    // (`name@aol,com`: a comma typed for a dot in an e-mail address.)
                    !bytes[start..<index].contains(UInt8(ascii: "@"))
                {
                    break
                }
            }
            let raw = String(decoding: bytes[start..<index], as: UTF8.self)
            var coreStart = start, coreEnd = index
            while coreStart < coreEnd, Self.leadingTable[Int(bytes[coreStart])] { coreStart += 1 }
            while coreEnd > coreStart, Self.trailingTable[Int(bytes[coreEnd - 1])] { coreEnd -= 1 }
            // (`[photo:` opens a bracket that the word does not close; `[2001:db8::1]:443` keeps its own.)
            if coreStart < coreEnd, bytes[coreStart] == UInt8(ascii: "["), !bytes[(coreStart + 1)..<coreEnd].contains(UInt8(ascii: "]")) { coreStart += 1 }
            let core = coreStart == start && coreEnd == index ? raw : String(decoding: bytes[coreStart..<coreEnd], as: UTF8.self)
            var digits = 0, letters = 0, upper = 0, lower = 0, other = 0, ascii = true
            var marks: Marks = []
            var previousByte: UInt8 = 0
            for byte in core.utf8 {
                // `MARIE-HÉLÈNE`, `ŁUKASZ`: the capitals of Latin-1 and Latin Extended-A are capitals (counted at their
                // second byte; the first was counted as a lower-case letter).
                if previousByte >= 0xC3, previousByte <= 0xD1, byte & 0xC0 == 0x80, Self.isTwoByteCapital(lead: previousByte, byte) {
                    lower -= 1
                    upper += 1
                }
                switch byte {
                case 0x30...0x39: digits += 1
                case 0x41...0x5A: letters += 1; upper += 1
                case 0x61...0x7A: letters += 1; lower += 1
                case 0xC3...0xE1, 0xE3...0xFF: letters += 1; lower += 1; ascii = false
                case 0x80...0xBF:
                    ascii = false
                    if previousByte == 0xC2, byte == 0xB0 { marks.insert(.degree) }
                case 0xC0...0xC2, 0xE2: ascii = false; other += 1
                case UInt8(ascii: "@"): marks.insert(.at); other += 1
                case UInt8(ascii: "."): marks.insert(.dot); other += 1
                case UInt8(ascii: "-"): marks.insert(.dash); other += 1
                case UInt8(ascii: "/"): marks.insert(.slash); other += 1
                case UInt8(ascii: ":"): marks.insert(.colon); other += 1
                case UInt8(ascii: "#"): marks.insert(.hash); other += 1
                case UInt8(ascii: "+"): marks.insert(.plus); other += 1
                case UInt8(ascii: "_"): marks.insert(.underscore); other += 1
                case UInt8(ascii: ","): marks.insert(.comma); other += 1
                default: other += 1
                }
                previousByte = byte
            }
            let lowered = letters > 0 && upper == 0 && ascii ? core : core.lowercased()
            let key = Self.possessiveStripped(lowered)
            let lookUp = letters > 0 || lowered == "#"
            let roles = lookUp ? Self.wordRoles[lowered] ?? [] : []
            let keyRoles = key == lowered ? roles : (Self.wordRoles[key] ?? [])
            let words = letters > 0 && digits == 0
            let tier = words ? Names.tiers[key] ?? [] : []
            var headTier = tier
            if words, marks.contains(.dash), let head = key.split(separator: "-").first { headTier = Names.tiers[String(head)] ?? [] }
            // `al-Hashimi`, `el-Sayed`, `d'Almeida`: a lower-case particle joined to a capitalised name.
            let title = upper > 0 && (isCapitalWord(core, ascii: ascii) || Self.particlePrefixed(core) && isCapitalWord(String(core.drop { $0 != "-" && $0 != "'" }.dropFirst()), ascii: ascii))
            // (`O'SULLIVAN-BYRNE`: an apostrophe and a dash in a long name in capitals.)
            tokens.append(Token(raw: raw, core: core, lower: lowered, column: startColumn, digits: digits, letters: letters,
                isTitle: title, isUpper: upper >= 2 && lower == 0 && digits == 0 && (other <= 1 || other == 2 && letters >= 6 && marks == .dash),
                isLower: lower >= 2 && upper == 0 && digits == 0 && other <= 1,
                key: key, roles: roles, keyRoles: keyRoles, tier: tier, headTier: headTier, marks: marks,
                isUnknownWord: words && letters >= 3 && roles.isEmpty && keyRoles.isEmpty && tier.isDisjoint(with: [.ambiguous, .clinical])
                    && !Self.isDictionaryWord(key)))
        }
        return tokens
    }

    /// The words of `PHIWords.swift`, built once.
    static let dictionary: Set<String> = {
        var words = Set<String>(minimumCapacity: 66_000)
        for word in dictionaryText.split(whereSeparator: { $0 == " " || $0 == "\n" }) { words.insert(String(word)) }
        return words
    }()

    /// `declined`, `follow-up`, `pseudomonas`: a word of English or of the code sets (each part of a dashed word of three
    /// letters or more).
    public static func isDictionaryWord(_ key: String) -> Bool {
        if dictionary.contains(key) { return true }
        guard key.utf8.contains(UInt8(ascii: "-")) else { return false }
        var long = 0
        for part in key.split(separator: "-") where part.utf8.count >= 3 {
            guard dictionary.contains(String(part)) else { return false }
            long += 1
        }
        return long > 0
    }

    /// Han or Hangul words ending in a word of place: 市 区 區 县 縣 路 街 町 村 (Chinese, Japanese), 시 구 군 동 로 길 읍 면 (Korean),
    /// after at least one more character of the same script.
    static func isEastAsianPlace(_ core: String) -> Bool {
        let scalars = Array(core.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 24 else { return false }
        func han(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }
        func hangul(_ s: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(s.value) }
        for (offset, scalar) in scalars.enumerated() where offset >= 1 {
            if Self.hanPlaceEndings.contains(scalar), han(scalars[offset - 1]) { return true }
            if Self.hangulPlaceEndings.contains(scalar), hangul(scalars[offset - 1]), offset == scalars.count - 1, scalars.count >= 3 { return true }
        }
        return false
    }

    private static let hanPlaceEndings: Set<Unicode.Scalar> = ["市", "区", "區", "县", "縣", "路", "街", "町", "村", "镇", "鎮"]
    private static let hangulPlaceEndings: Set<Unicode.Scalar> = ["시", "구", "군", "동", "로", "길", "읍", "면"]

    static func particlePrefixed(_ core: String) -> Bool {
        let utf8 = core.utf8
        guard utf8.count >= 5, let first = utf8.first, first == UInt8(ascii: "a") || first == UInt8(ascii: "e") || first == UInt8(ascii: "u") || first == UInt8(ascii: "d") else { return false }
        return core.hasPrefix("al-") || core.hasPrefix("el-") || core.hasPrefix("ul-") || core.hasPrefix("d'")
    }

    /// Whether the two bytes of a Latin-1, Latin Extended-A, Greek or Cyrillic letter are a capital.
    static func isTwoByteCapital(lead: UInt8, _ trail: UInt8) -> Bool {
        let scalar = Int(lead & 0x1F) << 6 | Int(trail & 0x3F)
        switch scalar {
        case 0xC0...0xDE: return scalar != 0xD7
        // Greek and Cyrillic capitals: `Σοφία`, `Ольга Смирнова`.
        case 0x386, 0x388...0x3AB: return true
        case 0x400...0x42F: return true
        case 0x100..<0x138, 0x14A..<0x178: return scalar % 2 == 0
        case 0x139..<0x149, 0x179..<0x17F: return scalar % 2 == 1
        case 0x178: return true
        default: return false
        }
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }

    static func possessiveStripped(_ lower: String) -> String {
        let utf8 = lower.utf8
        guard utf8.count > 2, utf8.last == UInt8(ascii: "s") else { return lower }
        if lower.hasSuffix("'s") { return String(lower.dropLast(2)) }
        if lower.hasSuffix("\u{2019}s") { return String(lower.dropLast(2)) }
        return lower
    }

    private static let leadingPunctuation = Set("(\"'*_`<{".utf8)
    private static let trailingPunctuation = Set(".,;:)]\"'!?*_`>}".utf8)
    private static let closingBytes: Set<UInt8> = Set(".;:)".utf8)
    private static let leadingTable: [Bool] = (0..<256).map { leadingPunctuation.contains(UInt8($0)) }
    private static let trailingTable: [Bool] = (0..<256).map { trailingPunctuation.contains(UInt8($0)) }

    // MARK: - One token alone

    private func classifyAlone(_ tokens: [Token], _ index: Int) -> Kind? {
        let token = tokens[index]
        let core = token.core
        guard !core.isEmpty else { return nil }
        // `SNOMED 44054006`, `SNOMED CT 38341003`, `LOINC 4548-4`: a code of a code set, not a person's number.
        // (`DOI 3-JUN-2015`: but `DOI` is also the date of injury, and no digital object identifier has a month.)
        if index > 0, token.digits > 0, tokens[index - 1].roles.contains(.codeSystem)
            || index > 1 && tokens[index - 1].isUpper && tokens[index - 2].roles.contains(.codeSystem),
            !(tokens[index - 1].lower == "doi" && (isMonthDate(core) || isDateAlone(core))),
            // (`participant code KEY-0731`: a label's code, not a code set's.)
            !(tokens[index - 1].lower == "code" && index > 1 && tokens[index - 2].roles.contains(.label))
        {
            return nil
        }
        // `d.o.b. 12.iii.1975`, `6.IX.1973`: a day, a month in Roman numerals and a year.
        if token.marks == .dot, token.digits >= 3, token.letters >= 1, token.letters <= 4 {
            let parts = core.lowercased().split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 3, let day = Int(parts[0]), (1...31).contains(day), Self.romanMonths.contains(String(parts[1])),
                parts[2].utf8.count == 4 || parts[2].utf8.count == 2, parts[2].allSatisfy(\.isASCIIDigitCharacter)
            {
                return .date
            }
        }
        // `rs80357906`: a variant's dbSNP number names a variant, not a person.
        if token.firstByte == UInt8(ascii: "r"), core.hasPrefix("rs"), token.letters == 2, token.digits >= 3, core.utf8.count == token.digits + 2 { return nil }
        if token.marks.contains(.at) {
            let bytes = Array(core.utf8)
            if let at = bytes.firstIndex(of: UInt8(ascii: "@")) {
                if at > 0, bytes[(at + 1)...].contains(UInt8(ascii: ".")) { return .email }
                // `peachesNcream_77@aol,com`: a comma typed for the dot.
                if at > 0, let comma = bytes[(at + 1)...].lastIndex(of: UInt8(ascii: ",")), comma > at + 1,
                    Self.topLevelDomains.contains(String(decoding: bytes[(comma + 1)...], as: UTF8.self).lowercased())
                {
                    return .email
                }
                // (`@mention`, `@here`, `@channel`: a chat's commands, no one's handle.)
                if at == 0, isHandle(bytes.dropFirst()), !["@mention", "@mentions", "@here", "@channel", "@all", "@everyone", "@team", "@charge", "@oncall", "@on-call"].contains(token.lower) {
                    return .handle
                }
            }
        }
        if token.marks.contains(.dot), token.letters >= 3, isURL(token.lower) { return .url }
        // (`mid-December` alone is a month alone; with a year it is caught as one.)
        if token.marks.contains(.dash), token.digits == 0, isMidMonth(core), index + 1 < tokens.count,
            tokens[index + 1].core.utf8.count == 4, isYear(Int(tokens[index + 1].core) ?? 0)
        {
            return .date
        }
        if token.digits == 0 { return nil }
        let bytes = Array(core.utf8)
        if token.marks.contains(.colon), isIPv6(token.lower) { return .ipAddress }
        if token.letters == 0 {
            // `firmware 2.1.0.44`, `version 2.4.1.7`: a version number, not an address.
            let version = tokens[max(0, index - 3)..<index].contains { Self.versionWords.contains($0.lower) }
            if token.marks.contains(.dot), token.digits >= 4, !version, isIPAddress(core) { return .ipAddress }
            if matches(core, "ddd-dd-dddd") || matches(core, "ddd.dd.dddd") { return .ssn }
            let next = tokens.indices.contains(index + 1) ? tokens[index + 1] : nil
            if isPhone(core, next: next) || isPhone(token.raw, next: next) { return .phone }
            if let separated = separatedPhoneGroups(core), separated == [3, 3, 4] || phoneWordBefore(tokens, index, within: 8) {
                return .phone
            }
            // `call adjuster @ 5550123 x5`: seven digits run together, after a word of calling.
            if token.digits == 7, core.utf8.count == 7, core.utf8.first != UInt8(ascii: "0"), core.utf8.first != UInt8(ascii: "1"),
                phoneWordBefore(tokens, index, within: 3)
            {
                return .phone
            }
            // `(503)555-0199.`: the core loses the opening bracket, the raw token keeps the full stop.
            if token.firstByte == UInt8(ascii: "("), token.raw != core, isPhone("(" + core, next: next) {
                return .phone
            }
            if core.hasPrefix("+"), (10...15).contains(token.digits), core.utf8.dropFirst().allSatisfy({
                ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")")
            }) {
                return .phone
            }
            // `PEEP increased 5-8-10`, `titrated 2-4-6`: settings stepped up, not a date.
            let stepped = index > 0 && Self.stepWords.contains(tokens[index - 1].lower)
            // (`firmware 3.1.07` is a version, written like a date with full stops.)
            if !token.marks.isDisjoint(with: [.slash, .dash, .dot]), !stepped, !(version && token.marks == .dot), isDateAlone(core) { return .date }
            // `12/28/2022-01/03/2023`: a span of two dates in one word.
            if token.marks.contains(.slash), token.marks.contains(.dash), core.split(separator: "-").count == 2,
                core.split(separator: "-").allSatisfy({ isDateAlone(String($0)) })
            {
                return .date
            }
            if matches(core, "ddddd-dddd") { return .zipCode }
            if isCardNumber(bytes) { return .account }
            if token.marks.contains(.dot), isDottedID(bytes), !(next?.roles.contains(.unit) ?? false) { return .number }
            if longestDigitRun(bytes) >= 8 && !token.marks.contains(.comma) && !token.marks.contains(.dot) { return .number }
            if core.hasPrefix("#"), longestDigitRun(bytes) >= 5 { return .number }
        } else {
            if isISODateTime(core) { return .date }
            if isMonthDate(core) { return .date }
            if isAgeWord(token.lower) || isAgeSex(token.lower) { return .age }
            if isVanityPhone(core) { return .phone }
            if isVIN(core) { return .vehicle }
            if isMBI(bytes) { return .recordNumber }
            if longestDigitRun(bytes) >= 8 { return .number }
            // (`Form CMS-10055`: a form's number.)
            if isLetteredID(bytes, digits: token.digits), !(index > 0 && ["form", "forms", "omb"].contains(tokens[index - 1].key)) { return .number }
        }
        return nil
    }

    private func isURL(_ lower: String) -> Bool {
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") || lower.hasPrefix("ftp://")
            || lower.hasPrefix("hxxp://") || lower.hasPrefix("hxxps://")
        {
            return true
        }
        // (`htps://portai.…`: a scheme mistyped or misread, then `://`.)
        if let marker = lower.range(of: "://"), (3...6).contains(lower.distance(from: lower.startIndex, to: marker.lowerBound)),
            lower[..<marker.lowerBound].allSatisfy({ $0 >= "a" && $0 <= "z" }), lower[marker.upperBound...].contains(".")
        {
            return true
        }
        let host = lower.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let dot = host.lastIndex(of: "."), dot != host.startIndex else { return false }
        let tld = host[host.index(after: dot)...]
        // `youtu.be/xK4r9Tq2LwE`: a host under any two-letter country domain, with a path after it.
        if !Self.topLevelDomains.contains(String(tld)) {
            let path = lower.dropFirst(host.count + 1)
            return tld.count == 2 && tld.allSatisfy(\.isLetter) && host[..<dot].count >= 4 && host[..<dot].allSatisfy({ $0.isLetter || $0 == "." })
                && host.count < lower.count && path.count >= 4 && path.contains(where: \.isLetter)
                && path.contains(where: { $0.isNumber || $0 == "." || $0 == "_" })
        }
        let name = host[..<dot]
        // `x.com/qureshi_rashid77`: a one-letter name with a path after it.
        let minimum = host.count < lower.count ? 1 : 2
        return name.count >= minimum && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
            && name.first!.isLetter
    }

    /// `tsunamimail.jp`: a domain after a spelled-out `[at]`: labels of letters, digits and dashes, the last of two to
    /// six letters.
    private func isMailDomain(_ core: String) -> Bool {
        let labels = core.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.count <= 4, let last = labels.last else { return false }
        return (2...6).contains(last.utf8.count) && last.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) && labels.dropLast().allSatisfy({ !$0.isEmpty })
            && labels.allSatisfy({ $0.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D } })
    }

    /// `kiki_lopez2009` after `@`: letters, digits, `_` and `.`, with a letter.
    private func isHandle(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        var letter = false
        for byte in bytes {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A: letter = true
            case 0x30...0x39, UInt8(ascii: "_"), UInt8(ascii: "."): continue
            default: return false
            }
        }
        return letter
    }

    private func isIPAddress(_ core: String) -> Bool {
        var text = Substring(core)
        if let colon = text.firstIndex(of: ":"), text[text.index(after: colon)...].allSatisfy(\.isASCIIDigitCharacter) {
            text = text[..<colon]
        }
        if let slash = text.firstIndex(of: "/") { text = text[..<slash] }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            (1...3).contains(part.count) && part.allSatisfy(\.isASCIIDigitCharacter) && Int(part)! <= 255
        }
    }

    /// `2001:db8:acad:1::25`: hex groups and colons, with `::` or at least four groups, and a hex letter
    /// or a four-digit group (times such as `14:30:00` have neither).
    private func isIPv6(_ written: String) -> Bool {
        var text = Substring(written)
        // `[2001:db8::1]:8080`, `fe80::1%eth0`, `2001:db8::/32`.
        if text.hasPrefix("[") {
            text = text.dropFirst()
            if let close = text.firstIndex(of: "]") {
                let port = text[text.index(after: close)...]
                guard port.isEmpty || (port.hasPrefix(":") && port.dropFirst().allSatisfy(\.isASCIIDigitCharacter)) else { return false }
                text = text[..<close]
            }
        }
        if let zone = text.firstIndex(of: "%") { text = text[..<zone] }
        if let slash = text.firstIndex(of: "/") {
            guard text[text.index(after: slash)...].allSatisfy(\.isASCIIDigitCharacter) else { return false }
            text = text[..<slash]
        }
        let lower = String(text)
        guard lower.utf8.count >= 6 else { return false }
        var parts = lower.split(separator: ":", omittingEmptySubsequences: false)
        guard (3...8).contains(parts.count) else { return false }
        var empty = 0, hexLetter = false, longGroup = false
        // `::ffff:192.168.10.5`: an IPv4 address as the last 32 bits.
        if let last = parts.last, last.contains("."), parts.count >= 3 {
            guard isIPAddress(String(last)) else { return false }
            parts.removeLast()
            hexLetter = true
        }
        for part in parts {
            if part.isEmpty { empty += 1; continue }
            guard part.utf8.count <= 4 else { return false }
            for byte in part.utf8 {
                switch byte {
                case 0x30...0x39: continue
                case 0x61...0x66: hexLetter = true
                default: return false
                }
            }
            if part.utf8.count == 4 { longGroup = true }
        }
        let compressed = Self.containsBytes(lower, "::")
        guard compressed || (parts.count >= 4 && empty == 0) else { return false }
        guard empty <= 3 else { return false }
        return hexLetter || (longGroup && (compressed || parts.count >= 5))
    }

    /// `614/555/0142`, `555/0188`, `555.0142`: groups of three, three and four digits (or three and four) split by slashes
    /// or full stops; the first digit is 2 to 9, as area codes and exchanges are.
    private func separatedPhoneGroups(_ core: String) -> [Int]? {
        let utf8 = core.utf8
        guard (8...12).contains(utf8.count), let first = utf8.first, first >= 0x32, first <= 0x39 else { return nil }
        var groups: [Int] = []
        var run = 0
        var separator: UInt8 = 0
        for byte in utf8 {
            if byte >= 0x30 && byte <= 0x39 { run += 1; continue }
            guard byte == UInt8(ascii: "/") || byte == UInt8(ascii: "."), separator == 0 || separator == byte else { return nil }
            separator = byte
            groups.append(run)
            run = 0
        }
        groups.append(run)
        return groups == [3, 4] || groups == [3, 3, 4] ? groups : nil
    }

    /// A word of calling before the token: `Contact # written on the form as 555/0188`, `home ph# 555 0158`.
    private func phoneWordBefore(_ tokens: [Token], _ index: Int, within distance: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, cursor >= index - distance {
            let word = tokens[cursor]
            if word.roles.contains(.phoneLead), word.lower != "at", word.lower != "line", word.lower != "number", word.lower != "text" {
                return true
            }
            // `my new number is 555.0161`, `text from 555.0197`: a number or a text said to be someone's.
            if word.lower == "number", cursor + 1 < tokens.count, tokens[cursor + 1].lower == "is" || cursor > 0 && ["my", "new", "her", "his", "their", "cell", "callback"].contains(tokens[cursor - 1].lower) {
                return true
            }
            if word.lower == "text" || word.lower == "txt", cursor + 1 < tokens.count, ["from", "frm", "to"].contains(tokens[cursor + 1].lower) { return true }
            cursor -= 1
        }
        return false
    }

    private func isPhone(_ core: String, next: Token?) -> Bool {
        for shape in ["ddd-ddd-dddd", "ddd.ddd.dddd", "(ddd)ddd-dddd", "1-ddd-ddd-dddd", "+1-ddd-ddd-dddd", "(ddd)-ddd-dddd", "(ddd)ddddddd"]
        where matches(core, shape) { return true }
        if matches(core, "(ddd)") || matches(core, "(ddd"), let next, matches(next.core, "ddd-dddd") || matches(next.core, "ddd.dddd") {
            return true
        }
        if matches(core, "ddd-dddd") {
            let parts = core.split(separator: "-")
            if parts[0].first == "0" || parts[0].first == "1" { return false }
            if parts[0].hasSuffix("00") && parts[1].hasSuffix("00") { return false }
            if let next, next.roles.contains(.unit) { return false }
            return true
        }
        return false
    }

    /// Three-part numeric dates and month/year: `03/14/2025`, `3-14-25`, `2025-03-14`, `14.03.2025`, `03/2025`.
    private func isDateAlone(_ core: String) -> Bool {
        for separator in ["/", "-", "."] as [Character] where core.contains(separator) {
            let parts = core.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigitCharacter) && $0.count <= 4 }) else { continue }
            let numbers = parts.map { Int($0)! }
            if parts.count == 3 {
                if parts[0].count == 4 {
                    // (From 1300: Solar Hijri and Islamic years, `born 1362/06/14`.)
                    return (1300...2099).contains(numbers[0]) && (1...12).contains(numbers[1]) && (1...31).contains(numbers[2])
                }
                guard parts[0].count <= 2, parts[1].count <= 2 else { return false }
                let yearOK = parts[2].count == 2 || (parts[2].count == 4 && isYear(numbers[2]))
                let monthDay = ((1...12).contains(numbers[0]) && (1...31).contains(numbers[1]))
                    || ((1...31).contains(numbers[0]) && (1...12).contains(numbers[1]))
                return yearOK && monthDay
            }
            if parts.count == 2, separator != "." {
                if parts[1].count == 4, parts[0].count <= 2 { return isYear(numbers[1]) && (1...12).contains(numbers[0]) }
                if parts[0].count == 4, parts[1].count == 2 { return isYear(numbers[0]) && (1...12).contains(numbers[1]) }
            }
        }
        return false
    }

    private func isISODateTime(_ core: String) -> Bool {
        guard core.count > 10 else { return false }
        return isDateAlone(String(core.prefix(10))) && core.utf8.contains(UInt8(ascii: "-")) && core.dropFirst(10).first == "T"
    }

    /// A month name joined to a day or a year: `14-Aug-2024`, `Aug-14`, `14AUG2024`, `2024-Aug-14`, `Sept/2022`.
    private func isMonthDate(_ core: String) -> Bool {
        var parts: [Substring] = []
        var current = core.utf8.startIndex
        var start = current
        var lastKind = 0  // 1 digit, 2 letter
        let utf8 = core.utf8
        while current < utf8.endIndex {
            let byte = utf8[current]
            let kind = byte >= 0x30 && byte <= 0x39 ? 1 : ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A ? 2 : 0)
            if kind == 0 {
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") else { return false }
                if start < current { parts.append(Substring(utf8[start..<current])) }
                start = utf8.index(after: current)
                lastKind = 0
            } else if lastKind != 0 && kind != lastKind {
                parts.append(Substring(utf8[start..<current]))
                start = current
            }
            if kind != 0 { lastKind = kind }
            current = utf8.index(after: current)
        }
        if start < utf8.endIndex { parts.append(Substring(utf8[start..<utf8.endIndex])) }
        guard (2...3).contains(parts.count) else { return false }
        var month = false, day = false, year = false
        for part in parts {
            if let first = part.first, first.isLetter {
                guard !month, Self.monthsByLower[part.lowercased()] != nil else { return false }
                month = true
            } else if part.count == 4, let value = Int(part), isYear(value) {
                year = true
            } else if part.count <= 2, let value = Int(part), (1...31).contains(value), !(day && month) {
                day = true
            } else if part.count == 2, Int(part) != nil, day, month, !year {
                // `12-Mar-87`: a year in two digits after the day and the month.
                year = true
            } else {
                return false
            }
        }
        return month && (day || year)
    }

    private func isYear(_ number: Int) -> Bool { (1900...2099).contains(number) }

    /// Whether `text` holds `part` (bytes, no Unicode folding: much cheaper than `String.contains`).
    static func containsBytes(_ text: String, _ part: String) -> Bool {
        let haystack = Array(text.utf8), needle = Array(part.utf8)
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    /// `92-year-old`, `95yo`, `91-y/o`, `100-years-old`, `ninety-two-year-old`.
    private func isAgeWord(_ lower: String) -> Bool {
        let digits = lower.prefix { $0.isASCIIDigitCharacter }
        guard !digits.isEmpty, digits.count <= 3, let age = Int(digits), age >= 90 else { return false }
        var rest = lower.dropFirst(digits.count)
        if rest.hasPrefix("-") { rest = rest.dropFirst() }
        return Self.ageSuffixes.contains(String(rest))
    }

    private func isWordAge(_ lower: String) -> Bool {
        guard lower.hasPrefix("ninety") || lower.hasPrefix("hundred") || lower.hasPrefix("one-hundred")
            || lower.hasPrefix("a-hundred") || lower.hasPrefix("one-hundred") else { return false }
        return Self.containsBytes(lower, "year") || lower.hasSuffix("-yo")
    }

    private func isVIN(_ core: String) -> Bool {
        guard core.count == 17 else { return false }
        var digits = 0, letters = 0
        for scalar in core.unicodeScalars {
            switch scalar {
            case "0"..."9": digits += 1
            case "A"..."Z" where scalar != "I" && scalar != "O" && scalar != "Q": letters += 1
            default: return false
            }
        }
        return digits >= 3 && letters >= 3
    }

    /// A Medicare Beneficiary Identifier, `1EG4-TE5-MK73`: digit, letter, letter or digit, digit, letter,
    /// letter or digit, digit, letter, letter, digit, digit (dashes optional, after the 4th and 7th).
    private func isMBI(_ bytes: [UInt8]) -> Bool {
        var chars = bytes
        if chars.count == 13 {
            guard chars[4] == UInt8(ascii: "-"), chars[8] == UInt8(ascii: "-") else { return false }
            chars.remove(at: 8)
            chars.remove(at: 4)
        }
        guard chars.count == 11 else { return false }
        let shape: [UInt8] = Array("dlxdlxdlldd".utf8)
        for (char, want) in zip(chars, shape) {
            let digit = char >= 0x30 && char <= 0x39
            let letter = char >= 0x41 && char <= 0x5A
            switch want {
            case UInt8(ascii: "d"): if !digit { return false }
            case UInt8(ascii: "l"): if !letter { return false }
            default: if !digit && !letter { return false }
            }
        }
        return chars[0] != UInt8(ascii: "0")
    }

    /// Sixteen-digit card numbers written in groups: `4111-1111-1111-1111`.
    private func isCardNumber(_ bytes: [UInt8]) -> Bool {
        var groups: [Int] = []
        var run = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 { run += 1 } else if byte == UInt8(ascii: "-") { groups.append(run); run = 0 } else { return false }
        }
        groups.append(run)
        return groups == [4, 4, 4, 4] || groups == [4, 6, 5] || groups == [4, 4, 4, 4, 3]
    }

    /// Lettered identifiers: `RS-009912`, `FRT-2209-118`, `24-CR-00871`, `V0049213`, `NKS773291` — letters, digits
    /// and dashes, with five digits or more in groups of three or more. CPT codes with a modifier (`99213-GT`),
    /// SNP ids (`rs1234567`) and dotted codes pass.
    private func isLetteredID(_ bytes: [UInt8], digits: Int) -> Bool {
        guard digits >= 5, bytes.count <= 24 else { return false }
        var dashes = 0
        var run = 0, best = 0
        for byte in bytes {
            switch byte {
            case 0x30...0x39: run += 1; best = max(best, run)
            case 0x41...0x5A, 0x61...0x7A: run = 0
            case UInt8(ascii: "-"): dashes += 1; run = 0
            case UInt8(ascii: "#"): run = 0
            default: return false
            }
        }
        if bytes.count >= 2, (bytes[0] | 0x20) == UInt8(ascii: "r"), (bytes[1] | 0x20) == UInt8(ascii: "s") { return false }
        // Decades and ranges: 120s-130s, 1990s.
        if bytes.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "s") || $0 == UInt8(ascii: "-") }) { return false }
        // CPT and HCPCS codes with modifiers: 99213-GT, 29881-59-RT, J3490-JW.
        let groups = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        if groups.count >= 2, groups[0].count == 5, groups[0].dropFirst().allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            groups.dropFirst().allSatisfy({ $0.count == 2 })
        {
            return false
        }
        // Seven characters with no dash is an ICD-10-PCS code (027034Z).
        if dashes == 0 { return bytes.count >= 8 && (best >= 6 || digits >= 7) }
        return best >= 4
    }

    /// `12.345.678-5`, `12.345.678-K`: digits grouped by full stops in threes (a national identity number), with
    /// perhaps a check character after a dash.
    private func isDottedID(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if let dash = body.lastIndex(of: UInt8(ascii: "-")) {
            let check = body[(dash + 1)...]
            guard check.count == 1 else { return false }
            body = body[..<dash]
        }
        let groups = body.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard groups.count >= 3, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return false }
        return groups.allSatisfy { $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }

    /// `91M`, `92F`, `95yoM`, `93-yo-F`: an age over 89 with the sex, the way a one-liner starts.
    private func isAgeSex(_ lower: String) -> Bool {
        let digits = lower.prefix { $0.isASCIIDigitCharacter }
        guard (2...3).contains(digits.count), let age = Int(digits), age >= 90, age < 130 else { return false }
        var rest = lower.dropFirst(digits.count)
        if rest.hasPrefix("-") { rest = rest.dropFirst() }
        for suffix in ["yo", "y/o", "y"] where rest.hasPrefix(suffix) {
            rest = rest.dropFirst(suffix.count)
            if rest.hasPrefix("-") { rest = rest.dropFirst() }
            break
        }
        return ["m", "f", "male", "female", "w", "man", "woman"].contains(String(rest))
    }

    /// `1-800-FLOWERS`, `1-888-555-HELP`, `800-GO-FEDEX`: a toll-free or area code, then seven letters and digits
    /// with capitals among them.
    private func isVanityPhone(_ core: String) -> Bool {
        var parts = core.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        if parts[0] == "1" || parts[0] == "+1" { parts.removeFirst() }
        guard parts.count >= 2, parts[0].count == 3, parts[0].allSatisfy(\.isASCIIDigitCharacter), parts[0].first != "0" else { return false }
        let rest = parts.dropFirst().joined()
        guard (7...10).contains(rest.count), rest.allSatisfy({ $0.isASCIIDigitCharacter || ($0.isASCII && $0.isUppercase) }) else { return false }
        return rest.filter { $0.isLetter }.count >= 3
    }

    private func isMidMonth(_ core: String) -> Bool {
        let lower = core.lowercased()
        for prefix in ["mid-", "early-", "late-"] where lower.hasPrefix(prefix) {
            return Self.fullMonths.contains(String(core.dropFirst(prefix.count)))
        }
        return false
    }

    // MARK: - A token and its neighbours

    private func classifyInContext(_ tokens: [Token], _ index: Int) -> (Int, Kind)? {
        let token = tokens[index]
        let previous = index > 0 ? tokens[index - 1] : nil
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let afterNext = index + 2 < tokens.count ? tokens[index + 2] : nil

        // Titles: Dr. Smith, Mrs. J. Smith, Miss Kay, DR. ALVAREZ, dr. alvarez.
        // `Nurse Kowalczyk notified`: an unlisted surname too, when a lower-case word or the end follows (not a heading).
        // (`her cat Mister Whiskers`: a pet's name is no one's.)
        if let next, token.isTitle, Self.weakTitles.contains(token.core), next.isTitle, !next.keyRoles.contains(.nameStop), !isPetName(tokens, index),
            !next.tier.isDisjoint(with: .listed)
                || (Self.clergyTitles.contains(token.core) && next.nameLike && !Self.notNames.contains(next.core)
                    && !Self.roleNouns.contains(next.core) && (afterNext == nil || afterNext!.isLower || next.endsWithComma || afterNext!.nameLike))
        {
            let end = afterNext?.nameLike == true && !next.endsWithComma ? index + 2 : index + 1
            if !eponymAfter(tokens, end) { return (index + 1, .name) }
        }
        if let next, token.isLower, next.isLower, Self.dottedTitles.contains(token.core), token.raw == token.core,
            isListed(next), !next.tier.contains(.ambiguous)
        {
            return (index + 1, .name)
        }
        // `16 Fr Foley`: French catheter sizes, not Father.
        if let next, isTitleWord(token), !(token.core == "Fr" && (previous?.digits ?? 0) > 0) {
            // (`Sheriff Deputy at bedside`: a title before a role names no one.)
            if next.isTitle && !Self.notNames.contains(next.core) && !next.keyRoles.contains(.personRole) { return (index + 1, .name) }
            if next.isUpper, token.core.utf8.allSatisfy({ $0 < 0x61 }), !Self.notNames.contains(next.core.capitalized) {
                return (index + 1, .name)
            }
            if next.isLower, token.isLower, isListed(next) { return (index + 1, .name) }
            if next.isInitial, let afterNext, afterNext.isTitle || afterNext.isUpper { return (index + 1, .name) }
            // `Dr. van der Merwe`, `Mr. de la Cruz`: particles, then the family name.
            if Self.nameParticles.contains(next.lower) {
                var cursor = index + 2
                while cursor < tokens.count, cursor <= index + 3, Self.nameParticles.contains(tokens[cursor].lower) { cursor += 1 }
                if cursor < tokens.count, tokens[cursor].isTitle || tokens[cursor].isUpper { return (index + 1, .name) }
            }
        }
        // `RE: MISS TALULAH GRACE`: a title in capitals without its full stop, then a listed name or one of no dictionary.
        if token.isUpper, ["MR", "MRS", "MS", "MISS", "DR"].contains(token.core), !token.endsWithComma, let next, next.isUpper, next.letters >= 3,
            next.isUnknownWord || isListed(next), !next.keyRoles.contains(.nameStop)
        {
            return (index + 1, .name)
        }
        // `mr thorvaldsen (einar)`, `(dr chaudhry-weiss)`: a title typed in lower case, then a long surname of no dictionary, or
        // dashed with a listed part.
        // (Not `20 ms, quadripolar`: milliseconds.)
        if token.isLower, ["mr", "mrs", "ms", "dr", "miss", "drs"].contains(token.core), !token.endsWithComma, previous.map({ $0.digits == 0 }) ?? true,
            let next, next.isLowerOrDashed, next.letters >= 6,
            next.isUnknownWord || next.marks == .dash && next.headTier.contains(.surname) && next.headTier.isDisjoint(with: [.ambiguous, .clinical])
        {
            return (index + 1, .name)
        }
        // Person lines: Patient: John Smith; Name: Smith, John; Surgeon: A. Jones.
        if token.ends(with: ":") {
            let label = token.raw.lowercased()
            let twoWord = previous.map { $0.raw.lowercased() + " " + label } ?? label
            // (The label as OCR would have read it, mended once for the tests below.)
            let mended = Self.ocrMended(label), mendedTwoWord = Self.ocrMended(twoWord)
            // (`Doula present: Imani Washington-Reyes`, `Interpreter present: ...`: a role said to be in the room.)
            // (`Patlent Narne:`: a label as OCR reads it, `rn` for `m` and `l` for `i`.)
            if Self.personLabels.contains(label) || Self.personLabels.contains(twoWord)
                || Self.personLabels.contains(mended) || Self.personLabels.contains(mendedTwoWord)
                || (label == "by:" && previous.map { $0.roles.contains(.signingVerb) } == true)
                || (label == "present:" && previous.map { $0.keyRoles.contains(.personRole) || $0.keyRoles.contains(.relation) } == true)
            {
                if looksLikeName(tokens, from: index + 1) { return (index + 1, .name) }
                // `PT: haverford, eleanor j`: a surname and a listed given name, typed in lower case.
                // (`pt narne: hollis, benedikt j`: or a listed given name used as a surname, when it is no word.)
                if let next, next.isLower, next.endsWithComma, next.letters >= 3,
                    next.isUnknownWord || next.tier.contains(.surname) || next.tier.contains(.given) && !next.tier.contains(.clinical) && !Self.isDictionaryWord(next.key),
                    index + 2 < tokens.count, tokens[index + 2].isLower, tokens[index + 2].tier.contains(.given)
                {
                    return (index + 1, .name)
                }
                // `PATlENT NAME: McKENZlE, R0WAN J.`: a whole name's field holding `surname, given`, however OCR read it.
                if Self.wholeNameLabels.contains(mended) || Self.wholeNameLabels.contains(mendedTwoWord), let next, next.endsWithComma,
                    next.letters >= 3, next.digits <= 1, next.isTitle || next.isUpper || next.core.first?.isUppercase == true, !Self.notNames.contains(next.core),
                    index + 2 < tokens.count, tokens[index + 2].letters >= 2, tokens[index + 2].core.first?.isUppercase == true
                {
                    return (index + 1, .name)
                }
                // (`Narne: Rhiannon Pettigr3w`: or a listed given name first.)
                if Self.wholeNameLabels.contains(mended), let next, next.isTitle, next.letters >= 3, next.tier.contains(.given),
                    next.tier.isDisjoint(with: [.clinical, .ambiguous]), index + 2 < tokens.count, tokens[index + 2].letters >= 3, tokens[index + 2].core.first?.isUppercase == true
                {
                    return (index + 1, .name)
                }
                // `SURNAME: VAN DER BERG / GIVEN: PIETER`: a field that holds one part of a name holds a name, whatever it is.
                if Self.namePartLabels.contains(label) || Self.namePartLabels.contains(twoWord), let next, next.letters >= 2, next.digits == 0,
                    !next.ends(with: ":"), !next.raw.contains("("), !(index + 2 < tokens.count && tokens[index + 2].ends(with: ":") && tokens[index + 2].lower.hasPrefix("name")),
                    next.isTitle || next.isUpper || Self.nameParticles.contains(next.lower), !Self.notNames.contains(next.core),
                    !["unknown", "none", "n/a", "na", "same", "pending", "blank"].contains(next.key)
                {
                    return (index + 1, .name)
                }
            }
        }
        // signed by Jane Doe; /s/ Jane Doe
        let special = token.roles.contains(.special)
        if special, token.lower == "by", let previous, previous.roles.contains(.signingVerb), looksLikeName(tokens, from: index + 1) {
            return (index + 1, .name)
        }
        if token.raw == "/s/", looksLikeName(tokens, from: index + 1) { return (index + 1, .name) }
        // Jane Doe, MD
        if token.letters >= 2, token.core.utf8.first.map({ $0 >= 0x41 && $0 <= 0x5A }) == true,
            Self.credentials.contains(token.core), let previous, previous.endsWithComma,
            previous.isTitle, !Self.notNames.contains(previous.core)
        {
            let before = index >= 2 ? tokens[index - 2] : nil
            if let before, before.isTitle || before.isInitial { return (index - 1, .name) }
            if before == nil || before!.ends(with: ":") || before!.lower == "by" { return (index - 1, .name) }
        }
        // `report from Lwazi Dlamini RN`: two capitalised words before a credential, after a word of talking or at the start.
        if token.isUpper, token.letters >= 2, Self.credentials.contains(token.core), !Self.ambiguousCredentials.contains(token.core),
            token.core != "PSY", index >= 2, tokens[index - 1].nameLike, tokens[index - 2].nameLike,
            !tokens[index - 2].endsWithComma, !Self.notNames.contains(tokens[index - 1].core), !Self.notNames.contains(tokens[index - 2].core),
            index == 2 || Self.talkedWith.contains(tokens[index - 3].lower) || tokens[index - 3].ends(with: ":"),
            isListed(tokens[index - 1]) || isListed(tokens[index - 2]) || tokens[index - 3].lower == "from" || tokens[index - 3].lower == "by"
        {
            return (index - 2, .name)
        }
        // Two-part dates: 3/14 unless a clinical number; 03-14 after a date label.
        if token.marks.contains(.slash), let kind = slashDate(token, previous: previous, next: next, afterNext: afterNext), !saidAsOf(tokens, index),
            !isScorePart(token, tokens)
        {
            return (index, kind)
        }
        if token.marks.contains(.dash), let previous, previous.roles.contains(.strongDateLead), isDashDate(token.core) { return (index, .date) }
        // Month names: March 14, 14 Mar 2025, March 2025, the twelfth of May (a month alone passes).
        if token.roles.contains(.month), let month = monthName(token) {
            if let next, isDayOrYear(next.core) {
                let isVerbLike = special && (token.lower == "may" || token.lower == "march")
                if !isVerbLike || !(afterNext.map { $0.roles.contains(.duration) || $0.roles.contains(.unit) } ?? false) {
                    return (index, .date)
                }
            }
            if let next, next.roles.contains(.ordinal) { return (index, .date) }
            // `march the fourth`
            if let next, next.lower == "the", let afterNext, afterNext.roles.contains(.ordinal) || isOrdinalNumber(afterNext.core) { return (index, .date) }
            // `july twenty second`
            if let next, next.lower == "twenty" || next.lower == "thirty", let afterNext, afterNext.roles.contains(.ordinal) { return (index, .date) }
            // `June of '38`
            if let next, next.lower == "of", let afterNext, afterNext.raw.hasPrefix("'") || afterNext.raw.hasPrefix("\u{2019}"),
                afterNext.digits == 2, afterNext.letters == 0
            {
                return (index, .date)
            }
            if let next, next.lower == "the", let afterNext, isDay(afterNext.core) || afterNext.roles.contains(.ordinal) {
                return (index, .date)
            }
            if let next, next.lower == "of", let afterNext, afterNext.core.count == 4, isYear(Int(afterNext.core) ?? 0) {
                return (index, .date)
            }
            // "2. May return to school": a list number before a month is not a day.
            if let previous, isDay(previous.core), !previous.ends(with: "."), !previous.ends(with: ")") {
                return (index, .date)
            }
            if let previous, previous.lower == "of", index >= 2,
                isDay(tokens[index - 2].core) || tokens[index - 2].roles.contains(.ordinal)
            {
                return (index, .date)
            }
            // `twelve March nineteen fifty-one`, `March twenty-first`, `on the fifth of May`.
            if token.isTitle || token.isUpper, let previous, Self.cardinalDays.contains(previous.lower), token.lower != "may" || next != nil {
                return (index, .date)
            }
            if token.isTitle || token.isUpper, let next, Self.yearWords.contains(next.lower), let afterNext,
                Self.cardinalDays.contains(afterNext.lower) || afterNext.lower.hasPrefix("thousand") || afterNext.lower.hasPrefix("hundred")
                    || Self.containsBytes(afterNext.lower, "-")
            {
                return (index, .date)
            }
            // A month alone (`in June`, `due in April`) fixes no day and identifies no one: not flagged.
        }
        // Holidays: Christmas Eve, over Thanksgiving, New Year's Day.
        if token.isTitle, token.roles.contains(.holiday) {
            let eponym = next.map { $0.roles.contains(.eponymNoun) } ?? false
            if !eponym { return (index, .date) }
        }
        // `discharged boxing day 2022`: in lower case, with its year.
        if token.isLower, let next, next.lower == "day", let afterNext, afterNext.core.utf8.count == 4, isYear(Int(afterNext.core) ?? 0),
            Self.dayHolidays.contains(where: { $0.lowercased() == token.key })
        {
            return (index, .date)
        }
        // `on Boxing Day 2022`, `since Labor Day`: a named day, with its year or after a word of when.
        if token.isTitle, Self.dayHolidays.contains(token.key), let next, next.core == "Day",
            afterNext.map({ $0.core.utf8.count == 4 && isYear(Int($0.core) ?? 0) }) ?? false
                || previous.map({ ["on", "over", "since", "after", "before", "until", "by"].contains($0.lower) }) ?? false
        {
            return (index, .date)
        }
        if special, token.core == "Year's" || token.core == "Years", previous?.core == "New", let next, next.core == "Day" || next.core == "Eve" {
            return (index, .date)
        }
        // `"I'm 95 and my skin just tears"`: an age after `I'm`, `she's`, `he's`.
        if token.letters == 0, token.digits == 2 || token.digits == 3, let age = Int(token.core), (90...119).contains(age), let previous,
            ["i'm", "i\u{2019}m", "im", "she's", "he's", "she\u{2019}s", "he\u{2019}s"].contains(previous.lower) || previous.raw == "\"I'm",
            let next, ["and", "now", "but", "years", "yrs", "this", "next", "today"].contains(next.lower) || token.endsWithComma || token.ends(with: ".")
        {
            return (index, .age)
        }
        // `Mum's 97 now`, `lived to 97`: an age after a relative's `'s`, or after `lived to`.
        if token.letters == 0, token.digits == 2 || token.digits == 3, token.core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let age = Int(token.core),
            (90...119).contains(age), let previous, !(next.map { $0.roles.contains(.unit) || $0.roles.contains(.duration) || $0.lower == "percent" } ?? false),
            previous.lower != previous.key && (previous.keyRoles.contains(.relation) || Self.ageSubjects.contains(previous.key))
                || previous.lower == "to" && index >= 2 && ["lived", "survived", "lives"].contains(tokens[index - 2].lower)
        {
            return (index, .age)
        }
        // `at 101 she is the oldest resident`: an age after `at`, before the person it is.
        if token.letters == 0, token.digits == 3 || token.digits == 2, let age = Int(token.core), (90...119).contains(age), previous?.lower == "at",
            let next, ["she", "he", "they", "pt", "patient"].contains(next.lower)
        {
            return (index, .age)
        }
        // Ages: 95 years old, age 92, aged 91, ninety-two years old, in her 90s.
        if token.letters == 0, token.digits >= 2, token.digits <= 3, let age = Int(token.core), age >= 90, age < 200 {
            if let next, next.roles.contains(.ageFollower) {
                if next.lower.hasPrefix("year") {
                    if let afterNext, afterNext.lower == "old" || afterNext.lower == "of" || afterNext.lower.hasPrefix("old") {
                        return (index, .age)
                    }
                    if let previous, previous.roles.contains(.ageLabel) { return (index, .age) }
                } else {
                    return (index, .age)
                }
            } else if let previous, previous.roles.contains(.ageLabel) || previous.lower == "age:"
                || previous.lower == "turned" || previous.lower == "turns" || previous.lower == "turning"
                || ["cumple", "cumplió", "cumplio", "cumplirá", "cumplira", "fête", "fait"].contains(previous.lower)
            {
                if let next, next.roles.contains(.duration) { return nil }
                // `if she turns 90 her age must be grouped`: an age supposed, not anyone's.
                if previous.lower == "turns", tokens[max(0, index - 4)..<index].contains(where: { ["if", "when", "once", "until", "unless"].contains($0.lower) }) {
                    return nil
                }
                return (index, .age)
            }
        }
        let initialByte = token.lower.utf8.first ?? 0
        let mayBeWordAge = initialByte == UInt8(ascii: "n") || initialByte == UInt8(ascii: "h") || initialByte == UInt8(ascii: "o")
            || initialByte == UInt8(ascii: "a") || initialByte == UInt8(ascii: "c") || initialByte == UInt8(ascii: "s")
        if mayBeWordAge, isWordAge(token.lower) { return (index, .age) }
        // `ninety-four y/o`
        if mayBeWordAge, token.lower.hasPrefix("ninety-") || token.lower.hasPrefix("one-hundred"), let next, next.roles.contains(.ageFollower),
            !(afterNext.map { ["ago", "later", "since"].contains($0.lower) } ?? false), !(previous.map { ["for", "over", "past", "last"].contains($0.lower) } ?? false)
        {
            return (index, .age)
        }
        if mayBeWordAge, token.lower.hasPrefix("ninety") || token.lower.hasPrefix("one-hundred"), let previous,
            previous.roles.contains(.ageLabel) || previous.lower == "turned" || previous.lower == "turns"
        {
            return (index, .age)
        }
        if mayBeWordAge, token.lower.hasPrefix("ninety") || token.lower.hasPrefix("hundred"), let next, next.lower.hasPrefix("year"),
            let afterNext, afterNext.lower.hasPrefix("old") || afterNext.lower == "of"
        {
            return (index, .age)
        }
        if token.lower.hasSuffix("-nineties") || token.lower.hasSuffix("-90s"), ["mid", "late", "early"].contains(token.lower.prefix { $0 != "-" }), let previous,
            ["his", "her", "their", "the patient's", "patient's"].contains(previous.lower)
        {
            return (index, .age)
        }
        if special, token.lower == "90s" || token.lower == "nineties" || token.lower == "90's", let previous {
            var lead = previous.lower
            if ["early", "mid", "late", "mid-"].contains(lead), index >= 2 { lead = tokens[index - 2].lower }
            if ["his", "her", "their", "the patient's", "patient's"].contains(lead) { return (index, .age) }
        }
        if special, token.lower == "nonagenarian" || token.lower == "centenarian" || token.lower == "supercentenarian" {
            return (index, .age)
        }
        // `MBI: 7ac2 yk4 tq19`: a Medicare number typed in lower case and in groups, after its label.
        if token.key.hasPrefix("mbi"), token.letters == 3, next != nil {
            var joined: [UInt8] = []
            var cursor = index + 1
            while cursor < tokens.count, cursor <= index + 4, joined.count < 11 {
                let part = tokens[cursor].core.uppercased().utf8.filter { $0 != UInt8(ascii: "-") }
                guard part.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) }) else { break }
                joined += part
                cursor += 1
            }
            if joined.count == 11, isMBI(joined) { return (index + 1, .recordNumber) }
        }
        // `2QD5 AB1 KR83`: a Medicare number in the card's groups of four, three and four, with or without its label.
        if token.core.utf8.count == 4, token.digits >= 1, let next, next.core.utf8.count == 3, let afterNext, afterNext.core.utf8.count == 4,
            !token.endsWithComma, !next.endsWithComma
        {
            let joined = Array((token.core + next.core + afterNext.core).uppercased().utf8)
            if isMBI(joined) { return (index, .recordNumber) }
        }
        // Labelled numbers: MRN 4455667, Account #: 88213, phone 555 123 4567, ZIP 43210, DEA #: BR1234563.
        // (`248 dL`, `mg/dL`: a unit after a number is not the label `DL`.)
        let unitAfterNumber = token.lower == "dl" && previous.map { $0.letters == 0 && $0.digits > 0 } ?? false
        // (`sub-account 12-0071`: a label's last part after a dash.)
        let dashedLabel = token.marks == .dash && token.digits == 0 && token.lower.split(separator: "-").last.map { Self.idLabels[String($0)] != nil } == true
        // (`HR 72 reg, RR 16`: a word set off by a comma labels nothing after it.)
        if token.roles.contains(.label) || special && token.lower == "registration" || dashedLabel, !unitAfterNumber,
            let kind = labelKind(token), !(token.endsWithComma && kind == .vehicle)
        {
            if let found = labelledValue(tokens, after: index, kind: kind) { return found }
        }
        // Labels joined by a slash: `Acct/MRN 9988776`.
        if token.marks.contains(.slash), token.digits == 0, token.letters >= 4, let last = token.lower.split(separator: "/").last,
            let kind = Self.idLabels[String(last)], !Self.labelsNeedingFiller.contains(String(last)), !token.roles.contains(.unit)
        {
            if let found = labelledValue(tokens, after: index, kind: kind) { return found }
        }
        // `driver's plate reported as 8LMV552`: a plate's shape a few words after the word plate.
        if token.letters > 0, token.digits >= 3, (6...8).contains(token.core.utf8.count), isPlateShape(token.core) || isMixedCode(token, minimumDigits: 3),
            tokens[max(0, index - 4)..<index].contains(where: { ["plate", "plates", "tag", "registration"].contains($0.key) })
        {
            return (index, .vehicle)
        }
        // mug shot
        if token.lower == "mug", let next, next.lower.hasPrefix("shot") { return (index, .photo) }
        // `Mugshot-style photo`, `mugshots`: a booking photograph is of the face.
        if token.lower.hasPrefix("mugshot") { return (index, .photo) }
        // A person's age said plainly: `He is 104 and still drives`, `turned 100`, `She will be 100 in May`.
        if token.letters == 0, token.digits >= 2, token.digits <= 3, token.core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let age = Int(token.core), age >= 90, age <= 125, index >= 3, tokens[index - 1].lower == "be" || tokens[index - 1].lower == "turn",
            ["she'll", "he'll"].contains(tokens[index - 2].lower)
                || ["will", "would"].contains(tokens[index - 2].lower) && Self.ageSubjects.contains(tokens[index - 3].lower),
            next.map({ ["in", "next", "on", "this", "tomorrow", "soon", "years", "yrs", "and"].contains($0.lower) }) ?? true
        {
            return (index, .age)
        }
        if token.letters == 0, token.digits >= 2, token.digits <= 3, token.core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let age = Int(token.core), age >= 90, age <= 125, index >= 2, ["is", "was", "now", "at"].contains(tokens[index - 1].lower)
        {
            let subject = tokens[index - 2].lower
            let personSubject = Self.ageSubjects.contains(subject) || tokens[index - 2].nameLike
            let ends = token.endsWithComma || token.ends(with: ".") || token.ends(with: ";") || next == nil
                || ["and", "but", "yet", "today", "now", "years", "yrs", "yo", "y/o", "with", "who", "per", "when", "still"].contains(next!.lower)
            let atAge = tokens[index - 1].lower == "at" && tokens.contains { ["old", "oldest", "age", "aged", "elderly", "birthday", "diagnosed", "died"].contains($0.lower) }
            if ends, personSubject && tokens[index - 1].lower != "at" || atAge { return (index, .age) }
        }
        // `entry #SCR-0092`, `#PR-22-1187`: a lettered code behind a number sign.
        if token.firstByte == UInt8(ascii: "#"), token.digits >= 4, (2...4).contains(token.letters), token.marks.contains(.dash) {
            let body = token.core.hasPrefix("#") ? token.core.dropFirst() : Substring(token.core)
            let head = body.prefix { $0 != "-" }
            if head.utf8.count == token.letters, head.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
                body.dropFirst(head.count).utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 == UInt8(ascii: "-") })
            {
                return (index, .number)
            }
        }
        // `rx number on the bottle is 6120349`: seven digits a few words after the number of a prescription, claim or case.
        if token.letters == 0, token.digits == 7, token.core.utf8.count == 7, index >= 2,
            let at = tokens[max(0, index - 6)..<index].lastIndex(where: { ["number", "#", "no", "no.", "num"].contains($0.lower) }), at > 0,
            ["rx", "prescription", "claim", "case", "member", "policy", "account", "order", "ticket", "confirmation", "reference", "refill"].contains(tokens[at - 1].key)
        {
            return (index, .number)
        }
        // last four of social 6789; card ending in 4421
        if token.digits == 4, let found = lastFour(tokens, index) { return found }
        // A licence number after the credential: `RPh 44812`, `RN 2048817`, `LCSW 771203`.
        if token.letters >= 2, token.digits == 0, let next, next.letters == 0, next.digits >= 5, next.core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            Self.credentials.contains(token.core) || Self.credentials.contains(token.core.uppercased()) && token.isUpper,
            !(afterNext.map { $0.roles.contains(.unit) || $0.roles.contains(.duration) } ?? false)
        {
            return (index + 1, .recordNumber)
        }
        // 95th birthday, her 100th
        if token.digits >= 2, token.letters == 2, let next, next.lower.hasPrefix("birthday"), isOrdinalNumber(token.core),
            let value = Int(token.core.prefix { $0.isASCIIDigitCharacter }), value >= 90
        {
            return (index, .age)
        }
        // ZIP after a state: Columbus, OH 43210; Ohio 43210.
        if let next, matches(next.core, "ddddd") || matches(next.core, "ddddd-dddd") {
            if Self.stateCodes.contains(token.core) || Self.stateNames.contains(token.core) { return (index + 1, .zipCode) }
        }
        // City, ST  /  City, State  /  Montréal, QC  /  Lagos, Nigeria
        if token.endsWithComma, token.isTitle, !Self.notNames.contains(token.core), !Self.hasCommonSuffix(token.key), let next {
            let state = next.core
            let listed = token.roles.contains(.city)
            let twoWordState = afterNext.map { Self.multiWordStates.contains(next.lower + " " + $0.lower) } ?? false
            if Self.unambiguousStateCodes.contains(state) || Self.stateNames.contains(state) || (next.isTitle && twoWordState)
                || (listed && (Self.stateCodes.contains(state) || Self.provinceCodes.contains(state)))
                || (Self.provinceCodes.contains(state) && state != "ON" && !(afterNext?.isLower ?? false))
            {
                return (index, .address)
            }
            if next.isTitle, next.roles.contains(.country), !token.roles.contains(.country), !token.roles.contains(.region),
                !token.roles.contains(.nameStop), token.placeLike
            {
                return (index, .place)
            }
        }
        // Street addresses: 42 Elm Street, 1200 North Oak Ave, 310 West 96th Street, 77 Rue Saint-Denis; PO Box 12; Apt 4B.
        if token.digits > 0, token.letters <= 1, (1...6).contains(token.core.utf8.count), isHouseNumber(token.core) {
            // `the 1600 block of West Elm`, `2300 block of S. Halsted`.
            if let next, next.lower == "block", let afterNext, afterNext.lower == "of", index + 3 < tokens.count {
                let street = tokens[index + 3]
                if street.isTitle || Self.directions.contains(street.core) || street.isInitial || isOrdinalNumber(street.core) { return (index, .address) }
            }
            if let next, Self.streetPrefixes.contains(next.core), let afterNext,
                afterNext.isTitle || afterNext.digits > 0 || Self.nameParticles.contains(afterNext.lower)
            {
                return (index, .address)
            }
            var cursor = index + 1
            var words = 0
            while cursor < tokens.count, words < 4 {
                let word = tokens[cursor]
                if words >= 1, Self.streetSuffixes.contains(word.core) { return (index, .address) }
                guard word.isTitle || word.isUpper && word.letters >= 3 || Self.directions.contains(word.core) || isOrdinalNumber(word.core) else { break }
                words += 1
                cursor += 1
            }
        }
        if special, token.lower == "at", index > 0, index + 3 < tokens.count, tokens[index + 2].lower == "dot",
            Self.topLevelDomains.contains(tokens[index + 3].lower), tokens[index - 1].letters > 0
        {
            return (index - 1, .email)
        }
        if special, token.lower == "box", let previous, ["po", "p.o", "p.o."].contains(previous.lower) || previous.raw == "P.O.",
            let next, next.digits > 0
        {
            return (index + 1, .address)
        }
        // (`hospice house suite 6` is a room: a suite needs a comma before it, as in an address, or three characters.)
        if special, token.lower == "apt" || token.lower == "apartment" || token.lower == "suite" || token.lower == "ste", let next,
            next.digits > 0, next.core.count <= 6,
            token.lower != "suite" || next.core.utf8.count >= 3 || (previous?.endsWithComma ?? false)
        {
            return (index + 1, .address)
        }
        return nil
    }

    /// `Z63.31`, `S72.001A`, `(Z63.3-)`, `M891`: the shape of an ICD-10-CM code (undotted only up to five characters,
    /// so that `A123456` can still be a record number).
    private func isICDCode(_ core: String) -> Bool {
        var bytes = Array(core.utf8)
        if bytes.last == UInt8(ascii: "-") { bytes.removeLast() }
        guard bytes.count >= 3, bytes.count <= 8, isCapital(bytes[0]), isDigit(bytes[1]), isCapital(bytes[2]) || isDigit(bytes[2])
        else { return false }
        if bytes.count == 3 { return true }
        if bytes[3] == UInt8(ascii: ".") {
            return bytes.count >= 5 && bytes[4...].allSatisfy { isCapital($0) || isDigit($0) }
        }
        return bytes.count <= 5 && bytes[3...].allSatisfy { isCapital($0) || isDigit($0) }
    }

    /// `42`, `221B`: digits, and perhaps one capital after them.
    private func isHouseNumber(_ core: String) -> Bool {
        let utf8 = core.utf8
        guard let first = utf8.first, first >= 0x31, first <= 0x39 else { return false }
        var sawLetter = false
        for byte in utf8 {
            if byte >= 0x30 && byte <= 0x39 { if sawLetter { return false }; continue }
            if byte >= 0x41 && byte <= 0x5A, !sawLetter { sawLetter = true; continue }
            return false
        }
        return true
    }

    /// `her cat Mister Whiskers`, `a dog named Sir Barks`: the word before the title (or before `named`) is a pet.
    private func isPetName(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        var before = index - 1
        if ["named", "called"].contains(tokens[before].lower), before > 0 { before -= 1 }
        return Self.petWords.contains(tokens[before].lower)
    }
    static let petWords: Set<String> = [
        "cat", "cats", "dog", "dogs", "kitten", "puppy", "pup", "pet", "parrot", "bird", "horse", "pony", "hamster", "rabbit",
        "budgie", "tortoise", "turtle", "goldfish", "canary", "cockatiel", "ferret",
    ]

    private func isTitleWord(_ token: Token) -> Bool {
        let core = token.core
        guard token.digits == 0, token.letters >= 2, token.letters <= 10,
            token.firstByte >= 0x41 && token.firstByte <= 0x5A || token.lastByte == UInt8(ascii: ".") else { return false }
        if Self.titles.contains(core) {
            return token.ends(with: ".") || core == "Miss" || token.raw == core || Self.wordTitles.contains(core)
        }
        // Capitals and lower case need the full stop: `DR. ALVAREZ`, `dr. alvarez` (`MS.` is also multiple sclerosis).
        guard token.ends(with: ".") else { return false }
        return Self.dottedTitles.contains(core)
    }

    private func labelledValue(_ tokens: [Token], after index: Int, kind: Kind) -> (Int, Kind)? {
        var cursor = index + 1
        var digitsSeen = 0
        var firstDigitToken: Int?
        var issuers = 0
        let vehicleWord = index > 0 && ["car", "vehicle", "boat", "auto", "motorcycle", "trailer", "truck", "snowmobile", "atv", "rv", "camper", "jetski", "moped", "scooter", "drone", "aircraft", "plane"].contains(tokens[index - 1].lower)
        if !vehicleWord, tokens[index].roles.contains(.needsFiller) {
            // (`registration CSR 0044817`: an issuer's capitals, then the number.)
            // (`plates KL-US 4471`: for a vehicle, four digits after the issuer are enough.)
            let issuerThenNumber = cursor + 1 < tokens.count && tokens[cursor].isUpper && (2...5).contains(tokens[cursor].letters)
                && tokens[cursor + 1].letters == 0 && tokens[cursor + 1].digits >= (kind == .vehicle ? 4 : 5)
                && tokens[cursor + 1].raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 == UInt8(ascii: "-") })
            // (`registration is WX12 RFO`: `is` before a vehicle's plate.)
            let isPlate = kind == .vehicle && cursor + 1 < tokens.count && ["is", "was"].contains(tokens[cursor].lower) && tokens[cursor + 1].digits > 0
                && tokens[cursor + 1].letters > 0 && tokens[cursor + 1].core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 || $0 >= 0x41 && $0 <= 0x5A })
            if isPlate { return (cursor + 1, .vehicle) }
            guard cursor < tokens.count, ["number", "no", "no.", "#", "#:", "id", "nbr", "num", "number:", "no.:", "ref", "ref:", "ref."].contains(tokens[cursor].lower) || issuerThenNumber
                || tokens[cursor].firstByte == UInt8(ascii: "#") || tokens[index].ends(with: "#") || tokens[index].raw.hasSuffix("#:")
                || isStrongID(tokens[cursor]) || (kind == .vehicle && isPlateShape(tokens[cursor].core))
            else { return nil }
            // `Registration 8XYZ992`: a plate-shaped value right after the word.
            if kind == .vehicle, isStrongID(tokens[cursor]) || isPlateShape(tokens[cursor].core) { return (cursor, .vehicle) }
        }
        while cursor < tokens.count, cursor <= index + 6 {
            let candidate = tokens[cursor]
            if candidate.roles.contains(.labelFiller) || candidate.core.isEmpty || candidate.core == "#" {
                cursor += 1
                continue
            }
            // `numéro de compte patient : 0049-77312`, `cuenta del paciente`: whose number it is, between label and value.
            if ["patient", "paciente", "pt", "du", "del", "de", "conducir", "conducir:", "médico", "médico:", "medico", "medico:", "clinica", "clínica",
                "medikal", "medikal:", "do", "ng", "الملف", "الطبي:", "الطبي", "donor", "dcf:", "dcf", "clínico", "clinico", "núm.", "núm", "num.", "n.º", "nº", "n°", "stamped"].contains(candidate.lower) && cursor <= index + 3
                // `Registration no. for pt's RV: RV 882-104`
                || kind == .vehicle && ["for", "of", "pt's", "patient's", "his", "her", "their", "the"].contains(candidate.lower) && cursor <= index + 3
            {
                cursor += 1
                continue
            }
            // Sides before each value: `serial numbers L: 2204A1193, R: 2204A1194`.
            if candidate.ends(with: ":") || candidate.raw == "L" || candidate.raw == "R",
                ["L", "R", "Left", "Right", "left", "right", "OD", "OS"].contains(candidate.core)
            {
                cursor += 1
                continue
            }
            if candidate.digits == 0 {
                // An issuer before the number: ABIM 289104, HAR 5502918374, #LCS 27793, CA 91234567B, (UK).
                if kind == .vehicle, candidate.isUpper, candidate.core.count >= 4, candidate.core.count <= 8,
                    !Self.stateCodes.contains(candidate.core), firstDigitToken == nil, vanityPlate(tokens, cursor)
                {
                    return (cursor, .vehicle)
                }
                // (`MLS(ASCP) 442018`: the issuer's body in brackets.)
                let letters = (candidate.core.hasPrefix("#") ? candidate.core.dropFirst() : Substring(candidate.core)).filter { $0 != "(" && $0 != ")" }
                // (`RX-ACCT`: capitals joined by a dash.)
                // (`license no. G 81420`: or one letter before the digits.)
                let oneLetter = letters.count == 1 && cursor + 1 < tokens.count && tokens[cursor + 1].letters == 0 && tokens[cursor + 1].digits >= 4
                if issuers < 2, firstDigitToken == nil, (2...8).contains(letters.count) || oneLetter,
                    letters.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A || $0 == UInt8(ascii: "-") }), letters.utf8.first != UInt8(ascii: "-")
                {
                    issuers += 1
                    cursor += 1
                    continue
                }
                break
            }
            // An ICD-10 code after a word that is also a label: `family member Z63.31`, `growth plate M89.1`.
            // (`W281 44 6309`: a code followed by groups of digits is an identifier in groups, not a code.)
            if kind != .phone, kind != .zipCode, isICDCode(candidate.core),
                !(cursor + 1 < tokens.count && candidate.raw == candidate.core && digitGroup(tokens[cursor + 1]) != nil)
            {
                break
            }
            // `visit 0900-0945`: a span of clock times.
            if kind != .phone, candidate.letters == 0, candidate.core.utf8.count == 9, candidate.core.split(separator: "-").count == 2,
                candidate.core.split(separator: "-").allSatisfy({ isClockTime(String($0)) })
            {
                break
            }
            // `certification (WH-380-E)`: a form's number after a word that is also a label.
            if kind != .phone, candidate.marks.contains(.dash), let head = candidate.core.split(separator: "-").first,
                Self.formPrefixes.contains(String(head))
            {
                break
            }
            if firstDigitToken == nil { firstDigitToken = cursor }
            digitsSeen += candidate.digits
            switch kind {
            case .phone:
                if candidate.letters > 0 { return nil }
                if digitsSeen >= 7 { return (firstDigitToken!, .phone) }
            case .zipCode:
                if matches(candidate.core, "ddddd") || matches(candidate.core, "ddddd-dddd") { return (cursor, .zipCode) }
            case .vehicle:
                // `tag JKL 992`, `plate "BRB 4U"`: capitals, then a short group of digits and capitals.
                if (2...4).contains(candidate.core.utf8.count), issuers > 0,
                    candidate.core.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) }),
                    !Self.stateCodes.contains(tokens[cursor - 1].core)
                {
                    return (cursor - 1, .vehicle)
                }
                // (`tag 3jkt881`: or typed in lower case, letters and digits together.)
                let lowerPlate = candidate.letters >= 2 && candidate.digits >= 2 && (5...8).contains(candidate.core.utf8.count) && candidate.marks.isEmpty
                if candidate.letters > 0 || candidate.digits >= 4, candidate.core.count >= 3,
                    !candidate.marks.contains(.dot), candidate.core.utf8.allSatisfy({ $0 < 0x61 || $0 > 0x7A }) || lowerPlate
                {
                    return (cursor, .vehicle)
                }
            default:
                // `state ID 482 119 507`: groups of digits that add up to an identifier.
                if candidate.letters == 0, (2...5).contains(candidate.digits), !candidate.marks.contains(.dot), candidate.raw == candidate.core {
                    var total = candidate.digits
                    var ahead = cursor + 1
                    while ahead < tokens.count, ahead <= cursor + 4, let group = digitGroup(tokens[ahead]), !tokens[ahead].core.hasPrefix("+") {
                        total += group
                        if tokens[ahead].raw != tokens[ahead].core { break }
                        ahead += 1
                    }
                    let unitAfter = ahead < tokens.count && (tokens[ahead].roles.contains(.unit) || tokens[ahead].roles.contains(.duration))
                    if total >= 6, ahead > cursor + 1, !unitAfter { return (cursor, kind) }
                }
                if isMixedCode(candidate, minimumDigits: kind == .device ? 1 : 2) { return (cursor, kind) }
                // `UNOS ID: ABC1234`: capitals then four digits or more, right after a label with its colon.
                if cursor == index + 1, tokens[index].ends(with: ":") || tokens[index].ends(with: "#") || tokens[index].core == "ID" && index > 0 && tokens[index - 1].isUpper,
                    candidate.digits >= 4, candidate.letters >= 2,
                    candidate.core.utf8.count >= 6, candidate.core.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) }),
                    candidate.core.utf8.prefix(while: { $0 >= 0x41 }).count == candidate.letters
                {
                    return (cursor, kind)
                }
                // `RX7 4412`, `GM44 7120`: a short code of capitals and digits, then a group of digits, as printed on a label.
                if candidate.letters > 0, candidate.digits > 0, candidate.core.utf8.count <= 5, candidate.raw == candidate.core,
                    candidate.core.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) }), cursor + 1 < tokens.count,
                    tokens[cursor + 1].letters == 0, (3...6).contains(tokens[cursor + 1].digits) || (2...6).contains(tokens[cursor + 1].digits)
                        && cursor + 2 < tokens.count && (digitGroup(tokens[cursor + 2]).map({ $0 >= 3 }) == true
                            || tokens[cursor + 2].letters == 0 && tokens[cursor + 2].digits == 6 && tokens[cursor + 2].core.utf8.count == 6),
                    tokens[cursor + 1].core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                    !(cursor + 2 < tokens.count && (tokens[cursor + 2].roles.contains(.unit) || tokens[cursor + 2].roles.contains(.duration)))
                {
                    return (cursor, kind)
                }
                // `ticket #B-0772`: a lettered code of four digits behind its number sign.
                if cursor == index + 1, candidate.firstByte == UInt8(ascii: "#"), candidate.letters >= 1, candidate.letters <= 4, candidate.digits >= 4,
                    candidate.core.utf8.dropFirst(candidate.core.hasPrefix("#") ? 1 : 0).allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == UInt8(ascii: "-") })
                {
                    return (cursor, kind)
                }
                // `Randomization no. R-2031`, `#SCR-0092`: after a word for number, a lettered code of four digits.
                if cursor > index + 1 || tokens[index].ends(with: "#"), tokens[cursor - 1].roles.contains(.labelFiller) || tokens[index].ends(with: "#"),
                    !tokens[max(0, index - 1)...index].contains(where: { ["form", "omb", "version", "rev", "revision"].contains($0.key) }),
                    candidate.letters >= 1, candidate.letters <= 4, candidate.digits >= 4, candidate.marks == .dash,
                    candidate.core.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == UInt8(ascii: "-") }),
                    !isICDCode(candidate.core)
                {
                    return (cursor, kind)
                }
                let letters = candidate.letters > 0
                let specific = kind != .number
                // (`donor ID AFK4219`, `donor #4471`: after a generic label, capitals then four digits, or four digits behind a
                // number sign.)
                let letteredFour = letters && candidate.digits >= 4 && candidate.core.utf8.count >= 6
                    && candidate.core.utf8.prefix(while: { $0 >= 0x41 && $0 <= 0x5A }).count == candidate.letters
                let signedFour = candidate.firstByte == UInt8(ascii: "#") && candidate.letters == 0 && candidate.digits == 4
                if candidate.digits >= (specific ? 4 : 5) || (letters && candidate.digits >= 3 && candidate.core.count >= 5 && specific) || letteredFour || signedFour {
                    if !(candidate.core.count == 4 && isYear(Int(candidate.core) ?? 0)), !isDecimal(candidate.core) {
                        return (cursor, kind)
                    }
                }
            }
            cursor += 1
            if kind != .phone { break }
        }
        return nil
    }

    /// The name in a nurse's shorthand at `index`, where its cue is: a handoff's `to`, a leading dash and a credential, a
    /// surname in capitals and an initial, an initial and a surname and a credential, a name and a bracketed role, a
    /// name between dashes on a board, a credential and a name, a surname of two parts after a small word.
    private func nurseWrittenName(_ tokens: [Token], _ index: Int) -> Int? {
        let token = tokens[index]
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let previous = index > 0 ? tokens[index - 1] : nil
        func nameWord(_ word: Token) -> Bool {
            word.isTitle && word.letters >= 3 && word.digits == 0 && word.roles.isDisjoint(with: [.city, .country, .state, .region, .month])
                && !Self.notNames.contains(word.core) && !Self.roleNouns.contains(word.core)
                && (word.isUnknownWord || word.tier.contains(.given) && !word.tier.contains(.clinical) || word.tier.contains(.surname) && !word.tier.contains(.clinical))
        }
        // (`Okonkwo-Bell`: each part capitalised, in lower case after, of three letters at least.)
        func capitalisedParts<Part: StringProtocol>(_ parts: [Part]) -> Bool {
            parts.allSatisfy { $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLowercase) && $0.count >= 3 }
        }
        func credential(_ word: Token?) -> Bool {
            guard let word else { return false }
            let bare = String(word.core.filter { $0 != "(" && $0 != ")" })
            return Self.credentials.contains(bare) || Self.personRoles.contains(bare.lowercased())
        }
        // (`rn`, `pharm tech`: a credential or a role as a signature types it.)
        func signedRole(_ word: Token) -> Bool {
            credential(word) || Self.credentials.contains(word.core.uppercased()) || ["tech", "technician", "clerk", "registrar", "scheduler", "coordinator"].contains(word.key)
        }
        // `handoff to Tamsin @1900`, `report given to Oluwaseun`
        if token.lower == "to" || token.lower == "from", let previous, previous.keyRoles.contains(.laterRuleWord),
            ["handoff", "report", "endorsed", "handed", "given", "passed", "hand-off"].contains(previous.key), let next,
            nameWord(next) && (!Self.isDictionaryWord(next.key) || next.tier.contains(.given))
                || next.isLower && next.letters >= 4 && !Self.isDictionaryWord(next.key) && (next.tier.contains(.given) || next.tier.isEmpty) && next.roles.isEmpty
        {
            return index + 1
        }
        // `pt name Xu Meiling`: the word for name without its colon.
        if token.lower == "name", let previous, ["pt", "patient", "pt's", "patient's", "child's", "baby's"].contains(previous.lower), let next,
            nameWord(next) || next.isTitle && next.letters == 2 && next.tier.contains(.surname) && index + 2 < tokens.count && nameWord(tokens[index + 2])
        {
            return index + 1
        }
        // `ask priyanka raghunathan in HIM`: a listed given name and a listed surname in lower case, neither a word.
        if token.isLower, token.letters >= 5, token.tier.contains(.given), token.tier.isDisjoint(with: [.ambiguous, .clinical]), !Self.isDictionaryWord(token.key),
            let next, next.isLower, next.letters >= 5, !Self.isDictionaryWord(next.key),
            next.tier.contains(.surname) && next.tier.isDisjoint(with: [.ambiguous, .clinical]) || next.tier.isEmpty && next.letters >= 6
        {
            return index
        }
        // `Vanterpool, Imani A (MOTHER)`: a line that opens with a surname, a comma and a listed given name.
        if index == 0, token.isTitle, token.endsWithComma, token.letters >= 5, token.digits == 0, token.roles.isDisjoint(with: [.city, .country, .state, .region]),
            token.isUnknownWord || token.tier.contains(.surname) && token.tier.isDisjoint(with: [.clinical, .ambiguous]), let next, next.isTitle,
            next.tier.contains(.given) && next.tier.isDisjoint(with: [.clinical, .ambiguous])
                || next.isUnknownWord && token.tier.contains(.surname) && index + 2 < tokens.count
                    && (tokens[index + 2].letters == 1 && tokens[index + 2].isUpper || tokens[index + 2].raw.hasPrefix("(")),
            next.roles.isDisjoint(with: [.city, .country, .state])
        {
            return index
        }
        // `Jaxon W. c/o headache`: a given name and an initial before words in lower case.
        if token.isTitle, token.letters >= 4, token.digits == 0, !token.endsWithComma, token.tier.contains(.given), token.tier.isDisjoint(with: [.clinical, .ambiguous]),
            let next, next.isLooseInitial, next.core.first?.isUppercase == true, index + 2 < tokens.count, tokens[index + 2].isLower || tokens[index + 2].raw == "c/o"
        {
            return index
        }
        // `per dtr (Yolanda)`: a relative and a name in brackets.
        if token.raw.hasPrefix("("), token.raw.hasSuffix(")"), token.isTitle, token.letters >= 3, token.tier.contains(.given) || token.isUnknownWord,
            token.tier.isDisjoint(with: [.clinical]), let previous, previous.keyRoles.contains(.relation) || ["dtr", "dau", "hus", "husb", "wf", "bro", "sis", "gf", "bf"].contains(previous.key)
        {
            return index
        }
        // `case 3 (Evander Moss)`: a listed given name and a surname, alone in brackets.
        if token.raw.hasPrefix("("), !token.raw.hasSuffix(")"), token.isTitle, token.letters >= 4, token.tier.contains(.given), token.tier.isDisjoint(with: [.clinical, .ambiguous]),
            let next, next.raw.hasSuffix(")"), next.isTitle, next.letters >= 3, next.tier.contains(.surname) || next.isUnknownWord, !Self.notNames.contains(next.core)
        {
            return index
        }
        // `Sent from my iPhone / -Skip Hendershot`: a name signed after a dash at the end of a message.
        if token.firstByte == UInt8(ascii: "-"), token.raw.utf8.count >= 4, let next, index + 2 == tokens.count, nameWord(next), next.isUnknownWord || next.tier.contains(.surname) {
            let rest = token.raw.dropFirst()
            if let first = rest.first, first.isUppercase, rest.dropFirst().allSatisfy(\.isLowercase), rest.count >= 3 { return index }
        }
        // `PCP - Okafor; RPM nurse - Delacroix-Boyd`: a surname after a role and a dash.
        if token.raw == "-", let previous,
            credential(previous) || previous.keyRoles.contains(.personRole) || Self.credentials.contains(previous.core.uppercased()) || Self.dashedRoles.contains(previous.key),
            let next, next.isTitle || next.marks == .dash && capitalisedParts(next.core.split(separator: "-")), next.letters >= 4, next.digits == 0,
            next.isUnknownWord || next.tier.contains(.surname) && next.tier.isDisjoint(with: [.clinical, .ambiguous]) || next.marks == .dash && capitalisedParts(next.core.split(separator: "-")),
            !Self.notNames.contains(next.core), next.roles.isDisjoint(with: [.city, .country, .state, .region, .month])
        {
            return index + 1
        }
        // `- marcus tolliver, pharm tech`: a signature in lower case after a dash, a listed given name, a surname and a role.
        // (A given name that is also an eponym's, `marcus`, counts: the surname and the role make it a signature.)
        if token.isLower, let previous, previous.raw == "-" || previous.raw == "\u{2014}", let next, next.isLower, next.endsWithComma, next.letters >= 4,
            next.digits == 0, token.tier.contains(.given) && (next.tier.contains(.surname) || next.isUnknownWord)
                || token.isUnknownWord && token.letters >= 4 && next.tier.contains(.surname) && !next.tier.contains(.clinical),
            index + 2 < tokens.count, signedRole(tokens[index + 2]) || index + 3 < tokens.count && signedRole(tokens[index + 3])
        {
            return index
        }
        // `患者姓名：王建国`, `患者 王秀兰`: a Chinese name after the word for the patient or for name.
        // (Only a word that starts with a character of the CJK block is searched: most start with a letter.)
        if token.firstByte >= 0xE4, token.firstByte <= 0xE9 {
            for label in ["姓名：", "姓名:", "患者：", "患者:"] {
                if let range = token.raw.range(of: label), Self.isHanName(String(token.raw[range.upperBound...]).trimmingCharacters(in: [" ", "，", ","])) { return index }
            }
            if ["患者", "病人", "姓名", "姓名：", "患者姓名："].contains(token.raw), let next, Self.isHanName(next.raw) { return index + 1 }
        }
        // `-Bridget RN`
        if token.firstByte == UInt8(ascii: "-"), token.raw.utf8.count >= 4, let next, credential(next) {
            let rest = token.raw.dropFirst()
            if let first = rest.first, first.isUppercase, rest.dropFirst().allSatisfy(\.isLowercase) {
                let key = rest.lowercased()
                if !Self.isDictionaryWord(key) || (Names.tiers[key] ?? []).contains(.given) { return index }
            }
        }
        // `MCGREGOR, F.`
        if token.isUpper, token.endsWithComma, token.letters >= 4, token.digits == 0, let next,
            next.isLooseInitial && (next.isUpper || next.core.first?.isUppercase == true)
                || next.isUpper && next.letters >= 3 && next.tier.contains(.given) && !next.tier.contains(.clinical)
                    && (previous.map({ $0.isUpper || Self.personRoles.contains($0.key) || Self.custodyWords.contains($0.key) }) ?? true)
                // (`JAYASURIYA, NILANTHI (mother)`: any word in capitals before a relative in brackets.)
                || next.isUpper && next.letters >= 4 && next.digits == 0 && index + 2 < tokens.count && tokens[index + 2].raw.hasPrefix("(")
                    && tokens[index + 2].keyRoles.contains(.relation)
                || next.isUpper && next.letters >= 4 && next.isUnknownWord && token.headTier.contains(.surname) && previous.map({ Self.custodyWords.contains($0.key) }) == true,
            token.tier.contains(.surname) && !token.tier.contains(.clinical) || token.isUnknownWord || token.headTier.contains(.surname) && token.marks == .dash
        {
            return index
        }
        // `R. Thistlewood RN`, `K. Lindqvist-Mbeki, Biorepository Manager`
        if token.isLooseInitial, token.core.first?.isUppercase == true, let next, next.isTitle || next.marks == .dash && next.core.first?.isUppercase == true,
            next.digits == 0, next.letters >= 4, next.isUnknownWord || next.tier.contains(.surname) || next.headTier.contains(.surname),
            index + 2 < tokens.count && credential(tokens[index + 2]) || next.endsWithComma && index + 2 < tokens.count && tokens[index + 2].isTitle
                // (`R. Okonkwo-Baptiste, 09:42`: a surname of two capitalised parts, the first listed, needs no more.)
                || next.marks == .dash && next.headTier.contains(.surname) && capitalisedParts(next.core.split(separator: "-"))
        {
            return index + 1
        }
        // `Priyanka (2nd RN)`, `Teodora (PT)`
        if nameWord(token), !token.endsWithComma, let next, next.firstByte == UInt8(ascii: "("),
            credential(next) || index + 2 < tokens.count && next.raw.hasPrefix("(") && !next.raw.hasSuffix(")") && credential(tokens[index + 2])
        {
            return index
        }
        // `Rm 7 - Szczepanski - FALL RISK`
        if token.isTitle, token.isUnknownWord, token.letters >= 5, previous?.raw == "-", next?.raw == "-" { return index }
        // `preceptor: Anneliese //`: a name alone after a person's label.
        if let previous, previous.ends(with: ":"), Self.personLabels.contains(previous.raw.lowercased()), nameWord(token),
            token.isUnknownWord || token.tier.contains(.given) && !token.tier.contains(.ambiguous)
        {
            return index
        }
        // `wound RN Oluwaseun saw`, `interpreter Xiaoling via video`
        if token.isUpper && Self.credentials.contains(token.core) || token.isLower && token.keyRoles.contains(.personRole), let next, next.isTitle, next.isUnknownWord,
            next.tier.isEmpty || next.tier == .given, next.letters >= 5,
            index + 2 < tokens.count, tokens[index + 2].isLower
        {
            return index + 1
        }
        // `accepting MD is Nakagawa-Ruiz,`, `hold 612 for Okonkwo-Bell pending`
        if token.marks == .dash, token.digits == 0, let previous, ["for", "to", "is", "with", "from", "per", "by", "pt", "patient"].contains(previous.lower) {
            let parts = token.core.split(separator: "-")
            if parts.count == 2, capitalisedParts(parts), !Self.isDictionaryWord(token.key), !eponymAfter(tokens, index), isTwoPartSurname(parts) {
                return index
            }
        }
        // `value 'Nwachukwu-Bell'`, `'H. Grünewald'`: a name in single quotes.
        if token.firstByte == UInt8(ascii: "'"), token.raw.utf8.count >= 3 {
            var inner = Substring(token.raw.dropFirst())
            while let last = inner.last, "'.,;".contains(last) { inner = inner.dropLast() }
            let parts = inner.split(separator: "-")
            if parts.count == 2, capitalisedParts(parts), isTwoPartSurname(parts) { return index }
            if inner.count == 1, token.raw.dropFirst().dropFirst().first == ".", inner.first?.isUppercase == true, let next, next.raw.hasSuffix("'") || next.raw.hasSuffix("',"),
                next.core.first?.isUppercase == true
            {
                return index
            }
        }
        return nil
    }

    /// `Okonkwo-Bell`, `Nakagawa-Ruiz`: each part a listed name or a word of no dictionary, one of them a surname or
    /// no word at all, none a clinical word.
    private func isTwoPartSurname<Part: StringProtocol>(_ parts: [Part]) -> Bool {
        let tiers = parts.map { Names.tiers[$0.lowercased()] ?? [] }
        let unknown = parts.map { !Self.isDictionaryWord($0.lowercased()) && Names.tiers[$0.lowercased()] == nil }
        return zip(tiers, unknown).allSatisfy { (!$0.isEmpty || $1) && !$0.contains(.clinical) }
            && zip(tiers, unknown).contains { $0.contains(.surname) || $1 }
    }

    /// `PHQ-9`, `GAD-7`, `EPDS`, `MoCA`: the name of a questionnaire or a scale scored out of its most.
    static func isScaleName(_ core: String) -> Bool {
        if ["SCAT3", "SCAT5", "SCAT6", "EPDS", "MoCA", "MOCA", "MMSE", "SLUMS", "AUDIT", "AUDIT-C", "CIWA", "COWS", "PCL-5", "K10", "DASS-21", "BDI", "BDI-II", "ASQ", "M-CHAT", "PSC-17"].contains(core) { return true }
        guard let dash = core.firstIndex(of: "-") else { return false }
        let name = core[..<dash], number = core[core.index(after: dash)...]
        return ["PHQ", "GAD", "PCL", "EPDS", "CES", "PSC", "SCARED"].contains(String(name)) && !number.isEmpty && number.allSatisfy(\.isNumber)
    }

    /// Words of a software release, and words of a machine on a network (`build` against `host`).
    static let releaseWords: Set<String> = ["build", "version", "firmware", "ver", "patch", "upgrade", "upgraded"]
    static let hostWords: Set<String> = [
        "ip", "ipv4", "address", "addr", "host", "hostname", "server", "gateway", "subnet", "vpn", "dns", "connected", "connection",
        "logged", "login", "source", "src", "dst", "remote", "public", "static", "dhcp", "lease", "ping", "port", "router", "workstation",
    ]

    /// The extensions of the files a name is given to: a scan, a letter, a photograph.
    static let documentExtensions: [String] = [".pdf", ".docx", ".doc", ".tif", ".tiff", ".jpg", ".jpeg", ".png", ".rtf", ".txt", ".heic"]

    /// A person's name in a file's name at `index`: `consent_signed_ifeoma_chukwuebuka.tif` (a listed given name and a
    /// surname among its parts), `Tobiah Szczepanski.pdf` (a capitalised surname before the extension, after a given name).
    private func nameInFileName(_ tokens: [Token], _ index: Int) -> Int? {
        let token = tokens[index]
        let lower = token.core.lowercased()
        guard let ext = Self.documentExtensions.first(where: { lower.hasSuffix($0) }) else { return nil }
        let stem = token.core.dropLast(ext.utf8.count)
        func letters<S: StringProtocol>(_ part: S) -> Bool { part.count >= 3 && part.allSatisfy(\.isLetter) }
        let parts = stem.split(whereSeparator: { $0 == "_" || $0 == "-" }).map { $0.lowercased() }
        if parts.count >= 2 {
            for (first, second) in zip(parts, parts.dropFirst()) where letters(first) && letters(second) && second.count >= 4 {
                let given = Names.tiers[first] ?? [], family = Names.tiers[second] ?? []
                let listedGiven = given.contains(.given) && given.isDisjoint(with: [.ambiguous, .clinical]) && !Self.isDictionaryWord(first)
                let listedFamily = family.contains(.surname) && family.isDisjoint(with: [.clinical])
                // (A listed given name and a surname or a word of no dictionary, or a word of no dictionary and a listed surname.)
                if listedGiven && (listedFamily || family.isEmpty && !Self.isDictionaryWord(second))
                    || listedFamily && given.isEmpty && first.count >= 5 && !Self.isDictionaryWord(first)
                {
                    return index
                }
            }
            return nil
        }
        guard index > 0, let first = stem.first, first.isUppercase, stem.count >= 4, stem.dropFirst().allSatisfy(\.isLowercase),
            !Self.isDictionaryWord(stem.lowercased())
        else { return nil }
        let previous = tokens[index - 1]
        guard previous.isTitle, previous.letters >= 3, previous.digits == 0, !Self.notNames.contains(previous.core),
            previous.isUnknownWord || previous.tier.contains(.given) && previous.tier.isDisjoint(with: [.clinical])
        else { return nil }
        return index - 1
    }

    /// A place as people write it at `index`: `at Greenfield ED`, `the Eastside YMCA`, `downtown Fresno`, `Newtown NSW 2042`,
    /// `County of residence at diagnosis (registry item): Yavapai`, `value 'Kalamazoo'`, `the Rosebud reservation`,
    /// `Hometown given in the biobank questionnaire: Bemidji`.
    private func placeAsWritten(_ tokens: [Token], _ index: Int) -> (Int, Kind)? {
        let token = tokens[index]
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        let previous = index > 0 ? tokens[index - 1] : nil
        let notRegion = token.roles.isDisjoint(with: [.state, .country, .region])
        if token.isTitle, notRegion, let next, next.isUpper, ["ED", "ER", "YMCA", "YWCA"].contains(next.core),
            token.letters >= 4, !Self.notNames.contains(token.core), let previous, ["at", "from", "to", "the", "in"].contains(previous.lower)
        {
            return (index, .place)
        }
        if token.isUpper, token.letters == 3, ["NSW", "VIC", "QLD", "TAS", "ACT"].contains(token.core), let next, next.letters == 0, next.digits == 4,
            next.core.utf8.count == 4
        {
            return (index + 1, .zipCode)
        }
        // `Camp Arifjan`, `Fort Wainwright`: a base by its name, a word of no dictionary.
        if token.isTitle, ["Camp", "Fort", "FOB", "Ft.", "Ft"].contains(token.core), let next, next.isTitle, next.letters >= 5, next.isUnknownWord || next.tier.contains(.surname),
            next.roles.isDisjoint(with: [.state, .country, .region])
        {
            return (index + 1, .place)
        }
        // `Attends Wickersham Elementary School`: a school by a name of no dictionary, which places a child.
        if token.isTitle, token.letters >= 5, token.isUnknownWord || token.tier.contains(.surname) && token.tier.isDisjoint(with: [.clinical, .ambiguous]), let next,
            ["Elementary", "Middle", "Primary", "Intermediate"].contains(next.core), index + 2 < tokens.count, tokens[index + 2].key == "school"
        {
            return (index, .place)
        }
        guard token.keyRoles.contains(.laterRuleWord) || token.firstByte == UInt8(ascii: "'") else { return nil }
        if ["downtown", "uptown", "midtown"].contains(token.lower), let next, next.isTitle,
            next.roles.contains(.city) || next.isUnknownWord, next.roles.isDisjoint(with: [.state, .country, .region])
        {
            return (index + 1, .place)
        }
        if ["reservation", "rancheria", "pueblo", "reserve"].contains(token.key), let previous, previous.isTitle, previous.letters >= 4,
            previous.roles.isDisjoint(with: [.state, .country, .region]), !Self.notNames.contains(previous.core), index >= 2, tokens[index - 2].lower == "the"
        {
            return (index - 1, .place)
        }
        // `Hometown listed on intake as Nome`
        if token.key == "hometown", let at = (index + 1..<min(tokens.count, index + 7)).first(where: { tokens[$0].lower == "as" }), at + 1 < tokens.count,
            tokens[at + 1].isTitle, tokens[at + 1].roles.isDisjoint(with: [.state, .country, .region]), !isWholeStateOrCountry(tokens, at + 1)
        {
            return (at + 1, .place)
        }
        // (The county or the hometown a form asks for, its colon a few words on.)
        if token.key == "county" || token.key == "hometown", !token.ends(with: ":"),
            let colon = (index + 1..<min(tokens.count, index + 9)).first(where: { tokens[$0].ends(with: ":") }), colon + 1 < tokens.count
        {
            let value = tokens[colon + 1]
            if value.isTitle || value.isUpper, value.letters >= 4, value.roles.isDisjoint(with: [.state, .country]), !isWholeStateOrCountry(tokens, colon + 1),
                !["Unknown", "None", "Same", "Other", "Pending", "UNKNOWN", "NONE"].contains(value.core)
            {
                return (colon + 1, .place)
            }
        }
        if token.firstByte == UInt8(ascii: "'"), token.raw.hasSuffix("'") || token.raw.hasSuffix("',"), token.roles.contains(.city), token.isTitle {
            return (index, .place)
        }
        return nil
    }

    /// A value no clinical number looks like: letters or dashes with five digits or more (`L123-456-78-910`,
    /// `CSR-0048213`), or seven digits or more.
    private func isStrongID(_ token: Token) -> Bool {
        guard token.digits >= 5, !token.marks.contains(.dot), !token.marks.contains(.slash), !token.marks.contains(.colon) else { return false }
        if token.digits >= 7 { return true }
        return (token.letters > 0 || token.marks.contains(.dash)) && !isDateAlone(token.core) && !isICDCode(token.core)
    }

    /// `8GM4LK`, `G7X2KQ`: six to twenty capitals and digits that change between letters and digits at least twice, with
    /// two letters or more; ICD-10 and PCS codes (`E11.65`, `0DTJ4ZZ`) and CPT codes with a modifier pass.
    private func isMixedCode(_ token: Token, minimumDigits: Int) -> Bool {
        let utf8 = token.core.utf8
        guard (6...20).contains(utf8.count), token.digits >= minimumDigits, token.letters >= 2 else { return false }
        var changes = 0
        var previous = 0
        for byte in utf8 {
            let kind: Int
            if byte >= 0x30 && byte <= 0x39 { kind = 1 } else if byte >= 0x41 && byte <= 0x5A { kind = 2 } else if byte == UInt8(ascii: "-") { continue } else { return false }
            if previous != 0, kind != previous { changes += 1 }
            previous = kind
        }
        guard changes >= 2 else { return false }
        if utf8.count == 7, let first = utf8.first, first >= 0x30, first <= 0x39 || first == UInt8(ascii: "B") { return false }
        return !isICDCode(token.core)
    }

    /// `8XYZ992`, `7ABC123`: five to eight capitals and digits, with both.
    private func isPlateShape(_ core: String) -> Bool {
        let utf8 = core.utf8
        guard (5...8).contains(utf8.count) else { return false }
        var digits = 0, letters = 0
        for byte in utf8 {
            if byte >= 0x30 && byte <= 0x39 { digits += 1 } else if byte >= 0x41 && byte <= 0x5A { letters += 1 } else if byte != UInt8(ascii: "-") { return false }
        }
        return digits >= 1 && letters >= 2
    }

    /// `plate DRMOM1` is found above; an all-letter vanity plate needs the word plate right before it.
    private func vanityPlate(_ tokens: [Token], _ index: Int) -> Bool {
        index > 0 && (tokens[index - 1].lower == "plate" || tokens[index - 1].lower == "plates")
    }

    private func isDecimal(_ core: String) -> Bool {
        core.utf8.filter { $0 == UInt8(ascii: ".") }.count == 1 && core.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }
    }

    /// `last four of social 6789`, `last 4 SSN: 7314`, `card ending in 4421`.
    private func lastFour(_ tokens: [Token], _ index: Int) -> (Int, Kind)? {
        let token = tokens[index]
        guard matches(token.core, "dddd"), index >= 2 else { return nil }
        var sawLead = false
        var kind = Kind.account
        var cursor = index - 1
        while cursor >= 0, cursor >= index - 6 {
            let word = tokens[cursor].lower
            if ["ssn", "social", "ss#", "security", "s.s.n"].contains(word) { kind = .ssn }
            if word == "ending" || word == "ends" || word == "last" { sawLead = true }
            if ["card", "account", "acct", "visa", "mastercard", "amex", "debit", "credit", "social", "ssn", "digits"].contains(word) {
                // (`Last 4 of SSN for identity verification: 6613`: the count and `of` before the word.)
                if sawLead || (cursor >= 1 && ["last", "ending", "four", "4"].contains(tokens[cursor - 1].lower))
                    || cursor >= 2 && tokens[cursor - 1].lower == "of" && ["four", "4"].contains(tokens[cursor - 2].lower)
                    || cursor >= 3 && ["his", "her", "their", "the", "pt's"].contains(tokens[cursor - 1].lower) && tokens[cursor - 2].lower == "of"
                        && ["four", "4"].contains(tokens[cursor - 3].lower)
                {
                    return (index, kind)
                }
            }
            cursor -= 1
        }
        if sawLead, index >= 2, tokens[index - 1].lower == "in" || tokens[index - 1].lower == "with", tokens[index - 2].lower == "ending",
            !isYear(Int(token.core) ?? 0)
        {
            return (index, kind)
        }
        return nil
    }

    private func isDashDate(_ core: String) -> Bool {
        let parts = core.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigitCharacter) }) else {
            return false
        }
        let first = Int(parts[0])!, second = Int(parts[1])!
        return ((1...12).contains(first) && (1...31).contains(second)) || ((13...31).contains(first) && (1...12).contains(second))
    }

    private func isOrdinalNumber(_ core: String) -> Bool {
        let lower = core.lowercased()
        for suffix in ["st", "nd", "rd", "th"] where lower.hasSuffix(suffix) {
            let digits = lower.dropLast(2)
            return !digits.isEmpty && digits.count <= 3 && digits.allSatisfy(\.isASCIIDigitCharacter)
        }
        return false
    }

    /// `2 of 14 lymph nodes positive (2/14)`: the fraction repeats a count said before it on the line.
    private func saidAsOf(_ tokens: [Token], _ index: Int) -> Bool {
        let parts = tokens[index].core.split(separator: "/")
        guard parts.count == 2, index >= 3 else { return false }
        for at in 0..<(index - 2) where tokens[at].core == parts[0] && tokens[at + 1].lower == "of" && tokens[at + 2].core == parts[1] {
            return true
        }
        return false
    }

    /// `3/14`, `7/9`: the two numbers of a fraction of one or two digits each, the one parser of the slash rules.
    private func slashParts(_ core: String) -> (first: Int, second: Int)? {
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigitCharacter) }) else { return nil }
        return (Int(parts[0])!, Int(parts[1])!)
    }

    /// `3/14`: a date unless the numbers read as a clinical scale, fraction or ratio.
    private func slashDate(_ token: Token, previous: Token?, next: Token?, afterNext: Token? = nil) -> Kind? {
        guard token.core != "24/7", let (first, second) = slashParts(token.core) else { return nil }
        let monthDay = (1...12).contains(first) && (1...31).contains(second)
        let dayMonth = (13...31).contains(first) && (1...12).contains(second)
        guard monthDay || dayMonth else { return nil }
        let previousWord = previous?.lower ?? ""
        let nextWord = next?.lower ?? ""
        // `aged 7 and 3/12`: a child's months of age, in twelfths after the years.
        if second == 12, ["and", "&", "for", "x", "past", "last", "over", "since", "of"].contains(previousWord) { return nil }
        // `pN1a (2/17)`: nodes positive of nodes examined after a pathological N stage.
        if previousWord.hasPrefix("pn") || previousWord.hasPrefix("ypn") || previousWord.hasPrefix("(pn") { return nil }
        // `from 8/10 to 3/10`: a score out of ten on both sides of `to`.
        if second == 10, first <= 10, previousWord == "from" || previousWord == "to", !Self.strongDateLeads.contains(previousWord) { return nil }
        // (`on 11/12 shifts`: a count of things done.)
        if ["shifts", "sessions", "treatments", "nails", "teeth", "quadrants", "sites", "visits"].contains(nextWord) { return nil }
        // (`after 2/3 of the infusion`: a fraction of something.)
        if nextWord == "of", afterNext.map({ ["the", "a", "an", "his", "her", "their"].contains($0.lower) }) == true { return nil }
        if Self.dateLeads.contains(previousWord) || Self.strongDateLeads.contains(previousWord) || previousWord.hasPrefix("dob") {
            return .date
        }
        // `was 2/9 at approximately 2200`: a day with its time, whatever word stands before it.
        let clock = afterNext.map { isClockTime($0.core) || ["approximately", "about", "around", "approx"].contains($0.lower) || matches($0.core, "d:dd") || matches($0.core, "dd:dd") } ?? false
        let timeAfter = (nextWord == "at" || nextWord == "@") && clock
        // (`CPAP/PS 10/5`: settings joined by a slash.)
        let settingPair = previousWord.contains("/") && previousWord.split(separator: "/").allSatisfy { Self.clinicalBefore.contains(String($0)) }
        if !timeAfter, Self.clinicalBefore.contains(previousWord) || settingPair || Self.clinicalAfter.contains(nextWord) { return nil }
        if nextWord.hasPrefix("mm") || nextWord.hasPrefix("week") || nextWord.hasPrefix("wk") { return nil }
        let scaleLike = [2, 3, 4, 5, 6, 7, 8, 10].contains(second) && first <= second
        return scaleLike ? nil : .date
    }

    private func monthName(_ token: Token) -> (name: String, full: Bool)? {
        guard let full = Self.monthsByLower[token.lower] else { return nil }
        if token.isTitle || token.isUpper { return (token.core, full) }
        // Lower case: `aug 14`; not the words may, march, mar, dec, sep.
        if token.isLower, !["may", "march", "mar", "dec", "sep", "jan"].contains(token.lower) { return (token.core, full) }
        return nil
    }

    /// `each November through February`, `in May and June every year`: a month that comes back each year is no date.
    private func isRecurring(_ tokens: [Token]) -> Bool {
        tokens.contains { Self.recurrenceWords.contains($0.lower) }
    }

    private func isDay(_ core: String) -> Bool {
        var text = Substring(core)
        for suffix in ["st", "nd", "rd", "th", "ST", "ND", "RD", "TH"] where text.hasSuffix(suffix) { text = text.dropLast(2) }
        guard !text.isEmpty, text.count <= 2, text.allSatisfy(\.isASCIIDigitCharacter) else { return false }
        return (1...31).contains(Int(text)!)
    }

    private func isDayOrYear(_ core: String) -> Bool {
        if isDay(core) { return true }
        return core.count == 4 && core.allSatisfy(\.isASCIIDigitCharacter) && isYear(Int(core)!)
    }

    private func looksLikeName(_ tokens: [Token], from start: Int) -> Bool {
        guard start < tokens.count else { return false }
        let first = tokens[start]
        // LINDQVIST, ASTRID M.: surname first, in capitals, on a name line.
        if first.isUpper, first.endsWithComma, start + 1 < tokens.count, tokens[start + 1].isUpper { return true }
        // `LEE, Min-jun`: the surname in capitals, the given name as written.
        if first.isUpper, first.endsWithComma, isListed(first), start + 1 < tokens.count, tokens[start + 1].isTitle,
            !Self.notNames.contains(tokens[start + 1].core), !tokens[start + 1].keyRoles.contains(.nameStop)
        {
            return true
        }
        // `apheresis donor: kowalski-nguyen, t.`: a dashed surname in lower case with a listed part, then the initial.
        if first.isLowerOrDashed, first.marks == .dash, first.endsWithComma, !first.headTier.isDisjoint(with: .listed) || first.isUnknownWord,
            first.headTier.isDisjoint(with: [.ambiguous, .clinical]), start + 1 < tokens.count, tokens[start + 1].isLooseInitial
        {
            return true
        }
        // `pt: r. de los santos`, `tech: s. al-farsi`: an initial, then particles or a dashed surname in lower case.
        if first.isLooseInitial, start + 1 < tokens.count,
            Self.nameParticles.contains(tokens[start + 1].lower) && start + 2 < tokens.count && tokens[start + 2].letters >= 3
                || tokens[start + 1].marks == .dash && tokens[start + 1].lower == tokens[start + 1].core && tokens[start + 1].letters >= 5 && tokens[start + 1].digits == 0
        {
            return true
        }
        // `signed: k. nakamura rn`, `signed: kim nakamura`: a name typed in lower case after the label, listed.
        if start + 1 < tokens.count, tokens[start + 1].isLower, isListed(tokens[start + 1], lowerCase: true),
            first.isLower && isListed(first, lowerCase: true) || first.isLooseInitial
        {
            return true
        }
        if first.isUpper, isListed(first), start + 1 < tokens.count {
            let second = tokens[start + 1]
            if second.isUpper && isListed(second) { return true }
            // `NAME: ZHANG WEIMIN`: two words in capitals, one listed and the other in no dictionary.
            if second.isUpper, second.isUnknownWord || isListed(second) && first.isUnknownWord { return true }
            // `ABDULLAH BIN HAMID AL-FARSI`: a particle, then more of the name in capitals.
            if Self.nameParticles.contains(second.lower), second.isUpper, start + 2 < tokens.count, tokens[start + 2].isUpper { return true }
        }
        // `Insured: MA XIAOLING`: two words in capitals, the second in no dictionary.
        if first.isUpper, start + 1 < tokens.count, tokens[start + 1].isUpper, tokens[start + 1].isUnknownWord, tokens[start + 1].letters >= 4,
            !first.keyRoles.contains(.nameStop), !first.endsWithComma
        {
            return true
        }
        // `A.K. Mukherjee-Banerjee`: initials run together, then the surname.
        if first.letters == 2, first.raw.utf8.count == 4, first.firstByte >= 0x41, first.firstByte <= 0x5A, first.lastByte == UInt8(ascii: "."),
            first.raw.utf8.dropFirst().first == UInt8(ascii: "."), start + 1 < tokens.count, tokens[start + 1].isTitle,
            !Self.notNames.contains(tokens[start + 1].core)
        {
            return true
        }
        guard first.isTitle || first.isInitial, !Self.notNames.contains(first.core) else { return false }
        if start + 1 < tokens.count {
            let second = tokens[start + 1]
            if second.isTitle && !Self.notNames.contains(second.core) { return true }
            if second.isInitial, start + 2 < tokens.count, tokens[start + 2].isTitle { return true }
            // `Rafael de la Cruz`, `Anouk van der Berg`: particles, then the capitalised surname.
            if first.isTitle, !first.endsWithComma, Self.nameParticles.contains(second.lower) {
                var cursor = start + 1
                while cursor < tokens.count, cursor <= start + 3, Self.nameParticles.contains(tokens[cursor].lower) { cursor += 1 }
                if cursor < tokens.count, tokens[cursor].isTitle, !Self.notNames.contains(tokens[cursor].core) { return true }
            }
            return first.endsWithComma && first.isTitle
        }
        return first.isTitle
    }

    /// `Smith`, `O'Brien`, `McDonald`, `DeLuca`, `Moreau-Lefèvre`: a capital, then lower case (any script).
    private func isCapitalWord(_ core: String, ascii: Bool = false) -> Bool {
        if ascii {
            let utf8 = core.utf8
            guard utf8.count >= 2, utf8.count <= 40, let head = utf8.first, head >= 0x41, head <= 0x5A else { return false }
            var sawLower = false
            var offset = 0
            var previous: UInt8 = head
            var second: UInt8 = 0
            for byte in utf8 {
                defer { previous = byte; offset += 1 }
                if offset == 0 { continue }
                if offset == 1 { second = byte }
                if byte >= 0x61 && byte <= 0x7A { sawLower = true; continue }
                if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") { continue }
                if byte >= 0x41 && byte <= 0x5A, offset >= 2 {
                    if previous == UInt8(ascii: "'") || previous == UInt8(ascii: "-") { continue }
                    if offset == 2, second >= 0x61, Self.capitalPrefixes.contains(UInt16(head) << 8 | UInt16(second)) { continue }
                    // `MacKenzie`, `MacDonald`.
                    if offset == 3, head == UInt8(ascii: "M"), second == UInt8(ascii: "a"), previous == UInt8(ascii: "c") { continue }
                }
                return false
            }
            return sawLower
        }
        let scalars = Array(core.unicodeScalars)
        guard scalars.count >= 2, scalars.count <= 40, scalars[0].properties.isUppercase else { return false }
        var sawLower = false
        for offset in 1..<scalars.count {
            let scalar = scalars[offset]
            if scalar.properties.isLowercase { sawLower = true; continue }
            if scalar == "'" || scalar == "-" || scalar == "\u{2019}" { continue }
            if scalar.properties.isUppercase, offset >= 2 {
                let before = scalars[offset - 1]
                if before == "'" || before == "-" || before == "\u{2019}" { continue }
                if offset == 2, scalars[1].properties.isLowercase,
                    ["Mc", "De", "Di", "Da", "La", "Le"].contains(String(String.UnicodeScalarView(scalars[0...1])))
                {
                    continue
                }
                if offset == 3, scalars[0] == "M", scalars[1] == "a", scalars[2] == "c" { continue }
            }
            return false
        }
        return sawLower
    }

    /// `Mc`, `De`, `Di`, `Da`, `La`, `Le`: prefixes a capital may follow (`McDonald`, `DeLuca`).
    private static let capitalPrefixes: Set<UInt16> = Set(["Mc", "De", "Di", "Da", "La", "Le"].map { pair in
        let bytes = Array(pair.utf8)
        return UInt16(bytes[0]) << 8 | UInt16(bytes[1])
    })

    private func labelKind(_ token: Token) -> Kind? {
        var label = token.lower
        while let last = label.last, last == ":" || last == "#" || last == "." { label.removeLast() }
        // (`[MRN: 300-771-264]`: a label opening a bracket.)
        if label.hasPrefix("[") { label.removeFirst() }
        if label == "registration" { return .vehicle }
        // `RX-ACCT 0091847`: the last part of a dashed label.
        if let dash = label.lastIndex(of: "-"), let kind = Self.idLabels[String(label[label.index(after: dash)...])] { return kind }
        if let kind = Self.idLabels[label] { return kind }
        // Generic words after a specific one: `court case number`, `USCIS number`, `inmate no.`, `student ID`.
        if Self.genericLabels.contains(label) { return .number }
        return nil
    }

    private func longestDigitRun(_ bytes: [UInt8]) -> Int {
        var best = 0, run = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 { run += 1; best = max(best, run) } else { run = 0 }
        }
        return best
    }

    /// Whether `text` has exactly `shape`, where `d` is any digit and other characters are literal.
    private func matches(_ text: String, _ shape: String) -> Bool {
        let a = text.utf8, b = shape.utf8
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) {
            if y == UInt8(ascii: "d") {
                guard x >= 0x30 && x <= 0x39 else { return false }
            } else if x != y {
                return false
            }
        }
        return true
    }

    // MARK: - Runs of digit groups: spaced phones, SSNs, card numbers

    /// `+1 415 555 0166`, `020 7946 0123`, `call 555 0166`, `305 66 1428`, `5425 2334 3010 9903`.
    private func classifyRun(_ tokens: [Token], _ index: Int) -> (Int, Kind)? {
        let first = tokens[index]
        guard first.letters == 0, first.digits > 0, first.digits <= 5 else { return nil }
        if index > 0, digitGroup(tokens[index - 1]) != nil { return nil }
        var groups: [Int] = []
        var cursor = index
        var plus = false
        while cursor < tokens.count, groups.count < 6, let group = digitGroup(tokens[cursor]) {
            if cursor == index, tokens[cursor].core.hasPrefix("+") { plus = true }
            groups.append(group)
            if tokens[cursor].endsWithComma || tokens[cursor].ends(with: ".") || tokens[cursor].ends(with: ";") { cursor += 1; break }
            cursor += 1
            // `144 - 82 - 6620`: groups split by dashes standing alone.
            if cursor + 1 < tokens.count, tokens[cursor].raw == "-", digitGroup(tokens[cursor + 1]) != nil { cursor += 1 }
        }
        // `+44 7700 900123`: after a country code, the last group may be longer.
        // (`+55 33 3271-5409`: or two groups joined by a dash.)
        if plus, cursor < tokens.count, cursor > index, !tokens[cursor - 1].endsWithComma, tokens[cursor].letters == 0, (6...9).contains(tokens[cursor].digits),
            tokens[cursor].core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) || tokens[cursor].marks == .dash && tokens[cursor].core.utf8.filter({ $0 == 0x2D }).count == 1
        {
            groups.append(tokens[cursor].digits)
            cursor += 1
        }
        // `6 0 2 - 1 4 - 7 7 8 9`: an SSN or a phone number written one digit at a time.
        if first.digits == 1, first.raw.utf8.count == 1, let found = spacedDigits(tokens, index) { return found }
        // `07700 900456`: a trunk prefix, then six digits.
        if groups.count == 1, first.core.hasPrefix("0"), (4...5).contains(groups[0]), cursor < tokens.count, cursor == index + 1 {
            let rest = tokens[cursor]
            if rest.letters == 0, rest.digits == 6, rest.core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return (index, .phone) }
        }
        guard groups.count >= 2 else { return nil }
        let total = groups.reduce(0, +)
        let after = cursor < tokens.count ? tokens[cursor] : nil
        if let after, after.roles.contains(.unit) || after.roles.contains(.duration) || after.lower == "x" {
            return nil
        }
        if groups == [3, 2, 4] { return (index, .ssn) }
        // `02 29 1964`: a month, a day and a year with spaces for separators.
        if groups.count == 3, groups[2] == 4, groups[0] <= 2, groups[1] <= 2, cursor == index + 3,
            let month = Int(tokens[index].core), let day = Int(tokens[index + 1].core), let year = Int(tokens[index + 2].core),
            (1...12).contains(month), (1...31).contains(day), isYear(year)
        {
            return (index, .date)
        }
        if groups == [4, 4, 4, 4] || groups == [4, 6, 5] {
            // `0800 1200 1600 2000` are times of day, unless the digits pass the card check.
            let digits = tokens[index..<cursor].flatMap { $0.core.utf8.filter { $0 >= 0x30 && $0 <= 0x39 } }
            let times = groups == [4, 4, 4, 4] && tokens[index..<(index + 4)].allSatisfy { isClockTime($0.core) }
            return times && !passesLuhn(digits) ? nil : (index, .account)
        }
        if plus, (8...15).contains(total) { return (index, .phone) }
        if groups == [3, 3, 4] || groups == [1, 3, 3, 4] { return (index, .phone) }
        if first.core.hasPrefix("0") || first.core.hasPrefix("(0"), (10...11).contains(total), groups.count <= 4, groups[0] >= 2 {
            return (index, .phone)
        }
        var lead = false
        for back in max(0, index - 3)..<index where tokens[back].roles.contains(.phoneLead) { lead = true }
        if lead, (7...15).contains(total), groups.last! >= 4 { return (index, .phone) }
        return nil
    }

    /// Single digits and lone dashes: nine digits grouped 3-2-4 or after an SSN word are an SSN, ten grouped 3-3-4
    /// or after a phone word a phone number.
    private func spacedDigits(_ tokens: [Token], _ index: Int) -> (Int, Kind)? {
        var groups: [Int] = [0]
        var cursor = index
        while cursor < tokens.count, cursor < index + 24 {
            let utf8 = tokens[cursor].raw.utf8
            guard let byte = utf8.first else { break }
            if utf8.count == 1, byte >= 0x30, byte <= 0x39 {
                groups[groups.count - 1] += 1
            } else if utf8.count == 2, byte >= 0x30, byte <= 0x39, let last = utf8.last, last == UInt8(ascii: ".") || last == UInt8(ascii: ",") {
                groups[groups.count - 1] += 1
                cursor += 1
                break
            } else if utf8.count == 1, byte == UInt8(ascii: "-"), groups.last! > 0 {
                groups.append(0)
            } else {
                break
            }
            cursor += 1
        }
        let total = groups.reduce(0, +)
        guard total >= 9 else { return nil }
        var ssnWord = false
        for back in max(0, index - 8)..<index where ["ssn", "social", "ss", "ss#", "s.s.n", "security", "ssn#"].contains(tokens[back].lower) {
            ssnWord = true
        }
        if total == 9, groups == [3, 2, 4] || (ssnWord && groups.count == 1) { return (index, .ssn) }
        if total == 10, groups == [3, 3, 4] || (groups.count == 1 && phoneWordBefore(tokens, index, within: 6)) { return (index, .phone) }
        return nil
    }

    /// `0800`, `2130`: a 24-hour time.
    private func isClockTime(_ core: String) -> Bool {
        guard matches(core, "dddd"), let value = Int(core) else { return false }
        return value / 100 <= 23 && value % 100 <= 59
    }

    /// The Luhn checksum of card numbers.
    private func passesLuhn(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (offset, byte) in digits.reversed().enumerated() {
            var value = Int(byte - 0x30)
            if offset % 2 == 1 { value *= 2; if value > 9 { value -= 9 } }
            sum += value
        }
        return sum % 10 == 0
    }

    /// The digits of a token that is a bare group of digits: `415`, `(985)`, `+44`, `0166,`.
    private func digitGroup(_ token: Token) -> Int? {
        guard token.letters == 0, (1...5).contains(token.digits) else { return nil }
        var utf8 = Substring(token.raw).utf8[...]
        if utf8.first == UInt8(ascii: "+") { utf8 = utf8.dropFirst() }
        if utf8.first == UInt8(ascii: "(") { utf8 = utf8.dropFirst() }
        while let last = utf8.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ".") || last == UInt8(ascii: ";")
            || last == UInt8(ascii: ")") || last == UInt8(ascii: ":")
        {
            utf8 = utf8.dropLast()
        }
        guard utf8.count == token.digits, utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return token.digits
    }

    // MARK: - Names in prose

    /// Whether a token is one of the listed given names or surnames (or starts with one: `Jean-Baptiste`); in
    /// lower case only the names that are not also words of the code sets.
    private func isListed(_ token: Token, lowerCase: Bool = false) -> Bool {
        guard !token.tier.isDisjoint(with: .listed) || !token.headTier.isDisjoint(with: .listed) else { return false }
        if token.keyRoles.contains(.nameStop) { return false }
        return !lowerCase || !token.tier.contains(.clinical)
    }

    /// A listed given name that is not a clinical stop word: `Maria`, `Jean-Baptiste`, `KENJI`.
    private func isGiven(_ token: Token) -> Bool {
        token.headTier.contains(.given) && !token.keyRoles.contains(.nameStop)
    }

    /// A capitalised word that can be part of a name: not a role, pronoun, eponym, brand or clinical word.
    static func computeNameLike(key: String, keyRoles: Roles, tier: NameTier, headTier: NameTier) -> Bool {
        if !keyRoles.isDisjoint(with: [.nameStop, .relation, .month, .notName, .eponymNoun]) { return false }
        if !tier.isDisjoint(with: [.given, .surname, .ambiguous]) || !headTier.isDisjoint(with: .listed) { return true }
        return !hasCommonSuffix(key)
    }

    /// `-ology`, `-ing`, `-tion`, `-ly`...: the endings of words that are not names.
    static func hasCommonSuffix(_ key: String) -> Bool {
        let utf8 = key.utf8
        // (`Lindqvist`, `Bergkvist`: a Swedish surname, not an `-ist` word.)
        if key.hasSuffix("qvist") || key.hasSuffix("kvist") { return false }
        for suffix in commonSuffixes where utf8.count > suffix.count + 2 {
            if utf8.suffix(suffix.count).elementsEqual(suffix) { return true }
        }
        return false
    }

    private static let commonSuffixes: [[UInt8]] = [
        "ology", "ologist", "ing", "ics", "ly", "ist", "ists", "tion", "ment", "ness", "ity", "itis", "osis", "emia",
        "pathy", "algia", "ectomy", "otomy", "plasty", "scopy", "gram", "ism",
    ]
        .map { Array($0.utf8) }

    /// The words after a name that make it an eponym or a place's name: `Allen test`, `Tommy John surgery`.
    private func eponymAfter(_ tokens: [Token], _ end: Int) -> Bool {
        guard end + 1 < tokens.count else { return false }
        let next = tokens[end + 1]
        if tokens[end].endsWithComma || tokens[end].ends(with: ".") { return false }
        // `Harold Wexley (transplant trial)`: a word in brackets is an aside, not the noun of an eponym.
        if next.firstByte == UInt8(ascii: "(") { return false }
        if next.roles.contains(.eponymNoun) { return true }
        // `Lou Gehrig disease`; but not across a verb or a joining word (`Twombly is healthcare POA`).
        if next.isLower, !next.roles.contains(.personVerb), !Self.notEponymMiddles.contains(next.lower), end + 2 < tokens.count,
            !next.endsWithComma
        {
            return tokens[end + 2].roles.contains(.eponymNoun) && !next.roles.contains(.nameJoiner)
        }
        return false
    }

    private func sentenceStart(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        switch previous.lastByte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"): return true
        default:
            return previous.raw.utf8.count == 1 && (previous.lastByte == UInt8(ascii: "-") || previous.lastByte == UInt8(ascii: "*"))
                || previous.firstByte == UInt8(ascii: "#")
        }
    }

    private func findName(_ tokens: [Token], _ index: Int) -> Int? {
        let token = tokens[index]
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil

        // `Infant of Siobhán Ní Bhriain`, `baby of Keisha`: a newborn named by the mother.
        if ["infant", "baby", "newborn", "neonate"].contains(token.lower), let next, next.lower == "of", index + 2 < tokens.count,
            tokens[index + 2].isTitle, tokens[index + 2].nameLike, !Self.notNames.contains(tokens[index + 2].core)
        {
            return index + 2
        }
        // `family (the Vanderpools)`, `the Okafors' family`: a surname in the plural names a household.
        if token.isTitle, token.letters >= 5, token.key.hasSuffix("s"), !token.key.hasSuffix("ss"), index > 0, tokens[index - 1].lower == "the"
            || tokens[index - 1].raw == "(the", !Self.notNames.contains(token.core), token.roles.isDisjoint(with: [.state, .country, .region, .notPlace]),
            token.nameLike, tokens[index - 1].raw == "(the" && token.ends(with: ")")
                && tokens[max(0, index - 4)..<index].contains(where: { ["family", "families", "household"].contains($0.key) })
                || next.map({ ["family", "household"].contains($0.key) }) ?? false
        {
            return index
        }
        // `pt ASHWORTH, CLEMENT reports`: surname first in capitals after the word for the patient.
        // (`re: patient CHIDERA NWANKWO-BAPTISTE`: or given name first, without the comma.)
        if token.isUpper, token.letters >= 3, index > 0, ["pt", "patient", "pt:", "patient:", "re:"].contains(tokens[index - 1].lower),
            let next, next.isUpper || next.isTitle && token.endsWithComma, next.letters >= 3,
            isListed(token) || isListed(next) || token.isUnknownWord && next.isUnknownWord, !Self.notNames.contains(token.core), !Self.notNames.contains(next.core),
            token.endsWithComma || next.marks == .dash || isListed(token) && isListed(next) || token.isUnknownWord && next.isUnknownWord,
            !token.keyRoles.contains(.nameStop), !next.keyRoles.contains(.nameStop)
        {
            return index
        }
        // `R.Ph. D. Lindqvist`, `hygienist K. Oduya`: an initial and a capitalised word after a credential or a role.
        // (`BY RN K. MBEKI`: or the surname in capitals, listed or of no dictionary.)
        if token.isInitial, let next, next.isTitle || next.isUpper && next.letters >= 3 && (isListed(next) || next.isUnknownWord),
            !Self.notNames.contains(next.core), !next.keyRoles.contains(.nameStop), index > 0,
            Self.credentials.contains(String(tokens[index - 1].core.filter { $0 != "." })) || Self.personRoles.contains(tokens[index - 1].lower),
            !eponymAfter(tokens, index + 1)
        {
            return index
        }
        // `ok per matt (pharmacist)`: a listed given name in lower case, then the person's role in brackets.
        if token.isLower, let next, next.firstByte == UInt8(ascii: "("), Self.personRoles.contains(next.key) || Self.credentials.contains(next.core.uppercased()),
            isListed(token, lowerCase: true), token.headTier.contains(.given), !token.tier.contains(.ambiguous), index > 0,
            Self.talkedWith.contains(tokens[index - 1].lower)
        {
            return index
        }
        // `Patient is Ahanu Whitehorse, age 14`: two capitalised words after `patient is`, then the age.
        if token.isTitle, index >= 2, tokens[index - 1].lower == "is", ["patient", "pt", "this"].contains(tokens[index - 2].key), let next, next.isTitle,
            next.endsWithComma, !token.endsWithComma, token.nameLike, next.nameLike, !Self.notNames.contains(token.core), !Self.notNames.contains(next.core),
            index + 2 < tokens.count, ["age", "aged", "a", "an"].contains(tokens[index + 2].lower) || tokens[index + 2].digits > 0
        {
            return index
        }
        // `pt marguerite st. john-lemaire`, `pt jean-baptiste nkurunziza`: a listed given name in lower case after the word for
        // the patient, a name that is no word of the scan's lists.
        if token.isLowerOrDashed, token.letters >= 4, index > 0, ["pt", "patient", "pt:", "patient:", "resident", "client"].contains(tokens[index - 1].lower),
            token.headTier.contains(.given), token.tier.isDisjoint(with: [.ambiguous, .clinical]), token.headTier.isDisjoint(with: [.ambiguous, .clinical]),
            token.roles.isEmpty, token.keyRoles.isEmpty
        {
            return index
        }
        // `verified by jmorales`: a user name made of an initial and a listed surname, after a word of who did it.
        if token.isLower, token.letters >= 6, token.isUnknownWord, index > 0, ["by", "per", "cc", "cc:", "from", "with"].contains(tokens[index - 1].lower),
            let surname = Names.tiers[String(token.key.dropFirst())], surname.contains(.surname), surname.isDisjoint(with: [.ambiguous, .clinical])
        {
            return index
        }
        // `re pt verity olumide-harris,`: a given name in lower case, then a surname of two parts, after the word for the patient.
        if token.isLower, index > 0, ["pt", "patient", "pt:", "patient:"].contains(tokens[index - 1].lower),
            token.tier.isDisjoint(with: [.clinical]), token.roles.isEmpty, token.letters >= 3, let next, next.isLowerOrDashed, next.marks == .dash, next.digits == 0,
            next.core.split(separator: "-").count == 2,
            next.core.split(separator: "-").allSatisfy({ part in
                let key = String(part).lowercased()
                return !Self.isDictionaryWord(key) || (Names.tiers[key] ?? []).contains(.surname)
            }),
            next.core.split(separator: "-").contains(where: { part in
                let key = String(part).lowercased()
                return !Self.isDictionaryWord(key) && Names.tiers[key] == nil
            })
        {
            return index
        }
        // `pt mcdonald, a. -`: a listed surname in lower case, then the initial, after the word for the patient.
        if token.isLower, token.endsWithComma, index > 0, ["pt", "patient", "pt:", "patient:", "name:", "re:"].contains(tokens[index - 1].lower),
            isListed(token, lowerCase: true), token.tier.contains(.surname), let next, next.isLooseInitial
        {
            return index
        }
        // `Jaylen "JJ" Thibodeaux`: a listed given name, a nickname in quotes, then a capitalised surname.
        if token.isTitle, isGiven(token) || token.isUnknownWord, let next, next.isQuotedWord, index + 2 < tokens.count, tokens[index + 2].isTitle,
            !Self.notNames.contains(tokens[index + 2].core)
        {
            return index
        }
        // `jimmy "JJ" delacroix`: a nickname in quotes between a given name and a surname, in lower case.
        if token.isLower, let next, next.core.utf8.count >= 2, next.isQuotedWord, index + 2 < tokens.count,
            isListed(token, lowerCase: true), token.headTier.contains(.given), tokens[index + 2].isLowerOrDashed, isListed(tokens[index + 2], lowerCase: true)
        {
            return index
        }
        // Relationship words: her husband Carlos, daughter Maria Lopez, son kenji watanabe, Rosa Mendez (sister).
        if token.roles.contains(.relation) || token.keyRoles.contains(.relation) {
            if token.key != token.lower { return nil }
            if next != nil, !token.ends(with: "."), !token.ends(with: ":"), !token.ends(with: ";"),
                relationName(tokens, index + 1, afterComma: token.endsWithComma)
            {
                return index + 1
            }
            // `husband - Rafael de la Cruz`: a dash between the relationship and the name.
            if let next, ["-", "–", "—"].contains(next.raw), index + 2 < tokens.count, tokens[index + 2].isTitle,
                tokens[index + 2].nameLike, isListed(tokens[index + 2]) || index + 3 < tokens.count && isListed(tokens[index + 3]),
                relationName(tokens, index + 2, afterComma: false) || looksLikeName(tokens, from: index + 2)
            {
                return index + 2
            }
            if (token.firstByte == UInt8(ascii: "(")), index > 0, let start = nameSpanEnding(tokens, index - 1) { return start }
            if index > 0, tokens[index - 1].endsWithComma, let start = nameSpanEnding(tokens, index - 1) { return start }
            // `Abu Bakr al-Hashimi, pt's father,`: a name set off before whose relation it is.
            if index > 1, tokens[index - 1].key != tokens[index - 1].lower, ["pt", "patient", "client", "resident", "member"].contains(tokens[index - 1].key),
                tokens[index - 2].endsWithComma, let start = nameSpanEnding(tokens, index - 2)
            {
                return start
            }
            return nil
        }
        // Person verbs: Whitaker presented, Jean-Baptiste Moreau-Lefèvre is a 64-year-old man, Smith was seen.
        if token.roles.contains(.personVerb) || isBeAge(tokens, index) || isWasSeen(tokens, index) {
            if index > 0, !tokens[index - 1].endsWithComma, !Self.closingBytes.contains(tokens[index - 1].lastByte),
                let start = nameSpanEnding(tokens, index - 1, beforeVerb: true)
            {
                return start
            }
            return nil
        }
        guard token.letters > 0 else { return nil }
        let strongGiven = token.isTitle && isGiven(token) && !token.tier.contains(.ambiguous) && !token.tier.contains(.clinical)
        // `The cadet, Isabeau de Montfort-Laurier, fainted`: a name set off by commas after a person's role.
        if token.isTitle, index > 0, tokens[index - 1].endsWithComma, tokens[index - 1].keyRoles.contains(.personRole) || tokens[index - 1].keyRoles.contains(.relation),
            token.isUnknownWord || isListed(token), looksLikeName(tokens, from: index)
        {
            var end = index
            while end + 1 < tokens.count, end < index + 4, !tokens[end].endsWithComma { end += 1 }
            if tokens[end].endsWithComma, (index...end).allSatisfy({ tokens[$0].isTitle || Self.nameParticles.contains(tokens[$0].lower) }) { return index }
        }
        // `interpreter Li Wenjing`: a person's role, then two capitalised words, listed or of no dictionary.
        if token.isTitle, index > 0, tokens[index - 1].keyRoles.contains(.personRole), tokens[index - 1].isLower, let next, next.isTitle, !token.endsWithComma,
            isListed(token) || token.isUnknownWord || token.letters == 2, next.isUnknownWord || isListed(next), token.isUnknownWord || next.isUnknownWord,
            !eponymAfter(tokens, index + 1)
        {
            return index
        }
        // `KJ Oyelowo-Baptiste`: two capitals for the given names, then a dashed surname of no dictionary or with a listed part.
        if token.isUpper, token.letters == 2, token.core.utf8.count == 2, !Self.isDictionaryWord(token.lower), let next, next.isTitle, next.marks == .dash,
            next.isUnknownWord || !next.headTier.isDisjoint(with: .listed) && next.headTier.isDisjoint(with: [.ambiguous, .clinical])
        {
            return index
        }
        // `Tjarra Napaljarri, 7 yo, came in`: two words of no dictionary (or listed) set off before an age.
        if token.isTitle, let next, next.isTitle, next.endsWithComma, !token.endsWithComma, token.isUnknownWord || isListed(token),
            next.isUnknownWord || isListed(next), token.isUnknownWord || next.isUnknownWord, index + 2 < tokens.count,
            tokens[index + 2].letters == 0 && tokens[index + 2].digits > 0 && index + 3 < tokens.count && tokens[index + 3].roles.contains(.ageFollower)
                || isAgePhrase(tokens, index + 2)
        {
            return index
        }
        // `MacLeod, Morag (Mrs)`: a surname, a given name, then the title in brackets.
        if token.isTitle, token.endsWithComma, token.nameLike, let next, next.isTitle, next.nameLike, index + 2 < tokens.count,
            ["(mrs)", "(mr)", "(ms)", "(miss)", "(dr)", "(mrs.)", "(mr.)", "(ms.)"].contains(tokens[index + 2].raw.lowercased())
        {
            return index
        }
        // `Linda, the patient's daughter`, `Esperanza, the home health aide`: a given name set off before a relation or role.
        if token.endsWithComma, strongGiven {
            var cursor = index + 1
            while cursor < tokens.count, cursor <= index + 4, Self.appositiveFillers.contains(tokens[cursor].lower) { cursor += 1 }
            if cursor > index + 1, cursor < tokens.count,
                tokens[cursor].roles.contains(.relation) || tokens[cursor].keyRoles.contains(.relation) || tokens[cursor].keyRoles.contains(.personRole)
            {
                return index
            }
        }
        // `given to Xiomara, night shift nurse, at`, `Per MacKenzie (charge RN)`: any capitalised word set off before a role.
        if token.isTitle, token.nameLike, !token.roles.contains(.city), !token.keyRoles.contains(.notName),
            token.keyRoles.isDisjoint(with: [.country, .state, .region, .month, .holiday]), !Self.notNames.contains(token.core),
            !sentenceStart(tokens, index) || isListed(token), index + 1 < tokens.count, appositiveRole(tokens, index)
        {
            return nameSpanEnding(tokens, index) ?? index
        }
        // `Spoke with Brianna at the pharmacy`, `per Esperanza`: a given name after a word of talking to someone.
        if strongGiven, index > 0, tokens[index - 1].roles.contains(.talkedWith), !tokens[index - 1].ends(with: "."),
            next.map({ !$0.isTitle || $0.nameLike }) ?? true, !eponymAfter(tokens, next?.nameLike == true ? index + 1 : index)
        {
            return index
        }
        // the Kowalczyk family, the Nguyens' home
        if token.isTitle, token.nameLike, index > 0, let next, next.keyRoles.contains(.familyNoun), tokens[index - 1].lower == "the",
            !token.roles.contains(.city), !Self.notNames.contains(token.core), token.keyRoles.isDisjoint(with: [.country, .state, .region]),
            !Self.peoples.contains(token.key)
        {
            return index
        }
        // Whitfield, a 64-year-old; Smith, John
        if token.endsWithComma, token.nameLike, let next {
            if (next.lower == "a" || next.lower == "an"), index + 2 < tokens.count, isAgePhrase(tokens, index + 2),
                !sentenceStart(tokens, index) || isListed(token)
            {
                return index
            }
            if next.isTitle, isGiven(next), !next.tier.contains(.ambiguous), !token.roles.contains(.city), next.key == next.lower,
                token.firstByte != UInt8(ascii: "("),
                !token.roles.contains(.country), !token.roles.contains(.state)
            {
                return index
            }
        }
        // Named, called, goes by: prefers to be called Dottie; the name Ravenwood; full name is Dorothy Mae Fairweather.
        if let next, next.nameLike, isNameLead(tokens, index) { return index + 1 }
        // `his name is jean-luc beaumont`: a listed name in lower case after a word that names.
        if let next, next.isLowerOrDashed,
            !next.tier.isDisjoint(with: .listed) || !next.headTier.isDisjoint(with: .listed),
            next.tier.isDisjoint(with: [.clinical, .ambiguous]), next.keyRoles.isDisjoint(with: [.nameStop, .month]), isNameLead(tokens, index)
        {
            return index + 1
        }
        // A given name before a surname: John Smith, Maria Delgado-Ruiz, Samuel K. Adeyemi, JOHN SMITH, kenji watanabe.
        if let next {
            if token.nameLike {
                let given = isGiven(token)
                let anyName = given || token.headTier.contains(.ambiguous)
                if next.isInitial, index + 2 < tokens.count, tokens[index + 2].nameLike, !eponymAfter(tokens, index + 2) {
                    return index
                }
                if next.nameLike, !token.endsWithComma, !token.ends(with: ".") {
                    let strongSurname = !next.tier.isDisjoint(with: .listed)
                    let weakSurname = next.tier.contains(.ambiguous)
                    // Family name first: `Nguyen Minh`, `Nguyen Van Minh`.
                    let particle = next.core.utf8.count <= 3 && index + 2 < tokens.count && isGiven(tokens[index + 2])
                    let surnameFirst = token.tier.contains(.surname) && !token.tier.contains(.ambiguous)
                        && (isGiven(next) && !next.tier.contains(.ambiguous) || particle)
                    // (`sent to Florentyna Grabowska-Kaur`: or two words of no dictionary inside a sentence.)
                    // (Not `the Aeromedical Handover Form`: words before a form's or a tool's noun.)
                    let unknownPair = token.isUnknownWord && next.isUnknownWord && token.letters >= 4 && next.letters >= 4 && !sentenceStart(tokens, index)
                        && !(index + 2 < tokens.count && Self.formNouns.contains(tokens[index + 2].key))
                    // (`Dale Prokopchuk's roofing crew`: an ambiguous given name before a surname of no dictionary.)
                    let unknownSurname = anyName && next.isUnknownWord && next.letters >= 5 && !sentenceStart(tokens, index)
                    if given || surnameFirst || (anyName && strongSurname) || (anyName && weakSurname && !sentenceStart(tokens, index)) || unknownPair || unknownSurname {
                        var end = index + 1
                        if end + 1 < tokens.count, tokens[end + 1].nameLike, !tokens[end].endsWithComma { end += 1 }
                        if !eponymAfter(tokens, end), !(token.roles.contains(.multiStart) && Self.cities.contains(token.lower + " " + next.lower)) {
                            return index
                        }
                    }
                }
                // Maria's husband
                if token.key != token.lower, given, !token.tier.contains(.clinical), next.isLower, !eponymAfter(tokens, index) {
                    return index
                }
            }
            // (`WINIFRED ACHTERBERG`: or a word of no dictionary.)
            if token.isUpper, next.isUpper, isGiven(token), !next.tier.isDisjoint(with: [.given, .surname, .ambiguous]) || next.isUnknownWord && next.letters >= 4 && !token.endsWithComma && !next.ends(with: ":") {
                return index
            }
            // `ZHANG Wei (surname first on ID)`: a listed surname in capitals, then a listed given name as written.
            if token.isUpper, next.isTitle, token.letters >= 3, token.tier.contains(.surname), token.tier.isDisjoint(with: [.ambiguous, .clinical]),
                isGiven(next), next.tier.isDisjoint(with: [.ambiguous, .clinical]), !token.endsWithComma, !token.keyRoles.contains(.nameStop)
            {
                return index
            }
            // `ZHAO WEIMING`, `KOWALCZYK JADWIGA`: a listed surname in capitals, then a given name or a word of no dictionary.
            if token.isUpper, next.isUpper, token.letters >= 3, token.tier.contains(.surname), token.tier.isDisjoint(with: [.ambiguous, .clinical]),
                !token.endsWithComma, !token.keyRoles.contains(.nameStop), !next.keyRoles.contains(.nameStop),
                isGiven(next) && next.tier.isDisjoint(with: [.ambiguous, .clinical]) || next.isUnknownWord && next.letters >= 4
            {
                return index
            }
            // `OBSERVED BY KEALOHA NAKAMURA-PIIKEA`: two listed surnames in capitals after a word of who did it.
            if token.isUpper, next.isUpper, index > 0, ["by", "per", "with", "from"].contains(tokens[index - 1].lower), token.letters >= 3,
                token.tier.contains(.surname), token.tier.isDisjoint(with: [.ambiguous, .clinical]), !token.endsWithComma,
                next.headTier.contains(.surname) || next.headTier.contains(.given), next.headTier.isDisjoint(with: [.ambiguous, .clinical]),
                !token.keyRoles.contains(.nameStop), !next.keyRoles.contains(.nameStop)
            {
                return index
            }
            if token.isUpper, token.endsWithComma, next.isUpper, token.tier.contains(.surname), next.tier.contains(.given) {
                return index
            }
            // (`priya raghunathan reported`: or a surname of no dictionary before a person's verb.)
            let unknownSurname = next.isUnknownWord && next.letters >= 5 && !token.tier.contains(.ambiguous) && index + 2 < tokens.count
                && tokens[index + 2].roles.contains(.personVerb)
            if token.isLower, next.isLowerOrDashed,
                isListed(token, lowerCase: true), token.tier.contains(.given), !isRomanceProse(tokens),
                isListed(next, lowerCase: true) && next.tier.contains(.surname) && !next.tier.contains(.ambiguous)
                    || next.marks == .dash && !next.headTier.isDisjoint(with: .listed) && next.headTier.isDisjoint(with: [.clinical, .ambiguous])
                    || unknownSurname
            {
                return index
            }
        }
        // J. Smith
        if token.isInitial, let next, next.nameLike, next.tier.contains(.surname), index == 0 || !isTitleWord(tokens[index - 1]) {
            return index + 1
        }
        return nil
    }

    /// `esta carta es confidencial y está protegida por la ley`: a line of Spanish, French or Portuguese prose, where
    /// two listed names in lower case are most likely words (`esta`, `carta`).
    private func isRomanceProse(_ tokens: [Token]) -> Bool {
        var function = 0
        for token in tokens where Self.romanceFunctionWords.contains(token.lower) {
            function += 1
            if function >= 3 { return true }
        }
        return false
    }
    static let goingWords: Set<String> = [
        "moved", "move", "moving", "moves", "going", "go", "goes", "went", "gone", "drove", "drive", "driving", "flew", "fly", "flying",
        "relocated", "relocating", "back", "trip", "transferred", "headed", "heading", "travel", "traveled", "travelled", "returned", "way",
        "medevac", "medevaced", "medevacked", "evacuated", "airlifted", "flown", "transported", "deployed",
    ]
    static let romanceFunctionWords: Set<String> = [
        "es", "la", "el", "los", "las", "por", "para", "y", "que", "está", "una", "un", "con", "del", "est", "et", "le", "les",
        "une", "pour", "avec", "dans", "pas", "não", "uma", "com", "em", "os", "é",
    ]

    /// After a name: `, charge nurse,` or `(charge RN)` — a short apposition of role modifiers ending in a role,
    /// a relationship or a credential, closed by a comma, a bracket or the end of the sentence.
    private func appositiveRole(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        let bracketed = tokens[index + 1].firstByte == UInt8(ascii: "(")
        guard token.endsWithComma || bracketed else { return false }
        var cursor = index + 1
        while cursor < tokens.count, cursor <= index + 4 {
            let word = tokens[cursor]
            let isRole = word.keyRoles.contains(.personRole) || word.keyRoles.contains(.relation)
                || Self.credentials.contains(word.core) && !Self.ambiguousCredentials.contains(word.core)
            let closed = word.endsWithComma || word.ends(with: ")") || word.ends(with: ".") || word.ends(with: ";")
                || cursor + 1 == tokens.count
            if isRole {
                if closed { return true }
                // `Xiomara, night shift nurse at the desk`: a role then a preposition also closes it.
                if !bracketed, cursor + 1 < tokens.count, ["at", "on", "in", "for", "from", "who", "with"].contains(tokens[cursor + 1].lower) {
                    return true
                }
            }
            guard Self.roleModifiers.contains(word.lower) || isRole, !closed || isRole else { return false }
            cursor += 1
        }
        return false
    }

    private func relationName(_ tokens: [Token], _ start: Int, afterComma: Bool) -> Bool {
        guard start < tokens.count else { return false }
        let first = tokens[start]
        let listed = !first.tier.isDisjoint(with: .listed)
        if first.isTitle {
            guard first.nameLike else { return false }
            var end = start
            if start + 1 < tokens.count, tokens[start + 1].nameLike, !first.endsWithComma { end = start + 1 }
            if eponymAfter(tokens, end) { return false }
            if listed || (!afterComma && first.tier.contains(.ambiguous)) { return true }
            // (Not `Mother Obligate Carrier`: a word of the dictionary before the surname is no given name.)
            if end > start, tokens[end].tier.contains(.surname), first.isUnknownWord || !first.tier.isDisjoint(with: [.given, .surname, .ambiguous]) { return true }
            // `her partner, Dana Whitcombe, who`: two capitalised words set off as the relative's name.
            // (Not `Mother Obligate Carrier`: two words of the dictionary, neither listed, are a heading's words.)
            if end > start, tokens[end].isTitle, !Self.notNames.contains(first.core), !Self.notNames.contains(tokens[end].core),
                first.isUnknownWord || tokens[end].isUnknownWord || isListed(first) || isListed(tokens[end]),
                tokens[end].endsWithComma || end + 1 == tokens.count || tokens[end].ends(with: ".") || tokens[end + 1].firstByte == UInt8(ascii: "(")
            {
                return true
            }
            // `her friend Keisha`: a relationship word inside a sentence, then a capitalised word.
            return start > 0 && tokens[start - 1].isLower && !afterComma && first.placeLike
                && (start + 1 >= tokens.count || !tokens[start + 1].isTitle || end > start)
        }
        if first.isUpper { return listed && !first.keyRoles.contains(.nameStop) }
        if first.isLower, !afterComma || start + 1 < tokens.count && (Self.nameParticles.contains(tokens[start + 1].lower) || tokens[start + 1].isUnknownWord) {
            if isListed(first, lowerCase: true) && !first.tier.contains(.ambiguous) && first.tier.contains(.given) { return true }
            // `grandson jaylen brooks picks up`: a word of no dictionary, then a listed name.
            if !afterComma, first.isUnknownWord, first.letters >= 4, start + 1 < tokens.count, tokens[start + 1].isLower,
                !tokens[start + 1].tier.isEmpty, tokens[start + 1].roles.isEmpty
            {
                return true
            }
            // `pt mom jessamyn carlisle-webb says`: a word of no dictionary, then a surname of two parts.
            if !afterComma, first.letters >= 5, !Self.isDictionaryWord(first.key), first.roles.isEmpty, start + 1 < tokens.count,
                tokens[start + 1].isLowerOrDashed, tokens[start + 1].marks == .dash, tokens[start + 1].digits == 0,
                isTwoPartSurname(tokens[start + 1].core.split(separator: "-"))
            {
                return true
            }
            // `pt's mom nkechi says`: a word of no dictionary, then a person's verb.
            return !afterComma && first.isUnknownWord && first.letters >= 5 && start + 1 < tokens.count && tokens[start + 1].roles.contains(.personVerb)
        }
        return false
    }

    /// The first token of the capitalised name ending at `end`: `Rosa Mendez` in `Rosa Mendez (sister)`.
    private func nameSpanEnding(_ tokens: [Token], _ end: Int, beforeVerb: Bool = false) -> Int? {
        guard end >= 0 else { return nil }
        let last = tokens[end]
        guard last.nameLike || (last.isUpper && isListed(last)) else { return nil }
        // `Coder requests clarification`: a role that is also a surname, before a verb, is the role.
        if beforeVerb, end == 0 || sentenceStart(tokens, end), last.keyRoles.contains(.personRole) { return nil }
        var start = end
        while start > 0, start > end - 3, tokens[start - 1].isInitial || tokens[start - 1].nameLike,
            !tokens[start - 1].endsWithComma, !tokens[start - 1].ends(with: ":")
        {
            start -= 1
        }
        if start > 0, isTitleWord(tokens[start - 1]) { return nil }
        let listed = (start...end).contains { isListed(tokens[$0]) }
        if beforeVerb {
            // Before a verb the span needs a listed name (`Creatinine returned`, `Medicare Code Editor reports`), or two
            // words of no dictionary (`Kalani Kahananui declined`).
            let unknown = start < end && (start...end).allSatisfy { tokens[$0].isUnknownWord || isListed(tokens[$0]) }
            return listed || unknown ? start : nil
        }
        // (Two words or more with none listed only when none is a word of the dictionary: not `Proband Affected, Mother`.)
        return listed || start < end && (start...end).allSatisfy({ tokens[$0].isUnknownWord || tokens[$0].isInitial }) ? start : nil
    }

    private func isNameLead(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index].lower
        if tokens[index].ends(with: ".") || tokens[index].ends(with: ":") && word != "aka" { return false }
        switch word {
        case "named", "nicknamed", "aka", "a.k.a":
            return true
        case "called":
            guard index > 0 else { return false }
            return ["be", "is", "was", "been", "being", "likes", "prefers"].contains(tokens[index - 1].lower)
        case "by":
            return index > 0 && ["goes", "go", "going", "went"].contains(tokens[index - 1].lower)
        case "as":
            // `known as`, `known to staff as`, `identifies as`? (not: gender) — only after `known`.
            return index > 0 && (tokens[index - 1].lower == "known" || index > 2 && tokens[index - 3].lower == "known")
        case "is", "was":
            return index > 0 && (tokens[index - 1].lower == "name" || tokens[index - 1].lower == "name's")
        case "name":
            return index > 0 && Self.nameKinds.contains(tokens[index - 1].lower)
        case "nickname", "alias", "nicknames", "aliases", "a/k/a":
            return true
        case "himself", "herself", "themselves":
            return index > 0 && ["calls", "called", "calling", "names", "named"].contains(tokens[index - 1].lower)
        default:
            return false
        }
    }

    /// `is a 64-year-old`, `is an 80 yo`
    private func isBeAge(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].roles.contains(.special), tokens[index].lower == "is" || tokens[index].lower == "was",
            index + 2 < tokens.count else { return false }
        let article = tokens[index + 1].lower
        guard article == "a" || article == "an" else { return false }
        return isAgePhrase(tokens, index + 2)
    }

    private func isAgePhrase(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index].lower
        let digits = word.prefix { $0.isASCIIDigitCharacter }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = word.dropFirst(digits.count)
            if rest.hasPrefix("-year") || rest.hasPrefix("-yo") || rest.hasPrefix("yo") || rest.hasPrefix("-month") { return true }
            if rest.isEmpty, index + 1 < tokens.count, tokens[index + 1].roles.contains(.ageFollower) { return true }
        }
        return Self.containsBytes(word, "-year-old")
    }

    private func isWasSeen(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].roles.contains(.special), tokens[index].lower == "was", index + 1 < tokens.count else { return false }
        return tokens[index + 1].roles.contains(.passiveVerb)
    }

    // MARK: - Places smaller than a state

    private func findPlace(_ tokens: [Token], _ index: Int, _ cues: Cues) -> (Int, Kind)? {
        let token = tokens[index]
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        // Cuyahoga County, Orleans Parish
        if token.isTitle, token.roles.contains(.countyWord), index > 0, tokens[index - 1].isTitle, !tokens[index - 1].endsWithComma {
            let previous = tokens[index - 1]
            if previous.nameLike || previous.placeLike { return (placeSpanStart(tokens, index - 1), .place) }
        }
        // `Kanawha or Putnam counties`, `Orleans and Jefferson parishes`: two places before the plural.
        if ["counties", "parishes", "boroughs", "townships"].contains(token.key), index >= 3, tokens[index - 1].isTitle,
            ["or", "and", "&"].contains(tokens[index - 2].lower), tokens[index - 3].isTitle || tokens[index - 3].endsWithComma && tokens[index - 3].isTitle,
            tokens[index - 1].placeLike || tokens[index - 1].nameLike
        {
            return (index - 3, .place)
        }
        // `County of residence: MARICOPA`, `County (Washtenaw)`, `County: Cuyahoga`: the county a form asks for.
        if token.roles.contains(.countyWord), token.lower.hasPrefix("county") || token.ends(with: ":") && (token.key == "parish" || token.key == "borough") {
            var cursor = index + 1
            if !token.ends(with: ":"), cursor + 1 < tokens.count, tokens[cursor].lower == "of", tokens[cursor + 1].lower.hasPrefix("residence") {
                cursor += 2
            }
            let labelled = tokens[cursor - 1].ends(with: ":")
            if cursor < tokens.count, cursor > index + 1 || labelled {
                let value = tokens[cursor]
                if labelled || value.firstByte == UInt8(ascii: "("), value.isTitle && value.placeLike || value.isUpper && value.letters >= 4 && !isWholeStateOrCountry(tokens, cursor)
                    && !["unknown", "none", "same", "other", "pending", "homeless"].contains(value.lower)
                {
                    return (cursor, .place)
                }
            }
        }
        // Canadian and British postal codes: H2X 3K8, SW1A 1AA.
        if token.digits > 0, token.letters > 0, token.core.utf8.count <= 4, let next, next.digits > 0, next.core.utf8.count == 3,
            isPostalOutward(token.core), isPostalInward(next.core, canadian: isCanadianOutward(token.core))
        {
            return (index, .zipCode)
        }
        // `postcode: bt47 6ru`: a postal code typed in lower case, after its label.
        if token.digits > 0, token.letters > 0, token.core.utf8.count <= 4, let next, next.digits > 0, next.core.utf8.count == 3, index > 0,
            ["postcode:", "postcode", "code:", "eircode:", "eircode", "pc:"].contains(tokens[index - 1].lower)
        {
            let outward = token.core.uppercased(), inward = next.core.uppercased()
            if isPostalOutward(outward), isPostalInward(inward, canadian: isCanadianOutward(outward)) { return (index, .zipCode) }
        }
        // Route 9, Highway 101, County Road 17; in lower case only after a word of where (`off route 9`, `near hwy 61`).
        if token.roles.contains(.road), let next, next.digits > 0, next.letters <= 1, !token.ends(with: ":"),
            Self.roadWords.contains(token.core) || token.isLower && ["route", "rte", "hwy", "highway"].contains(token.core) && index > 0
                && ["off", "on", "near", "along", "by", "past", "from", "to", "at"].contains(tokens[index - 1].lower)
        {
            return (index, .address)
        }
        // I-95, US-101 (not the isotopes I-123, I-125, I-131).
        // (`Form I-693`, `a new I-693`: the immigration forms share numbers with interstates; a road only after a word of travel.)
        if token.digits > 0, token.marks.contains(.dash), isHighway(token.core),
            !Self.immigrationForms.contains(token.core) || index > 0 && Self.travelWords.contains(tokens[index - 1].lower)
        {
            return (index, .address)
        }
        // 47.6062,-122.3321 as one token; latitude 34.0522
        if token.digits >= 6, token.marks.contains(.comma), token.marks.contains(.dot) {
            let parts = token.core.split(separator: ",")
            if parts.count == 2, isCoordinate(String(parts[0]), limit: 90, decimals: 3), isCoordinate(String(parts[1]), limit: 180, decimals: 3) {
                return (index, .place)
            }
        }
        if token.roles.contains(.coordinateLabel), let next, next.digits >= 4, isCoordinate(next.core, limit: 180, decimals: 3) {
            return (index + 1, .place)
        }
        // under the Burnside Bridge, at Greenwood Park, in Shady Pines
        if token.isTitle, token.roles.contains(.landmark), index > 0, !tokens[index - 1].endsWithComma, tokens[index - 1].isTitle {
            let previous = tokens[index - 1]
            let start = placeSpanStart(tokens, index - 1)
            if previous.placeLike || previous.nameLike, !Self.notNames.contains(previous.core), start > 0,
                Self.landmarkLeads.contains(tokens[start - 1].lower) || tokens[start - 1].roles.contains(.placePreposition),
                !eponymAfter(tokens, index)
            {
                return (start, .place)
            }
        }
        // `the 43rd Precinct`, `3rd st`, `on Bramble Court`: a numbered precinct, a numbered street in lower case, a court or
        // a close after `on`.
        if token.digits > 0, token.letters == 2, isOrdinalNumber(token.core), let next, next.key == "precinct" || next.isLower && ["st", "ave", "rd", "street", "avenue", "road"].contains(next.key)
            && index > 0 && ["the", "on", "at", "off", "near", "of", "to"].contains(tokens[index - 1].lower)
        {
            return (index, next.key == "precinct" ? .place : .address)
        }
        if token.letters == 2 || token.letters == 3, ["on", "off"].contains(token.lower), let next, next.isTitle, next.nameLike, !next.roles.contains(.notStreetName), index + 2 < tokens.count,
            ["Court", "Ct", "Way", "Place", "Circle", "Crescent", "Close", "Row", "Loop", "Trail"].contains(tokens[index + 2].core)
        {
            return (index + 1, .address)
        }
        // `the Fresno clinic`, `the Bakersfield site`: a listed city before a facility's word.
        if token.lower == "the", let next, next.isTitle, next.roles.contains(.city) || next.roles.contains(.multiStart), !isWholeStateOrCountry(tokens, index + 1), index + 2 < tokens.count {
            // (`the Sugar Land office`: a city of two words.)
            if Self.cityFacilityWords.contains(tokens[index + 2].key) && next.roles.contains(.city)
                || index + 3 < tokens.count && tokens[index + 2].isTitle && Self.cities.contains(next.lower + " " + tokens[index + 2].lower)
                    && Self.cityFacilityWords.contains(tokens[index + 3].key)
            {
                return (index + 1, .place)
            }
        }
        // Precinct 14B, census tract 4012
        let special = token.roles.contains(.special)
        if special, token.lower == "precinct" || (token.lower == "tract" && index > 0 && tokens[index - 1].lower == "census"), let next, next.digits > 0 {
            return (index + 1, .place)
        }
        // GPS: 40.7128, -74.0060  /  40.7128° N
        if token.digits >= 5, let next, isCoordinate(token.core, limit: 90, decimals: 4), isCoordinate(next.core, limit: 180, decimals: 4),
            token.endsWithComma || next.core.hasPrefix("-") || token.raw.hasSuffix("°") || token.marks.contains(.degree)
        {
            return (index, .place)
        }
        if token.digits >= 4, token.marks.contains(.dot), let next, ["N", "S", "E", "W", "N,", "S,"].contains(next.raw),
            isCoordinate(token.core, limit: 180), !token.marks.contains(.degree)
        {
            return (index, .place)
        }
        if token.marks.contains(.degree) || token.raw.hasSuffix("°"), let next, ["N", "S", "E", "W", "N,", "S,"].contains(next.raw), isCoordinate(token.core, limit: 180) {
            return (index, .place)
        }
        // A street named without its number: Main Street, corner of Elm and 5th.
        if token.roles.contains(.streetSuffix), Self.fullStreetSuffixes.contains(token.core), index > 0, tokens[index - 1].isTitle || isOrdinalNumber(tokens[index - 1].core),
            !tokens[index - 1].endsWithComma
        {
            let previous = tokens[index - 1]
            // (`Station Road`, `Park Avenue`: a landmark's word names streets too.)
            if isOrdinalNumber(previous.core) || (previous.nameLike && !previous.roles.contains(.notStreetName)) || previous.isTitle && previous.keyRoles.contains(.landmark) {
                return (index - 1, .address)
            }
        }
        // `ON 7TH AVE AND BIRCH ST`: the same in capitals (an abbreviation only after a word of where, not `ANTERIOR ST
        // ELEVATION`, `GLUCOSE^LN`).
        if token.isUpper, token.roles.contains(.streetSuffix), index > 0, !tokens[index - 1].endsWithComma,
            token.letters >= 5 && Self.fullStreetSuffixes.contains(token.core.prefix(1) + token.core.dropFirst().lowercased())
                || ["ST", "AVE", "RD", "LN", "BLVD", "PKWY"].contains(token.core) && index >= 2 && ["ON", "AT", "OFF", "NEAR", "AND"].contains(tokens[index - 2].core)
        {
            let previous = tokens[index - 1]
            if isOrdinalNumber(previous.core) || previous.isUpper && previous.letters >= 3 && previous.tier.isDisjoint(with: .clinical)
                && previous.keyRoles.isDisjoint(with: [.nameStop, .notStreetName, .state, .country, .month]) && !Self.hasCommonSuffix(previous.key)
            {
                return (index - 1, .address)
            }
        }
        // `toward 3rd & Alder`, `2nd and Pine`: a numbered street and a named one, after a word of where.
        if token.digits > 0, token.letters == 2, isOrdinalNumber(token.core), index > 0,
            ["toward", "towards", "at", "on", "near", "of", "to", "from", "past", "by"].contains(tokens[index - 1].lower),
            let next, next.raw == "&" || next.lower == "and", index + 2 < tokens.count, tokens[index + 2].isTitle, tokens[index + 2].nameLike
        {
            return (index, .address)
        }
        if special, token.lower == "corner" || token.lower == "intersection", let next, next.lower == "of", index + 2 < tokens.count {
            let street = tokens[index + 2]
            if street.isTitle && street.nameLike || isOrdinalNumber(street.core) { return (index + 2, .address) }
        }
        // the Little Havana area, the Mission District
        if token.roles.contains(.areaWord), index > 0, !(token.firstByte == UInt8(ascii: "(")), tokens[index - 1].isTitle,
            !tokens[index - 1].lower.hasSuffix("'s"), !tokens[index - 1].endsWithComma
        {
            let previous = tokens[index - 1]
            let start = placeSpanStart(tokens, index - 1)
            if start > 0, tokens[start - 1].lower == "the", previous.placeLike || previous.nameLike,
                !previous.roles.contains(.country), !previous.roles.contains(.regionWord)
            {
                return (start, .place)
            }
            // `pt from Chinle area`: a place and its area after `from` or `near`, without the article.
            if start > 0, ["from", "near", "around"].contains(tokens[start - 1].lower), previous.placeLike, token.lower == "area" || token.lower.hasPrefix("area"),
                !previous.roles.contains(.country), !previous.roles.contains(.regionWord), !isWholeStateOrCountry(tokens, start)
            {
                return (start, .place)
            }
        }
        // `the river side of akiachak`, `near chinle`: in text typed without capitals, a word of no dictionary or list after a
        // word of where.
        // (Only after a word of living, going or being somewhere, or a place's noun before `of`: a chart's line without
        // capitals holds lower-case words of no dictionary too, `25 mL of cancellous`, `20 mL of ropivacaine`.)
        if ["in", "near", "of", "from", "outside"].contains(token.lower), let next, next.isLower, next.isUnknownWord, next.letters >= 6, index > 0,
            token.lower == "of" ? Self.placeNouns.contains(tokens[index - 1].lower)
                : Self.goingWords.contains(tokens[index - 1].lower) || tokens[index - 1].roles.contains(.placeLead) || Self.beingWords.contains(tokens[index - 1].lower),
            !tokens.contains(where: { $0.firstByte >= 0x41 && $0.firstByte <= 0x5A }), !Self.hasCommonSuffix(next.key)
        {
            return (index + 1, .place)
        }
        // `pt from duluth`, `moved to tucson`, `outside of clarksdale`: in text typed without capitals, a listed city
        // after a preposition (the city list holds no everyday English word).
        if token.roles.contains(.placePreposition) || token.lower == "outside" || token.lower == "near" {
            var cursor = index + 1
            if cursor < tokens.count, tokens[cursor].lower == "of" { cursor += 1 }
            // (Only in a line typed without capitals: in edited prose a lower-case word is a word, `unable to bend fully`.)
            // (`to` only after a word of going: `able to bend` is a verb, `moved to tucson` a place.)
            let going = token.lower != "to" || index > 0 && Self.goingWords.contains(tokens[index - 1].lower)
            // (`in east orange nj`: or a city of two listed words.)
            let twoWordCity = cursor + 1 < tokens.count && tokens[cursor].roles.contains(.multiStart) && tokens[cursor + 1].isLower
                && Self.cities.contains(tokens[cursor].lower + " " + tokens[cursor + 1].lower)
            if going, cursor < tokens.count, tokens[cursor].isLower, tokens[cursor].roles.subtracting(.multiStart) == .city || twoWordCity, !eponymAfter(tokens, cursor),
                tokens.dropFirst().allSatisfy({ !$0.core.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } })
            {
                return (cursor, .place)
            }
        }
        // lives in Houston, originally from Lagos, moved here from Little Havana, near Kingston (on a line about home).
        // (When this finds nothing the rules below still look: `LIVES W/ SPOUSE IN EL PASO`.)
        residence: if token.roles.contains(.placeLead) || (cues.contains(.residence) && token.roles.contains(.placePreposition)) {
            var cursor = index + 1
            var hops = 0
            while cursor < tokens.count, hops < 4, tokens[cursor].roles.contains(.placeFiller), !tokens[cursor - 1].endsWithComma {
                cursor += 1
                hops += 1
            }
            guard cursor < tokens.count, cursor > index, !tokens[cursor - 1].endsWithComma || cursor == index + 1 else { break residence }
            // `lives in`, `grew up in`, `moved here from`: a lead needs a preposition before the place.
            if token.roles.contains(.placeLead),
                !tokens[(index + 1)..<cursor].contains(where: { $0.roles.contains(.placePreposition) || $0.lower == "up" })
            {
                break residence
            }
            let candidate = tokens[cursor]
            if candidate.isTitle, candidate.placeLike, !isWholeStateOrCountry(tokens, cursor) {
                let strong = token.roles.contains(.placeLead)
                    || tokens[max(0, index - 1)].roles.contains(.placeLead)
                if strong || cues.contains(.residence) || candidate.roles.contains(.city) {
                    if !eponymAfter(tokens, cursor) { return (cursor, .place) }
                }
            }
        }
        // `de Guadalajara`, `sa Marikina`, `in downtown Missoula`: a listed city after a preposition of another language, or
        // after a word for part of a town.
        // (Not `escala de Glasgow`: a scale or a disease named for a city.)
        if let next, index + 1 < tokens.count, token.digits == 0, token.letters <= 5, next.isTitle || next.isLower,
            ["de", "sa", "desde", "en", "à", "nach", "aus"].contains(token.lower) && next.isTitle
            && !(index > 0 && Self.foreignEponymNouns.contains(tokens[index - 1].lower))
            || token.roles.contains(.placePreposition) && ["downtown", "uptown", "central", "greater", "suburban", "rural", "metro"].contains(next.lower)
        {
            let at = token.roles.contains(.placePreposition) && !["de", "en"].contains(token.lower) ? index + 2 : index + 1
            if at < tokens.count, tokens[at].isTitle, tokens[at].roles.contains(.city), !isWholeStateOrCountry(tokens, at), !eponymAfter(tokens, at) {
                return (at, .place)
            }
        }
        // `in Thurles`, `near Nsukka`, `from Saskatoon`: a capitalised word of no dictionary or list after a word of where.
        // (`from` only after a word of going or of who: not `picked from Hektoen enteric`.)
        // (`From Oodnadatta,` opening the line; `came in from Tuktoyaktuk`, `walked in from Lalibela`.)
        let fromSomewhere = token.lower == "from"
            && (index == 0 || Self.goingWords.contains(tokens[index - 1].lower) || tokens[index - 1].roles.contains(.placeLead)
                || ["is", "was", "are", "pt", "patient", "family", "visitor", "visitors", "here", "originally", "recently", "someone", "in", "down", "up",
                    "over", "out", "all", "way", "came", "come", "comes", "walked", "driven"].contains(tokens[index - 1].lower))
        // (`between Timmins and Kapuskasing`, `between here and Soweto`: or two of them after `between`.)
        let betweenTwo = token.lower == "between" && index + 3 < tokens.count && tokens[index + 2].lower == "and" && tokens[index + 3].isTitle
            && tokens[index + 3].isUnknownWord
        if token.lower == "between", index + 3 < tokens.count, ["here", "there", "home"].contains(tokens[index + 1].lower), tokens[index + 2].lower == "and",
            tokens[index + 3].isTitle, tokens[index + 3].isUnknownWord && tokens[index + 3].letters >= 5 || tokens[index + 3].roles.contains(.city),
            !isWholeStateOrCountry(tokens, index + 3)
        {
            return (index + 3, .place)
        }
        // `Kirkwall pier`, `Kakuma camp`, `the Annapurna trail`: a word of no dictionary before a lower-case word of a place.
        if token.isTitle, token.isUnknownWord, token.letters >= 5, let next, Self.placeNounsAfter.contains(next.key), next.isLower {
            return (index, .place)
        }
        // `the Isle of Eigg`
        if token.isTitle, token.core == "Isle" || token.core == "Island", let next, next.lower == "of", index + 2 < tokens.count, tokens[index + 2].isTitle {
            return (index, .place)
        }
        // `stopped at Chhomrong`, `the community hall at Wadeye`: a capitalised word of no dictionary after `at`.
        if token.lower == "at", let next, next.isTitle, next.isUnknownWord, next.letters >= 5, next.placeLike, !eponymAfter(tokens, index + 1),
            index + 2 >= tokens.count || !tokens[index + 2].isTitle
        {
            return (index + 1, .place)
        }
        // (`drives in from Lac du Flambeau`: a place of two capitalised words joined by a particle, the last of no dictionary.)
        if ["in", "near", "outside", "around"].contains(token.lower) || fromSomewhere, let next, next.isTitle, index + 3 < tokens.count,
            ["du", "de", "des", "la", "le", "del", "di", "da", "dos", "das"].contains(tokens[index + 2].lower),
            tokens[index + 3].isTitle, tokens[index + 3].isUnknownWord, tokens[index + 3].letters >= 5, !isWholeStateOrCountry(tokens, index + 1)
        {
            return (index + 1, .place)
        }
        if ["in", "near", "outside", "around"].contains(token.lower) || fromSomewhere || betweenTwo, let next, next.isTitle, next.isUnknownWord, next.letters >= 5, next.placeLike,
            !eponymAfter(tokens, index + 1),
            index + 2 >= tokens.count || !tokens[index + 2].isTitle || tokens[index + 2].endsWithComma || ["Ste.", "St.", "Saint", "Sainte"].contains(tokens[index + 2].raw)
        {
            return (index + 1, .place)
        }
        // `from Jalisco (Guadalajara and Tepatitlán)`: a listed city opening an aside.
        // (Not a one-word aside, `UR6 (Palmer)`: a notation's name.)
        if token.firstByte == UInt8(ascii: "("), !token.ends(with: ")"), token.isTitle, token.roles.contains(.city), !isWholeStateOrCountry(tokens, index),
            !eponymAfter(tokens, index)
        {
            return (index, .place)
        }
        // `covers Pinellas Park but`: a listed city of two words in title case, not the start of a longer name.
        if token.isTitle, token.roles.contains(.multiStart), let next, next.isTitle, Self.cities.contains(token.lower + " " + next.lower),
            !sentenceStart(tokens, index), index + 2 >= tokens.count || !tokens[index + 2].isTitle, !isWholeStateOrCountry(tokens, index), !eponymAfter(tokens, index + 1)
        {
            return (index, .place)
        }
        // `IN PINE BLUFF`, `DOWNTOWN FRESNO`: a listed city in capitals after a word of where in capitals.
        if token.isUpper, token.roles.contains(.placePreposition) || token.core == "DOWNTOWN", let next, next.isUpper, next.letters >= 4 || next.roles.contains(.multiStart) {
            let two = index + 2 < tokens.count && tokens[index + 2].isUpper ? next.lower + " " + tokens[index + 2].lower : ""
            if next.roles.contains(.city) || next.roles.contains(.multiStart) && Self.cities.contains(two), !isWholeStateOrCountry(tokens, index + 1) {
                return (index + 1, .place)
            }
        }
        // `700019, Ballygunge, Kolkata`, `Pier 39 loading dock, San Francisco`: a listed city after a comma, ending the line or
        // its phrase.
        if index > 0, tokens[index - 1].endsWithComma, token.isTitle,
            token.roles.contains(.city) || token.roles.contains(.multiStart) && next.map({ Self.cities.contains(token.lower + " " + $0.lower) }) ?? false
        {
            let end = token.roles.contains(.city) ? index : index + 1
            let closes = end + 1 >= tokens.count || tokens[end].endsWithComma || Self.closingBytes.contains(tokens[end].lastByte)
            if closes, !isWholeStateOrCountry(tokens, index), !eponymAfter(tokens, end) { return (index, .place) }
        }
        // in Houston, to Miami, from Chicago: a listed city after a preposition.
        if token.roles.contains(.placePreposition), let next, next.isTitle {
            let one = next.lower
            let two = index + 2 < tokens.count ? one + " " + tokens[index + 2].lower : ""
            let pair = next.roles.contains(.multiStart) && Self.cities.contains(two)
            if pair || (next.roles.contains(.city) && !isWholeStateOrCountry(tokens, index + 1)) {
                let end = pair ? index + 2 : index + 1
                if !eponymAfter(tokens, end) { return (index + 1, .place) }
            }
            // `in Guangzhou's Baiyun district`: a listed city, possessive.
            if next.keyRoles.contains(.city), next.lower.hasSuffix("'s") || next.lower.hasSuffix("\u{2019}s"), next.keyRoles.isDisjoint(with: [.state, .country]),
                !eponymAfter(tokens, index + 1), !(index + 2 < tokens.count && Self.eponymPossessed.contains(tokens[index + 2].key))
            {
                return (index + 1, .place)
            }
            // `in Flushing, Queens`: a neighbourhood, then its listed city after a comma.
            if next.endsWithComma, index + 2 < tokens.count, tokens[index + 2].isTitle, tokens[index + 2].roles.contains(.city),
                !isWholeStateOrCountry(tokens, index + 2), !eponymAfter(tokens, index + 2)
            {
                return (index + 1, .place)
            }
        }
        return nil
    }

    /// A capitalised word that can name a place: not a state, country, region, clinical word or role.
    static func computePlaceLike(key: String, roles: Roles, tier: NameTier) -> Bool {
        if !roles.isDisjoint(with: [.nameStop, .notPlace, .month, .country, .region, .state, .notName]) { return false }
        return !hasCommonSuffix(key) || !tier.isDisjoint(with: .listed)
    }

    private func placeSpanStart(_ tokens: [Token], _ end: Int) -> Int {
        var start = end
        while start > 0, start > end - 3, tokens[start - 1].isTitle, !tokens[start - 1].endsWithComma,
            tokens[start - 1].placeLike || tokens[start - 1].core == "St"
        {
            start -= 1
        }
        return start
    }

    /// `New York`, `El Salvador`, `Texas`: a state, country or region named in one or two words.
    private func isWholeStateOrCountry(_ tokens: [Token], _ index: Int) -> Bool {
        let one = tokens[index].lower
        if !tokens[index].roles.isDisjoint(with: [.country, .region]) || Self.stateNames.contains(tokens[index].core) { return true }
        // `California's Central Valley`, `the South`
        if !tokens[index].keyRoles.isDisjoint(with: [.country, .region, .state]) { return true }
        if index > 0, tokens[index - 1].lower == "the", Self.regions.contains("the " + tokens[index].key) { return true }
        guard index + 1 < tokens.count, tokens[index].roles.contains(.multiStart) else { return false }
        let two = one + " " + tokens[index + 1].lower
        if Self.countries.contains(two) || Self.regions.contains(two) || Self.multiWordStates.contains(two) { return true }
        guard index + 2 < tokens.count else { return false }
        let three = two + " " + tokens[index + 2].lower
        return Self.countries.contains(three) || Self.regions.contains(three)
    }

    /// `40.7128`, `-74.0060`, `41.88°`: a decimal degree within `limit`, with `decimals` places or more.
    private func isCoordinate(_ core: String, limit: Double, decimals: Int = 2) -> Bool {
        var text = Substring(core)
        while let last = text.last, last == "°" || last == "N" || last == "S" || last == "E" || last == "W" { text = text.dropLast() }
        if text.hasPrefix("-") || text.hasPrefix("+") { text = text.dropFirst() }
        guard let dot = text.firstIndex(of: "."), text[text.index(after: dot)...].count >= decimals,
            text.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "." }), let value = Double(text)
        else { return false }
        return value <= limit
    }

    private func isHighway(_ core: String) -> Bool {
        let parts = core.split(separator: "-")
        guard parts.count == 2, ["I", "US", "SR", "Hwy", "CR", "M", "A"].contains(String(parts[0])),
            (1...3).contains(parts[1].count), parts[1].allSatisfy(\.isASCIIDigitCharacter)
        else { return false }
        if parts[0] == "I", ["123", "124", "125", "131", "129"].contains(String(parts[1])) { return false }
        // A-1 and M-2 are also grades and classes: only three-digit forms after them.
        if parts[0] == "A" || parts[0] == "M" { return false }
        return true
    }

    private func isCanadianOutward(_ core: String) -> Bool {
        let b = Array(core.utf8)
        return b.count == 3 && isCapital(b[0]) && isDigit(b[1]) && isCapital(b[2])
    }

    /// `D24 X2F7`: an Irish routing key (a letter and two digits, or `D6W`) and a unique identifier of four letters
    /// and digits, with a letter and a digit.
    private func isEircode(_ first: String, _ second: String) -> Bool {
        let a = Array(first.utf8), b = Array(second.utf8)
        guard a.count == 3, b.count == 4, isCapital(a[0]), isDigit(a[1]), isDigit(a[2]) || a[2] == UInt8(ascii: "W") else { return false }
        guard b.allSatisfy({ isCapital($0) || isDigit($0) }), b.contains(where: isDigit), b.contains(where: isCapital) else { return false }
        return true
    }

    private func isPostalOutward(_ core: String) -> Bool {
        if isCanadianOutward(core) { return true }
        // British outward codes: A9, A99, AA9, AA99, A9A, AA9A.
        let b = Array(core.utf8)
        guard (2...4).contains(b.count), isCapital(b[0]) else { return false }
        let digits = b.filter(isDigit).count
        guard digits >= 1 else { return false }
        return b.allSatisfy { isCapital($0) || isDigit($0) } && (isDigit(b[1]) || (b.count >= 3 && isCapital(b[1]) && isDigit(b[2])))
    }

    private func isPostalInward(_ core: String, canadian: Bool) -> Bool {
        let b = Array(core.utf8)
        guard b.count == 3 else { return false }
        if canadian { return isDigit(b[0]) && isCapital(b[1]) && isDigit(b[2]) }
        return isDigit(b[0]) && isCapital(b[1]) && isCapital(b[2])
    }

    private func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    // MARK: - Biometrics, photographs, handles, tattoos: cues anywhere on the line

    struct Cues: OptionSet {
        let rawValue: Int
        static let biometric = Cues(rawValue: 1 << 0)
        static let biometricContext = Cues(rawValue: 1 << 1)
        static let photo = Cues(rawValue: 1 << 2)
        static let face = Cues(rawValue: 1 << 3)
        static let identification = Cues(rawValue: 1 << 4)
        static let selfie = Cues(rawValue: 1 << 5)
        static let handle = Cues(rawValue: 1 << 6)
        static let tattoo = Cues(rawValue: 1 << 7)
        static let residence = Cues(rawValue: 1 << 8)
        /// image, video, footage: a photograph only with a face and no radiology on the line.
        static let media = Cues(rawValue: 1 << 10)
        static let radiology = Cues(rawValue: 1 << 11)
        /// scanned, uploaded, attached, on file: the picture is kept.
        static let storage = Cues(rawValue: 1 << 12)
        /// famous, mayor, olympic, world record: a person the public would know.
        static let notable = Cues(rawValue: 1 << 13)
        /// birthmark, scar, piercing: a mark that identifies with a qualifier (`distinctive`, `shaped like`).
        static let mark = Cues(rawValue: 1 << 14)
        static let only = Cues(rawValue: 1 << 15)
    }

    private func lineRules(_ tokens: [Token], _ cues: Cues) -> [(Int, Kind)] {
        var found: [(Int, Kind)] = []
        // Fingerprint template ID FP-88213-K; voice biometrics matched; retinal scan identifier RS-009912.
        if cues.contains(.biometric), cues.contains(.biometricContext) {
            if let at = firstBiometric(tokens) {
                let id = tokens.indices.first { $0 > at && tokens[$0].digits >= 3 && (tokens[$0].letters > 0 || tokens[$0].digits >= 4) }
                // `Fingerprint scanner was down`: the machine, not anyone's print.
                let machine = at + 1 < tokens.count && Self.equipmentWords.contains(tokens[at + 1].lower)
                    && !tokens.contains(where: { ["enrolment", "enrollment", "enrolled", "registered", "logged"].contains($0.key) })
                if id != nil || !machine { found.append((id ?? at, .biometric)) }
            }
        }
        // Full-face photograph; selfie showing the face; patient photo for identification, uploaded.
        // (`CAC photo used to verify identity`: a photo that proves who someone is; not `Photo ID verified at check-in`, a card
        // looked at.)
        let verifies = tokens.contains { $0.key == "identity" } && tokens.contains { ["verify", "verified", "verifies", "verification", "confirm", "confirmed"].contains($0.lower) }
        // (`Access-site photo (forearm only, no face)`: a face said to be absent.)
        var cues = cues
        if cues.contains(.face), let face = tokens.firstIndex(where: { Self.cueWords[$0.lower]?.contains(.face) == true }),
            face > 0, ["no", "(no", "without", "not", "excluding", "exclude", "excludes", "excluded", "omitting", "hide", "hiding"].contains(tokens[face - 1].lower)
        {
            cues.remove(.face)
        }
        // (`Photo ID checked visually; no image stored`: a storing said not to have happened.)
        if cues.contains(.storage), let stored = tokens.firstIndex(where: { Self.cueWords[$0.lower]?.contains(.storage) == true }), stored > 0,
            tokens[max(0, stored - 2)..<stored].contains(where: { ["no", "not", "never", "without"].contains($0.lower) })
        {
            cues.remove(.storage)
        }
        let identified = cues.contains(.identification) && (cues.contains(.storage) || cues.contains(.face) || verifies)
        if cues.contains(.selfie) || (cues.contains(.photo) && (cues.contains(.face) || identified)) {
            if let at = tokens.indices.first(where: { Self.photoWords.contains(tokens[$0].lower) || Self.selfieWords.contains(tokens[$0].lower) }) {
                found.append((at, .photo))
            }
        } else if cues.contains(.photo) {
            for index in tokens.indices where Self.photoWords.contains(tokens[index].lower) {
                let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
                let afterNext = index + 2 < tokens.count ? tokens[index + 2].lower : ""
                let before = index > 0 ? tokens[index - 1].lower : ""
                // (`Photograph of the seafarer affixed`, `badge photo of the workforce member`, `participant photographed`.)
                let people = Self.photographedPeople
                if (next == "of" && (afterNext == "the" || afterNext == "patient") && index + 3 < tokens.count
                    && (people.contains(afterNext == "the" ? tokens[index + 3].lower : afterNext)
                        || afterNext == "the" && index + 4 < tokens.count && people.contains(tokens[index + 4].lower)))
                    || before == "patient" || before == "patient's" || (before == "patient" && next == "id") || people.contains(before) && tokens[index].lower == "photographed"
                    // (`client's photograph`: a person's own.)
                    || before.hasSuffix("'s") && people.contains(String(before.dropLast(2)))
                    || (next == "of" && (afterNext == "him" || afterNext == "them" || afterNext == "patient"))
                    || (next == "of" && afterNext == "her" && index + 2 < tokens.count && herIsObject(tokens, index + 2))
                    // (`a photo of his mother`: of a relative.)
                    || (next == "of" && ["his", "her", "their", "pt's", "patient's"].contains(afterNext) && index + 3 < tokens.count
                        && tokens[index + 3].keyRoles.contains(.relation))
                    || (Self.photoModifiers[before].map { $0 || cues.contains(.storage) } ?? false)
                {
                    found.append((index, .photo))
                    break
                }
            }
        }
        // Video of the patient's face; full-face images (not CT images of the facial bones, not a video visit).
        if cues.contains(.media), cues.contains(.face), !cues.contains(.radiology), found.allSatisfy({ $0.1 != .photo }) {
            if let at = tokens.indices.first(where: {
                Self.mediaWords.contains(tokens[$0].lower)
                    && ($0 + 1 >= tokens.count || !Self.notMediaFollowers.contains(tokens[$0 + 1].lower))
            }) {
                found.append((at, .photo))
            }
        }
        if !cues.isDisjoint(with: [.notable, .mark, .only, .tattoo]), let at = uniqueCharacteristic(tokens, cues) {
            found.append((at, .number))
        }
        // Snapchat username kiki_lopez2009; Instagram @handle
        if cues.contains(.handle) {
            for index in tokens.indices where Self.handleLabels.contains(tokens[index].lower)
                && (tokens[index].firstByte >= 0x41 && tokens[index].firstByte <= 0x5A || Self.handleWords.contains(tokens[index].lower))
            {
                var cursor = index + 1
                while cursor < tokens.count, cursor <= index + 3, ["handle", "username", "user", "name", "is", "id", "account", "as", "@", ":"].contains(tokens[cursor].lower) {
                    cursor += 1
                }
                guard cursor < tokens.count else { continue }
                let candidate = tokens[cursor]
                let bytes = Array(candidate.core.utf8)
                if isICDCode(candidate.core) { continue }
                let handleShape = isHandle(bytes[...].drop { $0 == UInt8(ascii: "@") })
                    && (candidate.marks.contains(.underscore) || candidate.core.hasPrefix("@")
                        || (candidate.digits > 0 && candidate.letters > 0) || candidate.marks.contains(.dot))
                if handleShape { found.append((cursor, .handle)) }
            }
        }
        // tattoo reading "Mom", tattoo of the name Ravenwood
        if cues.contains(.tattoo) {
            for index in tokens.indices where tokens[index].lower.hasPrefix("tattoo") {
                for cursor in (index + 1)..<min(tokens.count, index + 8) {
                    let word = tokens[cursor].lower
                    if ["reading", "reads", "says", "saying", "spelling", "spells", "initials", "name", "names"].contains(word) {
                        found.append((index, .number))
                        break
                    }
                }
            }
        }
        return found
    }

    private func firstBiometric(_ tokens: [Token]) -> Int? {
        for index in tokens.indices {
            let word = tokens[index].lower
            if Self.biometricWords.contains(word) { return index }
            // (`thumb print:`: the pair's second word with a mark after it.)
            let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            if Self.biometricPairs.contains(word + " " + next) || index + 1 < tokens.count && Self.biometricPairs.contains(word + " " + tokens[index + 1].key) { return index }
            // (`huella de voz`: a pair joined by a particle.)
            if index + 2 < tokens.count, ["de", "of", "du"].contains(next), Self.biometricPairs.contains(word + " " + next + " " + tokens[index + 2].key) { return index }
        }
        return nil
    }

    /// What a lower-case word is in the word lists below, so that each token is looked up once.
    struct Roles: OptionSet {
        let rawValue: UInt64
        static let relation = Roles(rawValue: 1 << 0)
        static let personVerb = Roles(rawValue: 1 << 1)
        static let passiveVerb = Roles(rawValue: 1 << 2)
        static let nameStop = Roles(rawValue: 1 << 3)
        static let eponymNoun = Roles(rawValue: 1 << 4)
        static let nameJoiner = Roles(rawValue: 1 << 5)
        static let placeLead = Roles(rawValue: 1 << 6)
        static let placePreposition = Roles(rawValue: 1 << 7)
        static let placeFiller = Roles(rawValue: 1 << 8)
        static let areaWord = Roles(rawValue: 1 << 9)
        static let notPlace = Roles(rawValue: 1 << 10)
        static let country = Roles(rawValue: 1 << 11)
        static let region = Roles(rawValue: 1 << 12)
        static let city = Roles(rawValue: 1 << 13)
        static let multiStart = Roles(rawValue: 1 << 14)
        static let holiday = Roles(rawValue: 1 << 15)
        static let phoneLead = Roles(rawValue: 1 << 16)
        static let labelFiller = Roles(rawValue: 1 << 17)
        static let unit = Roles(rawValue: 1 << 18)
        static let duration = Roles(rawValue: 1 << 19)
        static let dateLead = Roles(rawValue: 1 << 20)
        static let strongDateLead = Roles(rawValue: 1 << 21)
        static let clinicalBefore = Roles(rawValue: 1 << 22)
        static let clinicalAfter = Roles(rawValue: 1 << 23)
        static let monthLead = Roles(rawValue: 1 << 24)
        static let ageFollower = Roles(rawValue: 1 << 25)
        static let ageLabel = Roles(rawValue: 1 << 26)
        static let signingVerb = Roles(rawValue: 1 << 27)
        static let needsFiller = Roles(rawValue: 1 << 28)
        static let regionWord = Roles(rawValue: 1 << 29)
        static let notStreetName = Roles(rawValue: 1 << 30)
        static let genericLabel = Roles(rawValue: 1 << 31)
        static let month = Roles(rawValue: 1 << 32)
        static let ordinal = Roles(rawValue: 1 << 33)
        static let label = Roles(rawValue: 1 << 34)
        /// A word one of the rules compares by name (`by`, `box`, `apt`, `precinct`...).
        static let special = Roles(rawValue: 1 << 35)
        static let countyWord = Roles(rawValue: 1 << 36)
        static let road = Roles(rawValue: 1 << 37)
        static let streetSuffix = Roles(rawValue: 1 << 38)
        static let state = Roles(rawValue: 1 << 39)
        static let notName = Roles(rawValue: 1 << 40)
        /// The line's cues: see `Cues`.
        static let cue = Roles(rawValue: 1 << 41)
        /// The word lists of `PHICharacteristics.swift` and the newer place and name rules, so that no rule hashes a token twice.
        static let notableWord = Roles(rawValue: 1 << 42)
        static let notableStart = Roles(rawValue: 1 << 43)
        static let outlet = Roles(rawValue: 1 << 44)
        static let markWord = Roles(rawValue: 1 << 45)
        static let landmark = Roles(rawValue: 1 << 46)
        static let coordinateLabel = Roles(rawValue: 1 << 47)
        static let talkedWith = Roles(rawValue: 1 << 48)
        static let familyNoun = Roles(rawValue: 1 << 49)
        static let codeSystem = Roles(rawValue: 1 << 50)
        static let community = Roles(rawValue: 1 << 51)
        static let personRole = Roles(rawValue: 1 << 52)
        /// The broad rules' words, so that each token is looked up once: `six`, `fellow`, `face`.
        static let digitWord = Roles(rawValue: 1 << 53)
        static let roleLead = Roles(rawValue: 1 << 54)
        static let faceWord = Roles(rawValue: 1 << 55)
        static let foreignMonth = Roles(rawValue: 1 << 56)
        static let plateWord = Roles(rawValue: 1 << 57)
        static let numberWord = Roles(rawValue: 1 << 58)
        /// A word the newer place, date, label and name rules compare by name (`community`, `sunday`, `hometown`,
        /// `username`): their checks run only on a token that has it, so that no rule hashes every token again.
        static let laterRuleWord = Roles(rawValue: 1 << 59)
    }

    static let wordRoles: [String: Roles] = {
        var roles: [String: Roles] = [:]
        roles.reserveCapacity(16_384)
        func add<Words: Sequence>(_ words: Words, _ role: Roles) where Words.Element == String {
            for word in words { roles[word, default: []].insert(role) }
        }
        add(relationWords, .relation)
        add(digitWords.keys, .digitWord)
        add(roleLeads.union(pluralRelations).union(personRoles), .roleLead)
        add(faceWords, .faceWord)
        add(foreignMonths, .foreignMonth)
        add(plateWords, .plateWord)
        add(numberWords, .numberWord)
        add(laterRuleWords, .laterRuleWord)
        add(personVerbs, .personVerb)
        add(passivePersonVerbs, .passiveVerb)
        add(nameStop, .nameStop)
        add(eponymNouns, .eponymNoun)
        add(nameJoiners, .nameJoiner)
        add(placeLeads, .placeLead)
        add(placePrepositions, .placePreposition)
        add(placeFillers, .placeFiller)
        add(areaWords, .areaWord)
        add(notPlaces, .notPlace)
        add(roadWords.map { $0.lowercased() }, .notPlace)
        add(countries.filter { !$0.contains(" ") }, .country)
        add(regions.filter { !$0.contains(" ") }, .region)
        // Byte tests, not `String.contains`: the city list is long and this runs at start-up.
        for city in cities where !city.utf8.contains(0x20) { roles[city, default: []].insert(.city) }
        for phrase in [countries, regions, cities, multiWordStates].joined() {
            guard let space = phrase.utf8.firstIndex(of: 0x20) else { continue }
            roles[String(Substring(phrase.utf8[..<space])), default: []].insert(.multiStart)
        }
        add(holidays, .holiday)
        add(phoneLeads, .phoneLead)
        add(labelFillers, .labelFiller)
        add(unitWords, .unit)
        add(durationWords, .duration)
        add(dateLeads, .dateLead)
        add(strongDateLeads, .strongDateLead)
        add(clinicalBefore, .clinicalBefore)
        add(clinicalAfter, .clinicalAfter)
        add(monthLeads, .monthLead)
        add(ageFollowers, .ageFollower)
        add(ageLabels, .ageLabel)
        add(signingVerbs, .signingVerb)
        add(labelsNeedingFiller, .needsFiller)
        add(regionWords, .regionWord)
        add(notStreetNames, .notStreetName)
        add(genericLabels, .genericLabel)
        add(monthsByLower.keys, .month)
        add(ordinalWords.keys, .ordinal)
        for label in idLabels.keys { roles[label, default: []].insert(.label); roles[label + "#", default: []].insert(.label) }
        for label in genericLabels { roles[label, default: []].insert(.label) }
        add(specialWords, .special)
        add(countyWords.map { $0.lowercased() }, .countyWord)
        add(roadWords.map { $0.lowercased() }, .road)
        add(fullStreetSuffixes.map { $0.lowercased() }, .streetSuffix)
        add(stateNames.map { $0.lowercased() }, .state)
        add(notNames.map { $0.lowercased() }, .notName)
        add(cueWords.keys, .cue)
        add(notableWords, .notableWord)
        add(notablePhrases.map { String($0.split(separator: " ")[0]) }, .notableStart)
        add(outletWords, .outlet)
        add(markWords, .markWord)
        add(landmarkWords.map { $0.lowercased() }, .landmark)
        add(coordinateLabels, .coordinateLabel)
        add(talkedWith, .talkedWith)
        add(familyNouns, .familyNoun)
        add(codeSystems, .codeSystem)
        add(communityNouns, .community)
        add(personRoles, .personRole)
        return roles
    }()

    // MARK: - Broad rules: the shape of an identifier, whatever its label

    /// Rules that look at a shape rather than a label, so that a form nobody listed is still caught: numbers read
    /// out in words, long runs of digit groups, masked SSNs, `key=value`, image files of a face, lower-case street
    /// addresses and counties, names after a role word or `dr`, and a given name in mid-sentence.
    private func broadRules(_ tokens: [Token], _ cues: Cues) -> [(Int, Kind)] {
        var found: [(Int, Kind)] = []
        var skipUntil = -1
        for index in tokens.indices where index > skipUntil {
            let token = tokens[index]
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            // `bhollow [at] hollowayfam [dot] net`, `anya (dot) petrova (at) example (dot) com`.
            if token.raw.utf8.count == 4, token.firstByte == UInt8(ascii: "[") || token.firstByte == UInt8(ascii: "("),
                ["[at]", "(at)"].contains(token.raw.lowercased()), index > 0, tokens[index - 1].letters > 0,
                index + 3 < tokens.count && ["[dot]", "(dot)", "dot"].contains(tokens[index + 2].raw.lowercased())
                    || index + 1 < tokens.count && isMailDomain(tokens[index + 1].core)
            {
                found.append((index - 1, .email))
                continue
            }
            if token.letters >= 5, Self.containsBytes(token.lower, "(at)") || Self.containsBytes(token.lower, "[at]"),
                Self.containsBytes(token.lower, "(dot)") || Self.containsBytes(token.lower, "[dot]") || token.marks.contains(.dot)
            {
                found.append((index, .email))
                continue
            }
            // `MH 12 KQ 4471`, `KA-05-MN-2290`: an Indian plate (a state's code, its district's number, a series, four digits).
            if token.isUpper, token.letters == 2, token.core.utf8.count == 2, Self.indianPlateStates.contains(token.core), index + 3 < tokens.count {
                let district = tokens[index + 1], series = tokens[index + 2], number = tokens[index + 3]
                if district.letters == 0, (1...2).contains(district.core.utf8.count), district.raw == district.core,
                    series.isUpper, (1...3).contains(series.letters), series.core.utf8.count == series.letters, series.raw == series.core,
                    number.letters == 0, number.digits == 4, number.core.utf8.count == 4
                {
                    found.append((index, .vehicle))
                    skipUntil = index + 3
                    continue
                }
            }
            if token.digits >= 5, token.letters >= 3, token.marks.isSubset(of: .dash), token.core.utf8.count <= 13, token.isUpper || token.marks == .dash,
                let b = Optional(Array(token.core.utf8.filter { $0 != UInt8(ascii: "-") })), (9...10).contains(b.count),
                Self.indianPlateStates.contains(String(decoding: b[0..<2], as: UTF8.self)), b[2...3].allSatisfy(isDigit),
                b[b.count - 4..<b.count].allSatisfy(isDigit), b[4..<(b.count - 4)].allSatisfy(isCapital)
            {
                found.append((index, .vehicle))
                continue
            }
            // `QQ 12 34 56 C`, `national insurance no nr 33 71 04 b`: a British National Insurance number in pairs (in lower
            // case only on a line that says what it is).
            if token.letters == 2, token.core.utf8.count == 2, token.raw == token.core, index + 4 < tokens.count,
                (index + 1...index + 3).allSatisfy({ tokens[$0].letters == 0 && tokens[$0].core.utf8.count == 2 && tokens[$0].raw == tokens[$0].core }),
                tokens[index + 4].letters == 1, tokens[index + 4].core.utf8.count == 1, "abcd".utf8.contains(tokens[index + 4].firstByte | 0x20),
                token.isUpper && tokens[index + 4].isUpper
                    || tokens[0..<index].contains(where: { $0.lower == "insurance" || $0.lower == "ni" || $0.lower == "nino" })
            {
                found.append((index, .ssn))
                skipUntil = index + 4
                continue
            }
            // `X-Originating-IP: [98.207.114.36]`: an address in brackets, as mail headers write it.
            if token.firstByte == UInt8(ascii: "["), token.raw.hasSuffix("]"), token.raw.utf8.count >= 9,
                isIPAddress(String(token.raw.dropFirst().dropLast()))
            {
                found.append((index, .ipAddress))
                continue
            }
            // `chart#pod-6617`, `mrn#4471209`: a label run into its value by its number sign.
            if token.letters >= 2, token.digits >= 4, let hash = token.lower.firstIndex(of: "#"), hash != token.lower.startIndex,
                let kind = Self.idLabels[String(token.lower[..<hash])], kind != .phone, kind != .zipCode
            {
                found.append((index, kind))
                continue
            }
            // `Aircraft N7318F`, `tail number N4471K`: an American aircraft's registration.
            if token.firstByte == UInt8(ascii: "N"), (4...7).contains(token.core.utf8.count), token.digits >= 1,
                token.core.utf8.allSatisfy({ isDigit($0) || isCapital($0) }),
                let b = Optional(Array(token.core.utf8)), b[1] >= 0x31 && b[1] <= 0x39,
                b.dropFirst().prefix(while: { $0 >= 0x30 && $0 <= 0x39 }).count + 1 + b.reversed().prefix(while: isCapital).count == b.count,
                b.reversed().prefix(while: isCapital).count <= 2, let previous,
                ["aircraft", "plane", "tail", "airplane", "helicopter", "floatplane", "cessna", "piper", "n-number"].contains(previous.key)
                    || previous.key == "number" && (tokens[..<index].contains(where: { ["aircraft", "plane", "airplane", "helicopter", "floatplane"].contains($0.key) })
                        || index >= 2 && tokens[index - 2].key == "tail")
            {
                found.append((index, .vehicle))
                continue
            }
            // `ZIP on registration: 96913`: the ZIP code after the label's colon a few words on.
            if ["zip", "zipcode", "postcode"].contains(token.key), !token.ends(with: ":"),
                let colon = (index + 1..<min(tokens.count, index + 7)).first(where: { tokens[$0].ends(with: ":") }), colon + 1 < tokens.count,
                tokens[colon + 1].letters == 0, tokens[colon + 1].digits == 5, tokens[colon + 1].core.utf8.count == 5
            {
                found.append((colon + 1, .zipCode))
                continue
            }
            // `last seen on the 19th for a refill`, `set for the 3rd of next month`: a day of the month by its ordinal.
            // (`was on the nineteenth, the Tuesday before`: the ordinal in words.)
            if token.lower == "the", let next, isOrdinalNumber(next.core) && (Int(next.core.dropLast(2)).map { (1...31).contains($0) } ?? false)
                || Self.ordinalWords[next.key].map({ (1...31).contains($0) }) ?? false
            {
                let afterNext = index + 2 < tokens.count ? tokens[index + 2] : nil
                let ofMonth = afterNext?.lower == "of" && index + 4 < tokens.count && ["next", "this", "last", "the"].contains(tokens[index + 3].lower)
                    && tokens[index + 4].key == "month"
                // (The words after the day bound both leads: `seen on the 19th for`, `bday is the 3rd, so`.)
                let event = (previous?.lower == "on" && tokens[..<index].contains(where: { ["seen", "admitted", "discharged", "called", "came", "died", "arrived", "returned", "visited", "fell", "delivered", "started", "done", "drawn", "tested", "scheduled", "seizure", "last", "fall", "injury", "accident", "out", "removed", "transfer", "party", "retrieval", "procedure", "birthday", "bday", "was"].contains($0.key) })
                    || previous.map { Self.weekdays.contains($0.key) } == true
                    || previous?.lower == "is" && tokens[..<index].contains(where: { ["birthday", "bday", "due", "appointment", "surgery"].contains($0.key) }))
                    && (afterNext.map { ["for", "at", "when", "and", "but", "to", "with", "so"].contains($0.lower) } ?? true || next.endsWithComma || next.ends(with: ".") || next.ends(with: ";"))
                if ofMonth || event {
                    found.append((index + 1, .date))
                    skipUntil = index + 1
                    continue
                }
            }
            // Names as nurses write them: `handoff to Tamsin @1900`, `-Bridget RN`, `MCGREGOR, F.`, `R. Thistlewood RN`,
            // `Priyanka (2nd RN)`, `Rm 7 - Szczepanski -`, `RN Oluwaseun saw`, `for Okonkwo-Bell pending`.
            if let at = nurseWrittenName(tokens, index) {
                found.append((at, .name))
                continue
            }
            if let (at, kind) = placeAsWritten(tokens, index) {
                found.append((at, kind))
                continue
            }
            // `pt celebrating 91st bday`: a birthday of ninety or more.
            if isOrdinalNumber(token.core), let age = Int(token.core.dropLast(2)), (90...125).contains(age), let next,
                ["bday", "birthday", "b-day", "bday,", "birthday,"].contains(next.key)
            {
                found.append((index, .age))
                continue
            }
            // `Fanm nan gen 96 an.`, `ay 91 taong gulang`, `96 tuổi`: an age over 89 before a word for years in another language.
            if token.letters == 0, token.raw == token.core || token.endsWithComma, let age = Int(token.core), (90...125).contains(age), let next,
                ["an", "an.", "taong", "tuổi", "jaar", "lat", "sano", "yaş", "anos", "años", "ans"].contains(next.lower),
                !(index + 2 < tokens.count && ["hour", "hr", "hour,", "hour."].contains(tokens[index + 2].lower)), previous?.core.hasPrefix("$") != true
            {
                found.append((index, .age))
                continue
            }
            // `Sunday the 12th`: a weekday and a day of the month.
            if token.keyRoles.contains(.laterRuleWord), let next, next.lower == "the", Self.weekdays.contains(token.key), index + 2 < tokens.count, isOrdinalNumber(tokens[index + 2].core),
                let day = Int(tokens[index + 2].core.dropLast(2)), (1...31).contains(day)
            {
                found.append((index + 2, .date))
                skipUntil = index + 2
                continue
            }
            // `Sinh ngày 12 tháng 9 năm 1940`: a date in Vietnamese (day, month, year).
            if token.lower == "ngày", let next, next.letters == 0, let day = Int(next.core), (1...31).contains(day), index + 3 < tokens.count,
                tokens[index + 2].lower == "tháng", let month = Int(tokens[index + 3].core), (1...12).contains(month)
            {
                found.append((index + 1, .date))
                skipUntil = index + 3
                continue
            }
            // `Wohnort: 22587 Hamburg-Blankenese`: where someone lives, in German, with its postcode.
            if token.keyRoles.contains(.laterRuleWord), token.ends(with: ":"), token.raw.lowercased() == "wohnort:", let next, next.digits == 5 && next.letters == 0 || next.isTitle {
                found.append((index + 1, next.digits == 5 ? .zipCode : .place))
                continue
            }
            // `stormchaser.mom at gmail`: an address read out without its domain's ending.
            if token.lower == "at", let previous, previous.letters >= 3, previous.marks.isSubset(of: [.dot, .underscore]), previous.isLower || previous.digits > 0,
                let next, ["gmail", "yahoo", "hotmail", "outlook", "icloud", "aol", "protonmail"].contains(next.key), !Self.isDictionaryWord(previous.key) || previous.marks.contains(.dot)
            {
                found.append((index - 1, .email))
                continue
            }
            // `Paciente HC 2039471`: a Spanish chart's number (historia clínica); a head circumference has no six digits.
            if token.keyRoles.contains(.laterRuleWord), token.core == "HC", let next, next.letters == 0, next.digits >= 6, next.marks.isEmpty {
                found.append((index + 1, .recordNumber))
                continue
            }
            // `She'll be 96 in March`, `Pt. is 104 (verified)`: an age of ninety or more after a person and `is` or `be`.
            if token.letters == 0, token.marks.isEmpty, let age = Int(token.core), (90...120).contains(age), let previous, ["is", "be", "turns", "turned", "turning"].contains(previous.lower),
                index >= 2, Self.agedPeople.contains(tokens[index - 2].lower.replacingOccurrences(of: "\u{2019}", with: "'")),
                // (`if she turns 90`: a supposition.)
                !tokens[..<index].contains(where: { $0.lower == "if" || $0.lower == "when" }),
                // (Not `is 90 minutes away`, a time; not `is 90 or older`, the group Safe Harbor allows.)
                next.map({ !$0.roles.contains(.unit) && !$0.roles.contains(.duration) && !["%", "percent", "degrees", "bpm", "mg/dl", "f", "°f", "or", "+", "plus"].contains($0.key) }) ?? true
            {
                found.append((index, .age))
                continue
            }
            // `happy 90th`, `a hundred and two`, `four score and ten`, `ninety-something`: ages of ninety or more as people say them.
            if token.keyRoles.contains(.laterRuleWord) {
                if token.key == "happy", let next, isOrdinalNumber(next.core), let age = Int(next.core.dropLast(2)), age >= 90 { found.append((index + 1, .age)); continue }
                if token.key == "hundred", previous?.lower == "a", let next, next.lower == "and", index + 2 < tokens.count, Self.digitWords[tokens[index + 2].key] != nil
                    || index + 2 < tokens.count && Self.numberWords.contains(tokens[index + 2].key)
                {
                    found.append((index, .age))
                    continue
                }
                if token.key == "score", previous?.lower == "four", let next, next.lower == "and" { found.append((index, .age)); continue }
                if ["ninety-something", "ninety-odd", "ninetysomething", "ninety-ish"].contains(token.key) { found.append((index, .age)); continue }
            }
            // `w/ Tamsin on the paperwork`, `tell Quillon the contrast is ready`: a listed given name or a word of no dictionary after `with` or an order.
            if token.isTitle, token.letters >= 4, token.digits == 0, index >= 1, let previous, previous.keyRoles.contains(.laterRuleWord),
                ["w/", "tell", "ask", "page", "remind"].contains(previous.lower),
                token.tier.contains(.given) && token.tier.isDisjoint(with: [.ambiguous, .clinical]) && !Self.isDictionaryWord(token.key)
                    || token.isUnknownWord && previous.lower != "w/" && token.roles.isEmpty,
                !Self.notNames.contains(token.core)
            {
                found.append((index, .name))
                continue
            }
            // `Lives in 46219`, `service area for this patient: 97266`: a ZIP code where someone lives or is served.
            if token.letters == 0, token.digits == 5, token.core.utf8.count == 5, index >= 2,
                tokens[index - 1].lower == "in" && tokens[index - 2].roles.contains(.placeLead)
                    || tokens[max(0, index - 8)..<index].contains(where: { ["territory", "area"].contains($0.key) }) && tokens[max(0, index - 8)..<index].contains(where: { ["service", "health"].contains($0.key) })
            {
                found.append((index, .zipCode))
                continue
            }
            // `card on file: Visa •••• 8823`: a card's last four after its mask.
            if token.letters == 0, token.digits == 4, token.core.utf8.count == 4, let previous, !previous.raw.isEmpty,
                previous.raw.allSatisfy({ $0 == "\u{2022}" || $0 == "*" || $0 == "x" || $0 == "X" }), previous.raw.count >= 3
            {
                found.append((index, .account))
                continue
            }
            // `Aircraft VH-KQZ`, `helicopter LN-OQT`: an aircraft's registration; `call sign 3FQX7`: a vessel's or an aircraft's.
            if token.isUpper || token.digits > 0, token.marks == .dash || token.marks.isEmpty, let previous, previous.keyRoles.contains(.laterRuleWord) {
                let core = token.core
                let parts = core.split(separator: "-")
                let registration = ["aircraft", "helicopter", "helo", "plane", "airframe"].contains(previous.key) && parts.count == 2
                    && (1...2).contains(parts[0].count) && (3...4).contains(parts[1].count) && parts.allSatisfy({ $0.allSatisfy { $0.isUppercase || $0.isNumber } })
                let callSign = previous.key == "sign" && index >= 2 && tokens[index - 2].key == "call" && token.letters >= 2 && token.digits >= 1 && (4...7).contains(core.utf8.count)
                if registration || callSign {
                    found.append((index, .vehicle))
                    continue
                }
            }
            // `vanity plate reads "BBY DUST"`, `tags read "GBM 3318"`: a plate quoted after its word.
            if ["reads", "read", "says", "said", "shows"].contains(token.lower), let previous, ["plate", "plates", "tag", "tags"].contains(previous.key), let next,
                next.raw.hasPrefix("\""), next.letters + next.digits >= 2, next.core.uppercased() == next.core
            {
                found.append((index + 1, .vehicle))
                continue
            }
            // `res: ELMWOOD TWP`, `Elmwood Township`: a township by its name.
            if ["twp", "twp.", "township"].contains(token.key), token.keyRoles.contains(.laterRuleWord), let previous, previous.isTitle || previous.isUpper, previous.letters >= 4,
                previous.digits == 0, previous.roles.isDisjoint(with: [.state, .country, .region]), !Self.notNames.contains(previous.core), index >= 1
            {
                found.append((index - 1, .place))
                continue
            }
            // `home town is Lerwick`: the two words of a hometown.
            if token.key == "town", let previous, previous.key == "home", let next, ["is", "was", ":"].contains(next.lower) || token.ends(with: ":"),
                let at = [index + 1, index + 2].first(where: { $0 < tokens.count && tokens[$0].isTitle }), tokens[at].letters >= 4,
                tokens[at].roles.isDisjoint(with: [.state, .country, .region]), !isWholeStateOrCountry(tokens, at)
            {
                found.append((at, .place))
                continue
            }
            // `addr: 19 kingfisher way`, `Addre5s: 62O Sycamore`: a house number after an address's label, however typed or read.
            if token.ends(with: ":"), ["addr:", "address:", "add:", "adresse:", "addres:"].contains(Self.ocrMended(token.raw.lowercased()).replacingOccurrences(of: "5", with: "s")),
                let next, next.digits >= 1, next.core.utf8.count <= 6, next.letters <= 1, index + 2 < tokens.count, tokens[index + 2].letters >= 3
            {
                found.append((index + 1, .address))
                continue
            }
            // `date of surgery - march 3rd`: a month and its day as an ordinal, in lower case.
            if token.isLower, token.roles.contains(.month), let next, isOrdinalNumber(next.core), let day = Int(next.core.dropLast(2)), (1...31).contains(day),
                !["may", "march"].contains(token.lower) || tokens.contains(where: { ["date", "dos", "dob", "surgery", "on", "due"].contains($0.key) })
            {
                found.append((index, .date))
                continue
            }
            // `Born on Leap Day, 1996`: a birthday by its day's name.
            if token.key == "leap", let next, next.key == "day", tokens.contains(where: { ["born", "birthday", "dob", "bday"].contains($0.key) }) {
                found.append((index, .date))
                continue
            }
            // `Pin code 560034`: an Indian postal code, six digits.
            if token.key == "pin", let next, next.key == "code", index + 2 < tokens.count, tokens[index + 2].letters == 0, tokens[index + 2].digits == 6,
                tokens[index + 2].core.utf8.count == 6
            {
                found.append((index + 2, .zipCode))
                continue
            }
            // `appt 2/3 @ 10am`: a day and month after a visit's word, with its time.
            if token.marks == .slash, token.letters == 0, let previous, ["appt", "appointment", "f/u", "fu", "rtc", "sched", "scheduled", "visit"].contains(previous.key),
                let (month, day) = slashParts(token.core), (1...12).contains(month), (1...31).contains(day), let next,
                next.raw == "@" || next.lower.hasSuffix("am") || next.lower.hasSuffix("pm") || next.marks == .colon && next.letters == 0
            {
                found.append((index, .date))
                continue
            }
            // `Grandfather, ninety-one, lives with`: an age of ninety or more in words, set off after a relative.
            if token.endsWithComma, token.key == "ninety" || token.key.hasPrefix("ninety-") || token.key == "hundred", let previous, previous.endsWithComma,
                previous.keyRoles.contains(.relation) || ["pt", "patient", "veteran", "resident"].contains(previous.key)
            {
                found.append((index, .date))
                continue
            }
            // `pt_wgs.vcf.gz`, `S0412.cram`: a file of someone's genome.
            if token.marks.contains(.dot), token.letters >= 3, [".vcf", ".vcf.gz", ".bam", ".cram", ".fastq", ".fastq.gz", ".gvcf", ".g.vcf.gz"].contains(where: { token.lower.hasSuffix($0) }) {
                found.append((index, .biometric))
                continue
            }
            // `Discharge summary - Tobiah Szczepanski.pdf`, `consent_signed_ifeoma_chukwuebuka.tif`: a name in a file's name.
            if token.marks.contains(.dot), let at = nameInFileName(tokens, index) {
                found.append((at, .name))
                continue
            }
            // `EHR username: kprzybyl`: a user name of letters only after its label, when it is no word.
            if token.keyRoles.contains(.laterRuleWord), token.ends(with: ":"), ["username:", "user:", "login:", "userid:", "user-id:"].contains(token.raw.lowercased()), let next,
                next.isLower && next.letters >= 5 && next.digits == 0 && !Self.isDictionaryWord(next.key) && next.tier.isEmpty
                    || next.letters >= 2 && next.digits >= 1 && next.marks.isSubset(of: [.underscore, .dot]) && !next.core.contains(" ")
                    // (`login: r.okafor.adm`: parts joined by dots or underscores.)
                    || next.letters >= 5 && next.digits == 0 && !next.marks.isEmpty && next.marks.isSubset(of: [.underscore, .dot])
                        && next.core.dropLast().contains(where: { $0 == "." || $0 == "_" }) && next.core.first?.isLetter == true
            {
                found.append((index + 1, .handle))
                continue
            }
            // `Attorney file ref: 22-4471/PI`: a reference of four digits or more with a mark, after `ref:`.
            if token.keyRoles.contains(.laterRuleWord), ["ref:", "ref#", "ref.:", "ref#:"].contains(token.raw.lowercased()), let next, next.digits >= 4, next.marks.contains(.dash) || next.marks.contains(.slash) || next.letters > 0,
                !(index + 2 < tokens.count && (tokens[index + 2].roles.contains(.unit) || tokens[index + 2].lower.hasPrefix("mg")))
            {
                found.append((index + 1, .number))
                continue
            }
            // `her bday is christmas eve`: a holiday that is someone's birthday.
            if token.keyRoles.contains(.holiday), tokens.contains(where: { ["bday", "birthday", "born", "b-day"].contains($0.key) }) {
                found.append((index, .date))
                continue
            }
            // `July 2-16`, `wk of 2/3-2/7`, `5/1-5/5/2024`: a span of days.
            if token.marks.contains(.dash), token.letters == 0, token.digits >= 2, token.core.utf8.count <= 15 {
                let halves = token.core.split(separator: "-", omittingEmptySubsequences: false)
                let monthBefore = previous.map { monthName($0) != nil && $0.isTitle } ?? false
                if halves.count == 2, monthBefore, halves.allSatisfy({ Int($0).map { (1...31).contains($0) } ?? false }) {
                    found.append((index, .date))
                    continue
                }
                if halves.count == 2, halves.allSatisfy({ half in
                    let parts = half.split(separator: "/").map { Int($0) ?? 0 }
                    return (parts.count == 2 || parts.count == 3 && (parts[2] >= 1900 || parts[2] < 100)) && (1...12).contains(parts[0]) && (1...31).contains(parts[1])
                }) {
                    found.append((index, .date))
                    continue
                }
            }
            // `pt age 89 at admission, 90 at discharge`: an age over 89 a few words after the word age.
            if token.letters == 0, let age = Int(token.core), (90...125).contains(age), previous?.endsWithComma == true, next?.lower == "at",
                tokens[max(0, index - 6)..<index].contains(where: { $0.key == "age" || $0.key == "aged" })
            {
                found.append((index, .age))
                continue
            }
            // `701/344-9218`: an area code before a slash.
            if token.letters == 0, token.digits == 10, matches(token.core, "ddd/ddd-dddd") {
                found.append((index, .phone))
                continue
            }
            // `Texted transport update to 8652410973`: ten digits after a word of calling or texting.
            if token.letters == 0, token.digits == 10, token.core.utf8.count == 10, token.firstByte >= 0x32,
                tokens[max(0, index - 5)..<index].contains(where: { ["texted", "text", "txt", "called", "call", "phoned", "sms", "whatsapp", "ring"].contains($0.key) })
            {
                found.append((index, .phone))
                continue
            }
            // `cell:402 617 3308`: a phone's label run into its first group.
            if token.letters >= 2, token.digits >= 3, let colon = token.lower.firstIndex(of: ":"),
                ["cell", "tel", "ph", "phone", "mobile", "home", "work", "fax", "mob"].contains(String(token.lower[..<colon])),
                token.lower[token.lower.index(after: colon)...].allSatisfy({ $0.isNumber || $0 == "-" || $0 == "." || $0 == "(" || $0 == ")" })
            {
                found.append((index, .phone))
                continue
            }
            // `Smartwatch serial (fall detection alerted EMS): G99XK3L7Q1`: a serial after its label's colon a few words on.
            if token.letters <= 6, token.digits == 0, ["serial", "s/n", "sn"].contains(token.key), !token.ends(with: ":"),
                let colon = (index + 1..<min(tokens.count, index + 7)).first(where: { tokens[$0].ends(with: ":") }), colon + 1 < tokens.count,
                tokens[colon + 1].letters >= 1, tokens[colon + 1].digits >= 2, tokens[colon + 1].core.utf8.count >= 6
            {
                found.append((colon + 1, .device))
                continue
            }
            // `confirmation code 7XK-22P-91Q`: three dashed groups of capitals and digits after a word for a code.
            if token.marks == .dash, token.digits >= 3, token.letters >= 2, let previous, ["code", "confirmation", "reference", "ticket", "booking"].contains(previous.key),
                token.core.split(separator: "-").count >= 3, token.core.utf8.allSatisfy({ isDigit($0) || isCapital($0) || $0 == UInt8(ascii: "-") })
            {
                found.append((index, .number))
                continue
            }
            // `Licensed vocational nurse VN 301776`: a licence's letters and its number on a line about a licence.
            if token.isUpper, (2...4).contains(token.letters), token.digits == 0, let next, next.letters == 0, (5...8).contains(next.digits),
                next.core.utf8.allSatisfy(isDigit), tokens[..<index].contains(where: { ["licensed", "license", "licence", "licensure"].contains($0.key) })
            {
                found.append((index + 1, .recordNumber))
                continue
            }
            // `IP:45.33.218.104`: an address run into its label.
            if token.lower.hasPrefix("ip:"), isIPAddress(String(token.core.dropFirst(3))) {
                found.append((index, .ipAddress))
                continue
            }
            // `1.919.474.3081`: a phone number in dotted groups after the country's code.
            if token.letters == 0, token.marks == .dot, matches(token.core, "d.ddd.ddd.dddd") {
                found.append((index, .phone))
                continue
            }
            // `SSN (for stipend 1099): 538 61 2247`: an SSN in groups after its label's colon a few words on.
            if token.keyRoles.contains(.laterRuleWord), Self.ssnWords.contains(token.lower), let colon = (index + 1..<min(tokens.count, index + 6)).first(where: { tokens[$0].ends(with: ":") }),
                colon + 3 < tokens.count, matches(tokens[colon + 1].core, "ddd"), matches(tokens[colon + 2].core, "dd"), matches(tokens[colon + 3].core, "dddd")
            {
                found.append((colon + 1, .ssn))
                skipUntil = colon + 3
                continue
            }
            // `اسم المريض: سمير عبد الله الحداد`: a name in Arabic after its label.
            if token.ends(with: ":"), index > 0, tokens[index - 1].lower == "اسم" || token.lower == "اسم:", let next, next.firstByte >= 0xD8, next.firstByte <= 0xDB {
                found.append((index + 1, .name))
                continue
            }
            // `يسكن المريض في ديربورن`: where someone lives, in Arabic.
            if token.lower == "في", let next, next.firstByte >= 0xD8, next.firstByte <= 0xDB,
                tokens[..<index].contains(where: { ["يسكن", "تسكن", "يعيش", "تعيش", "يقيم", "تقيم"].contains($0.lower) })
            {
                found.append((index + 1, .place))
                continue
            }
            // `(Last) OKONKWO   (First) Chidinma`: a form's name part labelled in brackets.
            if token.firstByte == UInt8(ascii: "("), ["(last)", "(first)", "(surname)", "(given)", "(family)", "(middle)"].contains(token.raw.lowercased()),
                let next, next.letters >= 2, next.digits == 0, next.isTitle || next.isUpper, !next.ends(with: ":"), next.firstByte != UInt8(ascii: "("),
                !Self.notNames.contains(next.core)
            {
                found.append((index + 1, .name))
                continue
            }
            // `R.Castellanos PharmD`: an initial run into a listed surname.
            if token.core.utf8.count >= 5, token.marks == .dot, let b = Optional(Array(token.core.utf8)), isCapital(b[0]), b[1] == UInt8(ascii: "."),
                isCapital(b[2]), b[3...].allSatisfy({ $0 >= 0x61 && $0 <= 0x7A })
            {
                let surname = String(decoding: b[2...], as: UTF8.self).lowercased()
                let tier = Names.tiers[surname] ?? []
                let credential = next.map { Self.credentials.contains($0.core) } ?? false
                if tier.contains(.surname) && tier.isDisjoint(with: [.clinical]) && !Self.isDictionaryWord(surname) || credential && tier.contains(.surname) {
                    found.append((index, .name))
                    continue
                }
            }
            if let (end, kind) = spokenNumber(tokens, index) { found.append((index, kind)); skipUntil = end; continue }
            if let end = spokenAddress(tokens, index) { found.append((index, .ipAddress)); skipUntil = end; continue }
            if let (end, kind) = spokenWebName(tokens, index) { found.append((index, kind)); skipUntil = end; continue }
            // `C-28 491 007`: a lettered first group, then groups of digits.
            if token.letters >= 1, token.letters <= 4, token.digits >= 1 || token.letters == 4, token.digits <= 5,
                token.core.utf8.count == token.letters + token.digits + (token.marks.contains(.dash) ? 1 : 0),
                token.core.utf8.allSatisfy({ !($0 >= 0x61 && $0 <= 0x7A) }), token.isUpper || token.digits > 0,
                index + 1 < tokens.count, let group = digitGroup(tokens[index + 1]), group >= 3,
                token.digits + group + (index + 2 < tokens.count ? digitGroup(tokens[index + 2]) ?? 0 : 0) >= 8
            {
                found.append((index, .number))
                skipUntil = index + 2
                continue
            }
            if let (end, kind) = digitGroups(tokens, index) { found.append((index, kind)); skipUntil = end; continue }
            if token.digits > 0 || token.letters >= 5 && Self.containsBytes(token.core, "="), let kind = broadShape(token, previous: previous) {
                found.append((index, kind))
                continue
            }
            // (The line is searched for a word of the face only once an image file is found.)
            if token.marks.contains(.dot), isImageFile(token.lower),
                Self.faceWords.contains(where: { Self.containsBytes(token.lower, $0) }) || tokens.contains(where: { $0.roles.contains(.faceWord) })
            {
                found.append((index, .photo))
                continue
            }
            // `facesheet photo: thumb_lindqvist_arvid.gif`: a picture filed under the person's name.
            if token.marks.contains(.underscore) || token.marks.contains(.dash), token.marks.contains(.dot), isImageFile(token.lower) {
                let stem = token.lower.split(separator: ".").dropLast().joined(separator: ".")
                let named = stem.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." }).filter { part in
                    part.utf8.count >= 3 && part.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
                        && (Names.tiers[String(part)].map { !$0.isDisjoint(with: .listed) && !$0.contains(.clinical) } ?? false)
                }.count
                let photoLine = tokens.contains { Self.photoWords.contains($0.lower) || Self.photoWords.contains(String($0.lower.dropLast())) }
                if named >= 2 || named == 1 && photoLine {
                    found.append((index, .photo))
                    continue
                }
            }
            if token.lower.utf8.count >= 9, Self.strongBiometrics.contains(token.key), !(next.map { Self.equipmentWords.contains($0.lower) } ?? false) { found.append((index, .biometric)); continue }
            if token.marks.contains(.slash), let previous, Self.weekdays.contains(previous.lower), isSlashDay(token.core) {
                found.append((index, .date))
                continue
            }
            if let at = broadName(tokens, index) { found.append((at, .name)); continue }
            if let (at, kind) = broadPlace(tokens, index, cues) { found.append((at, kind)); continue }
            // `d.becerraq @ example . com`: an address written with spaces.
            if token.raw == "@", index > 0, tokens[index - 1].letters > 0, let next, next.letters >= 2,
                next.marks.contains(.dot) || index + 3 < tokens.count && tokens[index + 2].raw == "." && Self.topLevelDomains.contains(tokens[index + 3].lower)
                    || index + 2 < tokens.count && tokens[index + 2].firstByte == UInt8(ascii: ".")
                        && Self.topLevelDomains.contains(String(tokens[index + 2].lower.dropFirst()))
            {
                found.append((index - 1, .email))
                continue
            }
            // `Pt is ninety-three and still drives`: an age over 89 in words after is, was or turned.
            // (`is a hundred and two`: or `a hundred` after them.)
            // (`is "about ninety-five`: or a word of about.)
            let aHundred = token.lower.hasPrefix("hundred") && index > 1 && tokens[index - 1].lower == "a"
                || index > 1 && ["about", "around", "nearly", "almost", "maybe", "roughly"].contains(tokens[index - 1].key)
            if token.lower.hasPrefix("ninety-") || token.lower.hasPrefix("hundred") || token.lower == "ninety" || token.lower == "one-hundred",
                index > 0, ["is", "was", "turned", "turns", "aged", "age", "now", "be"].contains(tokens[aHundred ? index - 2 : index - 1].lower),
                !(next.map { $0.roles.contains(.unit) || $0.roles.contains(.duration) || $0.lower == "percent" || $0.lower == "minutes" } ?? false)
            {
                found.append((index, .age))
                continue
            }
            // `"Ninety-six and still sharp as a tack"`: an age in words, then `and still`.
            if token.lower.hasPrefix("ninety-") || token.lower.hasPrefix("hundred"), let next, next.lower == "and", index + 2 < tokens.count,
                tokens[index + 2].lower == "still"
            {
                found.append((index, .age))
                continue
            }
            // `on may sixth`, `on march third twenty twenty five`: the months that are words, in lower case, with a day in words.
            // (`date of birth march the fourth`: or `the` and the day.)
            if token.isLower, ["may", "march", "mar", "dec", "sep", "jan"].contains(token.lower), let next,
                next.roles.contains(.ordinal) || isDay(next.core) || isOrdinalNumber(next.core)
                    || next.lower == "the" && index + 2 < tokens.count && tokens[index + 2].roles.contains(.ordinal),
                let previous, ["on", "of", "since", "until", "by", "before", "after", "from", "due", "dated", "was", "lmp", "edd", "dob", "birth", "born", "birthday",
                               "admitted", "discharged", "seen", "died", "arrived", "delivered", "started", "stopped", "is"].contains(previous.lower)
            {
                found.append((index, .date))
                continue
            }
            // `11th jan`, `the 3rd of may in 2022`, `dob jan 1947`: a month in lower case after a day, or after a birth label
            // with a year.
            if token.isLower, token.roles.contains(.month), let previous {
                let dayBefore = isOrdinalNumber(previous.core) || previous.roles.contains(.ordinal)
                    || previous.lower == "of" && index >= 2 && (isOrdinalNumber(tokens[index - 2].core) || tokens[index - 2].roles.contains(.ordinal))
                let yearAfter = next.map { $0.core.utf8.count == 4 && isYear(Int($0.core) ?? 0) } ?? false
                // (`dob 11 jan 2001`: or a day in digits before the month in lower case.)
                let birthYear = yearAfter && (["dob", "born", "dob:", "birth"].contains(previous.lower) || isDay(previous.core) && previous.raw == previous.core)
                // (`12 dec 89`: a day in digits, the month, and a year in two digits.)
                // (`from jan 2019 through the present`: or a month and its year after a word of when.)
                let monthYear = yearAfter && ["from", "since", "in", "of", "until", "through", "thru", "to", "by", "before", "after", "during"].contains(previous.lower)
                let shortYear = isDay(previous.core) && previous.raw == previous.core
                    && next.map { $0.letters == 0 && $0.core.utf8.count == 2 && $0.digits == 2 && ($0.raw == $0.core || $0.endsWithComma) } ?? false
                if dayBefore || birthYear || shortYear || monthYear {
                    found.append((index, .date))
                    continue
                }
            }
            // `dob 7 31 88`: a birth date as three numbers with spaces.
            if token.firstByte | 0x20 == UInt8(ascii: "d") || token.firstByte | 0x20 == UInt8(ascii: "b"), index + 3 < tokens.count,
                ["dob", "d.o.b", "dob:", "birthdate"].contains(token.lower),
                (index + 1...index + 3).allSatisfy({ tokens[$0].letters == 0 && (1...4).contains(tokens[$0].digits) && tokens[$0].core.utf8.count == tokens[$0].digits }),
                (1...12).contains(Int(tokens[index + 1].core) ?? 0), (1...31).contains(Int(tokens[index + 2].core) ?? 0)
            {
                found.append((index + 1, .date))
                continue
            }
            // `dob oh three, twelve, oh nine`: a birth date read out in words.
            if token.firstByte | 0x20 == UInt8(ascii: "d") || token.firstByte | 0x20 == UInt8(ascii: "b"),
                ["dob", "d.o.b.", "d.o.b", "birthdate", "dob:"].contains(token.lower), let next, next.roles.contains(.digitWord) || next.roles.contains(.numberWord) {
                found.append((index + 1, .date))
                continue
            }
            // `"oh seven, twenty-two, twenty-sixteen"`, `D O B is oh four, one six, nineteen seventy-one`: a date read out
            // in number words, with a year, on a line about a birth.
            if isNumberWord(token), previous.map({ !isNumberWord($0) }) ?? true, let end = spokenDate(tokens, index)
            {
                found.append((index, .date))
                skipUntil = end
                continue
            }
            // `3 de mayo de 1949`, `Né le 12 janvier 1961`, `lunes 21 de julio`, `3 Ramadan 1445`: a day or a year with a month
            // of another language or calendar.
            if token.keyRoles.contains(.foreignMonth) {
                let before = index > 0 && isDay(tokens[index - 1].core) || index > 1 && tokens[index - 1].lower == "de" && isDay(tokens[index - 2].core)
                var yearAt = index + 1
                if yearAt < tokens.count, tokens[yearAt].lower == "de" { yearAt += 1 }
                let after = yearAt < tokens.count && tokens[yearAt].letters == 0 && tokens[yearAt].core.utf8.count == 4
                    && (1300...2099).contains(Int(tokens[yearAt].core) ?? 0)
                if before || after {
                    found.append((index, .date))
                    continue
                }
            }
            // `she's ninety three`, `edad noventa y cuatro años`, `a quatre-vingt-onze ans`: an age over 89 in words.
            if token.firstByte | 0x20 == UInt8(ascii: "n") || token.firstByte | 0x20 == UInt8(ascii: "q"),
                Self.ninetyWords.contains(where: { token.lower.hasPrefix($0) }), let previous,
                ["she's", "he's", "shes", "hes", "i'm", "im", "edad", "age", "a", "tiene", "has", "is", "was", "now", "turned", "aged", "pushing", "\"pushing"].contains(previous.lower)
                    || previous.lower == "of" && index >= 2 && ["woman", "man", "lady", "gentleman", "patient", "widow", "widower"].contains(tokens[index - 2].key)
                    || next.map({ ["años", "anos", "ans", "anni", "jahre", "y", "years", "yrs"].contains($0.lower) }) ?? false
            {
                if !(next.map { $0.roles.contains(.unit) || $0.roles.contains(.duration) || $0.lower == "percent" } ?? false) {
                    found.append((index, .age))
                    continue
                }
            }
            // `five-two-four, three-one, six-six-zero-nine`: an SSN or a phone number read out in dashed groups of digit words.
            if token.marks == .dash, token.digits == 0, previous.map({ dashedDigitWords($0) == nil }) ?? true, let first = dashedDigitWords(token) {
                var groups = [first]
                var cursor = index + 1
                while cursor < tokens.count, groups.count < 4, tokens[cursor - 1].endsWithComma || tokens[cursor - 1].raw == tokens[cursor - 1].core,
                    let count = dashedDigitWords(tokens[cursor])
                {
                    groups.append(count)
                    cursor += 1
                }
                if groups == [3, 2, 4] || groups == [3, 3, 4] || groups == [3, 4] && first == 3 {
                    found.append((index, groups == [3, 2, 4] ? .ssn : .phone))
                    skipUntil = cursor - 1
                    continue
                }
            }
            // `bigdave underscore 1961 at hotmail dot com`: an e-mail address read out.
            // (`maria punto lopez arroba yahoo punto com`: in Spanish.)
            // (`at proton mail dot com`: or the domain said in two words.)
            let domainWords = index + 3 < tokens.count && tokens[index + 2].lower == "mail" ? 2 : 1
            if token.lower == "at" || token.lower == "arroba", index > 0, let next, Self.mailDomains.contains(next.lower), index + 1 + domainWords < tokens.count,
                tokens[index + 1 + domainWords].lower == "dot" || tokens[index + 1 + domainWords].lower == "punto"
            {
                found.append((index - 1, .email))
                continue
            }
            // `IR#55190`: letters, a number sign, five digits or more.
            if token.letters >= 2, token.letters <= 5, token.digits >= 5, token.marks == .hash, token.core.utf8.first.map({ $0 >= 0x41 && $0 <= 0x5A }) == true,
                let hash = token.core.firstIndex(of: "#"), token.core[token.core.index(after: hash)...].allSatisfy(\.isASCIIDigitCharacter)
            {
                found.append((index, .number))
                continue
            }
            // `www dot babyrosepemberton dot com`: a web address read out.
            if token.lower == "www", let next, next.lower == "dot", index + 2 < tokens.count, tokens[index + 2].letters >= 2 {
                found.append((index, .url))
                continue
            }
            // `oh-four slash nineteen slash eighty-two`, `twelve slash oh three slash twenty four`: a date read out with its slashes.
            if isSpokenNumber(token), previous.map({ !isSpokenNumber($0) && $0.lower != "slash" }) ?? true {
                var cursor = index, slashes = 0
                while cursor < tokens.count, cursor <= index + 10, isSpokenNumber(tokens[cursor]) || tokens[cursor].lower == "slash" {
                    if tokens[cursor].lower == "slash" {
                        guard cursor > index, isSpokenNumber(tokens[cursor - 1]) else { break }
                        slashes += 1
                    }
                    cursor += 1
                }
                if slashes == 2, isSpokenNumber(tokens[cursor - 1]) {
                    found.append((index, .date))
                    skipUntil = cursor - 1
                    continue
                }
            }
            // `ninety one yo male`: the units in a word of their own, then a word for years.
            if token.lower == "ninety", let next, (1...9).contains(Self.digitWords[next.lower] ?? 0), index + 2 < tokens.count,
                tokens[index + 2].roles.contains(.ageFollower),
                !(index + 3 < tokens.count && ["ago", "since", "later", "before", "after", "earlier", "of"].contains(tokens[index + 3].lower)),
                !(index > 0 && ["for", "over", "past", "last", "about", "nearly", "almost", "some"].contains(tokens[index - 1].lower))
            {
                found.append((index, .age))
                continue
            }
            // `born in 1931, now 93`: an age over 89 after `now` on a line about a birth or an age.
            if token.letters == 0, token.raw == token.core || token.endsWithComma, let age = Int(token.core), (90...125).contains(age),
                let previous, previous.lower == "now", tokens.contains(where: { ["born", "age", "aged", "birthday", "years", "dob"].contains($0.key) })
            {
                found.append((index, .age))
                continue
            }
            // `great-grandmother is 94 and still cooks`: an age over 89 after a relationship word and `is`.
            if token.letters == 0, let age = Int(token.core), (90...125).contains(age), index >= 2, ["is", "was", "now", "turns", "turned"].contains(tokens[index - 1].lower),
                tokens[index - 2].keyRoles.contains(.relation) || tokens[index - 2].key.hasSuffix("mother") || tokens[index - 2].key.hasSuffix("father"),
                !(next.map { $0.roles.contains(.unit) || $0.roles.contains(.duration) || $0.lower == "percent" || $0.lower == "%" } ?? false)
            {
                found.append((index, .age))
                continue
            }
            // `Great-grandmother, 97, lives in the home`: an age over 89 set off by commas after a relationship word.
            if token.letters == 0, token.endsWithComma, let age = Int(token.core), (90...125).contains(age), let previous, previous.endsWithComma,
                previous.keyRoles.contains(.relation) || previous.key.hasSuffix("mother") || previous.key.hasSuffix("father")
                    || Self.personNouns.contains(previous.key)
            {
                found.append((index, .age))
                continue
            }
            // `pt is 91.5 yrs old`: an age with a fraction of a year.
            if token.letters == 0, token.digits == 3, token.marks.contains(.dot), token.raw == token.core, matches(token.core, "dd.d"),
                let age = Double(token.core), age >= 90, age < 126, let next, ["years", "yrs", "yr", "yo", "y/o", "year"].contains(next.lower),
                index + 2 < tokens.count, tokens[index + 2].key == "old"
            {
                found.append((index, .age))
                continue
            }
            // `Age at time of service: 99 years`: a field about an age, its label in several words.
            if token.letters == 0, token.raw == token.core, let age = Int(token.core), (90...125).contains(age), let previous, previous.ends(with: ":"),
                index <= 6, tokens[0..<index].contains(where: { $0.key == "age" || $0.key.hasPrefix("age/") }),
                next.map({ $0.roles.contains(.ageFollower) || ["y", "yr", "a", "j", "f", "m", "male", "female"].contains($0.lower) }) ?? true
            {
                found.append((index, .age))
                continue
            }
            // `a frail lady of 97,`: an age over 89 after a person and `of`.
            if token.letters == 0, let age = Int(token.core), (90...125).contains(age), let previous, previous.lower == "of", index >= 2,
                ["woman", "man", "lady", "gentleman", "gent", "patient", "widow", "widower"].contains(tokens[index - 2].key),
                !(next.map { $0.roles.contains(.unit) || $0.roles.contains(.duration) || $0.lower == "percent" } ?? false)
            {
                found.append((index, .age))
                continue
            }
            // `her age as one hundred and two`: a hundred in words on a line about an age.
            if token.lower == "hundred", let previous, previous.lower == "one" || previous.lower == "a",
                tokens.contains(where: { ["age", "aged", "old", "turned", "turns", "birthday"].contains($0.key) }),
                !(next.map { $0.roles.contains(.unit) || $0.roles.contains(.duration) || $0.lower == "percent" } ?? false)
            {
                found.append((index - 1, .age))
                continue
            }
            // `98 years young`, `is 93 yrs`: an age over 89 before a word for years (not a span: `for 90 years`).
            if token.letters == 0, token.raw == token.core, let age = Int(token.core), (90...125).contains(age), let next,
                ["years", "yrs", "yr", "yo", "y/o", "year"].contains(next.lower), index + 2 < tokens.count,
                ["young", "old", "of"].contains(tokens[index + 2].key) && !(tokens[index + 2].lower == "of" && index + 3 < tokens.count && tokens[index + 3].lower != "age"),
                !(index > 0 && ["for", "over", "past", "last", "about", "nearly", "almost"].contains(tokens[index - 1].lower))
            {
                found.append((index, .age))
                continue
            }
            // `on thanksgiving 2023`, `christmas eve 2021`: a holiday and its year fix a day.
            if token.keyRoles.contains(.holiday) {
                let yearAt = index + 1 < tokens.count && tokens[index + 1].lower == "eve" ? index + 2 : index + 1
                if yearAt < tokens.count, tokens[yearAt].core.utf8.count == 4, isYear(Int(tokens[yearAt].core) ?? 0) {
                    found.append((index, .date))
                    continue
                }
            }
            // `2023年5月8日`: a date written with the characters for year, month and day.
            if token.digits >= 3, Self.containsBytes(token.core, "年"), Self.containsBytes(token.core, "月") {
                found.append((index, .date))
                continue
            }
            // `SSN:  3 3 1-4 8-2 7 7 O`, `SS number listed as 529 - 08 - 4471`: nine digits in pieces after an SSN word.
            if token.firstByte | 0x20 == UInt8(ascii: "s"), Self.ssnWords.contains(token.key) || token.key == "ss" {
                var cursor = index + 1
                var digits = 0
                var first: Int?
                while cursor < tokens.count, cursor <= index + 14 {
                    let piece = tokens[cursor]
                    let bytes = piece.core.utf8
                    if first == nil, piece.digits == 0, ["number", "no", "#", "listed", "as", "is", "was", "of", "security", "#:", "number:"].contains(piece.lower) {
                        cursor += 1
                        continue
                    }
                    guard !bytes.isEmpty, bytes.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "O") }) else { break }
                    digits += bytes.filter { $0 != UInt8(ascii: "-") }.count
                    if piece.digits > 0, first == nil { first = cursor }
                    cursor += 1
                    if piece.raw != piece.core { break }
                }
                if digits == 9, let first {
                    found.append((first, .ssn))
                    skipUntil = cursor - 1
                    continue
                }
            }
            // `merged duplicate charts 3391028 and 3391082`: a bare number of seven digits after a word for a record.
            if token.letters == 0, token.digits == 7, token.core.utf8.count == 7, index > 0,
                tokens[max(0, index - 3)..<index].contains(where: { ["chart", "charts", "record", "records", "mrn", "mrns", "file", "files", "expediente", "dossier"].contains($0.key) }),
                !(next.map { $0.roles.contains(.unit) } ?? false)
            {
                found.append((index, .recordNumber))
                continue
            }
            // `txt me at 555 01 88`: seven digits in two or three groups after a word of calling or texting.
            if token.letters == 0, token.digits == 3, token.raw == token.core, matches(token.core, "ddd"), index + 2 < tokens.count,
                tokens[max(0, index - 4)..<index].contains(where: { ["txt", "text", "call", "phone", "cell", "mobile", "ph", "tel", "reach", "ring"].contains($0.key) })
            {
                var total = 3
                var cursor = index + 1
                while cursor < tokens.count, cursor <= index + 2, let group = digitGroup(tokens[cursor]), group <= 4 {
                    total += group
                    cursor += 1
                    if tokens[cursor - 1].raw != tokens[cursor - 1].core { break }
                }
                if total == 7, cursor - index >= 2 {
                    found.append((index, .phone))
                    skipUntil = cursor - 1
                    continue
                }
            }
            // `103 today, family brought cake`: an age over 89 said as a count on the day.
            if token.letters == 0, token.raw == token.core, let age = Int(token.core), (90...125).contains(age), let next,
                next.lower == "today" || next.lower == "tomorrow", index == 0 || tokens[index - 1].lower == "turns" || tokens[index - 1].lower == "turned"
            {
                found.append((index, .age))
                continue
            }
            // `Attached: DSC_0093 (patient's face)`: a camera's file name on a line about a face.
            if token.marks.contains(.underscore), token.digits >= 3, Self.cameraPrefixes.contains(where: { token.core.hasPrefix($0) }),
                tokens.contains(where: { $0.roles.contains(.faceWord) })
            {
                found.append((index, .photo))
                continue
            }
            // RIF_4471_DOE.wsq: a fingerprint image (WSQ is the format fingerprints are kept in).
            if token.lower.hasSuffix(".wsq"), token.core.utf8.count > 5 {
                found.append((index, .biometric))
                continue
            }
            // VB_mcneill_0412.wav: a recording of the voice.
            if token.marks.contains(.dot), Self.audioSuffixes.contains(where: { token.lower.hasSuffix($0) }),
                tokens.contains(where: { $0.lower.hasPrefix("voice") })
            {
                found.append((index, .biometric))
                continue
            }
            // `09 / 08 / 1972`: a date written with spaces around its slashes.
            if token.letters == 0, (1...2).contains(token.digits), token.raw == token.core, index + 4 < tokens.count,
                tokens[index + 1].raw == "/", tokens[index + 3].raw == "/", isDateAlone(token.core + "/" + tokens[index + 2].core + "/" + tokens[index + 4].core)
            {
                found.append((index, .date))
                skipUntil = index + 4
                continue
            }
            // `birthdate jan 22 1939`, `dec 3 2024`: a month in lower case with a day and a year.
            if token.isLower, Self.monthsByLower[token.lower] != nil, index + 2 < tokens.count, isDay(tokens[index + 1].core),
                tokens[index + 2].core.utf8.count == 4, isYear(Int(tokens[index + 2].core) ?? 0)
            {
                found.append((index, .date))
                continue
            }
            // RR 2 Box 117, Rural Route 4, HC 61 Box 12
            // (`RR 16` alone is a respiratory rate: a rural route has its box after it.)
            if token.raw == "RR" || token.raw == "R.R." || token.raw == "HC" || token.lower == "route" && index > 0 && tokens[index - 1].lower == "rural",
                let next, next.digits > 0, next.letters == 0,
                token.lower == "route" || index + 2 < tokens.count && tokens[index + 2].lower == "box"
            {
                found.append((index, .address))
                continue
            }
            // `plates GHT 4420`, `plate 5 TRM 448`: a plate written in groups of capitals and digits.
            if token.keyRoles.contains(.plateWord) {
                // `Kennz.: M-KR 4471`: a German plate (a district's letters, a dash, one or two letters, up to four digits).
                if let at = (index + 1..<min(tokens.count, index + 3)).first(where: { (at: Int) -> Bool in
                    let candidate = tokens[at]
                    let parts = candidate.core.split(separator: "-", omittingEmptySubsequences: false)
                    return candidate.isUpper && parts.count == 2 && (1...3).contains(parts[0].utf8.count) && (1...2).contains(parts[1].utf8.count)
                        && parts.allSatisfy { $0.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } }
                }), at + 1 < tokens.count, tokens[at + 1].letters <= 1, (1...4).contains(tokens[at + 1].digits)
                {
                    found.append((at, .vehicle))
                    skipUntil = at + 1
                    continue
                }
                if let (end, _) = spacedPlate(tokens, index + 1) {
                    found.append((index + 1, .vehicle))
                    skipUntil = end
                    continue
                }
                // `placa del carro: JKL-82-19`, `immatriculation : FG-418-TK`: a plate a few words after the word.
                if let at = (index + 1..<min(tokens.count, index + 4)).first(where: { isDashedPlate(tokens[$0].core) }) {
                    found.append((at, .vehicle))
                    skipUntil = at
                    continue
                }
                // `the plates on my truck are HRT 8812`, `plate says ABX 4471,`: capitals and digits a few words on.
                if index + 2 < tokens.count, let start = (index + 2..<min(tokens.count, index + 7)).first(where: {
                    tokens[$0].isUpper && (2...4).contains(tokens[$0].letters) && !Self.stateCodes.contains(tokens[$0].core)
                        && $0 + 1 < tokens.count && tokens[$0 + 1].letters == 0 && (2...5).contains(tokens[$0 + 1].digits)
                        && tokens[$0 + 1].core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
                }), tokens[(index + 1)..<start].allSatisfy({ $0.letters > 0 && $0.digits == 0 && !$0.isUpper }),
                    let (end, _) = spacedPlate(tokens, start)
                {
                    found.append((start, .vehicle))
                    skipUntil = end
                    continue
                }
                // `License plate number for the van ...: JHF 2290 (TX)`: the plate after a colon further on.
                if let colon = (index + 1..<min(tokens.count, index + 14)).first(where: { tokens[$0].ends(with: ":") }),
                    colon + 1 < tokens.count, let (end, _) = spacedPlate(tokens, colon + 1)
                    ?? (isDashedPlate(tokens[colon + 1].core) || isPlateShape(tokens[colon + 1].core) ? (colon + 1, 0) : nil)
                {
                    found.append((colon + 1, .vehicle))
                    skipUntil = end
                    continue
                }
            }
            // `K-A-T-R-I-N-A`: a name spelled with dashes.
            if token.marks == .dash, token.digits == 0, token.letters >= 3, token.core.utf8.count == token.letters * 2 - 1,
                tokens.contains(where: { $0.key.hasPrefix("spell") || $0.key == "name" })
            {
                found.append((index, .name))
                continue
            }
            // `seven-X-Ray-Kilo-four-four-one`: a plate or ID read out as one hyphenated word.
            if token.marks.contains(.dash), token.digits == 0, token.letters >= 15 {
                let parts = token.lower.split(separator: "-").map(String.init)
                let digitParts = parts.filter { Self.digitWords[$0] != nil }.count
                let letterParts = parts.filter { Self.spellingAlphabet.contains($0) || $0.utf8.count == 1 || $0 == "ray" }.count
                if parts.count >= 5, digitParts >= 2, letterParts >= 1, digitParts + letterParts == parts.count {
                    found.append((index, .number))
                    continue
                }
            }
            // iris code 7A1F-33C0-9B2E-D418: a biometric named in two words, then its code.
            if let next, token.roles.contains(.cue) || token.marks.contains(.dash) && token.letters >= 8,
                Self.biometricPairs.contains(token.lower + " " + next.lower) || Self.biometricPairs.contains(token.lower.replacingOccurrences(of: "-", with: " ")),
                let at = (index + 2..<min(tokens.count, index + 6)).first(where: { tokens[$0].digits >= 3 && tokens[$0].core.utf8.count >= 6 })
            {
                found.append((at, .biometric))
                skipUntil = at
                continue
            }
            // vanity plate "HRT 2 HRT"
            if ["plate", "plates", "tag", "tags"].contains(token.lower), let next, next.firstByte == UInt8(ascii: "\"") || next.firstByte == UInt8(ascii: "'"),
                next.letters + next.digits >= 2
            {
                found.append((index + 1, .vehicle))
                continue
            }
            // Photo of pt taken for an elopement alert.
            if Self.photoWords.contains(token.lower), let next, next.lower == "of", index + 2 < tokens.count,
                ["pt", "patient", "her", "him", "the"].contains(tokens[index + 2].lower), !cues.contains(.radiology),
                // `photo of the box` is of a thing: `the` only before a person.
                tokens[index + 2].lower != "the" || index + 3 < tokens.count && Self.personNouns.contains(tokens[index + 3].key)
                    || index + 4 < tokens.count && tokens[index + 3].isLower && Self.personNouns.contains(tokens[index + 4].key),
                !tokens.contains(where: { Self.notFaceWords.contains($0.lower) })
            {
                found.append((index, .photo))
                continue
            }
            // `known around town as "the Pickle Lady"`: a nickname in quotes.
            if token.lower == "as", let next, next.firstByte == UInt8(ascii: "\""),
                tokens[max(0, index - 3)..<index].contains(where: { $0.lower == "known" })
            {
                found.append((index + 1, .name))
                continue
            }
            // `the only large-animal veterinarian in Wibaux`: the only one of a kind in a named place.
            // `only female welder at the Toledo Jeep plant`, `the sole harbor pilot at Port Calder`.
            if token.lower == "only" || token.lower == "sole", index == 0 || tokens[index - 1].lower == "the" || tokens[index - 1].lower == "is" {
                var cursor = index + 1
                while cursor < tokens.count, cursor <= index + 6 {
                    let place = cursor + 1 < tokens.count && tokens[cursor + 1].lower == "the" ? cursor + 2 : cursor + 1
                    if ["in", "at", "of", "for"].contains(tokens[cursor].lower), place < tokens.count, tokens[place].isTitle,
                        tokens[place].placeLike || tokens[place].nameLike
                    {
                        found.append((index, .number))
                        break
                    }
                    cursor += 1
                }
            }
        }
        return found
    }

    /// Words after `the clinic in` that are not places: `in person`, `in question`, `in town`.
    static let lowerFacilityObjects: Set<String> = [
        "person", "question", "town", "general", "particular", "advance", "total", "private", "public", "network", "charge",
        "writing", "house", "there", "here", "front", "back", "order", "addition", "between", "which", "where", "whose", "basement",
        "lobby", "hallway", "parking", "downtown", "uptown", "suburbs", "queue", "line", "store", "stock", "error", "trouble",
    ]
    /// `50090-1234-00`, `0093-7146-56`: the dashed shapes of a National Drug Code (4-4-2, 5-3-2, 5-4-1, 5-4-2).
    static func isNDCShape(_ core: String) -> Bool {
        let groups = core.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
        guard groups.count == 3, core.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") }) else { return false }
        return [[4, 4, 2], [5, 3, 2], [5, 4, 1], [5, 4, 2]].contains(groups)
    }
    static let notCityWords: Set<String> = ["Inner", "Big", "Holy", "Capital", "Global", "Smart", "Sim", "Sin", "Emerald", "Vatican", "Gotham", "Old", "Mega"]
    static let dwellingWords: Set<String> = ["Flat", "Villa", "House", "Plot", "Street", "Apartment", "Apt", "Casa", "Maison", "Haus"]
    static let streetLeadWords: Set<String> = ["ul.", "ul", "ул.", "ул", "улица", "пр.", "rue", "calle", "avenida", "rua", "via", "viale", "strada", "jalan"]
    static let cameraPrefixes: [String] = ["DSC_", "DSCN", "IMG_", "PXL_", "DCIM", "MVIMG_", "Photo_", "photo_", "img_"]
    /// The codes of India's states and territories that lead its plates.
    static let indianPlateStates: Set<String> = [
        "AN", "AP", "AR", "AS", "BR", "CG", "CH", "DD", "DL", "DN", "GA", "GJ", "HP", "HR", "JH", "JK", "KA", "KL", "LA", "LD",
        "MH", "ML", "MN", "MP", "MZ", "NL", "OD", "OR", "PB", "PY", "RJ", "SK", "TN", "TR", "TS", "UK", "UP", "WB",
    ]
    static let plateWords: Set<String> = [
        "plate", "plates", "tag", "tags", "plate#", "registration", "placa", "placas", "immatriculation", "kennzeichen", "matrícula", "matricula", "targa", "rego",
        "d'immatriculation", "plaque", "reg", "tablilla", "kennz", "biển", "taargada",
    ]

    /// `JKL-82-19`, `FG-418-TK`, `B-TX-4412`: five to ten capitals, digits and dashes, with a letter, a digit and a dash.
    private func isDashedPlate(_ core: String) -> Bool {
        let utf8 = core.utf8
        guard (5...10).contains(utf8.count), utf8.contains(UInt8(ascii: "-")) else { return false }
        return utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == UInt8(ascii: "-") }
            && utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) && utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
    }

    /// Up to three groups of capitals and digits, five to eight characters in all, with a letter and a digit: the
    /// groups of a plate (`GHT 4420`, `5 TRM 448`).
    private func spacedPlate(_ tokens: [Token], _ start: Int) -> (Int, Int)? {
        var characters = 0, letters = 0, digits = 0
        var cursor = start
        var best: Int?
        while cursor < tokens.count, cursor < start + 3 {
            let token = tokens[cursor]
            // (`ХА 4417 77`: the letters of a Russian plate are Cyrillic capitals.)
            guard token.core.utf8.count >= 1, token.core.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) })
                || token.isUpper && token.letters <= 3
            else { break }
            characters += token.isUpper ? token.letters : token.core.utf8.count
            letters += token.letters
            digits += token.digits
            if cursor > start, (5...8).contains(characters), letters > 0, digits > 0 { best = cursor }
            if token.raw != token.core { break }
            cursor += 1
        }
        return best.map { ($0, characters) }
    }

    static let digitWords: [String: Int] = [
        "zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "niner": 9,
        // Spanish and French, for numbers read out by callers: `cuatro cuatro ocho cero`, `quatre deux neuf`.
        "cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "zéro": 0, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    ]

    /// `six two one nine nine zero four`, `five two nine, one one, four eight eight zero`, `7 7 3 0 2 1 9 5 dash 0 1`:
    /// seven digits or more said one at a time (a number read out); the kind from the words before it.
    private func spokenNumber(_ tokens: [Token], _ index: Int) -> (Int, Kind)? {
        let first = tokens[index]
        let spelled = Self.spellingAlphabet.contains(first.lower) || first.core.utf8.count == 1 && first.letters == 1
            && Self.isASCIILetter(first.firstByte) && first.lower != "a" && first.lower != "i" 
        guard first.digits == 1 && first.core.utf8.count == 1 || first.roles.contains(.digitWord) || spelled || spokenParts(first) != nil else { return nil }
        // (`Pain scale: 0 1 2 3 4 5 6 7 8 9 10`: counting up is a scale's marks, not a number read out.)
        if first.digits == 1, index + 4 < tokens.count,
            (index + 1...index + 4).allSatisfy({ tokens[$0].core.utf8.count == 1 && tokens[$0].firstByte == tokens[$0 - 1].firstByte &+ 1 })
        {
            return nil
        }
        var digits = 0, words = 0, letters = 0, dots = 0
        var cursor = index
        var end = index
        while cursor < tokens.count {
            let token = tokens[cursor]
            let word = token.lower
            let core = token.core
            if let parts = spokenParts(token) {
                // `five-five-five,`, `G-M-T,`: digits or letters said one at a time, joined by dashes.
                digits += parts.digits
                letters += parts.letters
                words += parts.digits > 0 ? 1 : 0
            } else if core.utf8.count == 1, token.letters == 1, cursor + 3 < tokens.count, tokens[cursor + 1].lower == "as",
                tokens[cursor + 2].lower == "in", tokens[cursor + 3].letters >= 2
            {
                // `S as in Sam`: a letter told apart by a word that starts with it.
                letters += 1
                words += 1
                cursor += 3
            } else if Self.digitWords[word] != nil {
                digits += 1
                words += 1
            } else if core.utf8.count == 1, token.digits == 1 {
                digits += 1
            } else if Self.spellingAlphabet.contains(word) || core.utf8.count == 1 && token.letters == 1 && Self.isASCIILetter(token.firstByte) {
                // `victor kilo six, two two nine`, `N K L, four four one two nine`: letters said or written one at a time.
                letters += 1
                if Self.spellingAlphabet.contains(word) { words += 1 }
            } else if word == "dot", digits > 0 {
                dots += 1
            } else if word == "dash" || token.raw == "-" {
                if digits == 0 && letters == 0 { break }
            } else { break }
            end = cursor
            cursor += 1
            if tokens[end].ends(with: ".") || tokens[end].ends(with: ";") { break }
        }
        let before = tokens[max(0, index - 8)..<index]
        // `k o w a l c z y k`: a name spelled out, letter by letter.
        if digits == 0, letters >= 5, tokens.contains(where: { $0.key.hasPrefix("spell") || $0.key == "name" }) { return (end, .name) }
        // `what's your zip code ma'am seven nine nine three six`
        if letters == 0, digits == 5, before.contains(where: { $0.lower == "zip" || $0.lower == "zipcode" || $0.lower == "postal" }) {
            return (end, .zipCode)
        }
        // `two oh three dot zero dot one one three dot one five`: an IP address read out.
        if dots == 3, digits >= 4, words > 0 { return (end, .ipAddress) }
        // Letters and digits read out: a plate, a member ID, a serial (three digits at least, so `alpha 1` is no ID).
        if letters > 0, digits >= 3, letters + digits >= 6, words > 0 || letters >= 2 { return (end, .number) }
        // `prescription number is 6 6 0 2 9 1 4`: seven digits written one at a time after the word number.
        let labelled = before.suffix(4).contains { ["number", "#", "no", "no.", "num", "id", "rx", "numero", "número", "numéro"].contains($0.lower) || $0.roles.contains(.label) && $0.isUpper }
            || index > 0 && tokens[index - 1].raw.lowercased().hasPrefix("mrn:")
        // (`my number plate is Y R six eight, K D N`, `participant number is S zero four one seven`: fewer after a plate's or a
        // number's word.)
        let plate = before.contains { ["plate", "plates", "registration", "reg", "tag", "tags"].contains($0.key) }
        // (`implant serial read out as C-I, four four nine, two two eight`: six digits read out after a serial's word.)
        let serial = before.contains { ["serial", "serial#", "s/n", "sn", "sn#"].contains($0.key) }
        if letters > 0, digits >= 2, letters + digits >= 6, plate || labelled && digits >= 4 || labelled && letters + digits >= 5 && digits >= 4 {
            return (end, plate ? .vehicle : .number)
        }
        if letters > 0, digits >= 4, labelled { return (end, .number) }
        // (Six digits read out after `number`: `her chart number is four four seven two nine one`.)
        guard letters == 0, digits >= 7 && (words > 0 || digits >= 8 || labelled) || digits == 6 && words >= 6 && (labelled || serial) else { return nil }
        if before.contains(where: { Self.ssnWords.contains($0.lower) }) { return (end, .ssn) }
        // (`number` alone leads a phone number as often as any other: `prescription number is 6 6 0 2 9 1 4`.)
        if before.contains(where: { $0.roles.contains(.phoneLead) && $0.lower != "number" || $0.lower == "fax" || $0.lower == "at" }) {
            return (end, .phone)
        }
        return (end, .number)
    }

    /// `twenty-two`, `seventy-one`: number words joined by dashes.
    private func isCompoundNumber(_ lower: String) -> Bool {
        guard Self.containsBytes(lower, "-"), lower.utf8.count <= 24 else { return false }
        return lower.split(separator: "-").allSatisfy { Self.numberWords.contains(String($0)) }
    }

    /// The end of a date read out in number words from `index` (month, day and a year such as `nineteen seventy-one`,
    /// `twenty-sixteen`, `two thousand four`), on a line with a birth word; nil otherwise.
    private func spokenDate(_ tokens: [Token], _ index: Int) -> Int? {
        var cursor = index
        var words = 0
        var year = false
        while cursor < tokens.count, cursor < index + 9 {
            let token = tokens[cursor]
            let word = token.lower
            guard isNumberWord(token) || word == "thousand" else { break }
            if word == "nineteen" || word.hasPrefix("nineteen-") || word.hasPrefix("twenty-") || word == "thousand" {
                year = year || cursor > index
            }
            words += 1
            cursor += 1
            if token.ends(with: ".") || token.ends(with: ";") || token.ends(with: "\"") { break }
        }
        // (`oh-three, one-nine, sixty-six`: or three numbers set off by commas, month, day and year.)
        let commaTriple = words == 3 && tokens[index].endsWithComma && tokens[index + 1].endsWithComma
        guard year || commaTriple, words >= 3, cursor > index else { return nil }
        let birth = tokens.contains { ["dob", "d.o.b.", "d.o.b", "dob:", "birth", "born", "birthdate", "birthday", "b-day", "nacimiento", "naissance"].contains($0.key) }
            || tokens.indices.dropLast(2).contains { tokens[$0].core == "D" && tokens[$0 + 1].raw == "O" && tokens[$0 + 2].core == "B" }
        return birth ? cursor - 1 : nil
    }

    /// `four`, `nineteen`, `eighty-two`: a listed number or digit word, or a compound of them.
    private func isNumberWord(_ token: Token) -> Bool {
        token.roles.contains(.numberWord) || token.roles.contains(.digitWord) || isCompoundNumber(token.lower)
    }

    /// `oh`, `four`, `nineteen`, `eighty-two`, `oh-four`: a number said in words.
    private func isSpokenNumber(_ token: Token) -> Bool {
        guard token.digits == 0, token.letters >= 2 else { return false }
        if isNumberWord(token) { return true }
        return token.marks == .dash && token.lower.split(separator: "-").allSatisfy { Self.numberWords.contains(String($0)) }
    }

    /// `six-six-zero-nine`: how many digit words a dashed token is made of (two or more), or nil.
    private func dashedDigitWords(_ token: Token) -> Int? {
        guard token.letters >= 5, let parts = spokenParts(token, minimumParts: 2), parts.letters == 0 else { return nil }
        return parts.digits
    }

    /// `five-five-five`, `zero-one-seven-two`, `G-M-T`: a word of digits or single letters joined by dashes, with how many of each.
    private func spokenParts(_ token: Token, minimumParts: Int = 3) -> (digits: Int, letters: Int)? {
        guard token.marks == .dash, token.digits == 0, token.letters >= 3, token.letters <= 40 else { return nil }
        var digits = 0, letters = 0, parts = 0
        for part in token.lower.split(separator: "-", omittingEmptySubsequences: false) {
            parts += 1
            if Self.digitWords[String(part)] != nil { digits += 1 } else if part.utf8.count == 1, part.utf8.allSatisfy(Self.isASCIILetter) {
                letters += 1
            } else { return nil }
        }
        // (`x-ray` alone is an X-ray; three parts or more, unless the caller wants digit words only.)
        return parts >= minimumParts ? (digits, letters) : nil
    }

    static let numberWords: Set<String> = [
        "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    ]

    /// `one ninety two dot one sixty eight dot four dot twenty two`: four groups of number words split by `dot`.
    private func spokenAddress(_ tokens: [Token], _ index: Int) -> Int? {
        // (`192 dot 0 dot 2 dot 55`: digits read with the word dot.)
        let digitsFirst = tokens[index].letters == 0 && (1...3).contains(tokens[index].digits) && tokens[index].raw == tokens[index].core
            && index + 1 < tokens.count && tokens[index + 1].lower == "dot"
        guard tokens[index].roles.contains(.numberWord) || tokens[index].marks == .dash && tokens[index].digits == 0 || digitsFirst,
            index == 0 || tokens[index - 1].lower != "dot"
        else { return nil }
        var groups = 0, inGroup = 0, commas = 0
        var words: [[String]] = []
        var cursor = index
        while cursor < tokens.count {
            let word = tokens[cursor].lower
            let compound = tokens[cursor].marks == .dash && tokens[cursor].lower.split(separator: "-").allSatisfy { Self.numberWords.contains(String($0)) }
            if tokens[cursor].roles.contains(.numberWord) || compound || tokens[cursor].letters == 0 && tokens[cursor].digits > 0 && tokens[cursor].digits <= 3 {
                if inGroup == 0 { groups += 1; words.append([]) }
                inGroup += 1
                words[words.count - 1].append(tokens[cursor].core.lowercased())
                guard inGroup <= 4 else { return nil }
                // `one seventy-two, sixteen, forty-four, nine`: groups split by commas, as an address is read over the phone.
                if tokens[cursor].endsWithComma, commas == groups - 1, groups < 4, cursor + 1 < tokens.count, tokens[cursor + 1].lower != "dot" {
                    commas += 1
                    inGroup = 0
                }
            } else if word == "dot", inGroup > 0, commas == 0 {
                inGroup = 0
            } else { break }
            cursor += 1
        }
        guard groups == 4, inGroup > 0 else { return nil }
        if commas == 0 { return cursor - 1 }
        // (Split by commas, each group must be a number an address can hold, and one said in several words.)
        guard commas == 3, words.contains(where: { $0.count >= 2 }),
            words.allSatisfy({ group in Self.spokenGroupValue(group).map { $0 <= 255 } ?? false })
        else { return nil }
        return cursor - 1
    }

    /// The values of the number words past nine, for numbers read out.
    static let teenWords = ["ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                            "seventeen": 17, "eighteen": 18, "nineteen": 19]
    static let tensWords = ["twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90]

    /// The number a group of number words says: digit by digit (`two oh three` 203), or as a number (`eighty seven` 87,
    /// `one seventy-two` 172); nil when it is neither.
    static func spokenGroupValue(_ words: [String]) -> Int? {
        let teens = teenWords, tens = tensWords
        func value(_ word: String) -> Int? {
            if let digit = digitWords[word] { return digit }
            if let teen = teens[word] { return teen }
            if let ten = tens[word] { return ten }
            if let number = Int(word) { return number }
            let parts = word.split(separator: "-").map(String.init)
            if parts.count == 2, let ten = tens[parts[0]], let unit = digitWords[parts[1]], unit > 0 { return ten + unit }
            return nil
        }
        let values = words.map { $0.hasSuffix(",") ? String($0.dropLast()) : $0 }.map(value)
        guard values.allSatisfy({ $0 != nil }) else { return nil }
        let numbers = values.map { $0! }
        if numbers.allSatisfy({ $0 < 10 }) { return numbers.reduce(0) { $0 * 10 + $1 } }
        var total = 0
        for (offset, number) in numbers.enumerated() {
            // (`one seventy-two`: a digit before a number of tens is its hundreds.)
            if number < 10, offset + 1 < numbers.count, numbers[offset + 1] >= 10 { total += number * 100 } else { total += number }
        }
        return total
    }

    /// `w w w dot delphines journey dot net`, `h t t p s colon slash slash`, `ahmed dot al-farsi at gulfassure-example dot ae`:
    /// a web address or an e-mail address read out.
    private func spokenWebName(_ tokens: [Token], _ index: Int) -> (Int, Kind)? {
        let word = tokens[index].lower
        if word == "w", index + 3 < tokens.count, tokens[index + 1].lower == "w", tokens[index + 2].lower == "w", tokens[index + 3].lower == "dot" {
            return (index + 3, .url)
        }
        if word == "h", index + 3 < tokens.count, tokens[index + 1].lower == "t", tokens[index + 2].lower == "t", tokens[index + 3].lower == "p" {
            return (index + 3, .url)
        }
        // A name, `at`, a domain, `dot`, a top-level domain.
        if word == "at", index > 0, tokens[index - 1].letters >= 2, tokens[index - 1].digits == 0 || tokens[index - 1].letters > 0, index + 3 < tokens.count,
            tokens[index + 1].letters >= 3, tokens[index + 2].lower == "dot",
            Self.topLevelDomains.contains(tokens[index + 3].key) || tokens[index + 3].key.utf8.count == 2 && tokens[index + 3].isLower,
            !tokens[index + 1].roles.contains(.nameJoiner)
        {
            return (index + 3, .email)
        }
        return nil
    }

    /// The words of the radio spelling alphabet, which dispatchers and callers use for the letters of plates and IDs.
    static let spellingAlphabet: Set<String> = [
        "alpha", "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "juliett", "kilo",
        "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "x-ray", "xray", "yankee", "zulu",
    ]

    /// `046 454 286`, `3714 496353 98431`, `3000 4028 3700 0104`, `4471 8820 03`: bare groups of digits, nine digits or
    /// more in all, three groups or more (or two of three digits or more) — no clinical number is written so. Units
    /// after, clock times (`0800 1200 1600`) and code-set numbers pass.
    private func digitGroups(_ tokens: [Token], _ index: Int) -> (Int, Kind)? {
        let first = tokens[index]
        // (One digit first only for a country code or a French social security number: `1 305 5550123`, `1 84 07 75 114 023 45`.)
        guard first.letters == 0, (1...6).contains(first.digits), first.core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if index > 0, tokens[index - 1].letters == 0, tokens[index - 1].digits > 0 { return nil }
        if index > 0, tokens[index - 1].roles.contains(.codeSystem) { return nil }
        var groups: [Int] = []
        var cursor = index
        while cursor < tokens.count, groups.count < 8 {
            let token = tokens[cursor]
            guard token.letters == 0, (1...7).contains(token.digits), token.core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                token.core.utf8.count == token.digits else { break }
            groups.append(token.digits)
            if token.raw != token.core { break }
            cursor += 1
        }
        let end = index + groups.count - 1
        let total = groups.reduce(0, +)
        if first.digits == 1 {
            if first.core == "1", Array(groups.dropFirst()) == [3, 7] || Array(groups.dropFirst()) == [3, 3, 4] { return (end, .phone) }
            guard groups.count >= 5, total >= 13 else { return nil }
            return (end, .number)
        }
        // `Left VM on 555 0172`: three and four digits after a word of calling.
        if groups == [3, 4], phoneWordBefore(tokens, index, within: 4) { return (end, .phone) }
        guard groups.count >= 2, total >= 9, groups.count >= 3 || groups.allSatisfy({ $0 >= 3 }) else {
            return nil
        }
        if groups == [3, 7] { return (end, .phone) }
        // `99391 99392 99393`: a list of five-digit procedure codes, not one number.
        if groups.allSatisfy({ $0 == 5 }) { return nil }
        if end + 1 < tokens.count, tokens[end + 1].roles.contains(.unit) || tokens[end + 1].roles.contains(.duration) { return nil }
        if tokens[index...end].allSatisfy({ isClockTime($0.core) }) { return nil }
        let before = tokens[max(0, index - 6)..<index]
        if before.contains(where: { Self.ssnWords.contains($0.lower) }), total == 9 { return (end, .ssn) }
        return (end, .number)
    }

    /// One token's shape: `ip=198.51.100.77`, `***-**-0615`, `2218-443-9`, `99120-441`, `CARDIO-0441`.
    private func broadShape(_ token: Token, previous: Token?) -> Kind? {
        let core = token.core
        if let equals = core.firstIndex(of: "="), core.index(after: equals) < core.endIndex {
            let value = String(core[core.index(after: equals)...])
            // `patient_first=Olufunmilayo`, `dob=1939-05-02`, `retina_id=ret-0b77c2`: the key says what the value is.
            let key = core[..<equals].lowercased()
            if Self.keyNameParts.contains(where: { key.hasSuffix($0) }), value.utf8.count >= 2, value.utf8.allSatisfy({ Self.isASCIILetter($0) || $0 >= 0x80 || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") }) {
                return .name
            }
            if key.hasPrefix("dob") || key.contains("birth"), value.contains(where: \.isNumber) { return .date }
            if ["biometric", "retina", "iris", "finger", "voice", "face", "palm"].contains(where: { key.contains($0) }), value.utf8.count >= 6 {
                return .biometric
            }
            if isIPAddress(value) || isIPv6(value.lowercased()) { return .ipAddress }
            // `fax_number=555.019.2271`, `device_serial=ICD-88Q1029`: a key naming a phone or a serial number.
            if key.contains("fax") || key.contains("phone") || key.contains("tel"), value.filter(\.isNumber).count >= 7 { return .phone }
            if key.contains("serial") || key.hasSuffix("udi") || key.hasSuffix("_sn"), value.filter(\.isNumber).count >= 3 { return .device }
            if longestDigitRun(Array(value.utf8)) >= 5 { return .number }
        }
        // `DOB:4/1/77`: a label run into its value.
        if let colon = core.firstIndex(of: ":"), colon != core.startIndex, core.index(after: colon) < core.endIndex,
            core[..<colon].allSatisfy({ $0.isLetter })
        {
            let value = String(core[core.index(after: colon)...])
            if isDateAlone(value) { return .date }
            if longestDigitRun(Array(value.utf8)) >= 6 { return .number }
        }
        // `ADM DT 071524`, `DOB 19770401`: a date written without separators after a date label.
        if token.letters == 0, token.digits == 6 || token.digits == 8, token.core.utf8.count == token.digits, let previous,
            Self.compactDateLabels.contains(previous.lower), isCompactDate(core)
        {
            return .date
        }
        let bytes = Array(core.utf8)
        // Masked: `***-**-0615`, `XXX-XX-4821`, `xxxx-xxxx-xxxx-1234`, `****1234`.
        let rawBytes = Array(token.raw.utf8)
        let masks = rawBytes.filter { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "#") }.count
        if token.digits == 4, masks >= 4, bytes.suffix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) || rawBytes.count > 4 && rawBytes.dropLast().suffix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return masks == 5 ? .ssn : .account
        }
        if previous?.roles.contains(.codeSystem) == true { return nil }
        // `LUTH/23/08812`: capitals, then groups of digits split by slashes, one of four digits or more.
        let slashed = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        if slashed.count >= 3, slashed[0].count >= 2, slashed[0].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }),
            slashed.dropFirst().allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }), slashed.contains(where: { $0.count >= 4 })
        {
            return .number
        }
        // `CS.0048812`: capitals, a full stop, five digits or more.
        if let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot >= 2,
            bytes[..<dot].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A || $0 == UInt8(ascii: "#") }), bytes[..<dot].filter({ $0 != UInt8(ascii: "#") }).count >= 2,
            bytes.count - dot - 1 >= 5, bytes[(dot + 1)...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        {
            return .number
        }
        let groups = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard groups.count >= 2, groups.allSatisfy({ !$0.isEmpty }) else { return nil }
        // `A208-441-792`: an alien registration number, a capital and eight or nine digits in groups.
        if groups.count >= 3, token.letters == 1, groups[0].first.map({ $0 >= 0x41 && $0 <= 0x5A }) ?? false, (8...9).contains(token.digits) {
            return .number
        }
        // `WGS-4471-AX`: letters and a group of four digits or more, in three parts or more.
        // (Letters first: `29881-59-RT` is a CPT code with its modifiers.)
        if token.letters >= 2, groups.count >= 3, groups[0].contains(where: { $0 >= 0x41 }),
            groups.contains(where: { $0.count >= 4 && $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
            !isICDCode(core)
        {
            return .number
        }
        if token.letters == 0, groups.allSatisfy({ $0.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }) {
            // `24-118204`: a case number, a year and a long serial.
            if groups.count == 2, groups[1].count >= 6, groups[0].count <= 4 { return .number }
            // `certificate 2019-0442`: a year and a serial of four digits or more (not a span of years: `2019-2020`).
            if groups.count == 2, groups[0].count == 4, isYear(Int(String(decoding: groups[0], as: UTF8.self)) ?? 0), groups[1].count >= 4,
                !(groups[1].count == 4 && isYear(Int(String(decoding: groups[1], as: UTF8.self)) ?? 0)), groups[1].first == UInt8(ascii: "0") || groups[1].count >= 5
            {
                return .number
            }
            // `55-90218`: two digits and five.
            if groups.count == 2, groups[1].count == 5, groups[0].count == 2, previous?.roles.contains(.unit) != true { return .number }
            if isDateAlone(core) || isPhone(core, next: nil) { return nil }
            // Three groups or more, one of three digits or more (a taper `40-30-20-10` has none).
            if groups.count >= 3, token.digits >= 7, groups.contains(where: { $0.count >= 3 }) { return .number }
            if groups.count == 2, groups[0].count >= 5, token.digits >= 8, groups[1].count < groups[0].count { return .number }
            return nil
        }
        // `CARDIO-0441`, `SUBJ-20931`: three capitals or more, a dash, four digits or more (not a form: `CMS-1500`).
        if groups.count == 2, groups[0].count >= 3, !Self.formPrefixes.contains(String(decoding: groups[0], as: UTF8.self)), groups[0].allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }), groups[1].count >= 4,
            groups[1].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
        {
            return .number
        }
        return nil
    }

    /// Whether four fifths of a line's words of three letters or more (joining words aside) are capitalised: `Dad Bright
    /// and Engaged, Asking Good Questions`, where a capital says nothing about a name.
    private func isTitleCaseLine(_ tokens: [Token]) -> Bool {
        var words = 0, titled = 0
        for token in tokens where token.letters >= 3 && !token.roles.contains(.nameJoiner) {
            words += 1
            if token.isTitle { titled += 1 }
        }
        return words >= 4 && titled * 10 >= words * 8
    }

    /// `Vanderbilt parent scale: 7/9 inattentive, 6/9 hyperactive`: a count out of a small total on a line about a scale.
    private func isScorePart(_ token: Token, _ tokens: [Token]) -> Bool {
        guard let (first, second) = slashParts(token.core), second <= 12, first <= second else { return false }
        return tokens.contains { Self.scaleWords.contains($0.key) }
    }
    static let scaleWords: Set<String> = ["scale", "score", "scores", "scored", "subscale", "criteria", "items", "inattentive", "hyperactive", "domains", "questions"]

    /// `071524` (MMDDYY), `19770401` (YYYYMMDD), `04011977` (MMDDYYYY).
    private func isCompactDate(_ core: String) -> Bool {
        let digits = core.utf8.map { Int($0) - 0x30 }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }
        if digits.count == 6 { return (1...12).contains(number(0..<2)) && (1...31).contains(number(2..<4)) }
        if isYear(number(0..<4)) { return (1...12).contains(number(4..<6)) && (1...31).contains(number(6..<8)) }
        return (1...12).contains(number(0..<2)) && (1...31).contains(number(2..<4)) && isYear(number(4..<8))
    }

    private func isImageFile(_ lower: String) -> Bool {
        for suffix in [".jpg", ".jpeg", ".png", ".heic", ".gif", ".tif", ".tiff", ".bmp", ".webp"] where lower.hasSuffix(suffix) {
            return lower.utf8.count > suffix.utf8.count + 1
        }
        return false
    }

    /// `4/8` after a weekday (`tues 4/8`): a day of a month, even where it reads like a scale.
    private func isSlashDay(_ core: String) -> Bool {
        guard let (month, day) = slashParts(core) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// Names the cue rules leave: `dr feinstein`, `charge nurse Lorna`, `fellow (Okeke)`, `granddaughter keisha`,
    /// `from ayesha`, `case manager, Tamsin Oyelaran-Reyes,`, `works for Delgado & Sons`, `JASPER N. WHITFIELD`, and a
    /// listed given name in mid-sentence (`Thanks, Gwen`).
    private func broadName(_ tokens: [Token], _ index: Int) -> Int? {
        let token = tokens[index]
        guard let next = index + 1 < tokens.count ? tokens[index + 1] : nil else { return nil }
        // `Child Protective Services`: a relationship word inside the name of an agency.
        if tokens[(index + 1)..<min(tokens.count, index + 4)].contains(where: { Self.agencyNouns.contains($0.core) }) { return nil }
        // `Mother Works Night Shift`: in a line in title case, a capital says nothing about a name.
        // (A word in brackets is an aside: `Interpreter Gülşen Yıldırım (Turkish)` is not a title.)
        if next.isTitle, index + 2 < tokens.count, tokens[index + 2].isTitle, index + 3 < tokens.count, tokens[index + 3].isTitle,
            tokens[index + 3].firstByte != UInt8(ascii: "("),
            token.isTitle, !next.tier.contains(.surname), !tokens[index + 2].tier.contains(.surname)
        {
            return nil
        }
        let word = token.lower
        // dr feinstein, dr. oduya
        // `dr. b. andersson`: an initial first.
        if word == "dr" || word == "dr.", token.raw == "dr" || token.raw == "dr.", next.letters == 1, next.core.utf8.count == 1,
            next.ends(with: "."), index + 2 < tokens.count, tokens[index + 2].letters >= 3, tokens[index + 2].digits == 0
        {
            return index + 2
        }
        if word == "dr" || word == "dr.", token.raw == "dr" || token.raw == "dr." || (token.raw == "DR" || token.raw == "DR.") && isListed(next),
            next.letters >= 3, next.digits == 0, next.isLower || next.isTitle || next.isUpper,
            !Self.afterDoctor.contains(next.lower), next.roles.isDisjoint(with: [.personVerb, .passiveVerb, .unit, .duration])
        {
            return index + 1
        }
        let roleWord = !token.keyRoles.isDisjoint(with: [.roleLead, .relation, .personRole]) || token.key.hasSuffix("-in-law")
            || token.keyRoles.contains(.personRole)
        if roleWord, token.key == token.lower || token.isTitle {
            // nurse Lorna; fellow (Okeke); Mom (Keisha)
            let bracketed = next.firstByte == UInt8(ascii: "(")
            // (`interpreter Xiaoling via video`: or one word of no dictionary, alone.)
            let unknownAlone = next.isUnknownWord && next.tier.isEmpty && next.letters >= 5 && !(index + 2 < tokens.count && tokens[index + 2].isTitle)
            if next.isTitle, next.nameLike, !next.roles.contains(.city) || bracketed, isListed(next) || bracketed && next.ends(with: ")") || unknownAlone,
                !token.ends(with: "."), !token.ends(with: ":"), !eponymAfter(tokens, index + 1),
                !(index + 2 < tokens.count && tokens[index + 2].nameLike && !next.endsWithComma && eponymAfter(tokens, index + 2))
            {
                return index + 1
            }
            // Parents Abdirahman and Hodan; Grandson Keanu Kahananui: after a relationship word, a capitalised word
            // that can be a name, or two of them.
            let relation = token.keyRoles.contains(.relation) || token.key.hasSuffix("-in-law")
                || Self.pluralRelations.contains(token.key)
            // `Dad Bright and Engaged, Asking Good Questions`: in a line in title case a capital says nothing; only a
            // listed given name counts.
            if relation || index + 2 < tokens.count && tokens[index + 2].isTitle && tokens[index + 2].nameLike,
                next.isTitle, next.nameLike, !next.endsWithComma || relation, next.tier == .given || !isTitleCaseLine(tokens), !token.ends(with: "."), !token.ends(with: ":"),
                next.roles.isDisjoint(with: [.city, .country, .state, .region, .month, .holiday]), !Self.notNames.contains(next.core),
                !Self.roleNouns.contains(next.core), !eponymAfter(tokens, index + 1),
                // `Child Life Specialist`: a profession, not a child named Life.
                !(index + 2 < tokens.count && Self.roleNouns.contains(tokens[index + 2].core)),
                !(index + 2 < tokens.count && tokens[index + 2].nameLike && !next.endsWithComma && eponymAfter(tokens, index + 2))
            {
                return index + 1
            }
            // roommate jordan pfeiffer
            if next.isLower, index + 2 < tokens.count, tokens[index + 2].isLower, tokens[index + 2].tier.contains(.surname),
                !tokens[index + 2].tier.contains(.clinical), !tokens[index + 2].tier.contains(.ambiguous),
                !tokens[index + 2].keyRoles.contains(.nameStop), next.keyRoles.isDisjoint(with: [.nameStop, .relation, .personRole])
            {
                return index + 1
            }
            // granddaughter keisha; mother, fatima al-sayed
            if next.isLower || next.marks.contains(.dash) && next.core.lowercased() == next.core, isGiven(next),
                !next.tier.contains(.clinical), !next.tier.contains(.ambiguous), !next.keyRoles.contains(.nameStop), next.core.utf8.count >= 4
            {
                return index + 1
            }
            // case manager, Tamsin Oyelaran-Reyes,
            if token.endsWithComma, next.isTitle, next.nameLike, index + 2 < tokens.count, tokens[index + 2].isTitle, tokens[index + 2].nameLike,
                tokens[index + 2].endsWithComma || tokens[index + 2].ends(with: ".") || index + 3 == tokens.count
            {
                return index + 1
            }
        }
        // from ayesha at 1900; this is jenny wexler; spoke with keisha
        if token.roles.contains(.talkedWith) || word == "is" && index > 0 && tokens[index - 1].lower == "this", next.isLower, isGiven(next),
            !next.tier.contains(.clinical), !next.tier.contains(.ambiguous), !next.keyRoles.contains(.nameStop), next.core.utf8.count >= 4
        {
            return index + 1
        }
        // Per O'Donnell on nights; spoke with Castellano
        if token.roles.contains(.talkedWith), !token.ends(with: "."), next.isTitle, next.nameLike, !sentenceStart(tokens, index + 1),
            next.tier.contains(.surname) && !next.tier.contains(.ambiguous) && !next.tier.contains(.clinical) || next.core.hasPrefix("O'") || next.core.hasPrefix("D'"),
            next.roles.isDisjoint(with: [.city, .country, .state, .region]), !eponymAfter(tokens, index + 1)
        {
            return index + 1
        }
        // works for Delgado & Sons; employed by Benny Castellano
        if (word == "for" && index > 0 && ["works", "worked", "working", "work"].contains(tokens[index - 1].lower))
            || (word == "by" && index > 0 && tokens[index - 1].lower == "employed"),
            next.isTitle, next.nameLike, isListed(next)
        {
            return index + 1
        }
        // The patient, Siobhán Ní Bhriain, speaks: a name set off after `the patient,`.
        if token.endsWithComma, token.lower == "patient" || token.lower == "pt", index > 0, tokens[index - 1].lower == "the",
            next.isTitle, !Self.notNames.contains(next.core), next.roles.isDisjoint(with: [.personVerb, .passiveVerb])
        {
            return index + 1
        }
        // Dale Kowalczyk's shop: a given name (even one that is a word) before a listed surname with a possessive.
        if token.isTitle, !token.headTier.isDisjoint(with: [.given, .ambiguous]), next.isTitle, next.key != next.lower,
            next.tier.contains(.surname), !next.tier.contains(.clinical), !sentenceStart(tokens, index)
        {
            return index
        }
        // Dictated by: j. abernathy-cole; seen by soto-ramirez, m. LCSW: a name in lower case after a signing word.
        if word == "by" || word == "by:", index > 0, tokens[index - 1].roles.contains(.signingVerb) || tokens[index - 1].lower == "seen",
            next.isInitial || next.letters == 1 && next.ends(with: ".") || (next.lower == next.core && next.letters >= 4 && next.marks.contains(.dash) && next.digits == 0)
        {
            return index + 1
        }
        // Patient Kamalei Kahananui declined: two capitalised words after `Patient`, then a verb in lower case.
        if token.core == "Patient" || token.core == "Pt", !token.ends(with: ":"), next.isTitle, next.nameLike, index + 3 < tokens.count,
            tokens[index + 2].isTitle, tokens[index + 2].nameLike, tokens[index + 3].isLower, !eponymAfter(tokens, index + 2)
        {
            return index + 1
        }
        // discussed with Tobiah Strand (pathology): two capitalised words after a word of talking, then a bracketed role.
        if token.roles.contains(.talkedWith), next.isTitle, next.nameLike, index + 3 < tokens.count, tokens[index + 2].isTitle,
            tokens[index + 2].nameLike, tokens[index + 3].firstByte == UInt8(ascii: "("), next.tier.isDisjoint(with: .clinical),
            !Self.notNames.contains(next.core), !Self.notNames.contains(tokens[index + 2].core)
        {
            return index + 1
        }
        // Olumide Adeyemi-Clarke performed: an unlisted given name before a listed surname; at the start of a sentence
        // only when a verb in lower case follows.
        if token.isTitle, token.nameLike, token.tier.isEmpty, next.isTitle, next.nameLike, !token.endsWithComma,
            !Self.saintWords.contains(token.core),
            next.headTier.contains(.surname) || next.tier.contains(.surname), next.tier.isDisjoint(with: [.ambiguous, .clinical]),
            token.roles.isDisjoint(with: [.city, .country, .state, .region, .month, .holiday]), !Self.notNames.contains(token.core),
            !eponymAfter(tokens, index + 1), !Self.twoWordCountries.contains(token.lower + " " + next.lower)
        {
            let verbAfter = index + 2 < tokens.count && tokens[index + 2].isLower
                && (tokens[index + 2].lower.hasSuffix("ed") || tokens[index + 2].roles.contains(.personVerb) || tokens[index + 2].roles.contains(.signingVerb))
            if !sentenceStart(tokens, index) || verbAfter { return index }
        }
        // OLUWASEUN ADEYEMI-BANKS here; ZHANG WEI, 58 M: a name in capitals, one part listed as a surname and the other
        // a given name or unlisted, followed by lower case, a comma or an age.
        if token.isUpper, next.isUpper, token.core.utf8.count >= 3, next.core.utf8.count >= 3, index + 2 < tokens.count,
            tokens[index + 2].isLower || next.endsWithComma,
            (token.tier.isEmpty || token.headTier.contains(.given)) && (next.tier.contains(.surname) || next.headTier.contains(.surname))
                || token.tier.contains(.surname) && next.headTier.contains(.given),
            token.keyRoles.isDisjoint(with: [.nameStop, .country, .state, .city]), next.keyRoles.isDisjoint(with: [.nameStop, .country, .state])
        {
            return index
        }
        // Case manager: vick ortiz-maldonado; RN kowalczyk paged; zhang wei (mother); pcp hakimi,
        if (token.ends(with: ":") && !token.keyRoles.isDisjoint(with: [.roleLead, .personRole])) || token.keyRoles.contains(.roleLead)
            || token.lower == "pcp",
            next.isLower || next.lower == next.core && next.marks.contains(.dash), next.letters >= 4, next.digits == 0,
            !Self.afterDoctor.contains(next.lower), next.keyRoles.isDisjoint(with: [.nameStop, .relation, .personRole, .personVerb, .roleLead])
        {
            let listedSurname = next.tier.contains(.surname) && next.tier.isDisjoint(with: [.clinical, .ambiguous])
            let unknownWord = next.roles.isEmpty && next.keyRoles.isEmpty && next.tier.isEmpty && !Self.hasCommonSuffix(next.key)
            if listedSurname || next.marks.contains(.dash) && next.digits == 0 || token.lower == "pcp" && unknownWord && next.endsWithComma
                || token.ends(with: ":") && next.tier.isDisjoint(with: [.clinical, .ambiguous])
                    && (isGiven(next) || index + 2 < tokens.count && tokens[index + 2].isLower && tokens[index + 2].marks.contains(.dash)
                        && tokens[index + 2].digits == 0)
            {
                return index + 1
            }
        }
        if token.isLower, next.isLower, !token.tier.isDisjoint(with: .listed), !next.tier.isDisjoint(with: .listed),
            token.tier.isDisjoint(with: [.clinical, .ambiguous]), next.tier.isDisjoint(with: [.clinical, .ambiguous]), index + 2 < tokens.count,
            tokens[index + 2].firstByte == UInt8(ascii: "("), !tokens[index + 2].keyRoles.isDisjoint(with: [.relation, .personRole, .roleLead])
        {
            return index
        }
        // MCKENZIE-ODUYA, TEMPERANCE J
        if token.isUpper, token.endsWithComma, token.marks.contains(.dash), next.isUpper,
            !next.headTier.isDisjoint(with: [.given, .ambiguous]) || index + 2 == tokens.count || tokens[index + 2].core.utf8.count == 1
        {
            return index
        }
        // DUBOIS, JEAN-MARC
        if token.isUpper, token.endsWithComma, next.isUpper, !token.tier.isDisjoint(with: .listed), next.headTier.contains(.given) {
            return index
        }
        // JASPER N. WHITFIELD-OKONKWO
        if token.isUpper, !token.headTier.isDisjoint(with: [.given, .ambiguous]), next.isInitial || next.core.utf8.count == 1 && next.letters == 1,
            index + 2 < tokens.count, tokens[index + 2].isUpper
        {
            return index
        }
        // MATERNAL GRANDMOTHER: ANASTASIA PAPADOPOULOU; PATIENT MOHAMMED AL-SAYED REFUSED: a listed name in capitals after
        // a relationship or role word or `patient`, in capitals too.
        if token.isUpper || token.ends(with: ":") && token.core.uppercased() == token.core,
            !token.keyRoles.isDisjoint(with: [.relation, .personRole, .roleLead]) || ["patient", "pt"].contains(token.key),
            next.isUpper, next.core.utf8.count >= 3, isListed(next), !next.tier.contains(.clinical),
            next.keyRoles.isDisjoint(with: [.nameStop, .month, .state, .country, .city]),
            index + 2 == tokens.count || tokens[index + 2].isUpper || tokens[index + 2].raw == "-" || next.endsWithComma
        {
            return index + 1
        }
        // Patient Name: SIOBHAN NI BHRIAIN: a listed given name in capitals after a label, then another word in capitals.
        if token.ends(with: ":"), next.isUpper, next.core.utf8.count >= 4, next.tier == .given, next.headTier == .given,
            next.keyRoles.isDisjoint(with: [.nameStop, .month, .state, .country, .city]), index + 2 < tokens.count,
            tokens[index + 2].isUpper || tokens[index + 2].core.utf8.count <= 3 && tokens[index + 2].letters >= 2 && tokens[index + 2].firstByte >= 0x41
                && tokens[index + 2].firstByte <= 0x5A
        {
            return index + 1
        }
        // Gülşen Yıldırım; Nguyễn Thị: two capitalised words of no word list, written with letters beyond ASCII, and no
        // eponym's noun after them (`Sjögren syndrome`).
        if token.isTitle, next.isTitle, token.nameLike, next.nameLike, token.roles.isEmpty, next.roles.isEmpty, token.keyRoles.isEmpty,
            next.keyRoles.isEmpty, token.letters >= 3, next.letters >= 3, !token.endsWithComma,
            token.core.utf8.contains(where: { $0 >= 0x80 }) || next.core.utf8.contains(where: { $0 >= 0x80 }),
            !eponymAfter(tokens, index + 1), !eponymAfter(tokens, index)
        {
            return index
        }
        // re: patient Ioana-Maria Popescu, all records: two capitalised words after `patient` in lower case.
        if token.lower == "patient" || token.lower == "pt", token.isLower, next.isTitle, next.nameLike, index + 2 < tokens.count,
            tokens[index + 2].isTitle, tokens[index + 2].nameLike, next.roles.isEmpty, tokens[index + 2].roles.isEmpty,
            tokens[index + 2].endsWithComma || index + 3 < tokens.count && tokens[index + 3].isLower || index + 3 == tokens.count,
            !eponymAfter(tokens, index + 2)
        {
            return index + 1
        }
        // GHAZARIAN, ARMEN VARTANOVICH: a surname of no word list in capitals, a comma, a listed given name in capitals.
        if token.isUpper, token.endsWithComma, next.isUpper, token.roles.isEmpty, token.keyRoles.isEmpty, token.core.utf8.count >= 4,
            next.headTier.contains(.given) && next.tier.isDisjoint(with: [.clinical, .ambiguous])
                || index + 2 < tokens.count && tokens[index + 2].isUpper && Self.hasSurnameEnding(tokens[index + 2].key) && next.roles.isEmpty,
            index + 2 == tokens.count || tokens[index + 2].isUpper || next.ends(with: ".")
        {
            return index
        }
        // well child visit for jonathon mcgreggor; contact: liesl o'shaughnessy: a word in lower case before an O' or Mc surname.
        if token.isLower, next.firstByte == UInt8(ascii: "o") || next.firstByte == UInt8(ascii: "m"), next.lower == next.core, next.letters >= 6,
            next.digits == 0, next.lower != "o'clock", next.lower.hasPrefix("o'") || next.lower.hasPrefix("mc"), isGiven(token) || token.roles.isEmpty && token.tier.isEmpty && token.letters >= 4,
            !token.tier.contains(.clinical), token.keyRoles.isDisjoint(with: [.nameStop, .nameJoiner])
        {
            return index
        }
        // real name timothy okafor-nwosu: a listed given name in lower case after `name`.
        if token.key == "name" || token.key == "named", next.isLower, isGiven(next), next.tier.isDisjoint(with: [.clinical, .ambiguous]), next.letters >= 4 {
            return index + 1
        }
        // Student nurse K. Yamamoto-Reid; Dr. A. de la Fuente: a role or title, an initial, particles, a capitalised name.
        if next.isInitial, index + 2 < tokens.count, !token.keyRoles.isDisjoint(with: [.roleLead, .personRole]) || isTitleWord(token) {
            var cursor = index + 2
            while cursor < tokens.count - 1, Self.nameParticles.contains(tokens[cursor].lower) { cursor += 1 }
            if cursor < tokens.count, tokens[cursor].isTitle, tokens[cursor].nameLike, tokens[cursor].roles.isDisjoint(with: [.personVerb, .eponymNoun]) {
                return cursor
            }
        }
        // maria elena quispe calling: a listed given name in lower case before another listed name.
        if token.isLower, next.isLower, token.tier == .given, token.headTier == .given, token.core.utf8.count >= 4,
            !next.tier.isDisjoint(with: .listed), next.tier.isDisjoint(with: [.clinical, .ambiguous]), next.core.utf8.count >= 3,
            token.keyRoles.isDisjoint(with: [.nameStop, .month, .relation, .personRole]), next.keyRoles.isDisjoint(with: [.nameStop, .month])
        {
            return index
        }
        // it's uh dwayne running water; this is lorraine: a listed given name in lower case after `it's` or `this is`.
        if token.lower == "it's" || token.lower == "its" || token.lower == "is" && index > 0 && tokens[index - 1].lower == "this" {
            let name = ["uh", "um", "er"].contains(next.lower) && index + 2 < tokens.count ? tokens[index + 2] : next
            if name.isLower, isGiven(name), name.tier.isDisjoint(with: [.clinical, .ambiguous]), name.core.utf8.count >= 4,
                name.keyRoles.isDisjoint(with: [.nameStop, .relation, .personRole])
            {
                return name === next ? index + 1 : index + 2
            }
        }
        // mrs nakai; mister o'shaughnessy brendan; señora quispe: a title in lower case before a word that can be a name.
        if Self.lowerTitles.contains(token.lower), next.isLower || next.lower == next.core, next.letters >= 3, next.digits == 0,
            next.keyRoles.isDisjoint(with: [.nameStop, .nameJoiner, .relation, .personVerb, .unit]),
            !["ms", "mr"].contains(token.lower) || isListed(next) && next.tier.isDisjoint(with: [.clinical, .ambiguous])
        {
            return index + 1
        }
        // the son of um fatima zahra: a relationship word, `of`, a listed given name in lower case.
        if token.keyRoles.contains(.relation), next.lower == "of", index + 2 < tokens.count {
            let name = ["uh", "um", "er"].contains(tokens[index + 2].lower) && index + 3 < tokens.count ? tokens[index + 3] : tokens[index + 2]
            if name.isLower || name.isTitle, isGiven(name), name.tier.isDisjoint(with: [.clinical, .ambiguous]), name.core.utf8.count >= 4 {
                return tokens.firstIndex(where: { $0 === name })
            }
        }
        // DISPENSED BY R HOLLOWAY RPH: an initial and a listed surname in capitals after `by`.
        if token.raw == "BY" || token.raw == "By" || token.raw == "by", next.core.utf8.count == 1, next.isUpper == false, next.letters == 1,
            next.firstByte >= 0x41, next.firstByte <= 0x5A, index + 2 < tokens.count, tokens[index + 2].isUpper,
            tokens[index + 2].tier.contains(.surname), !tokens[index + 2].tier.contains(.clinical)
        {
            return index + 2
        }
        // patient ahmad bin rashid al-mansouri: a given name, a particle and a name, in lower case.
        if token.isLower, isGiven(token), token.tier.isDisjoint(with: [.clinical, .ambiguous]), Self.nameParticles.contains(next.lower),
            ["bin", "bint", "ibn", "ben", "van", "von", "de", "del", "della", "di", "da", "dos"].contains(next.lower), index + 2 < tokens.count,
            tokens[index + 2].lower == tokens[index + 2].core, tokens[index + 2].letters >= 3, tokens[index + 2].digits == 0,
            tokens[index + 2].keyRoles.isDisjoint(with: [.nameStop, .nameJoiner])
        {
            return index
        }
        // baby girl okafor; Baby Boy Nguyen: a newborn named by the family's surname.
        if token.key == "baby", next.key == "girl" || next.key == "boy", index + 2 < tokens.count, tokens[index + 2].letters >= 3,
            tokens[index + 2].digits == 0, tokens[index + 2].tier.contains(.surname) || tokens[index + 2].isTitle && tokens[index + 2].nameLike,
            !tokens[index + 2].tier.contains(.clinical)
        {
            return index + 2
        }
        // 李静怡 (Li Jingyi): two to four Chinese, Japanese or Korean characters on a line that names someone.
        if token.firstByte >= 0xE3, token.firstByte <= 0xED, Self.isHanName(token.core),
            next.firstByte == UInt8(ascii: "(") && next.isTitle
                || tokens.contains(where: { $0.key.hasPrefix("name") || $0.key == "patient" || $0.key == "mom" || $0.key == "mother" })
        {
            return index
        }
        // the lady at the front desk, shaniqua i think, told me: a listed given name in lower case set off by commas.
        if token.endsWithComma || token.raw == "-", next.isLower, next.tier == .given, next.headTier == .given, next.core.utf8.count >= 5,
            next.keyRoles.isDisjoint(with: [.nameStop, .relation, .personRole, .month]),
            next.endsWithComma || index + 3 < tokens.count && tokens[index + 2].raw == "i" && ["think", "believe", "guess"].contains(tokens[index + 3].key)
        {
            return index + 1
        }
        // crew (lopez / harrington): two listed surnames in lower case, in brackets, split by a slash.
        if token.firstByte == UInt8(ascii: "("), token.isLower, index + 2 < tokens.count, next.raw == "/", tokens[index + 2].isLower,
            tokens[index + 2].ends(with: ")"), [token, tokens[index + 2]].allSatisfy({ $0.tier.contains(.surname) && $0.tier.isDisjoint(with: [.clinical, .ambiguous]) })
        {
            return index
        }
        // Abdullah bin Rashid Al-Mansouri; Maria de Lourdes: a listed given name, a particle, a capitalised name.
        // (`Siobhán Ní Dhomhnaill`, `Carys ap Gwilym`: a particle in capitals, a given name of no dictionary.)
        // (Not `Dauer der Beschwerden`, `Unterschrift des Patienten`: German's articles after a word of no dictionary.)
        if token.isTitle, isGiven(token) || token.isUnknownWord && !["der", "des", "den", "dem", "die", "das", "du", "le", "la", "les"].contains(next.lower),
            token.tier.isDisjoint(with: [.clinical, .ambiguous]),
            Self.nameParticles.contains(next.raw) || Self.nameParticles.contains(next.lower) && next.core.utf8.count <= 3 && next.raw != "De" && next.raw != "La"
        {
            // (`Marisol de la Cruz`: one particle or two.)
            let at = index + 2 < tokens.count && Self.nameParticles.contains(tokens[index + 2].raw) ? index + 3 : index + 2
            if at < tokens.count, tokens[at].isTitle, tokens[at].nameLike, tokens[at].roles.isDisjoint(with: [.city, .country, .state, .region, .month]) {
                return index
            }
        }
        // the Wojcik baby; the Okafor twins: a surname before a word for the family or its children.
        if token.lower == "the", next.isTitle, next.nameLike, index + 2 < tokens.count, Self.familyWords.contains(tokens[index + 2].key),
            next.tier.contains(.surname) && next.tier.isDisjoint(with: [.clinical, .ambiguous])
                || next.tier.isEmpty && next.roles.isEmpty && next.keyRoles.isEmpty && !Self.hasCommonSuffix(next.key),
            !sentenceStart(tokens, index + 1) || index > 0
        {
            return index + 1
        }
        // jamal richardson seen for follow up: a given name and a surname in lower case, before a verb, a comma or the end.
        // (A surname that is also a word of the code sets, `richardson`, only before a verb.)
        if token.isLower, next.isLower, isGiven(token), next.tier.contains(.surname), token.tier.isDisjoint(with: [.clinical, .ambiguous]),
            !next.tier.contains(.ambiguous), token.keyRoles.isDisjoint(with: [.nameStop, .relation, .personRole]),
            next.keyRoles.isDisjoint(with: [.nameStop])
        {
            let verbAfter = index + 2 < tokens.count && (tokens[index + 2].roles.contains(.personVerb) || tokens[index + 2].roles.contains(.passiveVerb)
                || ["seen", "here", "presents", "states", "reports"].contains(tokens[index + 2].lower))
            if verbAfter || !next.tier.contains(.clinical) && (index + 2 == tokens.count || next.endsWithComma) { return index }
        }
        // Daycare note: Ayasha Blackhorse may return: two capitalised words of no word list, one unlisted, before a modal
        // or a verb of being.
        if token.isTitle, next.isTitle, token.nameLike, next.nameLike, token.roles.isEmpty, next.roles.isEmpty, token.keyRoles.isEmpty,
            next.keyRoles.isEmpty, token.tier.isDisjoint(with: [.clinical, .ambiguous]), next.tier.isDisjoint(with: [.clinical, .ambiguous]),
            token.tier.isEmpty || next.tier.isEmpty, !token.endsWithComma, !next.endsWithComma, !token.ends(with: "."),
            index + 2 < tokens.count, ["may", "will", "can", "should", "has", "had", "is", "was", "needs", "wants"].contains(tokens[index + 2].raw),
            index == 0 || tokens[index - 1].ends(with: ":") || tokens[index - 1].isLower
        {
            return index
        }
        // o'connell, declan: a surname, a comma and a given name, in lower case.
        if token.isLower || token.lower == token.core, token.endsWithComma, next.isLower, isGiven(next),
            next.tier.isDisjoint(with: [.clinical, .ambiguous]), next.keyRoles.isDisjoint(with: [.nameStop, .relation, .personRole]),
            token.tier.contains(.surname) && token.tier.isDisjoint(with: [.clinical, .ambiguous])
                || (token.lower.hasPrefix("o'") || token.lower.hasPrefix("mc")) && token.letters >= 5 && token.digits == 0
        {
            return index
        }
        // rn note - s. mbeki-obi: an initial and a hyphenated surname in lower case.
        if token.core.utf8.count == 1, token.letters == 1, token.ends(with: "."), next.lower == next.core, next.digits == 0,
            next.marks == .dash, next.letters >= 6, !next.ends(with: ".") || index + 2 == tokens.count,
            next.core.split(separator: "-").count == 2, next.core.split(separator: "-").allSatisfy({ $0.utf8.count >= 3 })
        {
            return index + 1
        }
        // works at Delgado's Tire Shop: a listed name with a possessive before the name of a business.
        if token.isTitle, token.key != token.lower,
            !token.tier.isDisjoint(with: .listed) || !token.headTier.isDisjoint(with: .listed)
                || token.keyRoles.isEmpty && next.isTitle && Self.businessNouns.contains(next.key),
            !token.tier.contains(.clinical), token.keyRoles.isDisjoint(with: [.nameStop, .eponymNoun, .city, .state, .country]),
            next.isTitle, Self.businessNouns.contains(next.key) || index + 2 < tokens.count && tokens[index + 2].isTitle
                && Self.businessNouns.contains(tokens[index + 2].key)
        {
            return index
        }
        // Ref: Fenwick, Ignatius: a surname, a comma and a given name at the start of a line or after a label.
        if token.isTitle, token.endsWithComma, next.isTitle,
            index == 0 || tokens[index - 1].ends(with: ":") || tokens[index - 1].raw == "-" || token.firstByte == UInt8(ascii: "\""),
            token.tier.contains(.surname) || Self.hasSurnameEnding(token.key) && token.roles.isEmpty, !token.tier.contains(.clinical),
            isGiven(next) || next.roles.isEmpty && next.nameLike && next.ends(with: "\""), !next.tier.contains(.clinical),
            token.keyRoles.isDisjoint(with: [.nameStop, .city, .state, .country, .month]),
            index + 2 == tokens.count || tokens[index + 2].isLower || tokens[index + 2].isInitial || tokens[index + 2].raw == "-"
                || next.endsWithComma || next.ends(with: ".")
        {
            return index
        }
        // PT eval - Yevgenia Korsakova, referred; Daycare note: Ayasha Blackhorse may return: two capitalised words of no
        // word list after a label, one of them a listed name or a surname's ending, then a comma, a verb or the end.
        if index > 0, tokens[index - 1].ends(with: ":") || tokens[index - 1].raw == "-", token.isTitle, next.isTitle, token.nameLike, next.nameLike,
            token.roles.isEmpty, next.roles.isEmpty, token.keyRoles.isEmpty, next.keyRoles.isEmpty,
            token.tier.isDisjoint(with: [.clinical, .ambiguous]), next.tier.isDisjoint(with: [.clinical, .ambiguous]),
            !token.tier.isDisjoint(with: .listed) || !next.tier.isDisjoint(with: .listed) || Self.hasSurnameEnding(next.key),
            index + 2 == tokens.count || next.endsWithComma || tokens[index + 2].isLower && !eponymAfter(tokens, index + 1)
        {
            return index
        }
        // Thanks, Gwen (front desk): a listed given name, not also a word, in mid-sentence.
        if token.isTitle, isGiven(token), token.tier == .given, token.headTier == .given, token.nameLike, !sentenceStart(tokens, index),
            token.roles.isDisjoint(with: [.city, .month, .holiday, .country, .state, .region]), !Self.notNames.contains(token.core),
            !eponymAfter(tokens, index), !(next.isTitle && (next.roles.contains(.eponymNoun) || eponymAfter(tokens, index + 1))),
            !(index > 0 && Self.saintWords.contains(tokens[index - 1].core)),
            // After a title the title rules have judged it (`Sister Mary Joseph nodule` is a sign).
            !(index > 0 && (isTitleWord(tokens[index - 1]) || Self.clergyTitles.contains(tokens[index - 1].core)))
        {
            return index
        }
        return nil
    }

    /// Places the cue rules leave: `19 pinecrest ct`, `1209 n. 47th st`, `2200 N. Halsted`, `harlan county`,
    /// `Chilton Co.`, `the 48227 zip`, `milwaukee wi 53208`, `the Burnside bridge`, `Lot 7,`, `41°52'55"N`,
    /// `lives out past Buckeye`.
    private func broadPlace(_ tokens: [Token], _ index: Int, _ cues: Cues) -> (Int, Kind)? {
        let token = tokens[index]
        let next = index + 1 < tokens.count ? tokens[index + 1] : nil
        // `서울특별시 강남구`, `上海市浦东新区`, `渋谷区`: a city, ward, district or road named in Korean, Chinese or Japanese.
        if token.firstByte >= 0xE3, token.firstByte <= 0xED, Self.isEastAsianPlace(token.core) { return (index, .place) }
        // `Shibuya-ku`, `Nakano-shi`, `Gangnam-gu`: a ward or city in a romanised Japanese or Korean address.
        if token.isTitle, token.marks == .dash, let suffix = token.lower.split(separator: "-").last,
            ["ku", "shi", "cho", "machi", "gun", "gu", "dong", "si", "mura"].contains(String(suffix)), token.letters >= 5
        {
            return (index, .place)
        }
        // `je suis à Saint-Hyacinthe`, `moved to St-Jérôme`: a town named for a saint, joined by a dash.
        if token.isTitle, token.marks.contains(.dash), token.core.hasPrefix("Saint-") || token.core.hasPrefix("Sainte-") || token.core.hasPrefix("St-"),
            index > 0, tokens[index - 1].roles.contains(.placePreposition) || ["à", "a", "en", "de", "près"].contains(tokens[index - 1].lower)
        {
            return (index, .place)
        }
        // `Shady Acres Mobile Park`, `Pine Hollow Trailer Park`: a mobile-home park by its name.
        if token.core == "Park", index >= 2, ["Mobile", "Trailer", "RV", "Home", "Homes"].contains(tokens[index - 1].core), tokens[index - 2].isTitle,
            tokens[index - 2].placeLike || tokens[index - 2].nameLike
        {
            return (placeSpanStart(tokens, index - 2), .place)
        }
        // `lives in the 20002 area`: a ZIP code named as an area.
        if token.letters == 0, token.digits == 5, token.core.utf8.count == 5, let next, next.lower == "area", index > 0, tokens[index - 1].lower == "the" {
            return (index, .zipCode)
        }
        // `the house on cherry lane`, `I'm over on Elmwood`, `lives on Birch`: the street a home is on.
        if token.lower == "on", index > 0, ["house", "home", "lives", "live", "living", "over", "apartment", "trailer", "place", "farm", "stays", "staying"].contains(tokens[index - 1].key),
            let next
        {
            if next.isTitle, next.placeLike, !isWholeStateOrCountry(tokens, index + 1),
                next.keyRoles.isDisjoint(with: [.month, .nameStop]), !Self.notNames.contains(next.core)
            {
                return (index + 1, .address)
            }
            // (`on elm hollow drive`: a street's name of two words.)
            let suffixAt = index + 2 < tokens.count && Self.lowerStreetSuffixes.contains(tokens[index + 2].core.lowercased()) ? index + 2
                : index + 3 < tokens.count && tokens[index + 2].isLower && !tokens[index + 2].endsWithComma && !Self.streetStops.contains(tokens[index + 2].lower)
                    && tokens[index + 2].keyRoles.isDisjoint(with: [.nameStop, .unit, .duration])
                    && Self.lowerStreetSuffixes.contains(tokens[index + 3].core.lowercased()) ? index + 3 : nil
            if next.isLower, suffixAt != nil, !next.endsWithComma,
                !Self.streetStops.contains(next.lower), next.roles.isEmpty || next.keyRoles.isDisjoint(with: [.nameStop, .unit, .duration])
            {
                return (index + 1, .address)
            }
        }
        // A house number runs straight into its street: no comma or full stop after it or inside the street's words,
        // and capitals (`ST`) only where the whole address is in capitals (`no ST changes` is an ECG).
        if token.digits > 0, token.letters <= 1, (1...6).contains(token.core.utf8.count),
            token.raw == token.core || token.firstByte == UInt8(ascii: "(") && token.raw.utf8.count == token.core.utf8.count + 1,
            isHouseNumber(token.letters == 0 ? token.core : token.core.uppercased())
        {
            var cursor = index + 1
            var words = 0
            var capitals = true
            while cursor < tokens.count, words < 4 {
                let word = tokens[cursor]
                let bare = word.lower.hasSuffix(".") ? String(word.lower.dropLast()) : word.lower
                if words >= 1, Self.lowerStreetSuffixes.contains(bare), !word.roles.contains(.unit), !word.isUpper || capitals,
                    !(word.isLower && Self.wordlikeStreetSuffixes.contains(bare))
                {
                    return (index, .address)
                }
                guard word.letters > 0, word.roles.isDisjoint(with: [.unit, .duration]), !Self.streetStops.contains(word.lower),
                    !word.endsWithComma, !word.ends(with: ".") || word.core.utf8.count <= 2
                else { break }
                if !word.isUpper { capitals = false }
                words += 1
                cursor += 1
            }
            if token.digits >= 3, let next, Self.lowerDirections.contains(next.lower), index + 2 < tokens.count, tokens[index + 2].isTitle, tokens[index + 2].placeLike || tokens[index + 2].nameLike
            {
                return (index, .address)
            }
        }
        // harlan county, Hocking County, Chilton Co.
        if let next, next.lower == "county" || next.lower == "parish" || next.lower == "borough" || (next.raw.hasPrefix("Co.") && token.isTitle),
            token.letters >= 3, token.digits == 0, !Self.countyStops.contains(token.lower),
            token.roles.isDisjoint(with: [.state, .country, .region]) || token.roles.contains(.city)
        {
            return (index, .place)
        }
        // the 48227 zip; zip 48227 is found by its label.
        if token.digits == 5, token.letters == 0, matches(token.core, "ddddd"), let next, ["zip", "zipcode", "zip-code"].contains(next.lower) {
            return (index, .zipCode)
        }
        // milwaukee wi 53208
        if token.isLower, token.core.utf8.count == 2, Self.stateCodes.contains(token.core.uppercased()), let next, matches(next.core, "ddddd"),
            index > 0, tokens[index - 1].letters >= 3, !["in", "or", "me", "hi", "oh", "ok", "id", "al", "la", "de", "ma", "pa", "co", "mo", "ne", "md"].contains(token.lower)
                || tokens[index - 1].endsWithComma
        {
            return (index + 1, .zipCode)
        }
        // the Burnside bridge
        if token.isTitle, token.placeLike || token.nameLike, let next, next.isLower, Self.lowerLandmarkWords.contains(next.lower), index > 0,
            Self.landmarkLeads.contains(tokens[index - 1].lower), !token.roles.contains(.eponymNoun)
        {
            return (index, .place)
        }
        // Ballymena, Northern Ireland: a town before a country of two words.
        if token.endsWithComma, token.isTitle, token.placeLike, let next, next.isTitle, index + 2 < tokens.count,
            Self.twoWordCountries.contains(next.lower + " " + tokens[index + 2].lower)
        {
            return (index, .place)
        }
        // 15 rue des Lilas; 4 calle Mayor: a foreign street word after a house number, in any case.
        if token.digits > 0, token.letters == 0, token.raw == token.core, let next, Self.lowerStreetPrefixes.contains(next.lower),
            index + 2 < tokens.count, tokens[index + 2].letters > 0
        {
            return (index, .address)
        }
        // Pt is from Chinle; originally from Ballymena
        if token.lower == "from", index > 0, ["is", "are", "was", "originally", "comes", "came", "hails"].contains(tokens[index - 1].lower),
            let next, next.isTitle, next.placeLike, next.roles.isDisjoint(with: [.state, .country, .region]), !Self.notNames.contains(next.core),
            !(index + 2 < tokens.count && Self.twoWordCountries.contains(next.lower + " " + tokens[index + 2].lower))
        {
            return (index + 1, .place)
        }
        // cross streets Fulton & 5th; corner of Elm and Main; cross streets kedzie & armitage
        if token.lower == "streets", index > 0, tokens[index - 1].lower == "cross", let next,
            next.isTitle || isOrdinalNumber(next.core) || next.isLower && index + 2 < tokens.count && ["&", "and", "/"].contains(tokens[index + 2].raw)
        {
            return (index + 1, .address)
        }
        // on 5th and Alder; at Alder & 5th: an intersection, one of its streets numbered.
        if let next, next.lower == "and" || next.raw == "&", index > 0, ["on", "at", "of", "corner"].contains(tokens[index - 1].lower),
            index + 2 < tokens.count
        {
            let other = tokens[index + 2]
            if isOrdinalNumber(token.core) && other.isTitle && (other.placeLike || other.nameLike)
                || token.isTitle && (token.placeLike || token.nameLike) && isOrdinalNumber(other.core)
            {
                return (index, .address)
            }
        }
        // last known city Tulsa; her home town Tiraspol: a place after a word for a town in lower case.
        if ["city", "town", "hometown", "village", "neighborhood", "neighbourhood", "suburb"].contains(token.raw), let next, next.isTitle,
            next.placeLike, next.roles.isDisjoint(with: [.state, .country, .region, .personVerb]), !Self.notNames.contains(next.core),
            !isWholeStateOrCountry(tokens, index + 1)
        {
            return (index + 1, .place)
        }
        // home: Gallup NM; Tuba City AZ, 86045: a town before a state code that is not also a word.
        if token.isTitle, token.placeLike, let next, Self.unambiguousStateCodes.contains(next.core), next.isUpper,
            index + 2 == tokens.count || next.endsWithComma || matches(tokens[index + 2].core, "ddddd"),
            token.roles.isDisjoint(with: [.state, .country, .region]), !isWholeStateOrCountry(tokens, index)
        {
            return (index, .place)
        }
        // 12 Keizersgracht, Amsterdam; 8 Lindenstraße: a house number before a one-word street of another language.
        if token.digits > 0, token.letters == 0, token.raw == token.core, let next, next.isTitle, next.letters >= 6,
            Self.foreignStreetEndings.contains(where: { next.key.hasSuffix($0) })
        {
            return (index, .address)
        }
        // the yakima valley; the Skagit Valley: a valley is smaller than a state.
        if let next, next.key == "valley" || next.key == "valle", token.letters >= 4, token.digits == 0, token.isLower || token.isTitle,
            index > 0, tokens[index - 1].lower == "the", token.roles.isDisjoint(with: [.state, .country, .region, .nameStop]),
            !Self.countyStops.contains(token.lower)
        {
            return (index, .place)
        }
        // el barrio de Tepito; Ciudad de México; colonia Roma: a word for a town or quarter in Spanish or Portuguese.
        if Self.foreignPlaceWords.contains(token.lower), let next {
            let name = Self.nameParticles.contains(next.lower) && index + 2 < tokens.count ? tokens[index + 2] : next
            if name.isTitle, name.roles.isDisjoint(with: [.country, .state]) { return (index, .place) }
        }
        // `Nunavut community Pangnirtung`, `Idukki district`: a word for a settlement or a district beside a name of no
        // dictionary.
        let laterWord = token.keyRoles.contains(.laterRuleWord)
        let afterName = laterWord && (["resident", "native", "island", "isle", "cay", "chapter"].contains(token.key) || token.core == "City")
        // `Hickory Flats Twp`: a township after its name, whatever words it is made of.
        if laterWord, token.core == "Twp" || token.core == "Twp." || token.core == "Township", index > 0, tokens[index - 1].isTitle,
            tokens[index - 1].roles.isDisjoint(with: [.state, .country, .region]), !tokens[index - 1].endsWithComma
        {
            return (placeSpanStart(tokens, index - 1), .place)
        }
        if afterName || laterWord && Self.settlementWords.contains(token.key) {
            if !afterName, !token.endsWithComma, let next, next.isTitle, next.isUnknownWord, next.roles.isDisjoint(with: [.state, .country, .region]) {
                return (index + 1, .place)
            }
            if index > 0, tokens[index - 1].isTitle, tokens[index - 1].isUnknownWord, !tokens[index - 1].endsWithComma,
                tokens[index - 1].roles.isDisjoint(with: [.state, .country, .region])
            {
                return (index - 1, .place)
            }
        }
        // `Fairmount neighborhood`: before a word for a quarter, a capitalised word that could be a place.
        if laterWord, ["neighborhood", "neighbourhood", "barrio", "subdivision"].contains(token.key), index > 0, tokens[index - 1].isTitle,
            tokens[index - 1].placeLike, !Self.isDictionaryWord(tokens[index - 1].key), !tokens[index - 1].endsWithComma,
            tokens[index - 1].roles.isDisjoint(with: [.state, .country, .region])
        {
            return (index - 1, .place)
        }
        // `Apartment in Tamuning,`: on a line about where someone lives, a capitalised word of no dictionary after `in`.
        if token.lower == "in" || token.lower == "en" || token.lower == "em", cues.contains(.residence), let next, next.isTitle,
            next.isUnknownWord && next.tier.isEmpty || next.roles.contains(.city) && !isWholeStateOrCountry(tokens, index + 1),
            next.roles.isDisjoint(with: [.state, .country, .region])
        {
            return (index + 1, .place)
        }
        // `ADDR LINE 1: 902 S CALUMET ST`: the lines of an address, each after its label.
        if token.ends(with: ":"), index >= 2, tokens[index - 1].key == "line", ["addr", "address", "street"].contains(tokens[index - 2].key), let next,
            next.digits > 0 || next.isUpper && next.letters >= 3 || next.isTitle
        {
            return (index + 1, .address)
        }
        // `Bengaluru - 560038`: a listed city, then an Indian PIN code of six digits.
        if token.roles.contains(.city), token.isTitle || token.isUpper, let next {
            let pin = next.raw == "-" && index + 2 < tokens.count ? tokens[index + 2] : next
            if pin.letters == 0, pin.digits == 6, pin.core.utf8.count == 6, pin.firstByte != UInt8(ascii: "0") {
                return (next.raw == "-" ? index + 2 : index + 1, .zipCode)
            }
        }
        // Resident of Tuba City; a native of Hilo: where someone lives or comes from.
        if ["resident", "residents", "native", "citizen", "residing"].contains(token.key), let next, next.lower == "of", index + 2 < tokens.count,
            tokens[index + 2].isTitle, tokens[index + 2].placeLike, !isWholeStateOrCountry(tokens, index + 2),
            tokens[index + 2].roles.isDisjoint(with: [.state, .country, .region])
        {
            return (index + 2, .place)
        }
        // im at my sisters in tulsa: a listed city in lower case after `in` or `from`, a city that is no word of its own.
        if token.lower == "in" || token.lower == "from", let next, next.isLower, next.core.utf8.count >= 5, Self.cities.contains(next.lower),
            next.roles.isEmpty, next.tier.isEmpty
        {
            return (index + 1, .place)
        }
        // moving to grandma's in east lansing: a listed city of two words in lower case.
        if token.lower == "in" || token.lower == "from", let next, next.isLower, index + 2 < tokens.count, tokens[index + 2].isLower,
            Self.cities.contains(next.lower + " " + tokens[index + 2].key)
        {
            return (index + 1, .place)
        }
        // visiting family in Surulere, Lagos: a district before its listed city.
        if token.isTitle, token.placeLike, token.endsWithComma, token.roles.isDisjoint(with: [.state, .country, .region, .city]),
            let next, next.isTitle, Self.cities.contains(next.key) || next.roles.contains(.city), index > 0,
            ["in", "from", "near", "at", "of"].contains(tokens[index - 1].lower), !Self.notNames.contains(token.core)
        {
            return (index, .place)
        }
        // PT LIVES IN SPRINGDALE WITH: in capitals, a town after `lives in`.
        if token.raw == "IN", cues.contains(.residence), index > 0, tokens[index - 1].isUpper, let next, next.isUpper, next.letters >= 4,
            next.roles.isDisjoint(with: [.state, .country, .region, .nameJoiner, .placePreposition]), next.keyRoles.isDisjoint(with: [.nameStop])
        {
            return (index + 1, .place)
        }
        // Flat 12C, Villa 12, House No. 14, Street 7, Plot 22: a dwelling or street numbered, as addresses abroad are written.
        if token.isTitle, Self.dwellingWords.contains(token.core), let next {
            let number = ["No.", "No", "#", "Nr.", "no."].contains(next.raw) && index + 2 < tokens.count ? tokens[index + 2] : next
            if number.digits > 0, number.digits <= 5, number.letters <= 2, number.core.utf8.count <= 6, number.endsWithComma || number !== next {
                return (index, .address)
            }
        }
        // c/o House No. 14: `care of` begins an address (`c/o dizziness` is a complaint: only before a number, a dwelling or
        // a listed name).
        if token.lower == "c/o", let next, next.digits > 0 || ["Flat", "Villa", "House", "Plot", "Apt", "Apartment"].contains(next.core)
            || next.isTitle && isListed(next) && next.tier.isDisjoint(with: [.clinical, .ambiguous])
        {
            return (index + 1, .address)
        }
        // ul. Marszałkowska 84/92; rue des Lilas; Calle de Alcalá 118; calle cinco de mayo: a street word before a name.
        if token.letters <= 7 || token.core.utf8.count <= 12, Self.streetLeadWords.contains(token.lower), let next {
            let name = Self.nameParticles.contains(next.lower) && index + 2 < tokens.count ? tokens[index + 2] : next
            let followsNumber = index > 0 && tokens[index - 1].digits > 0
            if name.isTitle && (token.lower != "via" || followsNumber || index + 2 < tokens.count && tokens[index + 2].digits > 0)
                || token.isLower && token.lower != "via" && token.lower != "ul" && name.isLower && name.letters >= 4 && name.keyRoles.isDisjoint(with: [.nameStop, .nameJoiner, .unit])
            {
                return (index, .address)
            }
        }
        // Hauptstraße 42: a one-word street of another language before its house number.
        if token.isTitle, token.letters >= 6, let next, next.digits > 0, next.core.utf8.count <= 6, next.letters <= 1,
            Self.foreignStreetEndings.contains(where: { token.key.hasSuffix($0) })
        {
            return (index, .address)
        }
        // 80331 München, 28009 Madrid, 00-514 Warszawa: a postal code before a listed city.
        if token.letters == 0, (4...6).contains(token.digits), token.raw == token.core || token.endsWithComma == false, let next,
            next.isTitle || next.isUpper, Self.cities.contains(next.key) || next.roles.contains(.city),
            !(index > 0 && tokens[index - 1].roles.contains(.unit))
        {
            return (index, .zipCode)
        }
        // dhaka 1212, New Delhi 110075, C.P. 68000: a listed city (or `C.P.`) before a postal code.
        if let next, next.letters == 0, (4...6).contains(next.digits), next.core.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            Self.cities.contains(token.key) && token.core.utf8.count >= 4 || token.raw == "C.P." || token.raw == "CP"
                || index > 0 && Self.cities.contains(tokens[index - 1].key + " " + token.key),
            !(index + 2 < tokens.count && tokens[index + 2].roles.contains(.unit))
        {
            return (index + 1, .zipCode)
        }
        // D24 X2F7, A65 F4E2: an Irish Eircode.
        if token.core.utf8.count == 3, let next, next.core.utf8.count == 4, isEircode(token.core, next.core) { return (index, .zipCode) }
        // home town tromsø: a place in lower case after `home town`.
        if token.lower == "town" || token.lower == "hometown", index == 0 || tokens[index - 1].lower == "home" || token.lower == "hometown", let next,
            next.lower == next.core, next.letters >= 4, next.digits == 0, next.roles.isEmpty, next.tier.isEmpty
        {
            return (index + 1, .place)
        }
        // the clinic in fort defiance: a place word in lower case after `in`, `from` or `near`.
        if ["fort", "mount", "lake"].contains(token.raw), index > 0, ["in", "from", "near", "at", "to"].contains(tokens[index - 1].lower),
            let next, next.isLower, next.letters >= 4, next.keyRoles.isDisjoint(with: [.nameStop, .nameJoiner, .unit, .duration])
        {
            return (index, .place)
        }
        // twelve twenty two pecan hollow road: a house number read out, then a street.
        if token.roles.contains(.numberWord), index > 0, ["at", "on", "live", "lives", "is"].contains(tokens[index - 1].lower) {
            var cursor = index + 1
            while cursor < tokens.count, tokens[cursor].roles.contains(.numberWord) { cursor += 1 }
            var words = 0
            while cursor < tokens.count, words < 4 {
                let bare = tokens[cursor].lower
                if words >= 1, ["road", "street", "lane", "avenue", "rd", "st", "ln", "ave", "blvd", "boulevard", "highway", "hwy", "pike"].contains(bare) {
                    return (index, .address)
                }
                guard tokens[cursor].letters > 0, tokens[cursor].digits == 0 else { break }
                words += 1
                cursor += 1
            }
        }
        // 700 BLK S BROADWAY: a block of a street, as dispatch writes it.
        if token.letters == 0, (2...5).contains(token.digits), token.raw == token.core, let next, ["blk", "block"].contains(next.lower), index + 2 < tokens.count,
            tokens[index + 2].letters >= 1, tokens[index + 2].lower != "of" || index + 3 < tokens.count && tokens[index + 3].isTitle || tokens[index + 2].isUpper
        {
            return (index, .address)
        }
        // From Weno, Chuuk; came via Guam: a place and its island or region at the start of a line.
        if index == 0, token.lower == "from", let next, next.isTitle, next.placeLike, next.endsWithComma, index + 2 < tokens.count, tokens[index + 2].isTitle,
            next.roles.isDisjoint(with: [.state, .country, .region]), !Self.notNames.contains(next.core)
        {
            return (index + 1, .place)
        }
        // just outside Dodge City; Tuba City: a town named with `City`.
        if token.isTitle, token.placeLike, let next, next.key == "city", next.isTitle, !Self.notCityWords.contains(token.core),
            !sentenceStart(tokens, index) || index + 2 < tokens.count && tokens[index + 2].isLower, token.roles.isDisjoint(with: [.country])
        {
            return (index, .place)
        }
        // County Road 1180
        if token.core == "County", let next, ["Road", "Rd", "Rd.", "Route", "Highway", "Hwy"].contains(next.raw), index + 2 < tokens.count,
            tokens[index + 2].digits > 0
        {
            return (index, .address)
        }
        // `Ramstein Air Base`, `Joint Base Lewis-McChord`, `FOB Salerno`: military bases and posts.
        if token.isTitle || token.isUpper, let next, next.isTitle || next.isUpper, token.core == "Joint" && next.core == "Base" || token.core == "FOB" || token.core == "COP",
            token.core == "Joint" ? index + 2 < tokens.count && tokens[index + 2].isTitle : next.isTitle && next.placeLike
        {
            return (index, .place)
        }
        if token.isTitle, let next, ["Base", "AFB"].contains(next.core) || next.core == "Air" && index + 2 < tokens.count && tokens[index + 2].core == "Base",
            token.placeLike || token.nameLike, !token.endsWithComma
        {
            return (index, .place)
        }
        // `FPO AE 09622`, `APO AP 96338`: a military post office's ZIP code.
        if token.isUpper, token.letters == 3, ["APO", "FPO", "DPO"].contains(token.core), let next, ["AE", "AP", "AA"].contains(next.core), index + 2 < tokens.count, matches(tokens[index + 2].core, "ddddd") {
            return (index + 2, .zipCode)
        }
        // Lake Wenatchee, Mount Vernon, Fort Yates: a place word before a capitalised name (not `Summer Camp Exposure`).
        if Self.placePrefixes.contains(token.core), let next, next.isTitle, next.placeLike || next.nameLike, index > 0,
            !sentenceStart(tokens, index) || tokens[index - 1].isLower, !eponymAfter(tokens, index + 1),
            token.core != "Camp" || !Self.campKinds.contains(tokens[index - 1].core)
        {
            return (index, .place)
        }
        // hi this is the pharmacy in chinle: in a line with no capital at all, a facility in a word of no list.
        if token.lower == "in", index > 0, Self.facilityWords.contains(tokens[index - 1].lower), let next, next.isLower, next.letters >= 5,
            next.roles.isEmpty, next.keyRoles.isEmpty, next.tier.isEmpty, !Self.hasCommonSuffix(next.key), !Self.lowerFacilityObjects.contains(next.key),
            !tokens.contains(where: { $0.firstByte >= 0x41 && $0.firstByte <= 0x5A })
        {
            return (index + 1, .place)
        }
        // the critical access hospital in Hettinger; a clinic in Wibaux
        if token.lower == "in" || token.lower == "near", index > 0, Self.facilityWords.contains(tokens[index - 1].lower), let next, next.isTitle,
            next.placeLike, next.roles.isDisjoint(with: [.state, .country, .region])
        {
            return (index + 1, .place)
        }
        // county of residence: Pima; City: Dayton
        // (`HOMETOWN: KAHULUI, MAUI`, `Town/city: Wagga Wagga`: the value in capitals too, and labels joined by a slash.)
        if token.ends(with: ":"), token.lower.split(separator: "/").contains(where: { Self.placeFieldLabels.contains(String($0) + ($0.hasSuffix(":") ? "" : ":")) }),
            let next, next.isTitle || next.isUpper && next.letters >= 4 && !isWholeStateOrCountry(tokens, index + 1)
                && !["UNKNOWN", "NONE", "SAME", "HOMELESS", "PENDING", "OTHER"].contains(next.core),
            next.roles.isDisjoint(with: [.state, .country, .region, .notPlace]),
            // (`drawn in the home: Na 131`: a home in prose is no field label.)
            !(token.lower == "home:" && index > 0 && ["the", "in", "at", "her", "his", "their"].contains(tokens[index - 1].lower))
        {
            return (index + 1, .place)
        }
        // Lives in Flushing, Queens; lives in the Lower Ninth Ward: a neighbourhood on a line about where someone lives.
        if cues.contains(.residence), token.lower == "in", let next {
            if next.isTitle, next.endsWithComma, index + 2 < tokens.count, tokens[index + 2].isTitle,
                next.roles.isDisjoint(with: [.state, .country, .region]), !Self.notNames.contains(next.core)
            {
                return (index + 1, .place)
            }
            var cursor = index + 1
            if next.lower == "the" { cursor += 1 }
            var words = 0
            while cursor < tokens.count, tokens[cursor].isTitle || tokens[cursor].isUpper, words < 4 {
                if words >= 1, Self.districtWords.contains(tokens[cursor].core) { return (index + 1, .place) }
                words += 1
                cursor += 1
            }
        }
        // lives w/ daughter in east lansing: a listed city in lower case on a line about where someone lives.
        if cues.contains(.residence), token.lower == "in", let next, next.isLower, Self.cities.contains(next.lower)
            || index + 2 < tokens.count && Self.cities.contains(next.lower + " " + tokens[index + 2].lower)
        {
            return (index + 1, .place)
        }
        // the Fremont St overpass: a street named without its number.
        if token.isTitle, token.placeLike || token.nameLike, !sentenceStart(tokens, index), let next,
            ["St", "St.", "Ave", "Ave.", "Blvd", "Blvd.", "Street", "Avenue", "Boulevard"].contains(next.raw),
            index + 2 >= tokens.count || !tokens[index + 2].isTitle
        {
            return (index, .address)
        }
        // CA 6TRJ244: a plate after its state, on a line about a vehicle.
        if token.isUpper, token.core.utf8.count == 2, Self.stateCodes.contains(token.core), let next, isPlateShape(next.core),
            tokens.contains(where: { Self.vehicleWords.contains($0.lower) })
        {
            return (index + 1, .vehicle)
        }
        // Lot 7, Building C — on a line about where someone lives.
        if token.core == "Lot" || token.core == "Building" || token.core == "Bldg", let next, next.core.utf8.count <= 4,
            next.endsWithComma, cues.contains(.residence) || tokens.contains(where: { Self.landmarkWords.contains($0.core) })
        {
            return (index + 1, .address)
        }
        // 41°52'55"N 87°37'40"W
        if token.marks.contains(.degree), token.digits >= 3, let last = token.raw.unicodeScalars.last, "NSEW".unicodeScalars.contains(last) {
            return (index, .place)
        }
        // lives out past Buckeye; stays near Millbrook
        if cues.contains(.residence), ["past", "near", "outside", "around", "beyond"].contains(token.lower), let next, next.isTitle, next.placeLike,
            next.roles.isDisjoint(with: [.state, .country, .region])
        {
            return (index + 1, .place)
        }
        return nil
    }

    /// The words after a family's surname for the family or its children: `the Wojcik baby`.
    static let familyWords: Set<String> = [
        "baby", "babies", "family", "families", "twins", "triplets", "boy", "boys", "girl", "girls", "kids", "children",
        "household", "infant", "newborn", "sisters", "brothers", "siblings", "grandkids",
    ]
    /// Nouns for the person a photograph can be of: `photo of the patient`.
    static let personNouns: Set<String> = [
        "patient", "pt", "child", "baby", "infant", "boy", "girl", "man", "woman", "resident", "client", "family", "victim", "suspect",
        "teen", "teenager", "toddler", "student", "newborn", "mother", "father",
    ]
    /// USCIS forms whose numbers are also interstates' (`I-693` and `I-693 near exit 4`).
    static let immigrationForms: Set<String> = ["I-9", "I-20", "I-94", "I-129", "I-130", "I-140", "I-485", "I-589", "I-693", "I-751", "I-765", "I-864"]
    static let travelWords: Set<String> = [
        "on", "off", "via", "take", "took", "from", "near", "along", "onto", "up", "down", "crossing", "southbound", "northbound",
        "eastbound", "westbound", "sb", "nb", "eb", "wb", "exit", "at",
    ]
    /// Two to four CJK ideographs or Hangul syllables: the length of a Chinese, Japanese or Korean personal name.
    static func isHanName(_ core: String) -> Bool {
        let scalars = core.unicodeScalars
        guard (2...4).contains(scalars.count) else { return false }
        return scalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) || (0xAC00...0xD7A3).contains($0.value) }
    }
    /// Titles as they are written in lower case in messages and transcripts (`ms` and `mr` only before a listed name:
    /// they are also multiple sclerosis and mitral regurgitation).
    static let lowerTitles: Set<String> = ["mr", "mrs", "ms", "mister", "missus", "señor", "señora", "senor", "senora", "sra", "madame", "monsieur", "mme"]
    /// The nouns of a small business's name after its owner's: `Delgado's Tire Shop`, `Nguyen's Nails`.
    static let businessNouns: Set<String> = [
        "shop", "store", "garage", "diner", "bakery", "market", "restaurant", "bar", "cafe", "café", "salon", "barbershop",
        "deli", "farm", "ranch", "nails", "auto", "tire", "tires", "towing", "plumbing", "roofing", "landscaping", "bistro",
        "grill", "pizza", "pizzeria", "taqueria", "laundromat", "cleaners", "hardware", "liquor", "pub", "tavern", "motel",
        "daycare", "kitchen", "bodega", "grocery", "body", "repair", "construction", "trucking",
    ]
    /// The endings of surnames of many languages: `Korsakova`, `Kowalski`, `Petrenko`, `Jovanović`, `Popescu`.
    static func hasSurnameEnding(_ key: String) -> Bool {
        guard key.utf8.count >= 6 else { return false }
        return ["ova", "ski", "sky", "enko", "vich", "ovic", "ović", "escu", "opoulos", "idis", "yan", "sson", "shvili", "adze", "oglu", "oğlu", "zadeh", "ewski", "owska",
            "dóttir", "dottir", "ovich", "evich", "ovna", "evna", "ian"]
            .contains { key.hasSuffix($0) }
    }
    static let faceWords: Set<String> = [
        "face", "faces", "full-face", "facial", "portrait", "headshot", "selfie", "head_shot", "pt_photo", "patient_photo",
        "photo_id", "id_photo", "mugshot", "mug_shot", "passport", "rostro", "cara", "visage", "gesicht", "viso",
    ]
    static let lowerLandmarkWords: Set<String> = Set(landmarkWords.map { $0.lowercased() })
    /// `N`, `n.`, `North`: a direction before a street, in any case (the token's `lower` has lost its full stop).
    static let lowerDirections: Set<String> = Set(directions.map { $0.lowercased() })
    static let notEponymMiddles: Set<String> = [
        "is", "was", "are", "were", "has", "had", "and", "or", "at", "in", "on", "to", "from", "for", "with", "by", "as",
        "will", "would", "who", "says", "said", "called", "the", "a", "an", "holds", "wants", "needs", "gets", "got",
    ]
    static let agencyNouns: Set<String> = [
        "Services", "Service", "Department", "Agency", "Program", "Programs", "Center", "Centre", "Bureau", "Division",
        "Office", "Administration", "Authority", "Commission", "Council", "Court", "Board",
    ]
    static let saintWords: Set<String> = ["St", "Saint", "Ste", "San", "Santa"]
    static let districtWords: Set<String> = ["Ward", "District", "Quarter", "Borough", "Township", "Precinct", "Parish", "Heights", "Village"]
    static let twoWordCountries: Set<String> = [
        "northern ireland", "south korea", "north korea", "new zealand", "sri lanka", "costa rica", "el salvador",
        "puerto rico", "dominican republic", "south africa", "saudi arabia", "united kingdom", "hong kong", "south sudan",
        "sierra leone", "burkina faso", "ivory coast", "czech republic", "united states", "papua new", "american samoa",
        "cook islands", "marshall islands", "solomon islands", "cayman islands", "virgin islands", "faroe islands", "north macedonia",
        "east timor", "cabo verde", "cape verde", "new caledonia", "french polynesia",
    ]
    static let equipmentWords: Set<String> = ["scanner", "scanners", "reader", "readers", "machine", "device", "kiosk", "pad", "sensor", "system", "unit"]
    static let formPrefixes: Set<String> = ["WH", "DS", "MCSA", "CMS", "HCFA", "UB", "DD", "SF", "IRS", "ISO", "FDA", "OMB", "DEA", "VA", "SSA", "INS"]
    static let audioSuffixes: [String] = [".wav", ".mp3", ".m4a", ".aac", ".ogg", ".flac"]
    static let pluralRelations: Set<String> = ["parents", "grandparents", "siblings", "sons", "daughters", "brothers", "sisters", "twins"]
    static let versionWords: Set<String> = ["version", "ver", "v", "firmware", "software", "build", "release", "update", "updated", "fw", "sw"]
    static let compactDateLabels: Set<String> = ["dt", "date", "dob", "dos", "doa", "dod", "adm", "admit", "admitted", "disch", "discharged", "born", "collected", "recd", "rec'd"]
    static let placePrefixes: Set<String> = ["Lake", "Mount", "Mt.", "Fort", "Ft.", "Port", "Camp", "Point", "Cape", "Glen", "Isle"]
    /// `Summer Camp`, `Boot Camp`: the kinds of camp, before which `Camp` is no place's name.
    /// `Palmer's point`, `Morison's pouch`: what a surgeon's or an anatomist's name owns, after which a city's name is theirs.
    static let eponymPossessed: Set<String> = [
        "point", "pouch", "space", "triangle", "sign", "law", "line", "canal", "fascia", "ligament", "duct", "gland", "node", "test",
        "method", "maneuver", "manoeuvre", "incision", "operation", "procedure", "repair", "disease", "syndrome", "palsy", "fracture",
    ]
    /// `escala de Glasgow`, `maladie de Lyme`: words before a city's name that make it an eponym in Spanish, French or Portuguese.
    static let foreignEponymNouns: Set<String> = [
        "escala", "échelle", "echelle", "escore", "score", "síndrome", "sindrome", "syndrome", "enfermedad", "doença", "doenca", "maladie",
        "signo", "signe", "sinal", "criterios", "critères", "criteres", "critérios", "clasificación", "clasificacion", "classification",
        "índice", "indice", "prueba", "test", "maniobra", "manobra", "manœuvre", "manoeuvre", "coma", "fiebre", "febre", "fièvre",
    ]
    /// `the river side of akiachak`: the nouns of a place before `of` and its name.
    static let placeNouns: Set<String> = ["side", "outskirts", "edge", "town", "city", "village", "county", "north", "south", "east", "west", "center", "centre"]
    /// `im in`, `is from`, `staying near`: words of being somewhere, before a place typed in lower case.
    static let beingWords: Set<String> = ["im", "i'm", "am", "is", "was", "were", "are", "stay", "staying", "stays", "family", "here", "work", "works", "working"]
    /// Form labels whose value is a place smaller than a state.
    static let placeFieldLabels: Set<String> = [
        "county:", "city:", "town:", "residence:", "hometown:", "township:", "twp:", "twp.:", "neighborhood:", "neighbourhood:", "home:", "village:", "suburb:",
        "barrio:", "origin:", "birthplace:", "domicilio:", "dirección:", "direccion:", "adresse:", "anschrift:", "wohnort:", "localidad:", "ville:",
        "ciudad:", "woonplaats:", "plaats:", "cnty:",
    ]
    /// `Handover Form`, `Transfer Record`: the nouns of forms, charts and tools.
    static let formNouns: Set<String> = ["form", "forms", "record", "records", "chart", "sheet", "tool", "protocol", "checklist", "template", "pathway", "log", "report"]
    /// `Kirkwall pier`, `Kakuma camp`: lower-case words of a place after its name.
    static let placeNounsAfter: Set<String> = [
        "pier", "harbour", "harbor", "camp", "trail", "village", "island", "beach", "airstrip", "jetty", "wharf", "mission", "settlement",
        "reserve", "reservation", "township", "station", "crossing", "landing", "valley", "creek", "river", "bay",
    ]
    /// `G0439`, `J1100`: a letter from A to V and four digits.
    static func isHCPCSShape(_ core: String) -> Bool {
        let utf8 = core.utf8
        guard utf8.count == 5, let first = utf8.first, first >= 0x41, first <= 0x56 else { return false }
        return utf8.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
    /// The months in Roman numerals, as European records write them (`6.IX.1973`).
    static let romanMonths: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    static let campKinds: Set<String> = ["Summer", "Day", "Boot", "Base", "Band", "Sports", "Music", "Science", "Winter", "Spring", "Training"]
    static let facilityWords: Set<String> = [
        "hospital", "clinic", "facility", "school", "church", "shelter", "home", "center", "centre", "prison", "jail",
        "office", "pharmacy", "plant", "factory", "mine", "farm", "ranch", "college", "university", "elevator", "mill",
        "warehouse", "refinery", "dairy", "feedlot", "cannery", "shipyard", "mall", "store", "restaurant", "diner", "motel",
        "hotel", "casino", "depot", "station", "camp", "yard", "port", "terminal", "quarry", "site",
    ]
    static let vehicleWords: Set<String> = ["car", "vehicle", "truck", "plate", "plates", "tag", "tags", "van", "suv", "motorcycle", "auto"]
    /// Photographs of something other than the face: `photo of the wound`.
    static let notFaceWords: Set<String> = [
        "wound", "wounds", "rash", "ulcer", "lesion", "lesions", "foot", "feet", "heel", "leg", "arm", "hand", "back",
        "incision", "skin", "x-ray", "xray", "specimen", "label", "medication", "bottle", "pill", "pills", "burn", "tattoo",
    ]
    /// Words before a number that make it a Social Security (or Canadian social insurance) number.
    static let ssnWords: Set<String> = ["ssn", "social", "ss#", "security", "sin"]
    static let stepWords: Set<String> = ["increased", "decreased", "titrated", "weaned", "tapered", "escalated", "stepped", "peep"]
    static let strongBiometrics: Set<String> = [
        "thumbprint", "thumbprints", "voiceprint", "voiceprints", "palmprint", "palmprints", "faceprint", "faceprints",
        "handprint", "handprints", "fingerprint", "fingerprints", "earprint", "iris-scan", "retina-scan", "retinal-scan",
    ]
    static let weekdays: Set<String> = [
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    ]
    /// Words that follow `dr` and are not a name: `dr office`, `dr said`, `dr. aware`.
    static let afterDoctor: Set<String> = [
        "office", "offices", "orders", "order", "note", "notes", "visit", "visits", "appt", "appointment", "said", "says",
        "will", "wants", "and", "or", "on", "at", "in", "is", "was", "has", "had", "aware", "notified", "called", "recommends",
        "recommended", "ordered", "who", "that", "the", "a", "an", "for", "saw", "sees", "feels", "thinks", "agrees", "gave",
        "prescribed", "started", "stopped", "increased", "discussed", "reviewed", "states", "stated", "here", "today",
        "tomorrow", "team", "service", "reports", "to", "not", "of", "did", "does", "would", "should", "may", "can",
        "also", "already", "please", "yet", "again", "about",
    ]
    /// Role words before a name, beyond `personRoles`: `fellow (Okeke)`, `surgeon Dr.`, `charge nurse`.
    static let roleLeads: Set<String> = [
        "fellow", "resident", "attending", "surgeon", "intern", "hospitalist", "cardiologist", "oncologist", "np", "pa",
        "rn", "lpn", "cna", "tech", "technician", "chaplain", "rabbi", "imam", "priest", "navigator", "coordinator", "doc",
        "mom", "dad", "ex", "fiance", "fiancee", "fiancé", "fiancée", "girlfriend", "boyfriend", "partner", "spouse",
    ]
    /// Street words that are also everyday words (`dial 911 rather than drive`): only capitalised.
    static let lowerStreetPrefixes: Set<String> = [
        "rue", "calle", "avenida", "rua", "camino", "chemin", "strasse", "straße", "avenue", "jalan", "jln", "ulica", "calea",
        "strada", "carrera", "paseo", "rambla", "carrer",
    ]
    static let wordlikeStreetSuffixes: Set<String> = ["drive", "way", "place", "court", "circle", "square", "trail", "pike", "terrace"]
    static let lowerStreetSuffixes: Set<String> = [
        "st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "ln", "lane", "dr", "drive", "ct", "court",
        "way", "pl", "place", "ter", "terrace", "cir", "circle", "pkwy", "parkway", "hwy", "highway", "trl", "trail",
        "sq", "square", "pike", "plaza",
    ]
    static let streetStops: Set<String> = [
        "of", "the", "a", "an", "and", "to", "in", "per", "each", "every", "for", "with", "at", "on", "or", "times", "x",
        "days", "weeks", "months", "years", "hours", "minutes", "one", "other", "same", "this", "that",
    ]
    static let countyStops: Set<String> = [
        "the", "this", "our", "same", "each", "every", "home", "local", "rural", "neighboring", "neighbouring", "adjacent",
        "another", "that", "which", "what", "any", "her", "his", "their", "a", "an", "nearby", "next", "different", "other",
        "state", "whole", "entire", "that's", "one", "two", "three", "large", "small", "poor", "big", "its", "own",
    ]

    // MARK: - Word lists

    /// Words that the rules compare one by one: they get `Roles.special` so other tokens skip the comparisons.
    static let specialWords: Set<String> = [
        "by", "is", "was", "box", "apt", "apartment", "suite", "ste", "precinct", "tract", "corner", "intersection",
        "90s", "nineties", "90's", "nonagenarian", "centenarian", "supercentenarian", "year's", "years", "/s/",
        "registration", "may", "march", "at",
    ]

    static let titles: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Miss", "Mx", "Prof", "Professor", "Rev", "Reverend", "Fr", "Sgt", "Capt", "Lt", "Col",
        "Officer", "Pastor", "Rabbi", "Judge", "Doctor", "Deputy", "Detective", "Sheriff", "Imam",
        // Ranks and honorifics of the services, the police and the law.
        "MSgt", "SSgt", "TSgt", "SMSgt", "CMSgt", "SFC", "SSG", "SGT", "Cpl", "LCpl", "Pvt", "PFC", "Spc", "SPC", "Maj", "Gen",
        "Cmdr", "Cdr", "Ens", "Adm", "CPO", "Adv", "Atty", "Hon", "Insp", "Supt", "Cst", "Tpr", "Trooper",
        "LCDR", "LTJG", "CDR", "CAPT", "1LT", "2LT", "MAJ", "LTC", "SGM", "1SG", "MSG", "SSgt", "HM1", "HM2", "HM3", "HMC", "HMCS",
        "PO1", "PO2", "PO3", "CW2", "CW3", "CW4", "SrA", "A1C", "Amn",
    ]
    /// Titles that are words, written without a full stop.
    static let wordTitles: Set<String> = [
        "Professor", "Reverend", "Officer", "Pastor", "Rabbi", "Judge", "Doctor", "Deputy", "Detective", "Sheriff", "Imam",
    ]
    /// Words that are titles only before a listed name: `Nurse Rodriguez`, `Sister Maria` (not `Nurse Practitioner`).
    static let weakTitles: Set<String> = [
        "Nurse", "Sister", "Brother", "Father", "Coach", "Captain", "Mother", "Aunt", "Uncle", "Chaplain", "Mister", "Madam",
        "Grandma", "Grandpa", "Nana", "Nanna", "Granny", "Gran", "Grammy", "Gramps", "Auntie", "Aunty", "Abuela", "Abuelo", "Baby", "Senator", "Mayor", "Governor", "Councilman", "Councilwoman",
    ]
    /// Weak titles that take any surname, listed or not: `Nurse Kowalczyk`, `Father Brennan`.
    static let clergyTitles: Set<String> = [
        "Nurse", "Father", "Sister", "Brother", "Coach", "Chaplain", "Mister", "Senator", "Mayor", "Governor", "Granny", "Grandma", "Grandpa",
        "Nana", "Nanna", "Auntie", "Aunty", "Gran",
    ]
    /// Capitalised words after a weak title that name a role, not a person: `Nurse Practitioner`, `Father Time`.
    static let roleNouns: Set<String> = [
        "Practitioner", "Navigator", "Educator", "Manager", "Midwife", "Anesthetist", "Supervisor", "Coordinator",
        "Specialist", "Liaison", "Aide", "Assistant", "Technician", "Tech", "Triage", "Line", "Visit", "Call", "Note",
        "Notes", "Station", "Champion", "Leader", "Lead", "Director", "Time", "Nature", "Superior", "Christmas", "Earth",
        "Boy", "Girl", "A", "B", "Twin", "Clinic", "Practice", "Staff", "Team", "Care", "Services", "Service", "Report",
        "Reports", "Present", "Informed", "Notified", "Called", "At", "In", "On", "Unit", "Floor", "Consult", "Please",
        "Works", "Worked", "Lives", "Lived", "Says", "States", "Is", "Was", "Has", "Had", "Will", "From", "And",
    ]
    static let dottedTitles: Set<String> = ["DR", "MR", "MRS", "dr", "mr", "mrs", "ms", "rev", "REV"]
    /// Code sets whose codes are numbers: `SNOMED 44054006`, `LOINC 4548-4`.
    static let codeSystems: Set<String> = [
        "snomed", "snomed-ct", "sct", "loinc", "rxnorm", "rxcui", "cpt", "hcpcs", "icd", "icd-10", "icd-9", "icd10",
        "ndc", "drg", "ms-drg", "cvx", "mvx", "umls", "cui", "mesh", "omim", "pmid", "doi", "hgnc", "clinvar", "rcv",
        "code", "codes", "revenue", "rev", "pos", "modifier", "apc", "pcs", "cdt", "hcc", "ucum", "nubc", "ahfs", "atc",
    ]
    static let ageSubjects: Set<String> = [
        "he", "she", "patient", "pt", "who", "mother", "father", "grandmother", "grandfather", "mom", "dad", "husband",
        "wife", "they", "aunt", "uncle", "sister", "brother", "woman", "man", "lady", "gentleman", "resident", "veteran",
    ]
    static let personRoles: Set<String> = [
        "aide", "nurse", "caregiver", "interpreter", "pharmacist", "therapist", "worker", "manager", "neighbor", "neighbour",
        "landlord", "employer", "supervisor", "teacher", "coach", "pastor", "chaplain", "driver", "attorney", "lawyer",
        "roommate", "friend", "babysitter", "nanny", "doula", "midwife", "counselor", "counsellor", "clerk", "receptionist",
        "paramedic", "officer", "secretary", "assistant", "owner", "boss", "coworker", "co-worker", "sponsor", "advocate",
        "guardian", "proxy", "surrogate", "payee", "caseworker", "dentist", "physician", "doctor", "provider", "scribe",
        "student", "pupil", "classmate", "tenant", "inmate", "client", "trainee", "volunteer", "witness", "practitioner",
        "prescriber", "dispenser", "rep", "representative", "adjuster", "interpreter", "medic", "coder", "biller", "auditor",
        "emt", "registrar", "transcriptionist", "deputy", "hygienist", "phlebotomist", "technician", "technologist",
        "coordinator", "investigator", "spokesperson", "sitter", "cadet", "airman", "soldier", "sailor", "recruit", "athlete",
        "camper", "claimant", "donor", "recipient", "veteran", "servicemember", "trooper",
    ]
    /// Words before a lone given name that make it a person: `spoke with Brianna`, `per Esperanza`.
    static let talkedWith: Set<String> = [
        "with", "per", "told", "asked", "called", "paged", "texted", "notified", "informed", "updated", "thanked",
        "contacted", "phoned", "emailed", "messaged", "consulted", "by", "from", "and", "visited", "accompanied",
    ]
    /// Peoples and faiths, not surnames: `the Amish family`.
    static let peoples: Set<String> = [
        "amish", "mennonite", "hutterite", "navajo", "hopi", "cherokee", "lakota", "sioux", "apache", "ojibwe", "inuit",
        "hmong", "somali", "karen", "yazidi", "roma", "romani", "sikh", "quaker", "orthodox", "hasidic", "mormon",
        "muslim", "jewish", "hindu", "buddhist", "catholic", "christian", "evangelical", "pentecostal", "adventist",
        "anglo", "irish", "italian", "polish", "mexican", "cuban", "haitian", "korean", "chinese", "japanese", "filipino",
        "vietnamese", "indian", "pakistani", "nigerian", "ethiopian", "eritrean", "afghan", "syrian", "iraqi", "iranian",
        "russian", "ukrainian", "greek", "german", "french", "puerto", "dominican", "guatemalan", "salvadoran", "host",
        "foster", "adoptive", "blended", "extended", "whole", "entire", "nuclear", "new", "same", "royal", "first",
    ]
    static let familyNouns: Set<String> = [
        "family", "families", "household", "twins", "kids", "children", "residence", "home", "house", "boys", "girls",
        "brothers", "sisters", "couple", "clan", "lad", "lass", "boy", "girl", "kid",
    ]
    /// Words before `name` that make the next word a person's name: `the street name "Tiny Loco"`, `her maiden name`.
    static let nameKinds: Set<String> = [
        "the", "full", "maiden", "legal", "preferred", "birth", "street", "nick", "pet", "stage", "pen", "middle", "first",
        "last", "given", "family", "married", "christian", "baptismal", "gang", "road", "ring", "screen", "user", "her", "his",
        "assumed", "former", "previous", "real", "true", "chosen",
    ]
    /// Words that qualify a role in an apposition: `Xiomara, night shift nurse`, `Oluwaseun, charge nurse`.
    static let roleModifiers: Set<String> = [
        "charge", "night", "day", "evening", "shift", "night-shift", "day-shift", "primary", "bedside", "floor", "staff",
        "travel", "float", "wound", "triage", "head", "lead", "senior", "junior", "covering", "on-call", "registered",
        "physical", "occupational", "speech", "respiratory", "care", "icu", "ed", "er", "or", "pacu", "clinic", "unit",
        "hospice", "infusion", "dialysis", "admitting", "attending", "resident", "student", "new", "regular", "usual",
        "overnight", "weekend", "dayshift", "nightshift", "team", "patient's", "pt's", "the", "a", "an", "our", "her", "his",
        "their", "home", "health", "social", "case", "school", "visiting", "private", "hired", "live-in", "family",
    ]
    /// Credentials that are also clinical abbreviations: `Tylenol (OD)`, `knee (PT)`.
    static let ambiguousCredentials: Set<String> = ["OD", "DO", "PT", "MA", "DC", "PA", "RD", "DPT", "CNA", "OTR", "EMT", "SLP"]
    static let appositiveFillers: Set<String> = [
        "the", "patient's", "pt's", "her", "his", "their", "our", "my", "a", "an", "family", "older", "younger", "eldest",
        "oldest", "youngest", "home", "health", "social", "case", "private", "hired", "live-in", "visiting", "school",
    ]
    static let credentials: Set<String> = [
        "MD", "DO", "RN", "NP", "PA", "PA-C", "CRNA", "CPAN", "CAPA", "CCRN", "CEN", "CNOR", "DPM", "PhD", "DDS", "DMD", "CNM", "LPN", "APRN", "FNP",
        "FNP-C", "MBBS", "PharmD", "LCSW", "PT", "DPT", "OD", "DC", "CNP", "BSN", "MSN", "DNP", "RPh", "OTR", "OTR/L",
        "SLP", "CCC-SLP", "LMFT", "LPC", "PsyD", "RD", "RDN", "CDE", "CDCES", "EMT", "EMT-P", "MA", "CNA", "RRT",
        "PSY", "LPCC", "LCPC", "LMHC", "LICSW", "LCADC", "BCBA", "MSW", "LMSW", "LSW", "BSW", "ACSW", "CCM", "CPhT", "MPH",
        "CCRN", "PMHNP", "AGNP", "ANP", "CPNP", "WHNP", "NNP", "ARNP", "CRNP", "RHIA", "RHIT", "CCS", "CDIP", "COTA", "RNC",
        "DrPH", "OTD", "AuD",
    ]
    /// Labels of a line that names a person (and the labels of a part of a name).
    static let personLabels: Set<String> = Set([
        "patient:", "name:", "patient name:", "pt:", "pt name:", "preceptor:", "orientee:", "preceptee:", "sitter:", "embalmer:", "informant:", "decedent:", "funeral director:", "surgeon:", "assistant:", "assistant surgeon:",
        "attending:", "physician:", "provider:", "pcp:", "referring:", "referring physician:", "anesthesiologist:",
        "nurse:", "guarantor:", "contact:", "emergency contact:", "spouse:", "mother:", "father:", "guardian:",
        "signed:", "author:", "dictated:", "resident:", "radiologist:", "pathologist:", "cosigner:", "witness:",
        "next of kin:", "kin:", "insured:", "subscriber:", "caregiver:", "sign:", "cc:", "attn:", "attention:",
        "interpreter:", "scribe:", "technologist:", "tech:", "therapist:", "pharmacist:", "consultant:", "proxy:",
        "poa:", "surrogate:", "informant:", "parent:", "husband:", "wife:", "son:", "daughter:", "sister:", "brother:",
        "ordering provider:", "ordering:", "requested by:", "ordered by:", "seen by:", "reviewed by:", "performed by:",
        "dictated by:", "transcribed by:", "electronically signed:", "signed by:", "cosigned by:", "partner:",
        "aka:", "alias:", "maiden name:", "legal name:", "preferred name:", "full name:", "student:", "employee:",
        "hygienist:", "phlebotomist:", "dentist:", "technician:", "collector:", "collected by:", "verified by:", "victim:", "alleged victim:",
        "alleged abuser:", "perpetrator:", "reporter:",
        "dispensed by:", "coordinator:", "investigator:", "prescriber:", "spokesperson:", "family spokesperson:",
        "donor:", "recipient:", "veteran:", "claimant:", "cadet:", "counselor:", "counsellor:", "genetic counselor:", "member:",
        "apheresis donor:", "servicemember:", "service member:", "athlete:", "student-athlete:", "camper:", "visitor:", "visitor name:",
    ]).union(namePartLabels)
    /// Roles a care team's roster writes before a dash and a surname (`PCP - Okafor`, `SW - Lindqvist`).
    static let dashedRoles: Set<String> = ["pcp", "sw", "dietitian", "dietician", "pharmacist", "nurse", "rn", "md", "np", "pa", "cm", "chaplain", "therapist", "attending", "resident"]
    /// Who an age of ninety is said of: `she'll be 96`, `pt. is 104`.
    static let agedPeople: Set<String> = [
        "pt", "pt.", "patient", "she", "he", "she'll", "he'll", "she's", "he's", "mom", "mum", "dad", "nana", "grandma", "grandpa", "resident",
        "veteran", "client", "member", "who", "mother", "father", "gran", "granny", "aunt", "uncle", "husband", "wife",
    ]
    /// Words for a person in custody, before a name in capitals (`Detainee ABERNATHY-COLE, TREVON`).
    static let custodyWords: Set<String> = ["detainee", "inmate", "prisoner", "offender", "arrestee", "resident", "patient"]
    /// Labels of a field that holds a whole name.
    static let wholeNameLabels: Set<String> = ["name:", "patient name:", "pt name:", "full name:", "legal name:", "patient:", "nombre:", "nom:"]
    /// A label as OCR misreads it, mended: `rn` read for `m`, `l` or `1` for `i` (`narne:`, `patlent`).
    static func ocrMended(_ label: String) -> String {
        guard label.contains("rn") || label.contains("l") || label.contains("1") else { return label }
        return label.replacingOccurrences(of: "rn", with: "m").replacingOccurrences(of: "l", with: "i").replacingOccurrences(of: "1", with: "i")
    }
    static let signingVerbs: Set<String> = [
        "signed", "dictated", "transcribed", "cosigned", "authenticated", "attested", "referred", "verified",
        "electronically", "read", "interpreted", "performed", "reviewed", "examined", "evaluated", "written",
        "prepared", "approved", "countersigned", "documented", "witnessed", "accompanied", "brought", "seen",
        "counseled", "interviewed", "escorted", "driven", "assisted", "released", "received", "relinquished",
    ]
    /// Capitalized words that are not names after a title or label.
    static let notNames: Set<String> = [
        "Plus",
        "Rh", "Jamar", "Life", "Patient", "Browder", "Unknown", "LIMA-LAD", "RIMA-LAD", "RIMA-RCA", "LIMA-DIAG", "Newborn", "Neonate", "Infant",
        "Consent", "Consents", "Albicans", "Glabrata", "Auris", "Krusei", "Parapsilosis", "Tropicalis", "HIGH", "LOW", "MODERATE", "None", "Self", "The", "This", "Attending", "Resident", "Hospitalist", "Surgeon",
        "Surgery", "General", "Orthopedic", "Orthopaedic", "Internal", "Family", "Emergency", "Department", "Service",
        "Team", "Nurse", "Practitioner", "Physician", "Assistant", "Staff", "Medicine", "Cardiology", "Radiology",
        "Pathology", "Anesthesia", "Anesthesiology", "On-call", "Covering", "Primary", "Care", "Provider", "Not",
        "No", "Same", "Declined", "Deferred", "Established", "New", "Male", "Female", "Adult", "Pediatric", "Clinic",
        "Office", "Urgent", "Hospital", "Community", "Home", "Health", "Center", "Medical", "Dictating", "Consulting",
        "Referring", "Admitting", "Discharging", "Oncology", "Neurology", "Urology", "Dermatology", "Obstetrics",
        "Gynecology", "Pediatrics", "Psychiatry", "Endocrinology", "Nephrology", "Gastroenterology", "Pulmonology",
        "Otolaryngology", "Ophthalmology", "Podiatry", "Rheumatology", "Infectious", "Disease", "Critical",
        "Vascular", "Thoracic", "Plastic", "Trauma", "Wound", "Physical", "Therapy", "Social", "Work", "Case",
        "Management", "Anonymous", "Withheld", "Redacted", "Same-day", "History", "Hypertension", "Diabetes",
        "Assessment", "Plan", "See", "Above", "Below", "Yes", "Alert", "Awake", "Oriented", "Chest", "Abdomen",
    ]
    /// Lower-case words that are never part of a person's or a place's name here: pronouns, roles, sentence
    /// openers, headings, and the clinical eponyms, brand names and devices a chart writes with a capital.
    /// Written from general clinical knowledge.
    static let nameStop: Set<String> = Set("""
        type he she they we i you it his her hers their its our my your this that these those there here who
        whom whose which what when where why how all any both each either neither none nobody nothing someone
        somebody everyone everybody anyone one other others another such same and but or nor so yet also then
        than thus therefore however although though because since while whereas if unless until once now today
        tonight yesterday tomorrow overnight currently recently previously initially subsequently later earlier
        finally additionally otherwise still again already never always often usually sometimes just only even
        very really please note per status post given after before during patient patients pt pts client clients
        member members resident residents intern interns student students fellow fellows attending hospitalist
        surgeon surgeons physician physicians doctor doctors nurse nurses staff provider providers team teams
        therapist therapists pharmacist pharmacy clinician clinicians practitioner ems emt paramedic paramedics
        medic medics police officer officers deputy security bystander bystanders witness witnesses caller
        interpreter translator chaplain worker workers manager coordinator navigator teacher teachers coach
        school employer supervisor boss counselor counsellor parents caregivers relatives friends visitor
        visitors dr mr mrs ms miss sir madam surgery medicine pediatrics obstetrics orthopedics ortho neuro
        psych psychiatry renal palliative hospice lab labs anesthesia icu er ed ward unit floor telemetry rehab
        rehabilitation history assessment plan impression exam examination review chief complaint subjective
        objective vitals imaging medications medication allergies allergy diagnosis diagnoses procedure
        procedures findings indication indications technique results result summary discharge admission course
        hospital disposition instructions education counseling consent note notes addendum signature time date
        pain fever cough symptoms labs continue start stop will may can should must consider check obtain order
        return call seen discussed reviewed denies reports has had is was are were be been not no yes ok okay
        good well fine stable unchanged improved normal negative positive mild moderate severe acute chronic
        left right bilateral upper lower anterior posterior first second third last next new old prior follow-up
        followup postoperative preoperative god jesus christ lord allah bible church parkinson parkinson's crohn
        crohn's colles foley whipple murphy's babinski apgar bell's wilson's addison addison's cushing cushing's
        graves graves' hodgkin hodgkin's hashimoto hashimoto's alzheimer alzheimer's huntington huntington's
        tourette tourette's kaposi lyme wernicke korsakoff romberg dupuytren barrett barrett's guillain barre
        barré doppler mayo ambu heimlich jackson-pratt steri-strips steri-strip ace mac bovie hickman swan-ganz
        gram holter pap nissen roux billroth kocher pfannenstiel trendelenburg valsalva epley phalen tinel
        lachman mcmurray kernig brudzinski chvostek trousseau mcburney rovsing charcot horner down klinefelter
        marfan sheehan kawasaki raynaud buerger takayasu reiter sjogren sjögren gehrig osgood schlatter perthes
        peyronie mallory weiss zenker meckel hirschsprung wilms ewing burkitt merkel paget bowen pancoast
        virchow krukenberg kussmaul cheyne stokes glasgow mallampati braden killip child-pugh salter-harris
        rinne dix-hallpike hallpike faber fadir westermark hampton kerley bezold brugada wolff-parkinson-white
        lown ganong mobitz wenckebach osborn crigler najjar arnold-chiari dandy-walker sturge-weber von
        willebrand christmas factor bernard-soulier kasabach stevens-johnson lyell nikolsky auspitz koebner
        darier hailey grover bowen's kaposi's leser-trelat trelat virchow's troisier blumer krukenberg's
        lambert-eaton myasthenia duchenne becker emery-dreifuss bell's brown-sequard sequard horner's argyll
        holmes-adie parinaud weber's millard-gubler dejerine-roussy munchausen prader-willi digeorge turner's
        cri-du-chat fragile russell-silver rubinstein-taybi treacher goldenhar laurence-moon bardet-biedl
        alstrom niemann-pick tay-sachs lesch-nyhan wilms' fanconi's conn's addisonian cushingoid sheehan's
        kallmann's klinefelter's hashimoto's quervain de dequervain graves's jod-basedow wolff-chaikoff
        chvostek's trousseau's whipple's kimmelstiel-wilson alport's churg-strauss wegener behcet behçet rosai-
        dorfman letterer-siwe hand-schuller-christian erdheim-chester sezary's burkitt's hodgkin reed-sternberg
        pelger-huet chediak-higashi wiskott-aldrich bruton digeorge's ellis-van creveld tylenol advil motrin
        aleve benadryl ambien flomax keppra synthroid lasix ciel k-dur klor-con coumadin eliquis xarelto plavix lipitor zocor
        crestor norvasc lopressor toprol zofran protonix nexium prilosec pepcid zantac xanax ativan valium
        klonopin haldol seroquel zyprexa risperdal abilify prozac zoloft lexapro celexa paxil wellbutrin effexor
        cymbalta lyrica neurontin ultram norco percocet vicodin dilaudid narcan suboxone humira enbrel remicade
        lantus humalog novolog levemir tresiba ozempic wegovy mounjaro trulicity victoza jardiance farxiga
        januvia glucophage augmentin keflex bactrim cipro levaquin zithromax flagyl diflucan valtrex tamiflu
        medrol decadron solu-medrol ventolin proair advair symbicort spiriva singulair flonase claritin zyrtec
        allegra sudafed mucinex robitussin colace senokot miralax dulcolax imodium lomotil epipen depo-provera
        nexplanon mirena paragard viagra cialis premarin estrace fosamax prolia boniva coreg entresto aldactone
        cardizem lovenox heparin narcan kcentra praxbind toradol dexilant carafate reglan phenergan compazine
        antivert meclizine flexeril robaxin skelaxin mobic celebrex voltaren ella plan-b aria medtronic boston
        abbott stryker zimmer depuy nephew biomet dexcom omnipod libre freestyle tandem baxter hillrom philips
        resmed respironics cochlear azure synchromed port-a-cath mediport picc pleurx prevena tegaderm xeroform
        aquacel duoderm mepilex kerlix coban dermabond vicryl prolene monocryl ethilon maxon pds chromic bair
        hugger velcro band-aid kling xience zenith wallstent impella ecmo bipap cpap avaps covid sars
        coronavirus ebola zika hiv hpv rsv influenza monday tuesday wednesday thursday friday saturday sunday
        weekend english spanish french german chinese mandarin cantonese vietnamese korean japanese russian
        arabic portuguese creole haitian tagalog hindi urdu somali amharic polish italian farsi punjabi bengali
        swahili american african asian hispanic latino latina latinx caucasian white black native indian pacific
        islander jewish muslim christian catholic protestant baptist methodist lutheran hindu buddhist mormon
        jehovah's medicare medicaid tricare aetna cigna humana anthem kaiser united blue cross shield bluecross
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    static let relationWords: Set<String> = [
        "husband", "wife", "son", "daughter", "mother", "father", "mom", "dad", "mum", "brother", "sister", "spouse",
        "partner", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "grandson", "granddaughter",
        "grandmother", "grandfather", "grandma", "grandpa", "grandchild", "niece", "nephew", "aunt", "uncle", "cousin",
        "friend", "neighbor", "neighbour", "roommate", "caregiver", "guardian", "stepson", "stepdaughter", "stepmother",
        "stepfather", "stepmom", "stepdad", "sibling", "companion", "coworker", "co-worker", "landlord", "son-in-law",
        "daughter-in-law", "brother-in-law", "sister-in-law", "mother-in-law", "father-in-law", "twin", "godmother",
        "godfather", "ex-wife", "ex-husband", "widow", "widower", "grandparent", "parent", "child", "kid", "baby",
        "infant", "toddler", "boy", "girl", "man", "woman", "gentleman", "lady", "sponsor", "advocate", "nan", "nana", "nanna",
        "gran", "granny", "grandad", "granddad", "grandmom", "grandmum", "great-grandmother", "great-grandfather",
    ]
    /// Verbs that follow a person: `Whitaker presented`, `Carlos brought her in`.
    static let personVerbs: Set<String> = [
        "presented", "presents", "reports", "reported", "denies", "denied", "states", "stated", "endorses", "endorsed",
        "complains", "complained", "admits", "acknowledges", "acknowledged", "agrees", "agreed", "declines",
        "refuses", "refused", "verbalizes", "verbalized", "verbalised", "understands", "understood", "expresses",
        "expressed", "wishes", "wished", "wants", "wanted", "prefers", "preferred", "says", "said", "tells", "told",
        "asks", "asked", "feels", "felt", "describes", "described", "recalls", "recalled", "remembers", "thinks",
        "believes", "arrived", "arrives", "returns", "returned", "ambulates", "ambulated", "lives", "lived", "smokes",
        "smoked", "drinks", "drank", "brought", "comes", "came", "went", "visited", "consented", "underwent",
        "sustained", "fell", "tripped", "walked", "drove", "phoned", "emailed", "texted", "requested", "requests",
        "noticed", "accompanies", "accompanied", "cried", "laughed", "sleeps", "slept", "married", "divorced",
        "retired", "quit", "exercises", "jogs", "runs", "swims", "plays", "attends", "attended", "graduated",
        "identifies", "reside", "resides", "resided", "works", "worked", "declined", "tolerated", "tolerates", "completed",
        "demonstrates", "demonstrated", "participated", "performed", "needs", "needed", "ambulating", "transferred", "continues",
    ]
    static let passivePersonVerbs: Set<String> = [
        "seen", "evaluated", "counseled", "counselled", "educated", "instructed", "informed", "told", "examined",
        "interviewed", "accompanied", "brought", "admitted", "transferred", "discharged", "found", "advised",
    ]
    /// Words between the parts of a name that an eponym check skips over (`Lou Gehrig disease` has none).
    static let nameJoiners: Set<String> = ["and", "or", "with", "at", "in", "to", "for", "from", "by", "on", "of", "the", "a"]
    /// Nouns that make the capitalised words before them an eponym, a brand or an institution.
    static let eponymNouns: Set<String> = Set("""
        disease diseases syndrome syndromes sign signs test tests testing contractions biplane maneuver manoeuvre maneuvers criteria score scores wort
        scale classification class grade stage staging fracture fractures palsy procedure operation repair reflex
        reflexes phenomenon tumor tumour sarcoma lymphoma carcinoma cyst ulcer murmur node nodes nodule spots triad
        pentad chromosome virus fever rule rules catheter tube drain blade stand bag stockings hose retractor forceps
        clamp needle stitch suture sutures incision approach position protocol regimen formula equation technique
        anastomosis pouch shunt valve splint cast boot collar brace mask lamp stain smear lens index questionnaire
        inventory method law effect principle body bodies cell cells gland glands duct canal space ligament tendon
        nerve artery fascia muscle capsule membrane layer zone loop hernia diverticulum apple angina encephalopathy
        encephalitis dystrophy ataxia chorea contracture esophagus anomaly malformation deformity disorder lesion
        lesions line lines point sinus circle fossa triangle foramen pupil response solution device pump monitor
        scope sheath wire stent graft plate nail screw surgery transplant reaction agar medium bacillus shield
        sequence paralysis antigen coma hospital clinic center centre institute university college foundation
        healthcare medical scientific pharmaceuticals laboratories labs memorial children's general regional
        county hernia's mole nevus spot spots granules granule inclusion inclusions crystals crystal test's factor
        pills pill tablets enterprise inc corp llc systems software technologies pharma bar harness rods wires frame
        grid pattern habitus respirations breathing kyphosis neuroma purpura carditis cardiomyopathy tear foot injury
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    static let idLabels: [String: Kind] = [
        "mrn": .recordNumber, "mr": .recordNumber, "mr#": .recordNumber, "record": .recordNumber,
        "chart": .recordNumber, "acct": .account, "account": .account, "member": .recordNumber,
        "subscriber": .recordNumber, "policy": .recordNumber, "insurance": .recordNumber, "medicaid": .recordNumber,
        "medicare": .recordNumber, "mbi": .recordNumber, "hicn": .recordNumber, "license": .recordNumber,
        "licence": .recordNumber, "dl": .recordNumber, "dl#": .recordNumber, "npi": .recordNumber, "dea": .recordNumber,
        "certificate": .recordNumber, "badge": .recordNumber, "id": .number, "encounter": .number,
        "subj": .number, "subject": .number, "randomization": .number, "randomisation": .number, "screening": .number, "participant": .number,
        "fin": .recordNumber, "csn": .recordNumber, "ssn": .ssn, "ss#": .ssn, "social": .ssn, "s.s.n": .ssn,
        "plate": .vehicle, "vin": .vehicle, "tag": .vehicle, "serial": .device, "s/n": .device, "sn": .device,
        "udi": .device, "lot": .device, "phone": .phone, "tel": .phone, "telephone": .phone, "cell": .phone,
        "mobile": .phone, "fax": .phone, "pager": .phone, "beeper": .phone, "zip": .zipCode,
        "zipcode": .zipCode, "postal": .zipCode, "passport": .recordNumber, "military": .recordNumber,
        "employee": .number, "student": .number, "accession": .recordNumber, "docket": .recordNumber,
        "inmate": .recordNumber, "booking": .recordNumber, "detainee": .recordNumber, "uscis": .recordNumber,
        "alien": .recordNumber, "permit": .recordNumber, "certification": .recordNumber, "dod": .recordNumber,
        "edipi": .recordNumber, "tricare": .recordNumber, "medi-cal": .recordNumber, "beneficiary": .recordNumber,
        "claim": .recordNumber, "authorization": .recordNumber, "auth": .recordNumber, "group": .recordNumber, "grp": .recordNumber,
        "card": .account, "visa": .account, "mastercard": .account, "amex": .account, "billing": .account,
        "bank": .account, "routing": .account, "iban": .account, "hsa": .account, "fsa": .account, "har": .account,
        "invoice": .account, "visit": .number, "registration": .number, "reg": .vehicle, "hull": .vehicle,
        "facsimile": .phone, "telefax": .phone, "cellphone": .phone, "landline": .phone,
        "gudid": .device, "imei": .device, "mac": .device, "rec": .recordNumber, "caller": .number,
        "case": .recordNumber, "ticket": .number, "order": .number, "reference": .number, "confirmation": .number,
        "plates": .vehicle, "tags": .vehicle, "kenteken": .vehicle, "donor": .recordNumber, "din": .number, "cedula": .number, "cédula": .number, "identidad": .number, "dni": .number,
        "curp": .number, "rut": .number, "aadhaar": .number, "nhs": .number, "ohip": .number, "parolee": .number,
        "parole": .number, "probation": .number, "offender": .number, "prisoner": .number, "doc": .number,
        "unhcr": .number, "refugee": .number, "asylum": .number, "veteran": .number, "service": .number, "serial#": .device,
        "cdl": .recordNumber, "medical": .recordNumber, "hospital": .recordNumber, "patient": .recordNumber,
        "pt": .recordNumber, "empi": .recordNumber, "mpi": .recordNumber, "unit": .recordNumber, "enc": .number,
        "acct#": .account, "account#": .account, "member#": .recordNumber, "policy#": .recordNumber, "group#": .recordNumber,
        "transmitter": .device, "asset": .device, "implant": .device, "model": .device, "serial-number": .device,
        "tracking": .number, "barcode": .number, "wristband": .number, "specimen": .recordNumber, "requisition": .recordNumber,
        "hp": .phone, "nhi": .recordNumber, "historia": .recordNumber, "prontuário": .recordNumber, "prontuario": .recordNumber,
        "rekord": .recordNumber, "mcd": .recordNumber, "mcd#": .recordNumber, "caso": .recordNumber, "unos": .recordNumber,
        "probenkennung": .number, "رقم": .recordNumber, "user": .recordNumber, "patientennummer": .recordNumber,
        "imo": .vehicle, "mmsi": .vehicle, "zips": .zipCode, "bnc": .number, "bnc#": .number, "seal": .number, "disc": .number, "cert": .recordNumber, "hibc": .device, "licencia": .recordNumber, "récord": .recordNumber, "hpcsa": .recordNumber, "prescription": .recordNumber, "rx": .recordNumber, "rx#": .recordNumber, "pin": .number, "passcode": .number,
        "lic": .recordNumber, "lic#": .recordNumber, "license#": .recordNumber, "licence#": .recordNumber, "sn#": .device,
        "serno": .device, "esn": .device, "meid": .device, "iccid": .device, "eui": .device,
        "hosp": .recordNumber, "hosp#": .recordNumber, "serials": .device, "sin": .ssn, "sin#": .ssn, "ins": .recordNumber,
        "ser": .device, "urn": .recordNumber, "hrn": .recordNumber, "crn": .recordNumber, "chi": .recordNumber, "nino": .ssn, "gmc": .recordNumber,
        "gphc": .recordNumber, "nmc": .recordNumber, "hcpc": .recordNumber, "ahpra": .recordNumber, "dossier": .recordNumber,
        "expediente": .recordNumber, "compte": .account, "cuenta": .account, "placa": .vehicle, "placas": .vehicle,
        "immatriculation": .vehicle, "kennzeichen": .vehicle, "matrícula": .vehicle, "matricula": .vehicle, "targa": .vehicle,
        "rego": .vehicle, "plz": .zipCode, "patienten-nr": .recordNumber, "cdcr": .number, "cdcr#": .number, "ramq": .recordNumber, "vitale": .recordNumber, "führerschein": .recordNumber, "führerschein-nr": .recordNumber,
    ]
    /// Labels that are also everyday words: an identifier only with `number`, `#` or `ID` after them.
    static let labelsNeedingFiller: Set<String> = [
        "group", "visit", "claim", "card", "bank", "invoice", "registration", "auth", "authorization", "permit", "booking",
        "case", "ticket", "order", "reference", "confirmation", "parole", "probation", "service", "veteran", "medical",
        "hospital", "patient", "pt", "unit", "model", "implant", "tracking", "specimen", "prescription", "rx", "doc",
        "asylum", "refugee", "offender", "prisoner", "wristband", "requisition", "asset", "plates", "tags", "pin",
        "subject", "randomization", "randomisation", "screening", "participant",
    ]
    /// Words that stand for "number" after a more specific word: `court case number`, `USCIS no.`.
    static let genericLabels: Set<String> = ["number", "no", "num", "nbr", "identifier", "identification", "#", "profesional"]
    static let labelFillers: Set<String> = [
        "number", "no", "num", "#", "#:", ":", "id", "is", "code", "plate", "name", "numbers", "of", "on", "file",
        "record", "security", "and", "nbr", "identification", "identifier", "card", "recipient", "sponsor", "benefits",
        "ending", "in", "digits", "last", "four", "the", "her", "his", "a", "was", "to", "at", "from", "(h)", "(c)",
        "(w)", "(m)", "h", "c", "w", "home", "work", "cell", "mobile", "f", "fax", "verification", "verified", "lookup",
        "status", "issued", "numbers:", "nos", "nos.", "value", "listed", "shows", "reads", "provided", "given", "as", "ref",
    ]
    static let ageSuffixes: Set<String> = [
        "year-old", "years-old", "yr-old", "yrs-old", "yo", "y/o", "y.o", "y.o.", "yoa", "year", "years", "yrs",
        "yr", "y",
    ]
    static let ageFollowers: Set<String> = ["years", "year", "yrs", "yr", "yo", "y/o", "y.o", "years-old", "year-old", "yoa"]
    static let ageLabels: Set<String> = ["age", "aged", "ages", "age:", "aged:"]
    static let durationWords: Set<String> = [
        "days", "day", "weeks", "week", "months", "month", "hours", "hour", "minutes", "min", "mins", "seconds",
        "mg", "ml", "units",
    ]
    static let unitWords: Set<String> = [
        "mg", "ml", "g", "mcg", "units", "unit", "cc", "kcal", "calories", "steps", "meters", "feet", "ft", "m", "l",
        "iu", "mm", "cm", "cells", "cells/mcl", "mg/dl", "copies", "kg", "lb", "lbs", "mmhg", "mmol/l", "meq",
        "ng/ml", "pg/ml", "u/l", "%", "percent", "times", "tablets", "doses",
    ]
    static let dateLeads: Set<String> = [
        "on", "since", "dated", "from", "until", "through", "thru", "date", "date:", "dob", "dob:", "born",
        "admitted", "discharged", "seen", "effective", "starting", "started", "beginning", "returned", "due", "intubated", "extubated",
        "scheduled", "before", "after", "by", "till", "expires", "expired", "drawn", "collected", "dos", "dos:",
    ]
    /// Labels after which a day and a month alone are a date: `LMP: 2/28`, `DOB 03-14`.
    static let strongDateLeads: Set<String> = [
        "lmp", "edd", "edc", "dob", "dod", "doa", "doi", "dos", "dated", "date", "birthday", "birthdate", "expiration",
        "exp", "expiry", "deceased", "died", "death", "delivered", "menses", "period",
    ]
    static let clinicalBefore: Set<String> = [
        "bp", "b/p", "pressure", "strength", "bipap", "cpap", "st", "s/t", "avaps", "asv", "ipap", "epap", "vent", "settings", "ps", "peep", "fio2", "psv", "motor", "power", "grade", "pain", "vision", "acuity", "murmur", "gcs",
        "apgar", "apgars", "ratio", "score", "scored", "reflexes", "dtrs", "nodes", "rated", "sats", "recall",
        "pulses", "is", "was", "of", "at", "x", "g", "p", "gravida", "para", "mmse", "moca", "bims", "slums", "phq", "edema", "tone",
        "scale", "graded", "fev1/fvc", "approximately", "about", "attendance", "cervix", "dilation", "va", "od", "os", "ou", "bcva", "ucva", "bcva:", "pa", "ta", "installment",
        "category", "niv", "bilevel", "class", "stage", "ilo", "pc", "nippv", "simv", "prvc", "vc", "ac", "aprv", "nava", "hfnc",
    ]
    static let clinicalAfter: Set<String> = [
        "strength", "systems", "plates", "correct", "items", "points", "criteria", "murmur", "pain", "vision", "reflexes", "lymph", "nodes", "cores", "specimens", "positive",
        "negative", "tablets", "tablet", "tab", "tabs", "score", "scale", "ratio", "systolic", "motor", "power",
        "bilaterally", "days", "inch", "inches", "in", "of", "cup", "cups", "tsp", "tbsp", "mg", "ml", "times",
        "recall", "pulses", "on", "with", "holosystolic", "crescendo", "murmurs", "dtrs", "edema", "grade", "and",
        "strength,", "throughout", "symmetric", "left", "right", "proximal", "distal", "upper", "lower", "in",
        "point", "points", "criteria", "items", "drinks", "packs", "dose", "doses", "vials", "patches",
        "od", "os", "ou", "od,", "os,", "nails", "teeth", "quadrants", "sites", "db", "hz", "shifts", "sessions", "treatments",
    ]
    static let monthLeads: Set<String> = [
        "in", "on", "since", "during", "early", "late", "mid", "until", "by", "last", "this", "next", "of", "from",
        "through", "before", "after",
    ]
    static let recurrenceWords: Set<String> = [
        "each", "every", "annually", "annual", "yearly", "seasonal", "seasonally", "usually", "typically", "tends", "tend",
        "always", "generally", "recurs", "recurring",
    ]
    /// Days in words: `twelve March`.
    static let cardinalDays: Set<String> = {
        let units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        var words: Set<String> = Set(units + ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "thirty-one"])
        for unit in units { words.insert("twenty-" + unit) }
        return words
    }()
    /// The first word of a year in words: `nineteen fifty-one`, `two thousand nineteen`, `twenty twenty-four`.
    static let yearWords: Set<String> = ["nineteen", "two", "twenty"]
    static let fullMonths: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let shortMonths: Set<String> = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
    /// Month names in lower case, full (`true`) or short.
    static let monthsByLower: [String: Bool] = {
        var months: [String: Bool] = [:]
        for month in fullMonths { months[month.lowercased()] = true }
        for month in shortMonths { months[month.lowercased()] = false }
        return months
    }()
    static let ordinalWords: [String: Int] = {
        let words = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth",
        ]
        var result: [String: Int] = [:]
        for (offset, word) in words.enumerated() { result[word] = offset + 1 }
        for (offset, word) in words.prefix(9).enumerated() {
            result["twenty-" + word] = 21 + offset
        }
        result["thirtieth"] = 30
        result["thirty-first"] = 31
        return result
    }()
    static let mailDomains: Set<String> = ["gmail", "hotmail", "yahoo", "outlook", "icloud", "aol", "protonmail", "proton", "live", "msn", "comcast", "mail"]
    /// Holidays named `X Day`.
    static let dayHolidays: Set<String> = [
        "boxing", "labor", "labour", "memorial", "independence", "veterans", "veterans'", "canada", "bastille", "anzac", "australia",
        "mother's", "father's", "presidents'", "presidents", "columbus", "victoria", "remembrance", "armistice", "thanksgiving", "christmas",
        "st. patrick's", "valentine's", "mlk",
    ]
    static let holidays: Set<String> = [
        "christmas", "thanksgiving", "halloween", "easter", "hanukkah", "chanukah", "passover", "kwanzaa", "diwali",
        "juneteenth", "valentine's",
    ]
    static let topLevelDomains: Set<String> = [
        "com", "org", "net", "edu", "gov", "io", "us", "info", "biz", "health", "care", "mil", "co", "me", "ly", "tv",
        "app", "uk", "ca", "au", "de", "fr", "link", "site", "online", "ai", "gl", "example", "page", "shop", "store", "blog",
        "xyz", "social", "nz", "ie", "ee", "to", "gg", "sh", "in", "za", "sg",
    ]
    static let stateCodes: Set<String> = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
        "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
        "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
    ]
    /// State codes that are not also common clinical abbreviations (MI, CA, MS, CT, GA, ...).
    static let unambiguousStateCodes: Set<String> = [
        "AZ", "FL", "IL", "KS", "KY", "MN", "MT", "NV", "NH", "NJ", "NM", "NY", "ND", "OH", "RI", "SD", "TN",
        "TX", "UT", "VT", "WA", "WV", "WI", "WY",
    ]
    /// Canadian provinces (`ON` only after a listed city: it is also a word).
    static let provinceCodes: Set<String> = ["QC", "ON", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "YT", "NT", "NU"]
    static let stateNames: Set<String> = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "Washington", "Wisconsin", "Wyoming",
    ]
    static let multiWordStates: Set<String> = [
        "new york", "new jersey", "new mexico", "new hampshire", "north carolina", "north dakota", "south carolina",
        "south dakota", "west virginia", "rhode island", "puerto rico", "district of", "new england",
    ]
    /// Countries and territories, lower case, one to three words. Written from general knowledge.
    static let countries: Set<String> = Set("""
        afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
        bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina
        burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark
        djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia
        germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
        ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos
        latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives
        mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique
        myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria macedonia norway oman pakistan
        palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal
        serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
        tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay
        uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe england scotland wales britain tibet greenland
        guam aruba curacao bermuda martinique guadeloupe usa u.s u.s.a uk america
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)).union([
        "el salvador", "costa rica", "dominican republic", "south africa", "new zealand", "sri lanka", "saudi arabia",
        "south korea", "north korea", "ivory coast", "sierra leone", "burkina faso", "cape verde", "papua new guinea",
        "trinidad and tobago", "czech republic", "united states", "united kingdom", "united arab emirates",
        "south sudan", "east timor", "the philippines", "the netherlands", "great britain", "northern ireland",
        "puerto rico", "hong kong", "the bahamas", "the gambia", "the congo", "virgin islands", "marshall islands",
        "solomon islands", "the us", "the u.s", "the usa", "the uk", "equatorial guinea", "guinea-bissau",
    ])
    /// Regions larger than a state.
    static let regions: Set<String> = [
        "africa", "asia", "europe", "antarctica", "oceania", "caribbean", "midwest", "appalachia", "scandinavia",
        "balkans", "siberia", "central america", "south america", "north america", "latin america", "middle east",
        "southeast asia", "east asia", "south asia", "central asia", "west africa", "east africa", "north africa",
        "southern africa", "sub-saharan africa", "eastern europe", "western europe", "the south", "the north",
        "the midwest", "new england", "the caribbean", "pacific northwest", "the west", "the east", "the southwest",
        "the northeast", "the southeast", "the northwest", "deep south", "the mainland", "the islands", "the states",
        "overseas", "abroad", "europe's",
        // First-level divisions abroad, as large as a state (not those that share a name with a city or a person).
        "ontario", "quebec", "québec", "alberta", "manitoba", "saskatchewan", "newfoundland", "nunavut", "yukon",
        "maharashtra", "kerala", "karnataka", "gujarat", "rajasthan", "punjab", "haryana", "bihar", "odisha", "orissa", "assam",
        "telangana", "jharkhand", "chhattisgarh", "uttarakhand", "tripura", "manipur", "meghalaya", "mizoram", "nagaland", "sikkim",
        "bavaria", "bayern", "saxony", "sachsen", "hesse", "hessen", "thuringia", "thüringen", "brandenburg", "saarland",
        "baden-württemberg", "baden-wurttemberg", "schleswig-holstein", "rhineland-palatinate", "mecklenburg-vorpommern",
        "queensland", "tasmania", "jalisco", "chiapas", "sonora", "coahuila", "michoacán", "michoacan", "yucatán", "yucatan",
        "sinaloa", "tamaulipas", "nayarit", "zacatecas", "tabasco", "campeche", "guangdong", "sichuan", "yunnan", "hunan", "hubei",
        "henan", "hebei", "shandong", "shanxi", "shaanxi", "jiangsu", "zhejiang", "fujian", "anhui", "jiangxi", "guizhou", "gansu",
        "qinghai", "liaoning", "heilongjiang", "hainan", "xinjiang", "tibet", "guangxi", "sindh", "balochistan", "amazonas",
        "pernambuco", "ceará", "ceara", "andalusia", "andalucía", "catalonia", "cataluña", "lombardy", "lombardia", "tuscany",
        "toscana", "sicily", "sicilia", "sardinia", "piedmont", "veneto",
    ]
    static let regionWords: Set<String> = ["bay", "metro", "tri-state", "tristate", "greater"]
    /// Words that are never a place after `lives in`: care settings, housing, institutions.
    static let notPlaces: Set<String> = Set("""
        army navy marines marine corps airforce coast guard reserves reserve national pod chair bay wing resus
        assisted independent memory skilled section senior group nursing hospice home long-term rehab rehabilitation
        shelter veterans foster residential supportive public transitional sober halfway subsidized government
        military federal state county city town village rural urban suburban private catholic christian jewish
        hospital clinic facility facilities unit units jail prison detention apartment apartments house condo
        mobile trailer camp tent car vehicle street streets spanish english arabic french recovery triage reception operatory operatories pyxis omnicell
        waiting holding lobby treatment procedure pediatric trauma resuscitation observation discharge admitting
        registration intake exam staging broca wernicke kiesselbach administration business financial billing
        surgical medical operating dialysis infusion radiology imaging na cl cr bun rm room rooms bed beds floor ward wards stepdown
        doc dhs dcfs cps aps dss
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    /// Cities, lower case: the largest US cities and state capitals and some large cities abroad. Written from
    /// general knowledge; cities that are also clinical words (Mobile, Reading, Normal, Bethesda, Lyme, Norwalk)
    /// are left out.
    static let cities: Set<String> = Set("""
        houston chicago phoenix philadelphia dallas jacksonville seattle denver boston detroit nashville memphis
        portland baltimore milwaukee albuquerque tucson fresno sacramento atlanta miami oakland minneapolis tulsa
        wichita cleveland tampa honolulu anaheim pittsburgh cincinnati stockton toledo newark henderson lincoln
        orlando chandler laredo madison lubbock scottsdale reno glendale gilbert winston-salem durham irvine
        birmingham rochester spokane tacoma fontana richmond modesto fayetteville yonkers worcester providence
        knoxville shreveport chattanooga brownsville hartford bridgeport savannah syracuse dayton akron louisville
        lexington omaha raleigh charlotte indianapolis columbus austin sarasota pensacola gainesville tallahassee
        augusta macon albany buffalo boise olympia salem helena bismarck pierre topeka montgomery annapolis
        trenton harrisburg springfield frankfort charleston montpelier concord juneau carson cheyenne provo
        anchorage fairbanks berkeley pasadena brooklyn bronx queens manhattan harlem staten cambridge somerville
        flint lansing kalamazoo toledo youngstown erie allentown scranton camden paterson hoboken newport
        biloxi marrakech marrakesh tupelo hattiesburg baton lafayette metairie galveston corpus amarillo odessa midland waco killeen
        tyler beaumont plano arlington irving garland mesquite frisco mckinney el-paso tempe mesa yuma flagstaff
        kingman eugene medford bend boulder aurora pueblo lakewood ogden orem logan missoula billings bozeman
        fargo sioux duluth rockford peoria joliet naperville evanston gary hammond evansville
        toronto montreal montréal vancouver calgary edmonton ottawa winnipeg quebec halifax london manchester
        liverpool leeds glasgow edinburgh dublin belfast cardiff paris lyon marseille berlin munich hamburg frankfurt
        madrid barcelona lisbon rome milan naples vienna prague warsaw krakow budapest athens istanbul moscow kyiv
        kiev cairo lagos abuja accra nairobi addis mogadishu kinshasa johannesburg durban tehran baghdad beirut
        damascus amman riyadh jeddah dubai karachi lahore islamabad delhi mumbai kolkata chennai bangalore
        bengaluru hyderabad dhaka kathmandu colombo bangkok hanoi saigon manila jakarta beijing shanghai
        guangzhou shenzhen tokyo osaka kyoto seoul busan taipei sydney melbourne brisbane perth auckland
        havana kingston port-au-prince santo tegucigalpa managua guadalajara monterrey tijuana juarez cancun
        oaxaca puebla bogota bogotá medellin medellín lima quito caracas santiago buenos montevideo
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)).union([
        "new york city", "los angeles", "san antonio", "san diego", "san jose", "san francisco", "fort worth",
        "las vegas", "oklahoma city", "long beach", "virginia beach", "kansas city", "colorado springs",
        "st. louis", "st louis", "saint louis", "new orleans", "salt lake", "baton rouge", "corpus christi",
        "el paso", "santa fe", "santa ana", "santa barbara", "santa cruz", "san juan", "des moines", "little rock",
        "fort lauderdale", "st. paul", "saint paul", "st. petersburg", "west palm", "palm beach", "ann arbor",
        "grand rapids", "green bay", "sioux falls", "cedar rapids", "jersey city", "atlantic city", "carson city",
        "mexico city", "guatemala city", "panama city", "quebec city", "rio de", "são paulo", "sao paulo",
        "addis ababa", "buenos aires", "santo domingo", "tel aviv", "ho chi", "hong kong", "kuala lumpur",
        "new delhi", "cape town", "little havana", "south bronx", "east harlem", "south side", "west side",
    ]).union(PHIScanner.placeListCities)
    /// The cities of `PHIPlaces.swift`.
    static let placeListCities: Set<String> = {
        var names = Set<String>(minimumCapacity: 8_192)
        // Split on bytes: faster at start-up than splitting characters.
        let single = Array(Places.cities.utf8)
        var start = 0
        for (offset, byte) in single.enumerated() where byte == 0x20 || byte == 0x0A {
            if offset > start { names.insert(String(decoding: single[start..<offset], as: UTF8.self)) }
            start = offset + 1
        }
        if single.count > start { names.insert(String(decoding: single[start...], as: UTF8.self)) }
        let multi = Array(Places.multiWordCities.utf8)
        start = 0
        for (offset, byte) in multi.enumerated() where byte == 0x0A {
            var first = start
            while first < offset, multi[first] == 0x20 { first += 1 }
            if offset > first { names.insert(String(decoding: multi[first..<offset], as: UTF8.self)) }
            start = offset + 1
        }
        return names
    }()
    /// Words before a row of readings: `FSBG ac/hs 142 188 201 167`.
    static let readingWords: Set<String> = [
        "fsbg", "fsbs", "cbg", "cbgs", "bg", "bgs", "glucose", "glucoses", "sugars", "ac/hs", "accuchecks", "fingersticks", "readings",
    ]
    /// Words for kin in other languages, used as names of address (`lola`, `tito`, `hooyo`).
    static let kinshipWords: Set<String> = [
        "tita", "tito", "lola", "lolo", "nanay", "tatay", "kuya", "ate", "manang", "manong", "hooyo", "aabo", "abuela", "abuelo",
        "tía", "tío", "tia", "tio", "mamá", "papá", "vovó", "vovô", "avó", "avô", "grann", "granpè", "manman", "papa",
    ]
    /// Labels of a language or a country of origin (`Language:`, `Idioma:`, `Ngôn ngữ:`, `Country of origin:`).
    static let languageOrCountryLabels: Set<String> = [
        "language", "languages", "idioma", "língua", "lingua", "langue", "ngữ", "luqadda", "wika", "lang", "country", "país", "pays",
        "nationality", "nacionalidad",
    ]
    /// The words of `Roles.laterRuleWord`.
    static let laterRuleWords: Set<String> = settlementWords.union(weekdays).union(ssnWords).union([
        "resident", "native", "island", "isle", "cay", "city", "chapter", "twp", "twp.", "township", "neighborhood", "neighbourhood", "barrio", "subdivision",
        "reservation", "rancheria", "pueblo", "reserve", "downtown", "uptown", "midtown", "hometown", "county",
        "handoff", "report", "endorsed", "handed", "given", "passed", "hand-off", "username", "user", "login", "userid", "user-id",
        "ref", "ref#", "ref.", "wohnort", "hc", "happy", "hundred", "score", "ninety-something", "ninety-odd", "ninetysomething", "ninety-ish",
        "w/", "tell", "ask", "page", "remind", "aircraft", "helicopter", "helo", "plane", "airframe", "sign",
    ])
    /// Names of languages, which are no one's name on a line about an interpreter or a language.
    static let languageNames: Set<String> = [
        "portuguese", "spanish", "french", "english", "arabic", "somali", "vietnamese", "tagalog", "mandarin", "cantonese", "russian",
        "haitian", "creole", "kreyol", "korean", "japanese", "hindi", "urdu", "punjabi", "bengali", "farsi", "dari", "pashto",
        "swahili", "amharic", "tigrinya", "polish", "ukrainian", "german", "italian", "greek", "turkish", "hmong", "karen", "burmese",
        "nepali", "marshallese", "chuukese", "samoan", "tongan", "navajo", "asl", "danish", "swedish", "norwegian", "finnish", "dutch", "diné", "dine", "bizaad", "lakota", "ojibwe",
        "ojibwemowin", "cherokee", "yupik", "yup'ik", "inupiaq", "tohono", "apache",
    ]
    /// Words of something implanted, whose lot belongs to the person it is in.
    static let implantWords: Set<String> = [
        "implant", "implants", "implanted", "pacemaker", "defibrillator", "icd", "prosthesis", "prosthetic", "stent", "graft", "lead",
        "leads", "pump", "valve", "port", "shunt", "stimulator", "cochlear", "lens", "iol", "breast", "joint", "component", "device",
    ]
    /// Words of a facility after a listed city: `the Fresno clinic`, `the Decatur plant`.
    static let cityFacilityWords: Set<String> = [
        "clinic", "hospital", "site", "office", "campus", "branch", "location", "center", "centre", "facility", "area",
        "airport", "plant", "mill", "factory", "warehouse", "depot", "yard", "store",
    ]
    /// People whose photograph it is, after `photo of the`: `Photograph of the seafarer`.
    static let photographedPeople: Set<String> = [
        "patient", "patient's", "pt", "seafarer", "applicant", "worker", "employee", "member", "participant",
        "client", "resident", "student", "driver", "pilot", "donor", "decedent", "deceased", "marin", "trabajador", "case", "contact",
    ]
    /// Words of a vaccine or a drug given, whose lot is the batch's and no one's.
    static let vaccineWords: Set<String> = [
        "vaccine", "vaccines", "vaccinated", "carpule", "carpules", "vial", "vials", "flu", "influenza", "lidocaine", "articaine",
        "medication", "ampule", "ampoule", "syringe", "immunization", "immunisation", "tdap", "mmr", "booster", "shot",
    ]
    /// Words for a settlement or a district, beside its name: `community Pangnirtung`, `Idukki district`.
    static let settlementWords: Set<String> = [
        "community", "village", "hamlet", "settlement", "township", "town", "district", "province", "prefecture", "parish",
        "county", "municipality", "borough", "oblast", "governorate", "taluk", "tehsil", "mandal", "kampung", "kebele",
        "woreda", "upazila", "reserve", "reservation", "rancheria", "frazione", "comune", "località",
    ]
    static let placeLeads: Set<String> = [
        "lives", "lived", "living", "resides", "resided", "residing", "moved", "relocated", "relocating",
        "originally", "native", "born", "raised", "grew", "hometown", "immigrated", "emigrated", "commutes",
        "visiting", "vacationing", "stationed", "deployed", "incarcerated", "travelled", "traveled", "trip",
        "vacation", "visited", "hails", "arrived", "fled",
    ]
    static let placePrepositions: Set<String> = ["in", "from", "to", "near", "at", "outside", "around", "of", "off", "between", "through", "toward", "towards"]
    static let placeFillers: Set<String> = [
        "in", "to", "from", "near", "at", "outside", "of", "up", "here", "there", "the", "back", "into", "within",
        "around", "nearby", "just", "alone", "together", "recently", "currently", "with", "off", "downtown",
    ]
    static let coordinateLabels: Set<String> = [
        "latitude", "lat", "longitude", "long", "lon", "lng", "coordinates", "coords", "gps", "location", "lat/long",
        "lat/lon", "geolocation",
    ]
    /// Named places smaller than a state: `the Burnside Bridge`, `Greenwood Park`.
    static let landmarkWords: Set<String> = [
        "Bridge", "Park", "Plaza", "Mall", "Square", "Station", "Lake", "River", "Creek", "Beach", "Heights", "Hills",
        "Estates", "Apartments", "Towers", "Manor", "Village", "Motel", "Hotel", "Inn", "Campground", "Marina", "Pier", "Isle",
        "Harbor", "Harbour", "Canyon", "Falls", "Springs", "Valley", "Island", "Mountain", "Bay", "Woods", "Forest", "Common",
        "Gardens", "Commons", "Crossing", "Landing", "Ridge", "Meadows", "Pines", "Acres", "Homes", "Courts", "Projects",
        "Subdivision", "Reservoir", "Pond", "Trailhead", "Stadium", "Arena", "Airport", "Terminal", "Depot", "Cemetery",
        "Library", "Zoo", "Casino", "Prison", "Jail", "Penitentiary", "Lodge", "Ranch", "Farms", "Quarry", "Refinery",
        "Mill", "Mills", "Dam", "Marsh", "Glen", "Grove", "Hollow", "Shores", "Bluffs", "Terrace",
        "Condominiums", "Condos", "Lofts", "Flats", "Residences", "Shelter", "Encampment", "Camp",
    ]
    static let landmarkLeads: Set<String> = [
        "the", "under", "behind", "by", "across", "on", "beside", "along", "below", "beneath", "inside", "outside",
        "past", "toward", "towards", "into", "onto", "opposite",
    ]
    static let areaWords: Set<String> = ["area", "neighborhood", "neighbourhood", "district", "barrio", "suburb", "suburbs"]
    static let countyWords: Set<String> = ["County", "Parish", "Borough", "Township"]
    static let roadWords: Set<String> = ["Route", "Rte", "Highway", "Hwy", "Interstate", "SR", "CR"]
    /// Months of Spanish, French, Portuguese, Italian, German and Filipino, and of the Islamic calendar (lower case).
    static let foreignMonths: Set<String> = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre",
        "diciembre", "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre",
        "novembre", "décembre", "decembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "januar", "februar",
        "märz", "juni", "juli", "oktober", "dezember", "muharram", "safar", "rajab", "shaban", "sha'ban", "ramadan", "ramazan",
        "shawwal", "rabi", "jumada", "dhul", "pebrero", "marso", "hunyo", "hulyo", "setyembre", "oktubre", "nobyembre", "disyembre",
        "janvye", "fevriye", "jiyè", "septanm", "oktòb", "novanm", "desanm",
    ]
    /// The words that start an age of 90 to 99 in English, Spanish, Portuguese, Italian, French and German.
    static let ninetyWords: [String] = [
        "ninety", "noventa", "novanta", "nonante", "neunzig", "quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze",
        "quatre-vingt-treize", "quatre-vingt-quatorze", "quatre-vingt-quinze", "quatre-vingt-seize",
    ]
    /// The ends of keys that name a person in `key=value` text: `patient_first=`, `pt_last=`, `lname=`.
    static let keyNameParts: [String] = ["first", "last", "lname", "fname", "surname", "given", "firstname", "lastname", "_name", "fullname", "middle"]
    /// The endings of one-word street names abroad: `Keizersgracht`, `Lindenstraße`, `Storgatan`, `Mannerheimintie`.
    static let foreignStreetEndings: [String] = [
        "gracht", "straat", "strasse", "straße", "weg", "gasse", "laan", "plein", "vej", "gade", "gatan", "vägen", "katu",
        "utca", "ulitsa", "allee", "damm", "ring", "kade", "steeg",
    ]
    /// Words for a town or quarter in other languages, before its name: Spanish, Portuguese, French, Filipino.
    static let foreignPlaceWords: Set<String> = [
        "barrio", "colonia", "bairro", "ciudad", "municipio", "pueblo", "aldea", "vila", "quartier", "comuna", "barangay", "brgy", "purok", "sitio",
    ]
    /// The small words inside names of many languages: `Maria de Lourdes`, `Abdullah bin Rashid`, `Ludwig van Dijk`.
    static let nameParticles: Set<String> = [
        "de", "la", "du", "des", "del", "della", "di", "da", "le", "van", "von", "el", "los", "las", "bin", "bint", "ibn", "ben",
        "dos", "das", "der", "den", "ter", "ó", "ní", "nic", "ua", "ap", "ab", "ferch", "uí", "te",
    ]
    /// Labels of a field that holds one part of a name.
    static let namePartLabels: Set<String> = [
        "surname:", "given:", "given name:", "first name:", "last name:", "family name:", "forename:", "forenames:", "apellido:",
        "apellidos:", "nombre:", "vorname:", "nachname:", "prénom:", "nom:", "maiden name:", "middle name:", "last:", "first:",
    ]
    static let streetPrefixes: Set<String> = [
        "Rue", "Calle", "Avenida", "Rua", "Camino", "Chemin", "Strasse", "Quai", "Impasse", "Allée", "Via", "Viale", "Piazza", "Paseo",
        "Carrer", "Travessa", "Avenue", "Boulevard",
    ]
    static let streetSuffixes: Set<String> = [
        "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court",
        "Ct", "Way", "Place", "Pl", "Terrace", "Circle", "Cir", "Parkway", "Pkwy", "Highway", "Hwy", "Trail",
        "Square", "Sq", "Pike", "Plaza", "Row", "Alley", "Crescent", "Tce", "Cres", "Close", "Gardens", "Grove", "Mews", "Parade", "Esplanade",
        "Run", "Trace", "Bend", "Crossing", "Hollow",
        // (In capitals only the suffixes that are no clinical abbreviation: not `ST`, `CT`, `DR`.)
        "STREET", "AVENUE", "AVE", "ROAD", "BLVD", "LANE", "LN", "DRIVE", "COURT", "TERRACE", "TCE", "CIRCLE", "PKWY", "HWY",
        "CRESCENT", "CRES",
    ]
    /// Suffixes that name a street even without its number: `Main Street`, `Colfax Ave`.
    static let fullStreetSuffixes: Set<String> = [
        "Street", "Avenue", "Ave", "Boulevard", "Blvd", "Road", "Rd", "Lane", "Ln", "Drive", "Parkway", "Pkwy",
        "Terrace",
    ]
    static let notStreetNames: Set<String> = ["sex", "test", "hard", "disk", "flash", "thumb", "main", "dirt", "gravel"]
    static let directions: Set<String> = ["N", "S", "E", "W", "NE", "NW", "SE", "SW", "North", "South", "East", "West"]
    static let phoneLeads: Set<String> = [
        "call", "called", "phone", "cell", "mobile", "tel", "telephone", "fax", "facsimile", "dial", "text", "reach", "efax", "e-fax", "faxed", "vm", "voicemail",
        "reached", "calls", "calling", "phoned", "phones", "rang", "contact", "number", "pager", "landline", "at", "ph", "callback", "line", "whatsapp", "telefax",
        "ph#", "tel#", "phone#", "cell#", "fax#", "contact#", "telephone#", "mobile#", "cel", "tel.", "ph.", "phone:",
        "cellular", "home#", "work#", "fx", "fx#", "fx:", "txt", "texted", "mob", "mob:", "tlf", "tél", "teléfono", "telefono", "h/p:", "w/p:", "c/p:", "h/p", "w/p", "c/p", "telefon",
    ]
    static let biometricWords: Set<String> = [
        "fingerprint", "fingerprints", "thumbprint", "thumbprints", "voiceprint", "voiceprints", "palmprint",
        "palmsecure", "biometric", "biometrics", "faceprint", "irisprint", "palmprints", "footprints", "footprint", "handprint", "handprints",
        "fingerprinted", "earprint", "codis", "afis", "voice-id", "voiceid", "face-id", "faceid", "y-str", "ystr", "y-strs",
        "iris-scan", "retina-scan", "retinal-scan", "faceprints", "voice-print", "voiceprinting", "palm-vein", "voice-biometric", "hand-geometry", "face-geometry", "facial-geometry", "23andme", "vcf", "minutiae", "haplogroup",
        "finger-vein", "fingerabdruck",
    ]
    static let biometricPairs: Set<String> = [
        "retinal scan", "retina scan", "iris scan", "iris template", "iris enrollment", "iris enrolment", "retina template", "retinal template", "minutiae file",
        "minutiae template", "fingerprint template", "iris code", "iris hash", "facial recognition", "face recognition",
        "face template", "facial template", "face scan", "palm vein", "palm print", "thumb print", "finger print", "thumb prints", "finger prints", "hand geometry", "gait signature",
        "voice print", "dna reference", "huella dactilar", "huella digital", "empreinte digitale", "empreintes digitales", "empreinte vocale", "genotype file",
        "palm prints", "iris images", "iris image", "latent print", "latent prints", "reference dna", "footprint card", "control-region sequence",
        "huellas dactilares", "rapid dna", "control-region haplotype", "voice biometrics", "voice template", "vein pattern", "dna profile", "voice authentication",
        "voice recognition", "voice sample", "speaker verification", "facial geometry", "facial scan", "face geometry",
        "hand scan", "palm scan", "finger scan", "retinal pattern", "retina pattern", "iris pattern", "iris recognition",
        "retinal identification", "vein scan", "facial biometrics", "face match", "finger vein", "keystroke dynamics",
        "typing pattern", "signature dynamics", "ear shape", "face id", "touch id", "facial map", "face map",
        "voice signature", "vocal signature", "iris code", "iris image", "retina image", "palm image", "finger image",
        "dna sample", "dna fingerprint", "dna fingerprinting", "dna identification", "dna match", "gait recognition",
        "facial image", "vein template", "finger template", "hand template", "fingerprint template", "heartbeat signature",
        "ecg biometric", "footprint record", "footprints taken", "footprint sheet", "haplotype profile", "str profile",
        "str haplotype", "genetic fingerprint", "dna profiling", "voice recording", "iris photograph", "huella de voz",
        "huellas de voz", "empreinte de voix", "retinal image", "retinal images", "retina match",
    ]
    static let photoWords: Set<String> = [
        "photo", "photos", "photograph", "photographs", "picture", "pictures", "pic", "pics", "headshot", "portrait",
        "snapshot", "mugshot", "photographed", "videotaped", "filmed", "photography", "photographic", "photographing",
        "photo-id", "polaroid", "headshots", "portraits", "snapshots", "foto", "fotos", "fotografia", "fotografía", "passbild", "passfoto", "lichtbild",
        "porträtfoto", "before/after", "before-and-after", "patientenfoto", "ganzgesichtsfoto", "gesichtsfoto", "larawan", "ảnh", "صورة", "sawirka", "sawir", "jpeg", "jpg", "photographie",
    ]
    /// (`Passfoto`: a passport photograph is a full face by definition.)
    static let selfieWords: Set<String> = ["selfie", "selfies", "headshot", "mugshot", "passfoto", "passbild"]
    /// Handle labels that are words in any case (app names need their capital: `family discord`).
    static let handleWords: Set<String> = ["username", "handle", "gamertag", "screenname"]
    static let handleLabels: Set<String> = [
        "username", "handle", "snapchat", "instagram", "tiktok", "twitter", "facebook", "discord", "reddit", "telegram",
        "gamertag", "screenname", "youtube", "twitch", "linkedin", "threads", "bluesky",
    ]
    /// Words that put a line's cues on, in lower case.
    static let cueWords: [String: Cues] = {
        var words: [String: Cues] = [:]
        for word in biometricWords { words[word, default: []].insert(.biometric) }
        for pair in biometricPairs { words[String(pair.split(separator: " ")[0]), default: []].insert(.biometric) }
        for word in ["template", "templates", "file", "enrolled", "enrollment", "record", "id", "identifier", "identification",
            "verified", "verification", "matched", "match", "profile", "stored", "captured", "registered", "login",
            "authentication", "identity", "scanner", "scan", "signature", "confirmed", "token", "hash", "linked", "key",
            "registered", "unlock", "unlocks", "unlocked", "access", "kiosk", "database", "codis", "afis", "collected",
            "sample", "submitted", "enroll", "enrolled", "number", "no", "#", "identify", "login", "log-in", "sign-in",
            "check-in", "police", "taken", "recognition", "registry", "used", "uses", "using", "verify", "identifies", "ref", "reference",
            "ivr", "ref#", "code", "done", "copy", "obtained", "completed", "registrada", "registradas", "registrado", "registrados", "gespeichert", "hinterlegt", "enregistrée", "retained", "enrolment", "haplotype", "tomada", "tomadas", "relevées", "uploaded", "brought", "attached", "rolled", "lifted",
            "compared", "kinship", "autopsy", "numérisée", "tomaron", "abgenommen", "identifizierung", "logged", "guardada", "guardado", "almacenada", "almacenado"]
        {
            words[word, default: []].insert(.biometricContext)
        }
        for word in photoWords { words[word, default: []].insert(.photo) }
        // (`Foto de frente`: a photograph taken from the front, in Spanish.)
        for word in ["face", "faces", "full-face", "facial", "full-facial", "face-on", "front-facing", "portrait", "portraits", "headshot", "headshots", "frontal", "cara", "rostro", "rosto", "mukha", "mặt", "وجه", "wajiga", "figi", "gesicht", "visage", "porträtfoto", "ganzgesichtsfoto", "gesichtsfoto", "frente"] {
            words[word, default: []].insert(.face)
        }
        for word in ["identification", "id", "banner", "badge", "identity", "carnet", "d'identité", "identité"] { words[word, default: []].insert(.identification) }
        for word in selfieWords { words[word, default: []].insert(.selfie) }
        for word in handleLabels { words[word, default: []].insert(.handle) }
        for word in ["tattoo", "tattoos", "tattooed"] { words[word, default: []].insert(.tattoo) }
        for word in mediaWords { words[word, default: []].insert(.media) }
        for word in radiologyWords { words[word, default: []].insert(.radiology) }
        for word in storageWords { words[word, default: []].insert(.storage) }
        for word in notableWords.union(outletWords) { words[word, default: []].insert(.notable) }
        for phrase in notablePhrases { words[String(phrase.split(separator: " ")[0]), default: []].insert(.notable) }
        for word in markWords { words[word, default: []].insert(.mark) }
        words["only", default: []].insert(.only)
        for word in ["lives", "lived", "living", "live", "resides", "moved", "relocated", "home", "house", "apartment",
            "trailer", "staying", "stays", "farm", "ranch", "neighborhood", "neighbourhood", "sisters", "sister's", "mom's", "moms",
            "address", "addr", "domicile", "domicilio", "reside", "vive", "vivía", "mora", "habite", "nakatira"]
        {
            words[word, default: []].insert(.residence)
        }
        return words
    }()
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
