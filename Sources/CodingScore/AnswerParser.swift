/// Reads an answer as a trainee types it into `EnteredCode`s.
///
/// ```swift
/// let parser = AnswerParser(systems: [.icd10cm, .cpt])
/// parser.parse("99213-25, e11621; 96372 x2")
/// // E11.621 (ICD-10-CM), 99213 with modifier 25 (CPT), 96372 with 2 units (CPT)
/// ```
///
/// Rules (the product brief's "Answers as a trainee types them"):
/// - separators are commas, semicolons, spaces and new lines; runs count as one;
/// - case and the ICD-10-CM dot are optional;
/// - `-MOD` modifiers follow the code; `xN` as its own token, or glued to a five-character
///   CPT/HCPCS code, gives units;
/// - `cm:`, `pcs:`, `cpt:`, `hcpcs:` settle the system; otherwise the shape does.
///
/// A token that cannot be read is kept, with `system == nil` and a `problem`, so that
/// scoring can give it its own `invalid` finding.
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
        for token in Self.tokens(of: text) {
            if let units = Self.unitsToken(token) {
                if var last = result.last, last.system?.takesModifiersAndUnits == true, last.units == 1,
                    !last.token.contains(" ")
                {
                    last.units = units
                    last.token += " " + token
                    result[result.count - 1] = last
                } else {
                    result.append(EnteredCode(
                        token: token, position: result.count, system: nil, code: token.uppercased(),
                        problem: "units (\(token)) go after a CPT or HCPCS code, as in 96372 x2"))
                }
                continue
            }
            if token.hasSuffix(":"), token.count > 1, let system = CodeSystem(prefix: String(token.dropLast())) {
                pendingPrefix = system
                continue
            }
            result.append(read(token, position: result.count, forcedSystem: pendingPrefix))
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
        read(token, position: position, forcedSystem: nil)
    }

    // MARK: - Tokens

    static func tokens(of text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
    }

    /// `x2`, `X10`: units as a token of its own.
    static func unitsToken(_ token: String) -> Int? {
        guard token.count >= 2, let first = token.first, first == "x" || first == "X" else { return nil }
        let digits = token.dropFirst()
        guard digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else { return nil }
        return value
    }

    // MARK: - One token

    private func read(_ token: String, position: Int, forcedSystem: CodeSystem?) -> EnteredCode {
        func unreadable(_ why: String) -> EnteredCode {
            EnteredCode(token: token, position: position, system: nil, code: token.uppercased(), problem: why)
        }
        var body = Substring(token)
        var system = forcedSystem
        var readAs = forcedSystem.map { "prefix \($0.prefix):" } ?? ""

        if let colon = body.firstIndex(of: ":") {
            let prefix = String(body[..<colon])
            guard let prefixed = CodeSystem(prefix: prefix) else {
                return unreadable("unknown prefix '\(prefix):' (use cm:, pcs:, cpt: or hcpcs:)")
            }
            system = prefixed
            readAs = "prefix \(prefixed.prefix):"
            body = body[body.index(after: colon)...]
        }

        var parts = body.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        var codePart = parts.removeFirst()
        let modifiers = parts.filter { !$0.isEmpty }
        if let bad = modifiers.first(where: { $0.count != 2 || !$0.allSatisfy({ $0.isASCIIDigit || $0.isASCIILetter }) }) {
            return unreadable("modifier '\(bad)' is not two letters or digits (as in 27447-RT, 99213-25)")
        }

        var units = 1
        if let (code, glued) = Self.gluedUnits(codePart), gluedUnitsApply(code: code, whole: codePart, system: system) {
            codePart = code
            units = glued
        }
        guard !codePart.isEmpty else { return unreadable("no code before '-'") }
        guard units > 0 else { return unreadable("units must be at least 1") }

        let upper = codePart.uppercased()
        let dotless = String(upper.filter { $0 != "." })
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
            token: token, position: position, system: system, code: Self.normalize(dotless, system: system),
            modifiers: modifiers, units: units, readAs: readAs)
    }

    /// `J1885x4` → (`J1885`, 4): units glued to a five-character CPT/HCPCS code.
    static func gluedUnits(_ part: String) -> (String, Int)? {
        let chars = Array(part)
        guard chars.count >= 7, chars[5] == "x" || chars[5] == "X" else { return nil }
        let code = String(chars[0..<5])
        let digits = String(chars[6...])
        guard digits.allSatisfy(\.isASCIIDigit), let units = Int(digits),
            isCPTShape(code.uppercased()) || isHCPCSShape(code.uppercased())
        else { return nil }
        return (code, units)
    }

    /// Whether `J1885x4`-style glued units apply: never to an ICD-10-CM code such as
    /// `O3660X1` (O36.60X1, fetus 1), which has the same shape as a HCPCS code and units.
    /// A letter-first code takes glued units only when the item takes HCPCS and the code book
    /// does not know the whole token as an ICD-10-CM code.
    private func gluedUnitsApply(code: String, whole: String, system: CodeSystem?) -> Bool {
        switch system {
        case .cpt?, .hcpcs?: return true
        case .icd10cm?, .icd10pcs?: return false
        case nil:
            if Self.isCPTShape(code.uppercased()) { return true }
            guard systems.contains(.hcpcs) else { return false }
            if let catalog {
                switch catalog.status(of: Self.normalize(whole, system: .icd10cm), in: .icd10cm) {
                case .reportable, .notReportable: return false
                case .unknown, .shapeOnly: return true
                }
            }
            return true
        }
    }

    /// The system a code's shape says, with the reason the REPL echoes.
    private func shape(upper: String, dotless: String) -> (CodeSystem, String)? {
        guard let first = dotless.first, dotless.allSatisfy({ $0.isASCIIDigit || $0.isASCIILetter }) else { return nil }
        if upper.contains(".") {
            return first.isASCIILetter ? (.icd10cm, "has a dot: ICD-10-CM") : nil
        }
        if Self.isCPTShape(dotless) {
            return (.cpt, dotless.last!.isASCIIDigit ? "five digits: CPT" : "four digits and \(dotless.last!): CPT")
        }
        if dotless.count == 7 {
            if first.isASCIIDigit { return (.icd10pcs, "seven characters from a digit: ICD-10-PCS") }
            // ICD-10-CM codes are a letter then a digit: a second letter can only be PCS.
            if dotless[dotless.index(after: dotless.startIndex)].isASCIILetter {
                return (.icd10pcs, "seven characters, the second a letter: ICD-10-PCS")
            }
            if let catalog,
                catalog.status(of: dotless, in: .icd10pcs) != .unknown,
                catalog.status(of: Self.normalize(dotless, system: .icd10cm), in: .icd10cm) == .unknown
            {
                return (.icd10pcs, "seven characters in the PCS tables only: ICD-10-PCS")
            }
        }
        if Self.isHCPCSShape(dotless) {
            if systems.contains(.hcpcs) { return (.hcpcs, "a letter and four digits, item takes HCPCS: HCPCS") }
            return (.icd10cm, "a letter and four digits, item takes no HCPCS: ICD-10-CM")
        }
        if first.isASCIILetter { return (.icd10cm, "starts with a letter: ICD-10-CM") }
        return nil
    }

    /// What is wrong with a code's shape in its system, if anything.
    static func shapeProblem(_ dotless: String, upper: String, system: CodeSystem) -> String? {
        let chars = Array(dotless)
        guard !chars.isEmpty, chars.allSatisfy({ $0.isASCIIDigit || $0.isASCIILetter }) else {
            return "'\(upper)' has characters no code has"
        }
        switch system {
        case .icd10cm:
            guard (3...7).contains(chars.count), chars[0].isASCIILetter, chars[1].isASCIIDigit else {
                return "'\(upper)' is not an ICD-10-CM code: a letter, a digit, then one to five more characters"
            }
            if let dot = upper.firstIndex(of: "."), upper.distance(from: upper.startIndex, to: dot) != 3 {
                return "'\(upper)': the ICD-10-CM dot goes after the third character"
            }
        case .icd10pcs:
            guard chars.count == 7, !upper.contains(".") else {
                return "'\(upper)' is not an ICD-10-PCS code: seven characters, no dot"
            }
        case .cpt:
            guard isCPTShape(dotless), !upper.contains(".") else {
                return "'\(upper)' is not a CPT code: five digits, or four digits and F or T"
            }
        case .hcpcs:
            guard isHCPCSShape(dotless), !upper.contains(".") else {
                return "'\(upper)' is not a HCPCS Level II code: a letter and four digits"
            }
        }
        return nil
    }

    static func isCPTShape(_ code: String) -> Bool {
        let chars = Array(code)
        guard chars.count == 5, chars[0..<4].allSatisfy(\.isASCIIDigit) else { return false }
        return chars[4].isASCIIDigit || chars[4] == "F" || chars[4] == "T"
    }

    static func isHCPCSShape(_ code: String) -> Bool {
        let chars = Array(code)
        return chars.count == 5 && chars[0].isASCIILetter && chars[1...].allSatisfy(\.isASCIIDigit)
    }

    /// Upper case; ICD-10-CM gets its dot after the third character.
    public static func normalize(_ code: String, system: CodeSystem) -> String {
        let dotless = String(code.uppercased().filter { $0 != "." })
        guard system == .icd10cm, dotless.count > 3 else { return dotless }
        let split = dotless.index(dotless.startIndex, offsetBy: 3)
        return dotless[..<split] + "." + dotless[split...]
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
