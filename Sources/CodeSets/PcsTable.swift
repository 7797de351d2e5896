/// An ICD-10-PCS table as a coder builds a code from it.
public struct PcsTable: Codable, Sendable, Equatable {
    /// One value of an axis.
    public struct Value: Codable, Sendable, Equatable {
        public var code: String
        public var label: String
    }
    /// One axis of a row: its title and the values it allows.
    public struct Axis: Codable, Sendable, Equatable {
        public var title: String
        public var values: [Value]
    }
    /// One row: positions 4 to 7.
    public struct Row: Codable, Sendable, Equatable {
        public var axes: [Axis]
        /// How many codes this row builds.
        public var codeCount: Int { axes.reduce(1) { $0 * $1.values.count } }
    }
    /// The three characters (`0FT`).
    public var key: String
    public var section: String
    public var bodySystem: String
    public var operation: String
    public var definition: String
    /// Titles of positions 1 to 3 ("Section", "Body System", "Operation").
    public var headTitles: [String]
    public var rows: [Row]

    /// The row that builds `code` (seven characters), if any.
    public func row(for code: String) -> Row? {
        let chars = Array(code)
        guard chars.count == 7 else { return nil }
        return rows.first { row in
            row.axes.count == 4 && (0..<4).allSatisfy { i in row.axes[i].values.contains { $0.code == String(chars[i + 3]) } }
        }
    }

    /// Parses a table record (see `CodeFiles.pcsTables`). Split as UTF-8 bytes: a look-up
    /// decodes several tables per query.
    static func decode(_ record: String) -> PcsTable? {
        var record = record
        return record.withUTF8 { bytes -> PcsTable? in
            func text(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> String { String(decoding: slice, as: UTF8.self) }
            let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            guard let head = lines.first else { return nil }
            let h = head.split(separator: 0x09, omittingEmptySubsequences: false).map(text)
            guard h.count >= 6 else { return nil }
            let rows = lines.dropFirst().map { line -> Row in
                Row(axes: line.split(separator: 0x09, omittingEmptySubsequences: false).map { axis in
                    let parts = axis.split(separator: 0x1F, omittingEmptySubsequences: false)
                    return Axis(title: parts.first.map(text) ?? "", values: parts.dropFirst().map { value in
                        let pair = value.split(separator: 0x1E, maxSplits: 1, omittingEmptySubsequences: false)
                        return Value(code: pair.first.map(text) ?? "", label: pair.count > 1 ? text(pair[1]) : "")
                    })
                })
            }
            return PcsTable(key: h[0], section: h[1], bodySystem: h[2], operation: h[3], definition: h[4],
                            headTitles: h[5].split(separator: "|").map(String.init), rows: rows)
        }
    }
}
