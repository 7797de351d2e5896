/// Reads one flat JSON object from UTF-8 bytes.
struct JSONObjectReader {
    let bytes: ArraySlice<UInt8>
    var index: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        index = bytes.startIndex
    }

    /// The 1-based column of `index`.
    private var column: Int { index - bytes.startIndex + 1 }

    mutating func readAnswerLine() -> Result<AnswerLine, AnswerLineError> {
        var trainee: String?
        var item: String?
        var answer: String?
        do {
            skipSpace()
            try expect(UInt8(ascii: "{"), "a line must be one JSON object: {\"trainee\": ..., \"item\": ..., \"answer\": ...}")
            skipSpace()
            if peek == UInt8(ascii: "}") {
                index += 1
            } else {
                while true {
                    skipSpace()
                    let keyColumn = column
                    let name = try readString()
                    skipSpace()
                    try expect(UInt8(ascii: ":"), "expected ':' after \"\(name)\"")
                    skipSpace()
                    switch name {
                    case "trainee", "item", "answer":
                        // JSON readers differ on a repeated key (first, last, error): refuse it.
                        if (name == "trainee" && trainee != nil) || (name == "item" && item != nil)
                            || (name == "answer" && answer != nil) {
                            throw AnswerLineError("\"\(name)\" appears twice on the line (again at column \(keyColumn)); keep one")
                        }
                        guard peek == UInt8(ascii: "\"") else {
                            throw AnswerLineError("\"\(name)\" must be a string (in double quotes) at column \(column)")
                        }
                        let value = try readString()
                        switch name {
                        case "trainee": trainee = value
                        case "item": item = value
                        default: answer = value
                        }
                    default:
                        try skipValue(depth: 0)
                    }
                    skipSpace()
                    if peek == UInt8(ascii: ",") {
                        index += 1
                        continue
                    }
                    try expect(UInt8(ascii: "}"), "expected ',' or '}'")
                    break
                }
            }
            skipSpace()
            guard index == bytes.endIndex else { throw AnswerLineError("text after the JSON object at column \(column)") }
        } catch let error as AnswerLineError {
            return .failure(error)
        } catch {
            return .failure(AnswerLineError("\(error)"))
        }
        var absent: [String] = []
        if trainee == nil { absent.append("\"trainee\"") }
        if item == nil { absent.append("\"item\"") }
        if answer == nil { absent.append("\"answer\"") }
        guard absent.isEmpty, let trainee, let item, let answer else {
            return .failure(AnswerLineError("no \(absent.joined(separator: ", ")): each line needs trainee, item and answer"))
        }
        guard !trainee.isEmpty else { return .failure(AnswerLineError("\"trainee\" is empty")) }
        guard !item.isEmpty else { return .failure(AnswerLineError("\"item\" is empty")) }
        return .success(AnswerLine(trainee: trainee, item: item, answer: answer))
    }

    // MARK: - Pieces

    private var peek: UInt8? { index < bytes.endIndex ? bytes[index] : nil }

    private mutating func skipSpace() {
        while index < bytes.endIndex {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8, _ message: String) throws(AnswerLineError) {
        guard peek == byte else {
            let found = peek.map { "'\(String(UnicodeScalar($0)))'" } ?? "the end of the line"
            throw AnswerLineError("\(message); found \(found) at column \(column)")
        }
        index += 1
    }

    /// A JSON string, with its escapes; invalid UTF-8 is refused.
    private mutating func readString() throws(AnswerLineError) -> String {
        try expect(UInt8(ascii: "\""), "expected a string in double quotes")
        let start = index
        // Fast path: no escapes.
        while index < bytes.endIndex, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 {
            index += 1
        }
        if peek == UInt8(ascii: "\"") {
            let text = String(validating: bytes[start..<index], as: UTF8.self)
            index += 1
            guard let text else { throw AnswerLineError("a string before column \(column - 1) is not valid UTF-8") }
            return text
        }
        var buffer = Array(bytes[start..<index])
        while true {
            guard let byte = peek else { throw AnswerLineError("a string is not closed with '\"'") }
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw AnswerLineError("a string before column \(column - 1) is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                guard let escape = peek else { throw AnswerLineError("a string is not closed with '\"'") }
                index += 1
                if let decoded = JSONEscape.byte(for: escape) {
                    buffer.append(decoded)
                    continue
                }
                switch escape {
                case UInt8(ascii: "u"):
                    var scalar = try readHex4()
                    if JSONEscape.isHighSurrogate(scalar) {
                        guard peek == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "u") else {
                            throw AnswerLineError("a \\u escape at column \(column - 1) is half a surrogate pair")
                        }
                        index += 2
                        guard let paired = JSONEscape.scalar(high: scalar, low: try readHex4()) else {
                            throw AnswerLineError("a \\u escape at column \(column - 1) is half a surrogate pair")
                        }
                        scalar = paired
                    }
                    guard let unicode = Unicode.Scalar(scalar) else {
                        throw AnswerLineError("a \\u escape at column \(column - 1) is not a character")
                    }
                    buffer.append(contentsOf: Array(String(Character(unicode)).utf8))
                default:
                    throw AnswerLineError("unknown escape '\\\(String(UnicodeScalar(escape)))' at column \(column - 1)")
                }
            default:
                guard byte >= 0x20 else {
                    throw AnswerLineError("a control character inside a string at column \(column - 1); write it as \\n or \\t")
                }
                buffer.append(byte)
            }
        }
    }

    private mutating func readHex4() throws(AnswerLineError) -> UInt32 {
        guard index + 4 <= bytes.endIndex else { throw AnswerLineError("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw AnswerLineError("a \\u escape needs four hex digits (column \(column))")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    /// Skips any JSON value (for keys the grader does not use).
    private mutating func skipValue(depth: Int) throws(AnswerLineError) {
        guard depth < 64 else { throw AnswerLineError("values nested too deep") }
        skipSpace()
        guard let byte = peek else { throw AnswerLineError("a value is missing at the end of the line") }
        switch byte {
        case UInt8(ascii: "\""):
            _ = try readString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            skipSpace()
            if peek == close {
                index += 1
                return
            }
            while true {
                if close == UInt8(ascii: "}") {
                    skipSpace()
                    _ = try readString()
                    skipSpace()
                    try expect(UInt8(ascii: ":"), "expected ':'")
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                if peek == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect(close, "expected ',' or '\(String(UnicodeScalar(close)))'")
                return
            }
        default:
            // A number, true, false or null: a run of their characters.
            let start = index
            while let next = peek, next == UInt8(ascii: "-") || next == UInt8(ascii: "+") || next == UInt8(ascii: ".")
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(next)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(next)
            {
                index += 1
            }
            let word = bytes[start..<index]
            let isLiteral = word.elementsEqual("true".utf8) || word.elementsEqual("false".utf8) || word.elementsEqual("null".utf8)
            let isNumber = !word.isEmpty && word.allSatisfy {
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+")
                    || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
            }
            guard isLiteral || isNumber else { throw AnswerLineError("not a JSON value at column \(start - bytes.startIndex + 1)") }
        }
    }
}
