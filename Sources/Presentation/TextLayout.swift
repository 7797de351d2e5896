import SafeText

/// Wrapping and layout of text for the terminal.
public enum TextLayout {
    /// Wraps `text` to `width` columns at spaces, keeping the indentation of each line for
    /// its continuation lines (so list items and indented notes stay readable).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(20, width)
        var lines: [String] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            if visibleWidth(line) <= width {
                lines.append(line)
                continue
            }
            let indentCount = line.prefix(while: { $0 == " " }).count
            let bullet = Self.bulletWidth(line.dropFirst(indentCount))
            // A table row ("  drill PACK      Practise a pack"): its last column is kept where it
            // starts, and continuation lines hang under it when it leaves room to read.
            // (A column that starts too far right to wrap beside it is no column: plain words.)
            let column = lastColumn(line).flatMap { $0.start > width - 10 ? nil : $0 }
            let hang = column.map { $0.start <= width / 2 ? $0.start : min(indentCount + 4, width / 2) }
            let continuation = String(repeating: " ", count: hang ?? min(indentCount + bullet, width / 2))
            var current = column.map { String(line.prefix($0.start)) } ?? ""
            var first = true
            let text = column.map { String(line.dropFirst($0.start)) } ?? line
            for word in text.split(separator: " ", omittingEmptySubsequences: true) {
                let lead = first ? String(repeating: " ", count: indentCount) : continuation
                if current.isEmpty {
                    current = lead + word
                } else if current.last == " " {
                    current += word
                } else if visibleWidth(current) + 1 + visibleWidth(String(word)) <= width {
                    current += " " + word
                } else {
                    lines.append(current)
                    first = false
                    current = continuation + word
                }
                // A single word longer than the width is cut hard.
                while visibleWidth(current) > width, !current.contains("\u{1B}") {
                    lines.append(String(current.prefix(width)))
                    current = continuation + current.dropFirst(width)
                    first = false
                }
            }
            lines.append(current)
        }
        return lines
    }

    /// Where the last column of a table row starts (after a gap of two or more spaces that
    /// follows text), in characters; nil for a line that is not a table row.
    static func lastColumn(_ line: String) -> (start: Int, Void)? {
        guard !line.contains("\u{1B}") else { return nil }
        let characters = Array(line)
        var index = characters.firstIndex(where: { $0 != " " }) ?? characters.count
        var start: Int?
        while index < characters.count {
            if characters[index] == " " {
                var end = index
                while end < characters.count, characters[end] == " " { end += 1 }
                if end - index >= 2, end < characters.count { start = end }
                index = end
            } else {
                index += 1
            }
        }
        return start.map { ($0, ()) }
    }

    /// Every line of `text` made to fit a screen `width` wide, by the one wrapping rule
    /// (`wrap`): words, codes and numbers are never split; lines that fit are left as they are.
    public static func fitToScreen(_ text: String, width: Int) -> String {
        let endsWithNewline = text.hasSuffix("\n")
        let body = endsWithNewline ? String(text.dropLast()) : text
        guard body.split(separator: "\n", omittingEmptySubsequences: false).contains(where: { visibleWidth(String($0)) > width })
        else { return text }
        return wrap(body, width: width).joined(separator: "\n") + (endsWithNewline ? "\n" : "")
    }

    /// Joins the lines of a hand-wrapped paragraph so it can be wrapped again to the screen:
    /// a line joins the one before when that one looks wrapped (long, not ending a sentence
    /// list or heading) and it does not start a list item of its own.
    public static func reflow(_ text: String, wrappedAt: Int = 60) -> String {
        var result: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let content = line.drop(while: { $0 == " " })
            if let previous = result.last, !content.isEmpty, !previous.isEmpty, previous.count >= wrappedAt,
                bulletWidth(content) == 0
            {
                result[result.count - 1] = previous + " " + content
            } else {
                result.append(line)
            }
        }
        return result.joined(separator: "\n")
    }

    /// The columns `text` takes on screen: colour escapes take none.
    public static func visibleWidth(_ text: String) -> Int {
        guard text.contains("\u{1B}") else { return text.count }
        var count = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    /// Wraps `text` for a column that starts `indent` columns in on a screen `width` wide:
    /// the first line goes beside what stands in those columns (a code), the others are
    /// indented to line up under it.
    public static func hanging(_ text: String, width: Int, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let body = wrap(text, width: max(20, width - indent))
        guard let first = body.first else { return [] }
        return [first] + body.dropFirst().map { pad + $0 }
    }

    /// The width of a list marker ("- ", "1. ", "12) ") at the start of a line, or 0.
    static func bulletWidth(_ text: Substring) -> Int {
        if text.hasPrefix("- ") || text.hasPrefix("* ") { return 2 }
        let digits = text.prefix(while: \.isNumber)
        if !digits.isEmpty, digits.count <= 3 {
            let rest = text.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return digits.count + 2 }
        }
        return 0
    }

    /// A horizontal bar for a share from 0 to 1, `width` cells wide.
    public static func bar(_ share: Double, width: Int) -> String { TerminalDrawing.bar(share, width: width) }

    /// One block character per value from 0 to 1, low to high: a trend in a line.
    public static func sparkline(_ values: [Double]) -> String {
        let blocks = Array("▁▂▃▄▅▆▇█")
        return String(values.map { value in
            let clamped = min(1, max(0, value.isFinite ? value : 0))
            return blocks[min(blocks.count - 1, Int(clamped * Double(blocks.count - 1) + 0.5))]
        })
    }

    /// Pads or cuts `text` to exactly `width` characters.
    public static func fit(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(width)) : text + String(repeating: " ", count: width - text.count)
    }
}
