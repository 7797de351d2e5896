// The fields of machine-made text pasted into a chart: X12 segments (`NM1*IL*1*DRISCOLL*FIONNUALA~`), JSON as FHIR
// writes it (`"birthDate":"1938-11-05"`), `key=value` logs (`actor="Priyanka Venkataraman, RN"`) and a row of CSV keys
// with its values (`res_zip,res_county -> 60629,COOK`). There the name of a field says what its value is, where prose
// would give no cue at all; so these are read by field, beside the rules for prose.

extension PHIScanner {
    /// The findings in the named fields of `bytes`, each at the column of its value; empty for a line with none.
    static func fieldFindings(_ bytes: [UInt8]) -> [Finding] {
        var stars = 0, quotes = 0, equals = 0
        for byte in bytes {
            if byte == 0x2A { stars += 1 } else if byte == 0x22 { quotes += 1 } else if byte == 0x3D { equals += 1 }
        }
        var found: [Finding] = []
        if stars >= 2 { found += x12Fields(bytes) }
        if quotes >= 4 { found += jsonFields(bytes) }
        if equals >= 1 { found += keyValueFields(bytes) }
        found += csvKeyFields(bytes)
        return found
    }

    private static func finding(_ kind: Kind, _ bytes: [UInt8], _ range: Range<Int>) -> Finding {
        Finding(kind: kind, column: characterColumn(bytes, range.lowerBound), text: String(decoding: bytes[range], as: UTF8.self))
    }

    // MARK: - X12

    /// `NM1*IL*1*DRISCOLL*FIONNUALA*M***~`, `N4*DULUTH*MN*55811~`, `REF*EA*MR0093317~`: the elements of the X12 segments
    /// that hold a person's name, address, dates and numbers.
    private static func x12Fields(_ bytes: [UInt8]) -> [Finding] {
        var found: [Finding] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "~") { end += 1 }
            // Elements as byte ranges; the first is the segment's name.
            var elements: [Range<Int>] = []
            var from = start
            while from < bytes.count, bytes[from] == 0x20 { from += 1 }
            var cursor = from
            while cursor <= end {
                if cursor == end || bytes[cursor] == UInt8(ascii: "*") {
                    elements.append(from..<cursor)
                    from = cursor + 1
                }
                cursor += 1
            }
            if elements.count >= 2 {
                let name = String(decoding: bytes[elements[0]], as: UTF8.self)
                func text(_ index: Int) -> String { index < elements.count ? String(decoding: bytes[elements[index]], as: UTF8.self) : "" }
                func add(_ index: Int, _ kind: Kind, needsDigits: Bool = false) {
                    guard index < elements.count, !elements[index].isEmpty else { return }
                    let value = bytes[elements[index]]
                    if needsDigits, !value.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return }
                    if !needsDigits, value.filter({ isASCIILetter($0) || $0 >= 0x30 && $0 <= 0x39 }).count < 2 { return }
                    found.append(finding(kind, bytes, elements[index]))
                }
                switch name {
                // A person (entity type 1): last and first name; the ID after its qualifier.
                case "NM1" where text(2) == "1":
                    add(3, .name)
                    add(4, .name)
                    add(9, text(8) == "34" ? .ssn : .recordNumber, needsDigits: true)
                case "N3":
                    add(1, .address)
                    add(2, .address)
                case "N4":
                    add(1, .place)
                    add(3, .zipCode, needsDigits: true)
                case "REF":
                    add(2, text(1) == "SY" ? .ssn : .recordNumber, needsDigits: true)
                case "CLM", "CLP":
                    add(1, .account, needsDigits: true)
                case "DMG" where text(1) == "D8":
                    add(2, .date, needsDigits: true)
                case "DTP" where text(2) == "D8" || text(2) == "RD8":
                    add(3, .date, needsDigits: true)
                case "PER":
                    for pair in [(3, 4), (5, 6), (7, 8)] {
                        let qualifier = text(pair.0)
                        if ["TE", "HP", "WP", "CP", "FX", "BN"].contains(qualifier) { add(pair.1, .phone, needsDigits: true) }
                        if qualifier == "EM" { add(pair.1, .email) }
                    }
                case "SBR":
                    add(3, .recordNumber, needsDigits: true)
                default: break
                }
            }
            start = end + 1
        }
        return found
    }

    // MARK: - Named fields: JSON, key=value, CSV keys

    /// The words of a field's name in lower case: `birthDate` → birth, date; `AGE_AT_ENCOUNTER` → age, at, encounter.
    static func fieldWords(_ key: ArraySlice<UInt8>) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var previousLower = false
        for byte in key {
            let upper = byte >= 0x41 && byte <= 0x5A
            let letterOrDigit = isASCIILetter(byte) || byte >= 0x30 && byte <= 0x39
            if !letterOrDigit || upper && previousLower {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
                current = []
            }
            if letterOrDigit { current.append(byte | (upper ? 0x20 : 0)) }
            previousLower = byte >= 0x61 && byte <= 0x7A
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    /// What the value of a field of that name is, judged with the value itself; nil when the field holds nothing that
    /// identifies anyone (`region=MT`, `school_district=unknown`, `"birthDate":"1938"`).
    static func fieldKind(_ words: [String], _ value: ArraySlice<UInt8>) -> Kind? {
        let text = String(decoding: value, as: UTF8.self)
        let lower = text.lowercased()
        let letters = value.filter { isASCIILetter($0) || $0 >= 0x80 }.count
        let digits = value.filter { $0 >= 0x30 && $0 <= 0x39 }.count
        guard letters + digits >= 2,
            !["unknown", "none", "null", "n/a", "na", "redacted", "[redacted]", "pending", "same", "true", "false", "nil", "tbd"].contains(lower),
            !value.allSatisfy({ $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "x") || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "-") })
        else { return nil }
        let joined = words.joined()
        let set = Set(words)
        if set.contains("photo") || joined == "photograph" { return .photo }
        // Dates: a day in the value (`1938-11-05`, `03/02/2024`, `19380105`), not a year or a month of one.
        let dateWords: Set<String> = ["date", "dob", "birth", "onset", "start", "end", "issued", "authored", "recorded", "admit", "admitted",
                                      "discharge", "discharged", "dos", "deceased", "effective", "occurrence", "performed", "collected", "died"]
        if !set.isDisjoint(with: dateWords), digits >= 6, letters <= 3 || value.contains(UInt8(ascii: "T")) { return .date }
        if set.contains("age") || set.contains("ageyears"), letters == 0, let age = Int(text), (90...125).contains(age) { return .age }
        let nameWords: Set<String> = ["family", "given", "surname", "lastname", "firstname", "forename", "maiden", "actor", "author", "patientname"]
        if !set.isDisjoint(with: nameWords) || set.contains("name") && !set.isDisjoint(with: ["first", "last", "patient", "pt", "guarantor", "subscriber", "contact", "mother", "father", "full"]) {
            return letters >= 2 && digits == 0 ? .name : nil
        }
        if !set.isDisjoint(with: ["zip", "zipcode", "postal", "postalcode", "postcode"]) { return digits >= 5 || letters > 0 && digits >= 2 ? .zipCode : nil }
        if !set.isDisjoint(with: ["street", "address", "addr", "line"]) { return digits > 0 || letters >= 4 ? .address : nil }
        if !set.isDisjoint(with: ["city", "town", "township", "county", "district", "neighborhood", "neighbourhood", "village", "municipality", "birthplace"]) {
            return letters >= 3 && digits == 0 && !stateCodes.contains(text) ? .place : nil
        }
        if !set.isDisjoint(with: ["email", "mail"]), value.contains(UInt8(ascii: "@")) { return .email }
        if !set.isDisjoint(with: ["phone", "tel", "fax", "mobile", "cell"]), digits >= 7 { return .phone }
        if !set.isDisjoint(with: ["ip", "ipaddress", "clientip", "srcip", "remoteip"]), digits >= 4, value.contains(UInt8(ascii: ".")) || value.contains(UInt8(ascii: ":")) { return .ipAddress }
        if !set.isDisjoint(with: ["ssn", "ssn4"]), digits >= 4 { return .ssn }
        if !set.isDisjoint(with: ["mrn", "member", "memberid", "subscriber", "subscriberid", "policy", "npi", "dea", "license", "licence", "medicaid", "medicare", "mbi"]),
            digits >= 4
        {
            return .recordNumber
        }
        if !set.isDisjoint(with: ["account", "acct"]), digits >= 4 { return .account }
        if !set.isDisjoint(with: ["serial", "serialnumber", "udi", "imei", "mac"]), digits >= 3 { return .device }
        if !set.isDisjoint(with: ["user", "username", "login", "userid", "uid"]), letters >= 2, digits >= 1 || value.contains(UInt8(ascii: "_")) || value.contains(UInt8(ascii: ".")) {
            return .handle
        }
        return nil
    }

    /// `"birthDate":"1938-11-05"`, `"given":["Reiko","Ann"]`, `"photo":[{…}]`: JSON fields by name. A FHIR `value` is
    /// judged by the field beside it (`"code":"MR"`, `"system":"phone"`); a `fullUrl` that names a record is a web address.
    private static func jsonFields(_ bytes: [UInt8]) -> [Finding] {
        var found: [Finding] = []
        var index = 0
        func skipSpaces(_ at: Int) -> Int { var at = at; while at < bytes.count, bytes[at] == 0x20 { at += 1 }; return at }
        // The string that starts at the quote at `at`, without its quotes.
        func string(at: Int) -> Range<Int>? {
            guard at < bytes.count, bytes[at] == 0x22 else { return nil }
            var end = at + 1
            while end < bytes.count, bytes[end] != 0x22 { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
            return end < bytes.count ? (at + 1)..<end : nil
        }
        while index < bytes.count {
            guard bytes[index] == 0x22, let key = string(at: index) else { index += 1; continue }
            let colon = skipSpaces(key.upperBound + 1)
            guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { index = key.upperBound + 1; continue }
            var valueAt = skipSpaces(colon + 1)
            let words = fieldWords(bytes[key])
            if words == ["photo"], valueAt < bytes.count {
                found.append(finding(.photo, bytes, key))
                index = valueAt
                continue
            }
            if valueAt < bytes.count, bytes[valueAt] == UInt8(ascii: "[") { valueAt = skipSpaces(valueAt + 1) }
            guard let value = string(at: valueAt) else { index = colon + 1; continue }
            var kind = fieldKind(words, bytes[value])
            let before = String(decoding: bytes[..<key.lowerBound], as: UTF8.self)
            if kind == nil, words == ["value"] {
                let digits = bytes[value].filter { $0 >= 0x30 && $0 <= 0x39 }.count
                if before.contains("\"system\":\"phone\"") || before.contains("\"system\":\"fax\"") || before.contains("\"system\": \"phone\"") {
                    kind = digits >= 7 ? .phone : nil
                } else if before.contains("\"system\":\"email\""), bytes[value].contains(UInt8(ascii: "@")) {
                    kind = .email
                } else if digits >= 4, ["\"MR\"", "\"MB\"", "\"SS\"", "\"DL\"", "\"PI\"", "identifier"].contains(where: { before.contains($0) }) {
                    kind = before.contains("\"SS\"") ? .ssn : .recordNumber
                }
            }
            if kind == nil, words == ["full", "url"] || words == ["url"], bytes[value].starts(with: Array("http".utf8)),
                bytes[value].contains(where: { $0 >= 0x30 && $0 <= 0x39 })
            {
                kind = .url
            }
            if let kind { found.append(finding(kind, bytes, value)) }
            index = value.upperBound + 1
        }
        return found
    }

    /// `actor="Priyanka Venkataraman, RN"`, `AGE_AT_ENCOUNTER=90`, `city=Kalispell`: `key=value` fields by the key's name.
    private static func keyValueFields(_ bytes: [UInt8]) -> [Finding] {
        var found: [Finding] = []
        for equals in bytes.indices where bytes[equals] == UInt8(ascii: "=") && equals > 0 && equals + 1 < bytes.count {
            // (`neighbourhood = Little Haiti`: spaces around the sign.)
            var keyEnd = equals
            while keyEnd > 0, bytes[keyEnd - 1] == 0x20 { keyEnd -= 1 }
            var valueStart = equals + 1
            while valueStart < bytes.count, bytes[valueStart] == 0x20 { valueStart += 1 }
            guard valueStart < bytes.count, bytes[valueStart] != UInt8(ascii: "=") else { continue }
            var keyStart = keyEnd
            while keyStart > 0, isASCIILetter(bytes[keyStart - 1]) || bytes[keyStart - 1] == UInt8(ascii: "_") || bytes[keyStart - 1] >= 0x30 && bytes[keyStart - 1] <= 0x39 {
                keyStart -= 1
            }
            guard keyStart < keyEnd, isASCIILetter(bytes[keyStart]) else { continue }
            var value: Range<Int>
            if bytes[valueStart] == 0x22 {
                var end = valueStart + 1
                while end < bytes.count, bytes[end] != 0x22 { end += 1 }
                value = (valueStart + 1)..<min(end, bytes.count)
            } else {
                var end = valueStart
                while end < bytes.count, ![0x20, UInt8(ascii: "|"), UInt8(ascii: ";"), UInt8(ascii: "&"), UInt8(ascii: ",")].contains(bytes[end]) { end += 1 }
                value = valueStart..<end
                // `township=Sugar Grove;`: a value of words runs on to the next separator when each word is capitalised.
                var next = end
                while next + 1 < bytes.count, bytes[next] == 0x20, bytes[next + 1] >= 0x41 && bytes[next + 1] <= 0x5A {
                    var wordEnd = next + 1
                    while wordEnd < bytes.count, isASCIILetter(bytes[wordEnd]) { wordEnd += 1 }
                    if wordEnd < bytes.count, bytes[wordEnd] == UInt8(ascii: "=") || bytes[wordEnd] == UInt8(ascii: "_") { break }
                    next = wordEnd
                }
                if next > end { value = valueStart..<next }
            }
            guard !value.isEmpty, let kind = fieldKind(fieldWords(bytes[keyStart..<keyEnd]), bytes[value]) else { continue }
            // (`actor="Priyanka Venkataraman, RN"`: the name, without the credential after it.)
            if kind == .name, let comma = bytes[value].firstIndex(of: UInt8(ascii: ",")) { value = value.lowerBound..<comma }
            found.append(finding(kind, bytes, value))
        }
        return found
    }

    /// `res_zip,res_county,res_state -> 60629,COOK,IL`, `age_years,96`: a row of field names and a row of their values.
    private static func csvKeyFields(_ bytes: [UInt8]) -> [Finding] {
        guard bytes.contains(UInt8(ascii: ",")), bytes.contains(UInt8(ascii: "_")) else { return [] }
        func cells(_ range: Range<Int>) -> [Range<Int>] {
            var result: [Range<Int>] = []
            var from = range.lowerBound
            for at in range where bytes[at] == UInt8(ascii: ",") { result.append(from..<at); from = at + 1 }
            result.append(from..<range.upperBound)
            return result.map { cell in
                var cell = cell
                while !cell.isEmpty, bytes[cell.lowerBound] == 0x20 { cell = (cell.lowerBound + 1)..<cell.upperBound }
                while !cell.isEmpty, bytes[cell.upperBound - 1] == 0x20 { cell = cell.lowerBound..<(cell.upperBound - 1) }
                return cell
            }
        }
        func isKey(_ cell: Range<Int>) -> Bool {
            !cell.isEmpty && isASCIILetter(bytes[cell.lowerBound])
                && bytes[cell].allSatisfy { isASCIILetter($0) || $0 == UInt8(ascii: "_") || $0 >= 0x30 && $0 <= 0x39 }
        }
        var pairs: [(Range<Int>, Range<Int>)] = []
        if let arrow = (0..<(bytes.count - 1)).first(where: { bytes[$0] == UInt8(ascii: "-") && bytes[$0 + 1] == UInt8(ascii: ">") }) {
            let keys = cells(0..<arrow), values = cells((arrow + 2)..<bytes.count)
            guard keys.count == values.count, keys.allSatisfy(isKey) else { return [] }
            pairs = Array(zip(keys, values))
        } else {
            let row = cells(0..<bytes.count)
            guard row.count == 2, isKey(row[0]), bytes[row[0]].contains(UInt8(ascii: "_")), !bytes[row[1]].contains(0x20) else { return [] }
            pairs = [(row[0], row[1])]
        }
        return pairs.compactMap { key, value in
            guard !value.isEmpty, let kind = fieldKind(fieldWords(bytes[key]), bytes[value]) else { return nil }
            return finding(kind, bytes, value)
        }
    }
}
