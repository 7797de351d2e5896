/// Finds the HIPAA Safe Harbor identifiers that a detector can see in chart text.
///
/// Rule-based and line by line, over whitespace tokens and their neighbours:
/// - names after a title (`Mr.`, `Mrs.`, `Ms.`, `Miss`, `Dr.`), on a person line
///   (`Patient: First Last`, `Name:`, `Surgeon:`), after `signed by`, or before a credential
///   (`Jane Doe, MD`);
/// - dates finer than the year: `3/14`, `03/14/2025`, `2025-03-14`, `March 14`, `14 Mar 2025`,
///   `March 2025`, `in June`; clinical numbers pass (`BP 128/82`, `5/5 strength`,
///   `2/6 murmur`, `20/20 vision`, `pain 7/10`, `32 4/7 weeks`, `hospital day 2`, `POD 1`);
/// - ages over 89 (`92-year-old`, `age 95`, `95 y/o`); `90 or older` passes;
/// - phone and fax numbers, e-mail addresses, URLs, IP addresses, SSNs;
/// - medical record, account, health plan, member, licence, vehicle (VIN, plate) and device
///   numbers after their labels, and any long run of digits;
/// - ZIP codes after a state or a ZIP label, `City, ST`, street addresses, PO boxes.
///
/// Placeholders in square brackets (`[NAME]`, `[DATE]`, `[MRN]`) are never identifiers.
public struct PHIScanner: Sendable {
    public init() {}

    /// The kind of identifier found.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case name, date, age, phone, email, ssn, recordNumber = "record-number", vehicle, device, url
        case ipAddress = "ip-address", zipCode = "zip-code", address, number

        /// What it is, in a sentence's words.
        public var noun: String {
            switch self {
            case .name: return "a person's name"
            case .date: return "a date more specific than the year"
            case .age: return "an age over 89"
            case .phone: return "a phone or fax number"
            case .email: return "an e-mail address"
            case .ssn: return "a Social Security number"
            case .recordNumber: return "a record, account, plan, member or licence number"
            case .vehicle: return "a vehicle identifier"
            case .device: return "a device serial number"
            case .url: return "a web address"
            case .ipAddress: return "an IP address"
            case .zipCode: return "a ZIP code"
            case .address: return "a street address or place"
            case .number: return "a long number that could identify someone"
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
        maskPlaceholders(&bytes)
        let tokens = tokenize(bytes)
        guard !tokens.isEmpty else { return [] }
        var found: [Int: Kind] = [:]
        func flag(_ index: Int, _ kind: Kind) { if found[index] == nil { found[index] = kind } }
        for index in tokens.indices {
            if let kind = classifyAlone(tokens, index) { flag(index, kind) }
            if let (at, kind) = classifyInContext(tokens, index) { flag(at, kind) }
        }
        return found.keys.sorted().map { index in
            Finding(kind: found[index]!, column: tokens[index].column, text: tokens[index].raw)
        }
    }

    // MARK: - Tokens

    struct Token {
        var raw: String
        /// Without surrounding punctuation.
        var core: String
        var lower: String
        var column: Int
        var endsWithComma: Bool
    }

    private func maskPlaceholders(_ bytes: inout [UInt8]) {
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "[") {
                var end = index + 1
                while end < bytes.count, end - index < 64, bytes[end] != UInt8(ascii: "]"), bytes[end] != UInt8(ascii: "[") {
                    end += 1
                }
                if end < bytes.count, bytes[end] == UInt8(ascii: "]") {
                    for masked in index...end { bytes[masked] = UInt8(ascii: " ") }
                    index = end
                }
            }
            index += 1
        }
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
            }
            let raw = String(decoding: bytes[start..<index], as: UTF8.self)
            let core = Self.trimPunctuation(raw)
            tokens.append(Token(raw: raw, core: core, lower: core.lowercased(), column: startColumn,
                endsWithComma: raw.hasSuffix(",")))
        }
        return tokens
    }

    static func trimPunctuation(_ text: String) -> String {
        var bytes = Substring(text).utf8[...]
        while let first = bytes.first, leadingPunctuation.contains(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, trailingPunctuation.contains(last) { bytes = bytes.dropLast() }
        return String(Substring(bytes))
    }

    private static let leadingPunctuation = Set("(\"'*_`<{".utf8)
    private static let trailingPunctuation = Set(".,;:)]\"'!?*_`>}".utf8)

    // MARK: - One token alone

    private func classifyAlone(_ tokens: [Token], _ index: Int) -> Kind? {
        let token = tokens[index]
        let core = token.core
        guard !core.isEmpty else { return nil }
        let bytes = Array(core.utf8)
        if let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0, bytes[(at + 1)...].contains(UInt8(ascii: ".")) {
            return .email
        }
        if isURL(token.lower) { return .url }
        if isMidMonth(core) { return .date }
        let hasDigit = bytes.contains { $0 >= 0x30 && $0 <= 0x39 }
        guard hasDigit else { return nil }
        let hasLetter = bytes.contains { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        if !hasLetter {
            if isIPAddress(core) { return .ipAddress }
            if matches(core, "ddd-dd-dddd") { return .ssn }
            let next = tokens.indices.contains(index + 1) ? tokens[index + 1] : nil
            if isPhone(core, next: next) || isPhone(token.raw, next: next) { return .phone }
            if isDateAlone(core) { return .date }
            if matches(core, "ddddd-dddd") { return .zipCode }
            if longestDigitRun(bytes) >= 8 && !core.contains(",") && !core.contains(".") { return .number }
            if core.hasPrefix("#"), longestDigitRun(bytes) >= 5 { return .number }
        } else {
            if isISODateTime(core) { return .date }
            if isAgeWord(token.lower) { return .age }
            if isVIN(core) { return .vehicle }
            if longestDigitRun(bytes) >= 8 { return .number }
        }
        return nil
    }

    private func isURL(_ lower: String) -> Bool {
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") || lower.hasPrefix("ftp://") {
            return true
        }
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else { return false }
        let tld = lower[lower.index(after: dot)...]
        guard Self.topLevelDomains.contains(String(tld)) else { return false }
        let name = lower[..<dot]
        return name.count >= 2 && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }
            && name.first!.isLetter
    }

    private func isIPAddress(_ core: String) -> Bool {
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            (1...3).contains(part.count) && part.allSatisfy(\.isASCIIDigitCharacter) && Int(part)! <= 255
        }
    }

    private func isPhone(_ core: String, next: Token?) -> Bool {
        for shape in ["ddd-ddd-dddd", "ddd.ddd.dddd", "(ddd)ddd-dddd", "1-ddd-ddd-dddd", "+1-ddd-ddd-dddd", "(ddd)-ddd-dddd"]
        where matches(core, shape) { return true }
        if matches(core, "(ddd)") || matches(core, "(ddd"), let next, matches(next.core, "ddd-dddd") { return true }
        if matches(core, "ddd-dddd") {
            let parts = core.split(separator: "-")
            if parts[0].first == "0" || parts[0].first == "1" { return false }
            if parts[0].hasSuffix("00") && parts[1].hasSuffix("00") { return false }
            if let next, Self.unitWords.contains(next.lower) { return false }
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
                    return isYear(numbers[0]) && (1...12).contains(numbers[1]) && (1...31).contains(numbers[2])
                }
                guard parts[0].count <= 2, parts[1].count <= 2 else { return false }
                let yearOK = separator == "." ? parts[2].count == 4 && isYear(numbers[2])
                    : (parts[2].count == 2 || (parts[2].count == 4 && isYear(numbers[2])))
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
        return isDateAlone(String(core.prefix(10))) && core.contains("-") && core.dropFirst(10).first == "T"
    }

    private func isYear(_ number: Int) -> Bool { (1900...2099).contains(number) }

    /// `92-year-old`, `95yo`, `91-y/o`, `100-years-old`.
    private func isAgeWord(_ lower: String) -> Bool {
        let digits = lower.prefix { $0.isASCIIDigitCharacter }
        guard !digits.isEmpty, digits.count <= 3, let age = Int(digits), age >= 90 else { return false }
        var rest = lower.dropFirst(digits.count)
        if rest.hasPrefix("-") { rest = rest.dropFirst() }
        return Self.ageSuffixes.contains(String(rest))
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

        // Titles: Dr. Smith, Mrs. J. Smith, Miss Kay.
        if Self.titles.contains(token.core), token.raw.hasSuffix(".") || token.core == "Miss" || token.raw == token.core,
            let next
        {
            if isCapitalWord(next.core) && !Self.notNames.contains(next.core) { return (index + 1, .name) }
            if isInitial(next.raw), let afterNext, isCapitalWord(afterNext.core) { return (index + 1, .name) }
        }
        // Person lines: Patient: John Smith; Name: Smith, John; Surgeon: A. Jones.
        if token.raw.hasSuffix(":") {
            let label = token.raw.lowercased()
            let twoWord = previous.map { $0.raw.lowercased() + " " + label } ?? label
            if Self.personLabels.contains(label) || Self.personLabels.contains(twoWord), let next {
                if looksLikeName(tokens, from: index + 1) { return (index + 1, .name) }
                _ = next
            }
        }
        // signed by Jane Doe
        if token.lower == "by", let previous, Self.signingVerbs.contains(previous.lower), looksLikeName(tokens, from: index + 1) {
            return (index + 1, .name)
        }
        // Jane Doe, MD
        if Self.credentials.contains(token.core), let previous, previous.endsWithComma,
            isCapitalWord(previous.core), !Self.notNames.contains(previous.core)
        {
            let before = index >= 2 ? tokens[index - 2] : nil
            if let before, isCapitalWord(before.core) || isInitial(before.raw) { return (index - 1, .name) }
            if before == nil || before!.raw.hasSuffix(":") || before!.lower == "by" { return (index - 1, .name) }
        }
        // Two-part dates: 3/14 unless a clinical number.
        if let kind = slashDate(token, previous: previous, next: next) { return (index, kind) }
        // Month names: March 14, 14 Mar 2025, March 2025, in June.
        if let month = monthName(token.core) {
            if let next, isDayOrYear(next.core) { return (index, .date) }
            // "2. May return to school": a list number before a month is not a day.
            if let previous, isDay(previous.core), !previous.raw.hasSuffix("."), !previous.raw.hasSuffix(")") {
                return (index, .date)
            }
            if let previous, previous.lower == "of", index >= 2, isDay(tokens[index - 2].core) { return (index, .date) }
            if month.full, token.core != "May", let previous, Self.monthLeads.contains(previous.lower) { return (index, .date) }
        }
        // Ages: 95 years old, age 92, aged 91.
        if let age = Int(token.core), age >= 90, age < 200, token.core.allSatisfy(\.isASCIIDigitCharacter) {
            if let next, Self.ageFollowers.contains(next.lower) {
                if next.lower.hasPrefix("year") {
                    if let afterNext, afterNext.lower == "old" || afterNext.lower == "of" || afterNext.lower.hasPrefix("old") {
                        return (index, .age)
                    }
                    if let previous, Self.ageLabels.contains(previous.lower) { return (index, .age) }
                } else {
                    return (index, .age)
                }
            } else if let previous, Self.ageLabels.contains(previous.lower) || previous.lower == "age:" {
                if let next, Self.durationWords.contains(next.lower) { return nil }
                return (index, .age)
            }
        }
        // Labelled numbers: MRN 4455667, Account #: 88213, phone 555 123 4567, ZIP 43210.
        if let kind = labelKind(token) {
            var cursor = index + 1
            var digitsSeen = 0
            var firstDigitToken: Int?
            while cursor < tokens.count, cursor <= index + 5 {
                let candidate = tokens[cursor]
                if Self.labelFillers.contains(candidate.lower) || candidate.core.isEmpty {
                    cursor += 1
                    continue
                }
                let digits = candidate.core.filter(\.isASCIIDigitCharacter).count
                if digits == 0 { break }
                if firstDigitToken == nil { firstDigitToken = cursor }
                digitsSeen += digits
                switch kind {
                case .phone:
                    if digitsSeen >= 7 { return (firstDigitToken!, .phone) }
                case .zipCode:
                    if matches(candidate.core, "ddddd") || matches(candidate.core, "ddddd-dddd") { return (cursor, .zipCode) }
                default:
                    let letters = candidate.core.contains { $0.isLetter }
                    let specific = kind != .number
                    if digits >= (specific ? 4 : 5) || (letters && digits >= 3 && candidate.core.count >= 5 && specific) {
                        if !(candidate.core.count == 4 && isYear(Int(candidate.core) ?? 0)) {
                            return (cursor, kind)
                        }
                    }
                }
                cursor += 1
                if kind != .phone { break }
            }
        }
        // ZIP after a state: Columbus, OH 43210; Ohio 43210.
        if let next, matches(next.core, "ddddd") || matches(next.core, "ddddd-dddd") {
            if Self.stateCodes.contains(token.core) || Self.stateNames.contains(token.core) { return (index + 1, .zipCode) }
        }
        // City, ST  /  City, State
        if token.endsWithComma, isCapitalWord(token.core), !Self.notNames.contains(token.core), let next {
            let state = next.core
            if Self.unambiguousStateCodes.contains(state) || Self.stateNames.contains(state) { return (index, .address) }
        }
        // Street addresses: 42 Elm Street, 1200 North Oak Ave; PO Box 12; Apt 4B.
        if token.core.allSatisfy(\.isASCIIDigitCharacter), (1...6).contains(token.core.count) {
            var cursor = index + 1
            var words = 0
            while cursor < tokens.count, words < 4 {
                let word = tokens[cursor]
                if words >= 1, Self.streetSuffixes.contains(word.core) { return (index, .address) }
                guard isCapitalWord(word.core) || Self.directions.contains(word.core) else { break }
                words += 1
                cursor += 1
            }
        }
        if token.lower == "box", let previous, ["po", "p.o", "p.o."].contains(previous.lower) || previous.raw == "P.O.",
            let next, next.core.contains(where: \.isASCIIDigitCharacter)
        {
            return (index + 1, .address)
        }
        if ["apt", "apartment", "suite", "ste"].contains(token.lower), let next,
            next.core.contains(where: \.isASCIIDigitCharacter), next.core.count <= 6
        {
            return (index + 1, .address)
        }
        return nil
    }

    /// `3/14`: a date unless the numbers read as a clinical scale, fraction or ratio.
    private func slashDate(_ token: Token, previous: Token?, next: Token?) -> Kind? {
        let parts = token.core.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigitCharacter) }),
            token.core != "24/7"
        else { return nil }
        let first = Int(parts[0])!, second = Int(parts[1])!
        let monthDay = (1...12).contains(first) && (1...31).contains(second)
        let dayMonth = (13...31).contains(first) && (1...12).contains(second)
        guard monthDay || dayMonth else { return nil }
        let previousWord = previous?.lower ?? ""
        let nextWord = next?.lower ?? ""
        if Self.dateLeads.contains(previousWord) || previousWord.hasPrefix("dob") { return .date }
        if Self.clinicalBefore.contains(previousWord) || Self.clinicalAfter.contains(nextWord) { return nil }
        if nextWord.hasPrefix("mm") || nextWord.hasPrefix("week") || nextWord.hasPrefix("wk") { return nil }
        let scaleLike = [2, 3, 4, 5, 6, 7, 8, 10].contains(second) && first <= second
        return scaleLike ? nil : .date
    }

    private func monthName(_ core: String) -> (name: String, full: Bool)? {
        if Self.fullMonths.contains(core) { return (core, true) }
        if Self.shortMonths.contains(core) { return (core, false) }
        return nil
    }

    private func isDay(_ core: String) -> Bool {
        var text = Substring(core)
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) { text = text.dropLast(2) }
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
        guard isCapitalWord(first.core) || isInitial(first.raw), !Self.notNames.contains(first.core) else { return false }
        if start + 1 < tokens.count {
            let second = tokens[start + 1]
            if isCapitalWord(second.core) && !Self.notNames.contains(second.core) { return true }
            if isInitial(second.raw), start + 2 < tokens.count, isCapitalWord(tokens[start + 2].core) { return true }
            return first.endsWithComma && isCapitalWord(first.core)
        }
        return isCapitalWord(first.core)
    }

    private func isCapitalWord(_ core: String) -> Bool {
        let scalars = Array(core.unicodeScalars)
        guard scalars.count >= 2, ("A"..."Z").contains(scalars[0]) else { return false }
        var sawLower = false
        for (offset, scalar) in scalars.enumerated().dropFirst() {
            if ("a"..."z").contains(scalar) { sawLower = true; continue }
            if scalar == "'" || scalar == "-" { continue }
            if ("A"..."Z").contains(scalar), offset >= 2, scalars[offset - 1] == "'" || scalars[offset - 1] == "-" || (offset == 2 && scalars[0] == "M" && scalars[1] == "c") { continue }
            return false
        }
        return sawLower
    }

    private func isInitial(_ raw: String) -> Bool {
        let scalars = Array(raw.unicodeScalars)
        return scalars.count == 2 && ("A"..."Z").contains(scalars[0]) && scalars[1] == "."
    }

    private func labelKind(_ token: Token) -> Kind? {
        var label = token.lower
        while let last = label.last, last == ":" || last == "#" || last == "." { label.removeLast() }
        return Self.idLabels[label]
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

    // MARK: - Word lists

    static let titles: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Miss", "Mx", "Prof"]
    static let credentials: Set<String> = [
        "MD", "DO", "RN", "NP", "PA", "PA-C", "CRNA", "DPM", "PhD", "DDS", "DMD", "CNM", "LPN", "APRN", "FNP",
        "FNP-C", "MBBS", "PharmD", "LCSW", "PT", "DPT", "OD", "DC", "CNP",
    ]
    static let personLabels: Set<String> = [
        "patient:", "name:", "patient name:", "pt:", "pt name:", "surgeon:", "assistant:", "assistant surgeon:",
        "attending:", "physician:", "provider:", "pcp:", "referring:", "referring physician:", "anesthesiologist:",
        "nurse:", "guarantor:", "contact:", "emergency contact:", "spouse:", "mother:", "father:", "guardian:",
        "signed:", "author:", "dictated:", "resident:", "radiologist:", "pathologist:", "cosigner:", "witness:",
        "next of kin:", "kin:", "insured:", "subscriber:", "caregiver:", "sign:",
    ]
    static let signingVerbs: Set<String> = [
        "signed", "dictated", "transcribed", "cosigned", "authenticated", "attested", "referred", "verified",
        "electronically", "read", "interpreted", "performed",
    ]
    /// Capitalized words that are not names after a title or label.
    static let notNames: Set<String> = [
        "Patient", "Unknown", "None", "Self", "The", "This", "Attending", "Resident", "Hospitalist", "Surgeon",
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
    static let idLabels: [String: Kind] = [
        "mrn": .recordNumber, "mr": .recordNumber, "mr#": .recordNumber, "record": .recordNumber,
        "chart": .recordNumber, "acct": .recordNumber, "account": .recordNumber, "member": .recordNumber,
        "subscriber": .recordNumber, "policy": .recordNumber, "insurance": .recordNumber, "medicaid": .recordNumber,
        "medicare": .recordNumber, "mbi": .recordNumber, "hicn": .recordNumber, "license": .recordNumber,
        "licence": .recordNumber, "dl": .recordNumber, "npi": .recordNumber, "dea": .recordNumber,
        "certificate": .recordNumber, "badge": .recordNumber, "id": .number, "encounter": .number,
        "fin": .recordNumber, "csn": .recordNumber, "ssn": .ssn, "ss#": .ssn, "social": .ssn,
        "plate": .vehicle, "vin": .vehicle, "tag": .vehicle, "serial": .device, "s/n": .device, "sn": .device,
        "udi": .device, "lot": .device, "phone": .phone, "tel": .phone, "telephone": .phone, "cell": .phone,
        "mobile": .phone, "fax": .phone, "pager": .phone, "beeper": .phone, "zip": .zipCode,
        "zipcode": .zipCode, "postal": .zipCode,
    ]
    static let labelFillers: Set<String> = [
        "number", "no", "num", "#", "#:", ":", "id", "is", "code", "plate", "name", "numbers", "of", "on", "file",
        "record", "security", "and", "nbr",
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
        "iu", "mm", "cm", "cells", "cells/mcl", "mg/dl", "copies",
    ]
    static let dateLeads: Set<String> = [
        "on", "since", "dated", "from", "until", "through", "thru", "date", "date:", "dob", "dob:", "born",
        "admitted", "discharged", "seen", "effective", "starting", "started", "beginning", "returned", "due",
        "scheduled", "before", "after", "by", "till", "expires", "expired", "drawn", "collected", "dos", "dos:",
    ]
    static let clinicalBefore: Set<String> = [
        "bp", "b/p", "pressure", "strength", "motor", "power", "grade", "pain", "vision", "acuity", "murmur", "gcs",
        "apgar", "apgars", "ratio", "score", "scored", "reflexes", "dtrs", "nodes", "rated", "sats", "recall",
        "pulses", "is", "was", "of", "at", "x", "g", "p", "gravida", "para", "mmse", "moca", "phq", "edema", "tone",
        "scale", "graded", "fev1/fvc", "approximately", "about", "cervix", "dilation", "va", "od", "os", "ou",
    ]
    static let clinicalAfter: Set<String> = [
        "strength", "murmur", "pain", "vision", "reflexes", "lymph", "nodes", "cores", "specimens", "positive",
        "negative", "tablets", "tablet", "tab", "tabs", "score", "scale", "ratio", "systolic", "motor", "power",
        "bilaterally", "days", "inch", "inches", "in", "of", "cup", "cups", "tsp", "tbsp", "mg", "ml", "times",
        "recall", "pulses", "on", "with", "holosystolic", "crescendo", "murmurs", "dtrs", "edema", "grade", "and",
        "strength,", "throughout", "symmetric", "left", "right", "proximal", "distal", "upper", "lower", "in",
        "point", "points", "criteria", "items", "drinks", "packs", "dose", "doses", "vials", "patches",
    ]
    static let monthLeads: Set<String> = [
        "in", "on", "since", "during", "early", "late", "mid", "until", "by", "last", "this", "next", "of", "from",
        "through", "before", "after",
    ]
    static let fullMonths: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let shortMonths: Set<String> = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
    static let topLevelDomains: Set<String> = ["com", "org", "net", "edu", "gov", "io", "us", "info", "biz", "health", "care", "mil"]
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
    static let stateNames: Set<String> = [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
        "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
        "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "Washington", "Wisconsin", "Wyoming",
    ]
    static let streetSuffixes: Set<String> = [
        "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court",
        "Ct", "Way", "Place", "Pl", "Terrace", "Circle", "Cir", "Parkway", "Pkwy", "Highway", "Hwy", "Trail",
        "Square", "Sq", "Pike", "Row", "Alley", "Crescent",
    ]
    static let directions: Set<String> = ["N", "S", "E", "W", "NE", "NW", "SE", "SW"]
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
