import CodeSets
import Foundation

/// MS-DRG v43 CC/MCC designations (Tables 6I, 6J) and CC exclusions (Table 6K).
struct DrgBuild {
    var ccRecords: [String] = []
    var collections: [String] = []
    var ccCount = 0
    var mccCount = 0
    var aliveCount = 0

    static func lines(_ path: String) throws -> [Substring] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
    }

    static func read(builder: CodeSetBuilder) throws -> DrgBuild {
        var level: [String: String] = [:]
        for (name, label) in [("msdrg/fy2026-table-6i-mcc-list.txt", "MCC"), ("msdrg/fy2026-table-6j-cc-list.txt", "CC")] {
            for line in try lines(builder.path(name)).dropFirst(2) {
                guard let code = line.split(separator: "\t").first, !code.isEmpty else { continue }
                level[CodeFormat.dotless(String(code))] = label
            }
        }
        let path = builder.path("msdrg/fy2026-table-6k-cc-exclusions.txt")
        var collectionOf: [String: String] = [:]
        var members: [String: [String]] = [:]
        var alive = Set<String>()
        enum Part { case header, one, two, three, collection(String) }
        var part = Part.header
        for (number, line) in try lines(path).enumerated() {
            if line.hasPrefix("K Part 1") { part = .one; continue }
            if line.hasPrefix("K Part 2") { part = .two; continue }
            if line.hasPrefix("K Part 3") { part = .three; continue }
            if line.hasPrefix("PDX collection ") {
                part = .collection(String(line.dropFirst("PDX collection ".count)).trimmingCharacters(in: .whitespaces))
                continue
            }
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = fields.first, line.hasPrefix(" ") else { continue }
            switch part {
            case .one:
                guard fields.count >= 3, first != "I10" else { continue }
                let code = String(first)
                if fields[2] == "No" { collectionOf[code] = "" } else {
                    guard let colon = fields[2].firstIndex(of: ":") else {
                        throw BuildError("\(path):\(number + 1): expected `NNNN:n codes` or `No Excl`")
                    }
                    collectionOf[code] = String(fields[2][..<colon])
                }
                if level[code] == nil { level[code] = String(fields[1]) }
            case .two:
                alive.insert(String(first))
            case .collection(let id):
                members[id, default: []].append(String(first))
            case .header, .three:
                continue
            }
        }
        var build = DrgBuild()
        for code in level.keys.sorted() {
            let label = level[code]!
            if label == "MCC" { build.mccCount += 1 } else { build.ccCount += 1 }
            if alive.contains(code) { build.aliveCount += 1 }
            build.ccRecords.append("\(code)\t\(label)\t\(collectionOf[code] ?? "")\t\(alive.contains(code) ? "A" : "")")
        }
        build.collections = members.keys.sorted().map { id in
            "\(id)\t" + Set(members[id]!).sorted().joined(separator: " ")
        }
        return build
    }
}
