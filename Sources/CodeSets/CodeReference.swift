/// A code or code range named in a tabular note: `(E10.-)`, `(A18.32)`, `(P35-P39)`.
struct CodeReference: Equatable {
    /// Dotless lower and upper bounds; a single code has `low == high`.
    var low: String
    var high: String

    /// Whether `dotless` falls under this reference (the code itself or a descendant, or a
    /// code whose leading characters lie in the range).
    func matches(_ dotless: String) -> Bool {
        if low == high { return dotless.hasPrefix(low) }
        let a = String(dotless.prefix(low.count)), b = String(dotless.prefix(high.count))
        return a >= low && b <= high
    }

    /// Every reference in the parenthesised groups of `text`.
    static func parse(in text: String) -> [CodeReference] {
        var result: [CodeReference] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            guard let close = rest[open...].firstIndex(of: ")") else { break }
            for piece in rest[rest.index(after: open)..<close].split(separator: ",") {
                let ends = piece.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: true)
                    .map { String($0).replacingOccurrences(of: ".", with: "").trimmingCharacters(in: .whitespaces) }
                guard !ends.isEmpty, ends.count <= 2, ends.allSatisfy(isCode) else { continue }
                result.append(CodeReference(low: ends[0], high: ends.last!))
            }
            rest = rest[rest.index(after: close)...]
        }
        return result
    }

    static func isCode(_ s: String) -> Bool {
        let c = Array(s.utf8)
        guard c.count >= 3, c.count <= 7, (65...90).contains(c[0]), (48...57).contains(c[1]) else { return false }
        return c.dropFirst(2).allSatisfy { (48...57).contains($0) || (65...90).contains($0) }
    }
}
