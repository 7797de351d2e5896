import CodingScore

extension CodeBook {
    /// Validates any token a coder might type: which system it is, whether it exists,
    /// whether it is reportable, and for an incomplete code what is missing.
    /// Every code of `text` as an answer splits it (`E11.9, J1885 x 2` is two codes, the
    /// second with its units), each validated: what `validate` prints, as a subcommand and in
    /// the REPL.
    public func validateAll(_ text: String) -> [CodeValidation] {
        AnswerParser(catalog: self).parse(text).map { validate($0.token) }
    }

    public func validate(_ token: String) -> CodeValidation {
        // What an answer accepts, validate accepts: modifiers and units (99213-25, J1885x2,
        // 20610-RT) are read by the answer reader; the code is checked and they are named.
        let parsed = AnswerParser(catalog: self).parse(token)
        if parsed.count == 1, let entered = parsed.first, let system = entered.system, system.takesModifiersAndUnits, !entered.modifiers.isEmpty || entered.units != 1 {
            var result = validate(system.prefix + ":" + entered.code)
            result.token = token
            var extras: [String] = []
            if !entered.modifiers.isEmpty {
                extras.append("modifier\(entered.modifiers.count == 1 ? "" : "s") \(entered.modifiers.joined(separator: ", "))")
            }
            if entered.units != 1 { extras.append("\(entered.units) units") }
            result.message += " (with \(extras.joined(separator: " and ")), as an answer reads it)"
            return result
        }
        var text = token.trimmingCharacters(in: .whitespaces)
        var system: CodeSystem?
        if let colon = text.firstIndex(of: ":"), let prefixed = CodeSystem(prefix: String(text[..<colon])) {
            system = prefixed
            text = String(text[text.index(after: colon)...])
        }
        let bare = CodeFormat.dotless(text)
        if system == nil { system = guessSystem(bare, dotted: text.contains(".")) }
        switch system {
        case .icd10cm: return validateCM(bare, token: token)
        case .icd10pcs: return validatePCS(bare, token: token)
        case .cpt:
            guard CodeShapes.isCPT(bare) else {
                return CodeValidation(token: token, system: .cpt, code: bare, exists: false, reportable: false, kind: "unknown", title: nil,
                                      message: "\(bare) is not a CPT code: five digits, or four digits and F or T")
            }
            if let cpt {
                let known = cpt[bare] != nil
                return CodeValidation(token: token, system: .cpt, code: bare, exists: known, reportable: known, kind: known ? "code" : "unknown",
                                      title: cpt[bare], message: known ? "\(bare) is a CPT code in your CPT file" : "\(bare) is not in your CPT file")
            }
            return CodeValidation(token: token, system: .cpt, code: bare, exists: true, reportable: true, kind: "shape", title: nil,
                                  message: "\(bare) has the shape of a CPT code (checked by shape only: CPT is AMA copyright)")
        case .hcpcs:
            guard CodeShapes.isHCPCS(bare) else {
                return CodeValidation(token: token, system: .hcpcs, code: bare, exists: false, reportable: false, kind: "unknown", title: nil,
                                      message: "\(bare) is not a HCPCS Level II code: a letter and four digits")
            }
            if let hcpcs {
                let f = hcpcs.find(bare)
                return CodeValidation(token: token, system: .hcpcs, code: bare, exists: f != nil, reportable: f != nil, kind: f != nil ? "code" : "unknown",
                                      title: f?[1], message: f != nil ? "\(bare) is a HCPCS Level II code" : "\(bare) is not in the HCPCS release loaded")
            }
            return CodeValidation(token: token, system: .hcpcs, code: bare, exists: true, reportable: true, kind: "shape", title: nil,
                                  message: "\(bare) has the shape of a HCPCS Level II code (no HCPCS release loaded: checked by shape only)")
        case nil:
            return CodeValidation(token: token, system: nil, code: bare, exists: false, reportable: false, kind: "unknown", title: nil,
                                  message: "\(token) is not a code of any system ChartDrill knows (ICD-10-CM, ICD-10-PCS, CPT, HCPCS)")
        }
    }

    /// Which system an unprefixed token belongs to (see PRODUCT.md, "Answers as a trainee types them").
    func guessSystem(_ bare: String, dotted: Bool) -> CodeSystem? {
        guard let first = bare.first else { return nil }
        if dotted { return .icd10cm }
        if CodeShapes.isCPT(bare) { return .cpt }
        if bare.count == 7 && first.isNumber { return .icd10pcs }
        if bare.count == 7 && validatePCS(bare, token: bare).exists && !validateCM(bare, token: bare).exists { return .icd10pcs }
        if CodeShapes.isHCPCS(bare) && !validateCM(bare, token: bare).exists { return .hcpcs }
        if first.isLetter { return .icd10cm }
        if first.isNumber && bare.count < 7 && bare.count > 0 && bare.allSatisfy({ $0.isNumber }) == false { return .icd10pcs }
        return nil
    }

    static func ordinal(_ n: Int) -> String {
        switch n { case 1: return "1st"; case 2: return "2nd"; case 3: return "3rd"; default: return "\(n)th" }
    }

    /// Validates an ICD-10-CM code given dotless.
    func validateCM(_ bare: String, token: String) -> CodeValidation {
        let shown = CodeFormat.dotted(bare)
        func result(_ exists: Bool, _ reportable: Bool, _ kind: String, _ title: String?, _ message: String) -> CodeValidation {
            CodeValidation(token: token, system: .icd10cm, code: shown, exists: exists, reportable: reportable, kind: kind, title: title, message: message)
        }
        if let found = item(bare) {
            if found.leaf && found.seventhOwner.isEmpty {
                return result(true, true, "code", found.title, "\(shown) is a reportable ICD-10-CM code")
            }
            if found.leaf {
                let chars = sevenths(of: found.seventhOwner).map(\.character)
                let list = chars.prefix(4).joined(separator: ", ") + (chars.count > 4 ? ", ..." : "")
                if bare.count < 6 {
                    let example = CodeFormat.dotted(bare.padding(toLength: 6, withPad: "X", startingAt: 0) + (chars.first ?? "A"))
                    return result(true, false, "incomplete", found.title,
                                  "\(shown) needs a 7th character (\(list)), with placeholder X to fill the empty places: \(example)")
                }
                return result(true, false, "incomplete", found.title, "\(shown) needs a 7th character (\(list))")
            }
            let kids = children(of: bare)
            let position = kids.first?.code.count ?? bare.count + 1
            let kind = bare.count == 3 ? "category" : "subcategory"
            var range = ""
            if let a = kids.first, let b = kids.last { range = " (\(CodeFormat.dotted(a.code))-\(CodeFormat.dotted(b.code)))" }
            let extra = position > bare.count + 1 ? ", with placeholder X" : ""
            return result(true, false, "header", found.title, "\(shown) is a \(kind): choose a \(Self.ordinal(position)) character\(range)\(extra)")
        }
        if let section = sections.find(bare.count <= 2 ? bare : text(bare)) {
            let what = section[1] == "C" ? "chapter \(section[0])" : "block \(section[0])"
            return result(true, false, section[1] == "C" ? "chapter" : "block", section[2], "\(what) (\(section[2])) is a heading, not a code")
        }
        if bare.count == 7, let base = tabularBase(bare) {
            if base.leaf && !base.seventhOwner.isEmpty {
                let padded = base.code.padding(toLength: 6, withPad: "X", startingAt: 0)
                let defs = sevenths(of: base.seventhOwner)
                let last = String(bare.suffix(1))
                let dottedBase = CodeFormat.dotted(base.code)
                if padded != String(bare.prefix(6)) {
                    return result(false, false, "unknown", nil, "\(shown) is not a code: \(dottedBase) takes its 7th character as \(CodeFormat.dotted(padded + last))")
                }
                if narrowed.find(bare) != nil {
                    let allowed = defs.map(\.character).filter { narrowed.find(padded + $0) == nil }
                    return result(false, false, "unknown", nil,
                                  "\(shown) is not a code: the tabular limits \(dottedBase) to 7th character \(allowed.joined(separator: ", "))")
                }
                if let def = defs.first(where: { $0.character == last }) {
                    return result(true, true, "code", "\(base.title), \(def.label)", "\(shown) is a reportable ICD-10-CM code")
                }
                return result(false, false, "unknown", nil,
                              "\(shown) is not a code: 7th character \(last) is not defined for \(dottedBase) (\(defs.map(\.character).joined(separator: ", ")))")
            }
        }
        // A 7th character typed without its placeholder X (T79.4A for T79.4XXA).
        if bare.count >= 4 && bare.count < 7 {
            var stem = String(bare.dropLast())
            let last = String(bare.suffix(1))
            while stem.count > 3 && stem.hasSuffix("X") { stem.removeLast() }
            if let base = item(stem), base.leaf, !base.seventhOwner.isEmpty {
                let defs = sevenths(of: base.seventhOwner)
                let padded = stem.padding(toLength: 6, withPad: "X", startingAt: 0)
                if defs.contains(where: { $0.character == last }) {
                    return result(false, false, "unknown", nil,
                                  "\(shown) is not a code: the 7th character goes in the 7th place, with placeholder X: \(CodeFormat.dotted(padded + last))")
                }
                if last == "X" {
                    return result(false, false, "incomplete", nil,
                                  "\(shown) needs a 7th character (\(defs.map(\.character).prefix(4).joined(separator: ", ")), ...): \(CodeFormat.dotted(padded + (defs.first?.character ?? "A")))")
                }
            }
        }
        // The nearest code that does exist, as a hint.
        var prefix = bare
        while prefix.count > 3 {
            prefix.removeLast()
            if let near = item(prefix) {
                return result(false, false, "unknown", nil, "\(shown) is not an ICD-10-CM code; \(CodeFormat.dotted(near.code)) (\(near.title)) is")
            }
        }
        return result(false, false, "unknown", nil, "\(shown) is not an ICD-10-CM code")
    }

    /// A block id as typed (`a00-a09` → `A00-A09`).
    private func text(_ bare: String) -> String { bare }

    /// Validates an ICD-10-PCS code (seven characters, no dot).
    func validatePCS(_ bare: String, token: String) -> CodeValidation {
        func result(_ exists: Bool, _ reportable: Bool, _ kind: String, _ title: String?, _ message: String) -> CodeValidation {
            CodeValidation(token: token, system: .icd10pcs, code: bare, exists: exists, reportable: reportable, kind: kind, title: title, message: message)
        }
        guard bare.count >= 3, let table = pcsTable(String(bare.prefix(3))) else {
            return result(false, false, "unknown", nil, "\(bare) is not an ICD-10-PCS code: no table \(bare.prefix(3))")
        }
        guard bare.count == 7 else {
            if bare.count < 7 {
                return result(true, false, "incomplete", nil,
                              "\(bare) is part of table \(table.key) (\(table.operation)): choose the \(Self.ordinal(bare.count + 1)) character (\(table.rows.first?.axes[max(0, min(3, bare.count - 3))].title ?? "next axis")); `pcs \(bare)` shows the rows that allow it")
            }
            return result(false, false, "unknown", nil, "\(bare) is not an ICD-10-PCS code: it has seven characters")
        }
        if table.row(for: bare) != nil {
            return result(true, true, "code", pcsTitle(bare, in: table), "\(bare) is a valid ICD-10-PCS code")
        }
        // Which position breaks every row.
        let chars = Array(bare)
        var best = 3
        for row in table.rows where row.axes.count == 4 {
            var p = 3
            while p < 7 && row.axes[p - 3].values.contains(where: { $0.code == String(chars[p]) }) { p += 1 }
            best = max(best, p)
        }
        let axis = table.rows.first?.axes[best - 3].title ?? "value"
        // What the rows that fit the characters before it allow at that position.
        var allowed: [PcsTable.Value] = []
        for row in table.rows where row.axes.count == 4 {
            guard (3..<best).allSatisfy({ p in row.axes[p - 3].values.contains { $0.code == String(chars[p]) } }) else { continue }
            for value in row.axes[best - 3].values where !allowed.contains(value) { allowed.append(value) }
        }
        let choices = allowed.prefix(10).map { "\($0.code) \($0.label)" }.joined(separator: "; ")
            + (allowed.count > 10 ? "; …" : "")
        return result(false, false, "unknown", nil,
                      "\(bare) is not an ICD-10-PCS code: \(axis) value \(chars[best]) at position \(best + 1) is not allowed there in table \(table.key)"
                      + (choices.isEmpty ? "" : "; it allows \(choices)") + " (see `pcs \(bare.prefix(best))`)")
    }
}
