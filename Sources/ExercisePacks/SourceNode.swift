import Foundation
import SafeText
import Yams

/// A YAML node with its place in the file: what the pack and chart parsers walk.
///
/// Built from Yams' composed `Node` tree (which keeps libyaml's marks) by `YAMLReader`;
/// scalars stay text so that the parsers decide what a value means (`1.10` is a version,
/// not a number).
struct SourceNode {
    enum Value {
        /// Text; `plain` when written without quotes or block indicators.
        case scalar(String, plain: Bool, block: Bool)
        case sequence([SourceNode])
        case mapping([(key: SourceNode, value: SourceNode)])
    }

    var value: Value
    var location: SourceLocation

    /// The text of a scalar; nil for sequences and mappings.
    var text: String? {
        if case .scalar(let text, _, _) = value { return text }
        return nil
    }

    /// Whether this is YAML's null: nothing after the colon, `~` or `null`.
    var isNull: Bool {
        if case .scalar(let text, let plain, _) = value, plain {
            return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
        return false
    }

    var isBlockScalar: Bool {
        if case .scalar(_, _, let block) = value { return block }
        return false
    }

    /// What kind of value this is, for messages ("a list", "a mapping", "text").
    var kindName: String {
        switch value {
        case .scalar: return isNull ? "nothing" : "text"
        case .sequence: return "a list"
        case .mapping: return "a mapping of fields"
        }
    }
}

/// Reads YAML text into `SourceNode`s without ever crashing on bad input: every problem
/// comes back as a `Diagnostic` with its place.
enum YAMLReader {
    /// Deeper nesting than any pack needs is refused before parsing (it could only exhaust the stack).
    static let maximumDepth = 64
    /// More nodes than any pack needs (aliases can multiply a small file) are refused.
    static let maximumNodes = 400_000

    /// Yams' default encoding, read once: Yams reads it from the environment at every parse,
    /// which cost a start some 6 ms over the 350 packs and charts.
    nonisolated(unsafe) static let encoding = Yams.Parser.Encoding.default

    /// Parses one YAML document. `lineOffset` is added to every line (front matter starts on line 2).
    static func read(_ text: String, file: String, lineOffset: Int = 0) -> (SourceNode?, [Diagnostic]) {
        if let (line, depth) = excessiveDepth(text) {
            return (nil, [Diagnostic(.error, SourceLocation(file: file, line: line + lineOffset, column: 1),
                "nesting is \(depth) levels deep here; a pack never needs more than \(maximumDepth)",
                fixIt: "check the indentation and the brackets")])
        }
        let composed: Node?
        do {
            // The basic resolver: every scalar stays text (the parsers type it), and no regular
            // expression runs per scalar.
            composed = try Yams.compose(yaml: text, .basic, .default, encoding)
        } catch {
            return (nil, [diagnostic(for: error, file: file, lineOffset: lineOffset)])
        }
        guard let composed else { return (nil, []) }
        var budget = maximumNodes
        var diagnostics: [Diagnostic] = []
        let node = convert(composed, file: file, lineOffset: lineOffset, depth: 0, budget: &budget, diagnostics: &diagnostics)
        return (node, diagnostics)
    }

    private static func convert(
        _ node: Node, file: String, lineOffset: Int, depth: Int, budget: inout Int, diagnostics: inout [Diagnostic]
    ) -> SourceNode? {
        let location = SourceLocation(
            file: file, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1)
        budget -= 1
        guard budget >= 0, depth <= maximumDepth else {
            if budget == -1 || depth == maximumDepth + 1 {
                diagnostics.append(Diagnostic(.error, location,
                    "this document is too large or too deeply nested (aliases included) to be a pack"))
            }
            return nil
        }
        switch node {
        case .scalar(let scalar):
            // A quoted "\e[2J" is an escape only once YAML has read it: check what it reads as.
            // (YAML folds a file's own CRLF line ends, so a carriage return here was written as \r.)
            if TerminalText.mayHoldUnsafe(scalar.string), let bad = scalar.string.unicodeScalars.first(where: TerminalText.isUnsafe) {
                diagnostics.append(Diagnostic(.error, location,
                    "\(ControlCharacterScan.readAs)\(TerminalText.name(bad)): it could drive the trainee's terminal",
                    fixIt: "remove the escape; write the text it was meant to show"))
            }
            let block = scalar.style == .literal || scalar.style == .folded
            let plain = scalar.style == .plain || scalar.style == .any
            return SourceNode(value: .scalar(scalar.string, plain: plain, block: block), location: location)
        case .sequence(let sequence):
            var children: [SourceNode] = []
            for child in sequence {
                guard let converted = convert(child, file: file, lineOffset: lineOffset, depth: depth + 1,
                    budget: &budget, diagnostics: &diagnostics) else { return nil }
                children.append(converted)
            }
            return SourceNode(value: .sequence(children), location: location)
        case .mapping(let mapping):
            var pairs: [(key: SourceNode, value: SourceNode)] = []
            for (key, value) in mapping {
                guard let convertedKey = convert(key, file: file, lineOffset: lineOffset, depth: depth + 1,
                        budget: &budget, diagnostics: &diagnostics),
                    let convertedValue = convert(value, file: file, lineOffset: lineOffset, depth: depth + 1,
                        budget: &budget, diagnostics: &diagnostics)
                else { return nil }
                pairs.append((convertedKey, convertedValue))
            }
            return SourceNode(value: .mapping(pairs), location: location)
        case .alias:
            diagnostics.append(Diagnostic(.error, location, "YAML aliases are not supported in packs"))
            return nil
        }
    }

    /// A Yams error as a diagnostic at its mark.
    static func diagnostic(for error: any Error, file: String, lineOffset: Int) -> Diagnostic {
        func at(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: max(mark?.column ?? 1, 1))
        }
        guard let yamlError = error as? YamlError else {
            return Diagnostic(.error, at(nil), "cannot read the YAML: \(error)")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _):
            return Diagnostic(.error, at(mark), "YAML syntax: \(problem)\(context.map { " \($0.text)" } ?? "")",
                fixIt: hint(for: problem))
        case .parser(let context, let problem, let mark, _):
            return Diagnostic(.error, at(mark), "YAML syntax: \(problem)\(context.map { " \($0.text)" } ?? "")",
                fixIt: hint(for: problem))
        case .composer(let context, let problem, let mark, _):
            return Diagnostic(.error, at(mark), "YAML: \(problem)\(context.map { " \($0.text)" } ?? "")")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.error, at(context.mark),
                "the field '\(duplicates.joined(separator: "', '"))' is given twice in one mapping",
                fixIt: "keep one of them")
        case .reader(let problem, let offset, _, let yaml):
            var place = at(nil)
            if let offset, offset >= 0 {
                let prefix = yaml.utf8.prefix(offset)
                let line = prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                let column = prefix.reversed().prefix { $0 != UInt8(ascii: "\n") }.count + 1
                place = SourceLocation(file: file, line: line + lineOffset, column: column)
            }
            return Diagnostic(.error, place, "cannot read the text: \(problem)",
                fixIt: "remove control characters (tabs are fine only inside text) and save the file as UTF-8")
        default:
            return Diagnostic(.error, at(nil), "cannot read the YAML: \(yamlError)")
        }
    }

    private static func hint(for problem: String) -> String? {
        if problem.contains("mapping values are not allowed") {
            return "a value holding ': ' must be quoted, or written as a block with '|'"
        }
        if problem.contains("tab") { return "indent with spaces, not tabs" }
        if problem.contains("did not find expected key") || problem.contains("expected <block end>") {
            return "check the indentation: fields of one item line up under each other"
        }
        return nil
    }

    /// A conservative estimate of the nesting depth: block indentation levels, sequence dashes
    /// opened on one line, and open flow brackets. Returns the first line that goes too deep.
    static func excessiveDepth(_ text: String) -> (line: Int, depth: Int)? {
        // Over the bytes: stepping String.UTF8View indices cost a tenth of reading a pack.
        var text = text
        return text.withUTF8 { utf8 -> (line: Int, depth: Int)? in
            var indents: [Int] = []
            var flow = 0
            var lineNumber = 1
            var index = 0
            let end = utf8.count
            while index < end {
                var indent = 0
                var cursor = index
                while cursor < end, utf8[cursor] == UInt8(ascii: " ") {
                    indent += 1
                    cursor += 1
                }
                var dashes = 0
                var blank = true
                var leading = true
                while cursor < end, utf8[cursor] != UInt8(ascii: "\n") {
                    let byte = utf8[cursor]
                    if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\r") { blank = false }
                    if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "-") && byte != UInt8(ascii: "?") { leading = false }
                    if leading, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?") {
                        let next = cursor + 1
                        if next == end || utf8[next] == UInt8(ascii: " ") { dashes += 1 }
                    }
                    if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { flow += 1 }
                    if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") { flow = max(0, flow - 1) }
                    cursor += 1
                }
                if !blank {
                    while let last = indents.last, last >= indent { indents.removeLast() }
                    indents.append(indent)
                }
                let depth = indents.count + dashes + flow
                if depth > maximumDepth { return (lineNumber, depth) }
                lineNumber += 1
                index = cursor < end ? cursor + 1 : cursor
            }
            return nil
        }
    }
}
