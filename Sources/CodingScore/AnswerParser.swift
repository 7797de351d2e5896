/// Reads an answer as a trainee types it into `EnteredCode`s.
///
/// ```swift
/// // Checked by Tests/CodingScoreTests/DocExampleTests.swift.
/// let parser = AnswerParser(systems: [.icd10cm, .cpt])
/// let codes = parser.parse("99213-25, e11621; 96372 x2")
/// // in typed order: 99213 with modifier 25 (CPT), E11.621 (ICD-10-CM), 96372 with 2 units (CPT)
/// ```
///
/// Rules (the product brief's "Answers as a trainee types them"):
/// - separators are commas, semicolons, spaces and new lines; runs count as one;
/// - case and the ICD-10-CM dot are optional;
/// - `-MOD` modifiers follow the code; `xN` as its own token, or glued to a five-character
///   CPT/HCPCS code, gives units (never read inside an ICD-10-CM code such as `O40.1XX0` or
///   a dotless `O3660X1`);
/// - `cm:`, `pcs:`, `cpt:`, `hcpcs:` settle the system (glued or as a token of their own);
///   otherwise the shape does: five digits (or four and F/T) are CPT; seven characters without
///   a dot are ICD-10-PCS when they start with a digit, when their second character is a
///   letter, or when the PCS tables hold them and ICD-10-CM does not; a letter and four digits
///   are HCPCS when the item takes HCPCS (unless the code book knows them as ICD-10-CM and not
///   as HCPCS: `M5450`), else ICD-10-CM; other letter-first codes are ICD-10-CM.
///
/// A token that cannot be read is kept, with `system == nil` and a `problem`, so that
/// scoring can give it its own `invalid` finding. Works on UTF-8 bytes: codes are ASCII.
public struct AnswerParser: Sendable {
    /// The systems the item asks for: a letter and four digits is HCPCS only when this holds `.hcpcs`.
    public var systems: Set<CodeSystem>
    /// The code book, consulted to tell a dotless seven-character ICD-10-CM code from a
    /// letter-first ICD-10-PCS code. Without one, letter-first codes read as ICD-10-CM.
    public var catalog: (any CodeCatalog)?

    public init(systems: Set<CodeSystem> = Set(CodeSystem.allCases), catalog: (any CodeCatalog)? = nil) {
        self.systems = systems
        self.catalog = catalog
    }

    /// Splits `text` into tokens and reads each; units tokens attach to the code before them.
    public func parse(_ text: String) -> [EnteredCode] {
        var result: [EnteredCode] = []
        var pendingPrefix: CodeSystem?
        let tokens = Self.tokens(of: text)
        var skip = 0
        for (position, token) in tokens.enumerated() {
            if skip > 0 {
                skip -= 1
                continue
            }
            // A provider query, not a code: `query`, `query acuity`, `query:conflict`.
            if let query = Self.query(token, next: position + 1 < tokens.count ? tokens[position + 1] : nil) {
                var entered = EnteredCode(
                    token: query.spelled, position: result.count, system: nil, code: "QUERY", readAs: "a provider query",
                    problem: query.problem)
                entered.query = EnteredQuery(reason: query.reason)
                result.append(entered)
                if query.usedNext { skip = 1 }
                continue
            }
            // Units written apart, as coders write them: `J1885 x 4`, `J1885 4 units`.
            var unitsToken = Self.unitsToken(token)
            var spelled = String(token)
            if unitsToken == nil, position + 1 < tokens.count {
                let next = tokens[position + 1]
                if token == "x" || token == "X", let number = Self.wholeNumber(next) {
                    unitsToken = number
                    spelled = "\(token) \(next)"
                    skip = 1
                } else if let number = Self.wholeNumber(token), ["unit", "units"].contains(next.lowercased()) {
                    unitsToken = number
                    spelled = "\(token) \(next)"
                    skip = 1
                }
            }
            if let units = unitsToken {
                let token = Substring(spelled)
                if var last = result.last, last.system?.takesModifiersAndUnits == true, last.units == 1,
                    !last.token.utf8.contains(0x20)
                {
                    last.units = units
                    last.token += " " + token
                    result[result.count - 1] = last
                } else {
                    result.append(EnteredCode(
                        token: String(token), position: result.count, system: nil, code: token.uppercased(),
                        problem: "units (\(token)) go after a CPT or HCPCS code, as in 96372 x2"))
                }
                continue
            }
            if token.utf8.last == UInt8(ascii: ":"), token.utf8.count > 1,
                let system = CodeSystem(prefix: String(token.dropLast()))
            {
                pendingPrefix = system
                continue
            }
            result.append(read(Array(token.utf8), token: String(token), position: result.count, forcedSystem: pendingPrefix))
            pendingPrefix = nil
        }
        if let pendingPrefix {
            result.append(EnteredCode(
                token: pendingPrefix.prefix + ":", position: result.count, system: nil,
                code: pendingPrefix.prefix.uppercased() + ":",
                problem: "the prefix \(pendingPrefix.prefix): has no code after it"))
        }
        return result
    }

    /// Reads one token (a code with optional prefix, modifiers and glued units).
    public func read(_ token: String, position: Int = 0) -> EnteredCode {
        read(Array(token.utf8), token: token, position: position, forcedSystem: nil)
    }

    // MARK: - Tokens

    /// The tokens of an answer: runs of anything but commas, semicolons and white space.
    static func tokens(of text: String) -> [Substring] {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace })
        }
        var tokens: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let separator = byte == 0x2C || byte == 0x3B || byte == 0x20 || (0x09...0x0D).contains(byte)
            if separator {
                if let begin = start {
                    tokens.append(text[begin..<index])
                    start = nil
                }
            } else if start == nil {
                start = index
            }
            index = utf8.index(after: index)
        }
        if let begin = start { tokens.append(text[begin..<utf8.endIndex]) }
        return tokens
    }

    /// `4`: a whole number of units written apart from its `x` or before `units` (at most four
    /// digits, so that a five-digit CPT code is never read as units).
    static func wholeNumber(_ token: Substring) -> Int? {
        guard !token.isEmpty, token.utf8.count <= 4, token.utf8.allSatisfy(\.isDigit) else { return nil }
        return Int(token)
    }

    /// `x2`, `X10`: units as a token of its own.
    static func unitsToken(_ token: Substring) -> Int? {
        let bytes = token.utf8
        guard bytes.count >= 2, let first = bytes.first, first == UInt8(ascii: "x") || first == UInt8(ascii: "X") else {
            return nil
        }
        var value = 0
        for byte in bytes.dropFirst() {
            guard byte.isDigit, value < 100_000_000 else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    /// `query`, `query acuity` (the reason in the next token) or `query:acuity`; nil when
    /// `token` is not the word query.
    static func query(_ token: Substring, next: Substring?) -> (spelled: String, reason: QueryReason?, usedNext: Bool, problem: String?)? {
        let lower = token.lowercased()
        if lower == "query" {
            if let next, let reason = QueryReason(word: String(next)) {
                return ("\(token) \(next)", reason, true, nil)
            }
            return (String(token), nil, false, nil)
        }
        guard lower.hasPrefix("query:") else { return nil }
        let word = String(lower.dropFirst(6))
        guard let reason = QueryReason(word: word) else {
            return (String(token), nil, false,
                    "'\(word)' is not a query reason: type query conflict, query acuity or query indicators")
        }
        return (String(token), reason, false, nil)
    }

    // MARK: - One token

    /// Reads one token, with a present-on-admission indicator after a colon (`A41.9:Y`).
    private func read(_ bytes: [UInt8], token: String, position: Int, forcedSystem: CodeSystem?) -> EnteredCode {
        let count = bytes.count
        guard count > 2, bytes[count - 2] == UInt8(ascii: ":"), bytes[count - 3] != UInt8(ascii: ":"),
            let indicator = Self.poaIndicator(bytes[count - 1])
        else {
            return readCode(bytes, token: token, position: position, forcedSystem: forcedSystem)
        }
        var entered = readCode(Array(bytes.dropLast(2)), token: token, position: position, forcedSystem: forcedSystem)
        entered.poa = indicator
        return entered
    }

    /// `Y`, `N`, `U`, `W` (either case) or `1`.
    static func poaIndicator(_ byte: UInt8) -> String? {
        let indicator = String(UnicodeScalar(byte.uppercased))
        return POAIndicator.values.contains(indicator) ? indicator : nil
    }

    private func readCode(_ bytes: [UInt8], token: String, position: Int, forcedSystem: CodeSystem?) -> EnteredCode {
        func unreadable(_ why: String) -> EnteredCode {
            EnteredCode(token: token, position: position, system: nil, code: token.uppercased(), problem: why)
        }
        var body = bytes[...]
        var system = forcedSystem
        var readAs = forcedSystem.map { "prefix \($0.prefix):" } ?? ""

        if let colon = body.firstIndex(of: UInt8(ascii: ":")) {
            let prefix = String(decoding: body[..<colon], as: UTF8.self)
            guard let prefixed = CodeSystem(prefix: prefix) else {
                return unreadable("unknown prefix '\(prefix):' (use cm:, pcs:, cpt: or hcpcs:)")
            }
            system = prefixed
            readAs = "prefix \(prefixed.prefix):"
            body = body[(colon + 1)...]
        }

        var codePart = body
        var modifiers: [String] = []
        if let hyphen = body.firstIndex(of: UInt8(ascii: "-")) {
            codePart = body[..<hyphen]
            for part in body[(hyphen + 1)...].split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: true) {
                guard part.count == 2, part.allSatisfy({ $0.isDigit || $0.isLetter }) else {
                    return unreadable("modifier '\(String(decoding: part, as: UTF8.self))' is not two letters or digits (as in 27447-RT, 99213-25)")
                }
                modifiers.append(String(decoding: part.map(\.uppercased), as: UTF8.self))
            }
        }

        var units = 1
        if let (code, glued) = Self.gluedUnits(codePart), gluedUnitsApply(code: code, whole: codePart, system: system) {
            codePart = code
            units = glued
        }
        guard !codePart.isEmpty else { return unreadable("no code before '-'") }
        guard units > 0 else { return unreadable("units must be at least 1") }

        let upper = codePart.map(\.uppercased)
        let dotless = upper.filter { $0 != UInt8(ascii: ".") }
        if system == nil {
            guard let (shaped, why) = shape(upper: upper, dotless: dotless) else {
                return unreadable("'\(token)' is not a code: ICD-10-CM starts with a letter and a digit, "
                    + "CPT has five characters, HCPCS a letter and four digits, ICD-10-PCS seven characters")
            }
            system = shaped
            readAs = why
        }
        guard let system else { return unreadable("not a code") }
        if let problem = Self.shapeProblem(dotless, upper: upper, system: system) {
            return unreadable(problem)
        }
        if !system.takesModifiersAndUnits && (!modifiers.isEmpty || units != 1) {
            return unreadable("\(system.displayName) codes take no modifiers or units")
        }
        return EnteredCode(
            token: token, position: position, system: system, code: Self.normalize(dotless: dotless, system: system),
            modifiers: modifiers, units: units, readAs: readAs)
    }

    /// `J1885x4` → (`J1885`, 4): units glued to a five-character CPT/HCPCS code.
    static func gluedUnits(_ part: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, Int)? {
        guard part.count >= 7 else { return nil }
        let start = part.startIndex
        let x = part[start + 5]
        guard x == UInt8(ascii: "x") || x == UInt8(ascii: "X") else { return nil }
        let code = part[start..<(start + 5)]
        var units = 0
        for byte in part[(start + 6)...] {
            guard byte.isDigit, units < 100_000_000 else { return nil }
            units = units * 10 + Int(byte - UInt8(ascii: "0"))
        }
        let upper = code.map(\.uppercased)
        guard isCPTShape(upper[...]) || isHCPCSShape(upper[...]) else { return nil }
        return (code, units)
    }

    /// Whether `J1885x4`-style glued units apply: never to an ICD-10-CM code such as
    /// `O3660X1` (O36.60X1, fetus 1), which has the same shape as a HCPCS code and units.
    /// A letter-first code takes glued units only when the item takes HCPCS and the code book
    /// does not know the whole token as an ICD-10-CM code.
    private func gluedUnitsApply(code: ArraySlice<UInt8>, whole: ArraySlice<UInt8>, system: CodeSystem?) -> Bool {
        switch system {
        case .cpt?, .hcpcs?: return true
        case .icd10cm?, .icd10pcs?: return false
        case nil:
            if Self.isCPTShape(code.map(\.uppercased)[...]) { return true }
            guard systems.contains(.hcpcs) else { return false }
            if let catalog {
                let asDiagnosis = Self.normalize(dotless: whole.map(\.uppercased).filter { $0 != UInt8(ascii: ".") }, system: .icd10cm)
                switch catalog.status(of: asDiagnosis, in: .icd10cm) {
                case .reportable, .notReportable: return false
                case .unknown, .shapeOnly: return true
                }
            }
            return true
        }
    }

    /// The system a code's shape says, with the reason the REPL echoes.
    private func shape(upper: [UInt8], dotless: [UInt8]) -> (CodeSystem, String)? {
        guard let first = dotless.first, dotless.allSatisfy({ $0.isDigit || $0.isLetter }) else { return nil }
        if upper.contains(UInt8(ascii: ".")) {
            return first.isLetter ? (.icd10cm, "has a dot: ICD-10-CM") : nil
        }
        if Self.isCPTShape(dotless[...]) {
            let last = dotless[4]
            return (.cpt, last.isDigit ? "five digits: CPT" : "four digits and \(String(UnicodeScalar(last))): CPT")
        }
        if dotless.count == 7 {
            if first.isDigit { return (.icd10pcs, "seven characters from a digit: ICD-10-PCS") }
            // ICD-10-CM codes are a letter then a digit: a second letter can only be PCS.
            if dotless[1].isLetter { return (.icd10pcs, "seven characters, the second a letter: ICD-10-PCS") }
            if let catalog {
                let code = String(decoding: dotless, as: UTF8.self)
                if catalog.status(of: code, in: .icd10pcs) != .unknown,
                    catalog.status(of: Self.normalize(dotless: dotless, system: .icd10cm), in: .icd10cm) == .unknown
                {
                    return (.icd10pcs, "seven characters in the PCS tables only: ICD-10-PCS")
                }
            }
        }
        if Self.isHCPCSShape(dotless[...]) {
            if systems.contains(.hcpcs) {
                // `M5450` is M54.50 typed without its dot: HCPCS has no such code, ICD-10-CM has.
                if let catalog, catalog.status(of: String(decoding: dotless, as: UTF8.self), in: .hcpcs) == .unknown {
                    switch catalog.status(of: Self.normalize(dotless: dotless, system: .icd10cm), in: .icd10cm) {
                    case .reportable, .notReportable:
                        return (.icd10cm, "a letter and four digits, in ICD-10-CM and not in HCPCS: ICD-10-CM")
                    case .unknown, .shapeOnly: break
                    }
                }
                return (.hcpcs, "a letter and four digits, item takes HCPCS: HCPCS")
            }
            return (.icd10cm, "a letter and four digits, item takes no HCPCS: ICD-10-CM")
        }
        if first.isLetter { return (.icd10cm, "starts with a letter: ICD-10-CM") }
        return nil
    }

    /// What is wrong with a code's shape in its system, if anything.
    static func shapeProblem(_ dotless: [UInt8], upper: [UInt8], system: CodeSystem) -> String? {
        var text: String { String(decoding: upper, as: UTF8.self) }
        guard !dotless.isEmpty, dotless.allSatisfy({ $0.isDigit || $0.isLetter }) else {
            return "'\(text)' has characters no code has"
        }
        let hasDot = upper.contains(UInt8(ascii: "."))
        switch system {
        case .icd10cm:
            guard (3...7).contains(dotless.count), dotless[0].isLetter, dotless[1].isDigit else {
                return "'\(text)' is not an ICD-10-CM code: a letter, a digit, then one to five more characters"
            }
            if let dot = upper.firstIndex(of: UInt8(ascii: ".")), dot != 3 {
                return "'\(text)': the ICD-10-CM dot goes after the third character"
            }
        case .icd10pcs:
            guard dotless.count == 7, !hasDot else {
                return "'\(text)' is not an ICD-10-PCS code: seven characters, no dot"
            }
        case .cpt:
            guard isCPTShape(dotless[...]), !hasDot else {
                return "'\(text)' is not a CPT code: five digits, or four digits and F or T"
            }
        case .hcpcs:
            guard isHCPCSShape(dotless[...]), !hasDot else {
                return "'\(text)' is not a HCPCS Level II code: a letter and four digits"
            }
        }
        return nil
    }

    /// Five digits, or four digits and F or T (upper-case bytes).
    static func isCPTShape(_ code: ArraySlice<UInt8>) -> Bool {
        guard code.count == 5 else { return false }
        let start = code.startIndex
        for offset in 0..<4 where !code[start + offset].isDigit { return false }
        let last = code[start + 4]
        return last.isDigit || last == UInt8(ascii: "F") || last == UInt8(ascii: "T")
    }

    /// A letter and four digits.
    static func isHCPCSShape(_ code: ArraySlice<UInt8>) -> Bool {
        guard code.count == 5, code.first!.isLetter else { return false }
        return code.dropFirst().allSatisfy(\.isDigit)
    }

    /// Upper case; ICD-10-CM gets its dot after the third character.
    public static func normalize(_ code: String, system: CodeSystem) -> String {
        normalize(dotless: code.utf8.map(\.uppercased).filter { $0 != UInt8(ascii: ".") }, system: system)
    }

    /// `dotless` is upper case already.
    static func normalize(dotless: [UInt8], system: CodeSystem) -> String {
        guard system == .icd10cm, dotless.count > 3 else { return String(decoding: dotless, as: UTF8.self) }
        var dotted = dotless
        dotted.insert(UInt8(ascii: "."), at: 3)
        return String(decoding: dotted, as: UTF8.self)
    }
}

extension UInt8 {
    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
    var isLetter: Bool {
        (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z")) || (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z"))
    }
    /// ASCII upper case.
    var uppercased: UInt8 { self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z") ? self - 32 : self }
}

/// How long an answer may be. Scoring is about linear in an answer's length, but no claim
/// holds more than a few dozen codes: a longer answer is a paste gone wrong, refused with a
/// clear message before anything is parsed or saved.
public enum AnswerLimits {
    /// Characters in one answer (about 9,000 codes).
    public static let maximumCharacters = 100_000

    /// Why `answer` is refused, or nil when it is within the limit.
    public static func problem(_ answer: String) -> String? {
        let length = answer.utf8.count
        guard length > maximumCharacters else { return nil }
        return "the answer is \(length) characters long; an answer holds at most \(maximumCharacters) (a claim has a few dozen codes)"
    }
}
